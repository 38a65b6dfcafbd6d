-- wrk reporter for deploy/bench/thread-page: one machine-readable line after the run.
-- wrk measures latency in microseconds; the line gives milliseconds and requests per second.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f rps=%.1f requests=%d non2xx=%d socket_errors=%d bytes=%d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / seconds, summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout, summary.bytes))
end
