-- wrk reporter for the HTTP benchmarks (deploy/bench/lib.sh): one machine-readable line after the
-- run. wrk measures latency in microseconds; the line gives milliseconds and requests per second.
-- With BENCH_COOKIES naming a file of Cookie header values (one a line, e.g. the web sessions of
-- signed-in members), each request carries the next of them in turn: many visitors on few
-- connections.
local cookies = {}
local file = os.getenv("BENCH_COOKIES")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then
      cookies[#cookies + 1] = line
    end
  end
end
local turn = 0
if #cookies > 0 then
  init = function(args)
    turn = math.random(#cookies)
  end
  request = function()
    turn = turn % #cookies + 1
    wrk.headers["Cookie"] = cookies[turn]
    return wrk.format()
  end
end

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
