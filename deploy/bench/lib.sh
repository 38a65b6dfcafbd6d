# Helpers of the HTTP benchmarks under deploy/bench (sourced, not run): messages, the stack
# (deploy/run), wrk runs with latency.lua's one-line summary, SQL statements per request through
# Hibernate statistics (WildFly management CLI), page weight, verdicts, the machine's description,
# and page_bench, the whole measurement of a page against the thread page's targets. The caller
# sets ROOT, HERE, OUT, BASE, KC, THREADS, CONNECTIONS, DURATION, WARMUP before using them.

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[1;31mbench: %s\033[0m\n' "$*" >&2; exit 1; }
need() { for tool in "$@"; do command -v "$tool" >/dev/null || fail "$tool is needed (apt-get install $tool)"; done; }

# --- the stack --------------------------------------------------------------------------------
started=false
bench_cleanup() { # trap bench_cleanup EXIT: statistics back as they were, the stack stopped if started here
  stats_off
  if $started; then
    say "stopping the stack this benchmark started"
    "$ROOT/deploy/stop" >&2 || true
  fi
}
answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/bodies" || true)" = "200" ]; }
use_or_start_stack() { # the running Kenes on $BASE, else deploy/run --detach (stopped at the end)
  if answers; then
    say "Kenes already answers on $BASE: using it (and leaving it running)"
  else
    say "starting Kenes (deploy/run --detach)"
    started=true
    "$ROOT/deploy/run" --detach >&2 || fail "deploy/run failed (logs: data/logs/*.log)"
  fi
}

# token user -> an access token of the demo account user (password = username) from the realm $KC
token() {
  curl -sf -d grant_type=password -d client_id=kenes-cli -d "username=$1" -d "password=$1" \
    "$KC/protocol/openid-connect/token" | jq -r '.access_token'
}

# --- web sessions through Keycloak's sign-in form, as a browser signs in ------------------------
# sign_in user jar -> the JSESSIONID of a session signed in as user (password = username)
sign_in() {
  local user=$1 jar=$2 form action
  rm -f "$jar"
  # Accept: text/html as a browser sends it: without it the OIDC client (autodetect-bearer-only)
  # answers /login with 401 instead of sending the visitor to Keycloak
  form=$(curl -s -L -H 'Accept: text/html' -c "$jar" -b "$jar" "$BASE/signin?next=/") || return 1
  action=$(printf '%s' "$form" | tr '\n' ' ' | grep -o '<form[^>]*id="kc-form-login"[^>]*>' |
    grep -o 'action="[^"]*"' | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
  [ -n "$action" ] || return 1
  curl -s -L -H 'Accept: text/html' -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" \
    --data-urlencode "password=$user" --data-urlencode credentialId= "$action" || return 1
  awk '$6 == "JSESSIONID" { value = $7 } END { if (value != "") print value }' "$jar"
}
# web_sessions count file check-url user... : signs in count sessions (the users in turn), checks
# that check-url shows each signed in, and writes "JSESSIONID=…" lines to file (BENCH_COOKIES)
web_sessions() {
  local count=$1 file=$2 check=$3 users i user id
  shift 3
  users=("$@")
  : >"$file"
  say "signing in $count web sessions through Keycloak's form (${users[*]} in turn)"
  for i in $(seq 1 "$count"); do
    user=${users[$(((i - 1) % ${#users[@]}))]}
    id=$(sign_in "$user" "$OUT/signed-in-jar-$i.txt") || fail "signing $user in failed"
    [ -n "$id" ] || fail "no web session for $user (Keycloak's form or the redirect back failed)"
    curl -sf -H "Cookie: JSESSIONID=$id" -o "$OUT/signed-in-check.html" "$check" ||
      fail "GET $check with $user's session failed"
    grep -q 'class="me"' "$OUT/signed-in-check.html" ||
      fail "$check does not show $user signed in with the session from the form"
    echo "JSESSIONID=$id" >>"$file"
  done
}

# wrk -t$THREADS -c$CONNECTIONS; raw output in $OUT/wrk-<name>.txt; prints "p50_ms=… p99_ms=… rps=…"
run_wrk() { # name duration url [header...]
  local name=$1 duration=$2 url=$3
  shift 3
  local args=()
  for h in "$@"; do args+=(-H "$h"); done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$HERE/latency.lua" \
    "${args[@]}" "$url" >"$OUT/wrk-$name.txt"
  grep '^BENCH ' "$OUT/wrk-$name.txt" | sed 's/^BENCH //'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
# a Markdown table row of a wrk result
wrk_row() { # label result
  echo "| $1 | $(field "$2" p50_ms) | $(field "$2" p90_ms) | $(field "$2" p99_ms) | $(field "$2" rps) | $(field "$2" requests) | $(field "$2" non2xx) | $(field "$2" socket_errors) |"
}
WRK_HEADER='| Endpoint | p50 ms | p90 ms | p99 ms | requests/s | requests | non-2xx | socket errors |
|---|---|---|---|---|---|---|---|'

# --- management CLI and Hibernate statistics ---------------------------------------------------
CLI="$ROOT/deploy/target/server/bin/jboss-cli.sh"
MGMT="${MGMT:-localhost:9990}"
PU=""
stats_restore=""
cli() { "$CLI" --connect --controller="$MGMT" --output-json --command="$1"; }
cli_result() { cli "$1" | jq -r '.result'; }
stats_on() { # finds the persistence unit and switches statistics on (stats_off restores)
  PU="/deployment=kenes.war/subsystem=jpa/hibernate-persistence-unit=kenes.war#kenes"
  if ! cli "$PU:read-attribute(name=statistics-enabled)" >/dev/null 2>&1; then
    local unit
    unit=$(cli "/deployment=kenes.war/subsystem=jpa:read-children-names(child-type=hibernate-persistence-unit)" |
      jq -r '.result[0] // empty')
    [ -n "$unit" ] || fail "no Hibernate persistence unit found under /deployment=kenes.war/subsystem=jpa"
    PU="/deployment=kenes.war/subsystem=jpa/hibernate-persistence-unit=$unit"
  fi
  stats_restore=$(cli_result "$PU:read-attribute(name=statistics-enabled)")
  cli "$PU:write-attribute(name=statistics-enabled,value=true)" >/dev/null
}
stats_off() {
  if [ -n "$stats_restore" ] && [ -n "$PU" ]; then
    cli "$PU:write-attribute(name=statistics-enabled,value=$stats_restore)" >/dev/null 2>&1 || true
  fi
}
count_sql() { # label samples url [curl args...] -> prepared statements per request
  local label=$1 samples=$2 url=$3
  shift 3
  local before after queries_before queries_after
  before=$(cli_result "$PU:read-attribute(name=prepared-statement-count)")
  queries_before=$(cli_result "$PU:read-attribute(name=query-execution-count)")
  for _ in $(seq 1 "$samples"); do
    curl -sf -o "$OUT/sql-$label.out" "$@" "$url" || fail "GET $url ($label) failed"
  done
  after=$(cli_result "$PU:read-attribute(name=prepared-statement-count)")
  queries_after=$(cli_result "$PU:read-attribute(name=query-execution-count)")
  say "  $label: prepared statements $before -> $after, JPQL queries $queries_before -> $queries_after over $samples requests"
  awk -v a="$after" -v b="$before" -v n="$samples" 'BEGIN { printf "%.1f", (a - b) / n }'
}

# --- weight, verdicts, machine -----------------------------------------------------------------
weigh() { curl -s -o /dev/null -w '%{size_download}' "$@"; }
encoding() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | sed -n 's/^[Cc]ontent-[Ee]ncoding: //p'; }
kib() { awk -v w="$1" 'BEGIN { printf "%.1f", w / 1024 }'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {
  if (v == "n/a" || v == "") { print "n/a"; exit }
  ok = (op == "le") ? (v + 0 <= t + 0) : (v + 0 >= t + 0); print ok ? "met" : "NOT met" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", 100 * a / b }'; }
machine() {
  cat <<EOF
Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ { print $2 " GB RAM" }'), $(uname -sr)
Java:    $(java -version 2>&1 | head -1) / $(java -version 2>&1 | sed -n 2p)
wrk:     $(wrk -v 2>&1 | head -1)
Date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')
Load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; other processes than this run count too)
EOF
}

# --- a page against the thread page's targets ---------------------------------------------------
# Measures $PAGE against /static/kenes.css: warm-up, wrk as wrk asks (identity) and as a browser
# asks (gzip), SQL statements per page anonymous and signed in as $3 (through the caller's token
# function), the page weight; prints the tables. Targets: p50 <= 20 ms, p99 <= 60 ms, throughput
# >= 50 % of the trivial endpoint's, <= 5 statements per page, <= 60 KB compressed.
page_bench() { # title label signed-in-user
  local title=$1 label=$2 signed_user=$3 samples=10
  local trivial="$BASE/static/kenes.css"
  curl -sf -o /dev/null "$trivial" || fail "GET $trivial failed"
  say "warming up: $WARMUP on the page, then on the trivial endpoint"
  run_wrk warmup-page "$WARMUP" "$PAGE" >/dev/null
  run_wrk warmup-trivial "$WARMUP" "$trivial" >/dev/null

  say "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, identity encoding (wrk's default)"
  local r_page r_triv r_page_gz r_triv_gz
  r_page=$(run_wrk page "$DURATION" "$PAGE")
  say "  page:    $r_page"
  r_triv=$(run_wrk trivial "$DURATION" "$trivial")
  say "  trivial: $r_triv"
  say "measuring again as a browser asks: Accept-Encoding: gzip (pages and styles are kept gzipped)"
  r_page_gz=$(run_wrk page-gzip "$DURATION" "$PAGE" 'Accept-Encoding: gzip')
  say "  page:    $r_page_gz"
  r_triv_gz=$(run_wrk trivial-gzip "$DURATION" "$trivial" 'Accept-Encoding: gzip')
  say "  trivial: $r_triv_gz"

  say "counting SQL statements (prepared-statement-count, $samples sequential pages)"
  stats_on
  local sql_anon sql_signed
  sql_anon=$(count_sql anonymous "$samples" "$PAGE")
  # A signed-in viewer adds the member, support, staff, follow and unread-count look-ups. Pages
  # take a bearer token too (autodetect-bearer-only); if the page does not show the member, n/a.
  sql_signed=$(count_sql signed-in "$samples" "$PAGE" -H "Authorization: Bearer $(token "$signed_user")")
  grep -q 'class="me"' "$OUT/sql-signed-in.out" || sql_signed="n/a"

  local page_gz css_gz page_raw css_raw page_enc css_enc weight
  page_gz=$(weigh -H 'Accept-Encoding: gzip' "$PAGE")
  css_gz=$(weigh -H 'Accept-Encoding: gzip' "$trivial")
  page_raw=$(weigh "$PAGE")
  css_raw=$(weigh "$trivial")
  page_enc=$(encoding -H 'Accept-Encoding: gzip' "$PAGE")
  css_enc=$(encoding -H 'Accept-Encoding: gzip' "$trivial")
  weight=$((page_gz + css_gz))

  local p50 p99 rps trps ratio_id g50 g99 grps ratio_gz
  p50=$(field "$r_page" p50_ms); p99=$(field "$r_page" p99_ms); rps=$(field "$r_page" rps)
  trps=$(field "$r_triv" rps); ratio_id=$(ratio "$rps" "$trps")
  g50=$(field "$r_page_gz" p50_ms); g99=$(field "$r_page_gz" p99_ms); grps=$(field "$r_page_gz" rps)
  ratio_gz=$(ratio "$grps" "$(field "$r_triv_gz" rps)")
  cat <<EOF

$title, wrk -t$THREADS -c$CONNECTIONS -d$DURATION after $WARMUP warm-up each
Page:    $PAGE
Trivial: $trivial

$WRK_HEADER
$(wrk_row "GET $label" "$r_page")
$(wrk_row "GET /static/kenes.css" "$r_triv")
$(wrk_row "GET $label, gzip" "$r_page_gz")
$(wrk_row "GET /static/kenes.css, gzip" "$r_triv_gz")

| Measure | Value | Target | Verdict |
|---|---|---|---|
| Page p50, as a browser asks (gzip) | $g50 ms | ≤ 20 ms | $(verdict "$g50" 20 le) |
| Page p99, as a browser asks (gzip) | $g99 ms | ≤ 60 ms | $(verdict "$g99" 60 le) |
| Page throughput / trivial, both as a browser asks (gzip) | $ratio_gz % ($grps / $(field "$r_triv_gz" rps) req/s) | ≥ 50 % | $(verdict "$ratio_gz" 50 ge) |
| Page p50, identity encoding (wrk's default) | $p50 ms | ≤ 20 ms | $(verdict "$p50" 20 le) |
| Page p99, identity encoding | $p99 ms | ≤ 60 ms | $(verdict "$p99" 60 le) |
| Page throughput / trivial, identity encoding | $ratio_id % ($rps / $trps req/s) | ≥ 50 % | $(verdict "$ratio_id" 50 ge) |
| SQL statements per page, anonymous | $sql_anon | ≤ 5 | $(verdict "$sql_anon" 5 le) |
| SQL statements per page, signed-in resident | $sql_signed | ≤ 5 | $(verdict "$sql_signed" 5 le) |
| Page weight, gzip (page $page_gz B [$page_enc] + kenes.css $css_gz B [$css_enc]) | $weight B ($(kib "$weight") KiB) | ≤ 60 KB | $(verdict "$weight" 61440 le) |
| Uncompressed (page + kenes.css) | $page_raw B + $css_raw B | (info) | |

$(machine)
Raw output: $OUT
EOF
}
