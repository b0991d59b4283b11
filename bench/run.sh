#!/usr/bin/env bash
# The performance benchmark (issues 5 and 13). Publishes the site as it is deployed (the linux-x64
# profile: self-contained, ReadyToRun composite with the framework), then measures on loopback, in one
# bounded run, every figure issue 13 sets a target for:
#
#   1. Seed import in a fresh process (the time the site logs) and cold start with an existing database (launch to
#      the first 200 on /), several starts each, every one printed and the median judged.
#   2. The seed's main pages against the limit of this stack: Kestrel answering the very same bytes from memory
#      (bench/MemoryServer, a terminal app.Run writing a byte array). Fair by construction: both servers pinned to
#      core 0, wrk (one thread, 32 connections) pinned to core 1, each URL warmed up, then three interleaved pairs
#      (site, baseline, site, baseline, site, baseline) averaged; requests/s ratio and p99 ratio per page.
#   3. The 1,000-article corpus (bench/generate_articles.py): the `import` command timed; the database served
#      read-only, pinned to core 0, first with the output cache off (what a page really costs, once the JIT has
#      settled on every page: p50/p99), then with the output cache off and the server on both cores (as deployed
#      here; wrk beside it on core 1), then on (p99); the size of every response (pages, API, and the full
#      downloads, which must stream instead); peak RSS sampled under that load.
#
# usage: bench/run.sh [SECONDS | --quick]
#   SECONDS  per measurement (default 5: the whole run then takes about 21-24 minutes, the build included)
#   --quick  2 s per measurement, shorter warm-ups and fewer starts: about 9 minutes (7 once built), to try the script
#   SKIP_PUBLISH=1 bench/run.sh …  reuses bench/out/app and bench/out/memory-server from a previous run
# Everything raw (wrk outputs, logs, captured bodies, headers, RSS samples) goes to bench/out/run/; the report
# printed here is also saved as bench/out/run/report.txt and the summary as bench/out/run/summary.tsv.
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
OUT=$REPO/bench/out
RUN=$OUT/run

DURATION=5        # seconds per measurement
WARM_CACHED=1     # warm-up seconds of a cached page or the baseline: fills the cache and lets the JIT tier up
WARM_UNCACHED=2   # an uncached page on the large corpus answers only tens of times a second: warm it longer
STARTS=5          # cold starts with an existing database
IMPORTS=3         # seed imports in a fresh process
PAIRS=3           # interleaved site/baseline pairs per seed page
SETTLE_SECONDS=3  # the large corpus's pages in turn, this long each, until the JIT has settled (settle_jit)
SETTLE_ROUNDS=6
case "${1:-}" in
  --quick) DURATION=2; WARM_UNCACHED=1; STARTS=3; IMPORTS=2; SETTLE_SECONDS=1; SETTLE_ROUNDS=2 ;;
  "") ;;
  *[!0-9]*) echo "usage: bench/run.sh [SECONDS | --quick]" >&2; exit 2 ;;
  *) DURATION=$1 ;;
esac

PORT=5111           # the site
BASE_PORT=5112      # the baseline
SERVER_CORE=0       # the server under test (site or baseline)
CLIENT_CORE=1       # wrk, curl and the RSS sampler: never on the server's core
CONNECTIONS=32
MB=1048576

# Targets (issue 13).
T_RATIO=0.8; T_P99_RATIO=2; T_SEED_IMPORT_MS=300; T_COLD_START_MS=1000; T_LARGE_IMPORT_S=15
T_UNCACHED_P99_MS=50; T_CACHED_P99_MS=10; T_SIZE=$MB; T_RSS_MB=250

rm -rf "$RUN" && mkdir -p "$RUN/wrk" "$RUN/baseline" "$RUN/sizes" "$RUN/logs"
exec > >(tee "$RUN/report.txt") 2>&1
BEGAN=$(date +%s)

# ---------------------------------------------------------------------------------------------------------------
# Helpers

SITE_PID=""; BASE_PID=""; SAMPLER_PID=""
stop() { # PID: stops a process this script started and waits for it; killed after 5 s (a site busy with the
         # requests wrk abandoned would otherwise drain them for up to its 30 s shutdown timeout)
  [ -n "${1:-}" ] || return 0
  kill "$1" 2>/dev/null || return 0
  local i
  for i in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$1" 2>/dev/null
  wait "$1" 2>/dev/null
  return 0
}
cleanup() { stop "$SAMPLER_PID"; stop "$SITE_PID"; stop "$BASE_PID"; }
trap cleanup EXIT
die() { echo "FATAL: $*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
mean() { printf '%s\n' "$@" | awk '{s+=$1} END {printf "%.2f", s/NR}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
section() { printf '\n== %s   (load average %s, %ss into the run)\n' "$1" "$(load)" "$(( $(date +%s) - BEGAN ))"; }
pass() { # CONDITION (awk expression): PASS or FAIL
  awk "BEGIN {exit !($1)}" && echo PASS || echo FAIL
}

# The summary: one row per figure with its target.
printf 'figure\tmeasured\ttarget\tresult\n' >"$RUN/summary.tsv"; : >"$RUN/summary-later.tsv"
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$RUN/summary.tsv"; }
record_later() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$RUN/summary-later.tsv"; } # after the rows above them

# wait_200 URL PID: waits (up to 120 s) until URL answers 200, polling every 10 ms; fails if PID exits first.
wait_200() {
  local i
  for i in $(seq 1 12000); do
    kill -0 "$2" 2>/dev/null || return 1
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0
    sleep 0.01
  done
  return 1
}

# start_site LOG PIN ARGS…: starts the published site on $PORT (PIN: "pin" runs it on $SERVER_CORE only, "free"
# on every core); sets SITE_PID and STARTUP_MS, the milliseconds from launch to its first 200 on /.
start_site() {
  local log=$1 pin=$2 t0; shift 2
  local -a cpu=()
  SITE_LOG=$log SITE_PIN=$pin SITE_ARGS=("$@")
  [ "$pin" = pin ] && cpu=(taskset -c "$SERVER_CORE")
  t0=$(now_ms)
  (cd "$OUT/app" && exec "${cpu[@]}" ./BilateralRelations.Web --urls "http://127.0.0.1:$PORT" \
     --Logging:LogLevel:Default=Warning --Logging:LogLevel:BilateralRelations.Web.Import=Information "$@" >"$log" 2>&1) &
  SITE_PID=$!
  wait_200 "http://127.0.0.1:$PORT/" "$SITE_PID" || { tail -20 "$log"; die "the site did not start (log: $log)"; }
  STARTUP_MS=$(( $(now_ms) - t0 ))
}
stop_site() { stop "$SITE_PID"; SITE_PID=""; }
RESTARTS=0
# settle_site: waits until the site is idle; when it is still busy after 3 s with the requests wrk abandoned at the
# end of its time (pages that take seconds leave minutes of work), restarts it the same way instead, so that work
# neither slows the next measurement nor makes the run unbounded.
settle_site() {
  quiesce "$SITE_PID" 3 && return 0
  RESTARTS=$((RESTARTS + 1))
  echo "   (site still busy with abandoned requests after 3 s: restarted)"
  stop_site
  start_site "$SITE_LOG.restart-$RESTARTS" "$SITE_PIN" "${SITE_ARGS[@]}"
}
# import_ms LOG: the import time the site logs ("Articles imported: …; in N ms.").
import_ms() { grep -o 'in [0-9]* ms' "$1" | tail -1 | grep -o '[0-9]*'; }

# sample_rss PID FILE: appends the process's VmRSS in MB every 0.2 s until killed (bash builtins only, so the
# sampling costs next to nothing; it runs on the client's core all the same).
sample_rss() {
  local key value _
  while :; do
    while read -r key value _; do [ "$key" = VmRSS: ] && echo $(( value / 1024 )); done <"/proc/$1/status" >>"$2" 2>/dev/null
    sleep 0.2
  done
}

# quiesce PID [SECONDS]: waits (up to 20 s) until the server has used no CPU for 0.2 s: wrk abandons its requests in
# flight when its time is up, and a server still making them would slow the next measurement. Fails if never idle.
quiesce() {
  local f before after i
  for i in $(seq 1 $(( ${2:-20} * 5 ))); do
    read -r -a f <"/proc/$1/stat" || return 0; before=$(( f[13] + f[14] ))
    sleep 0.2
    read -r -a f <"/proc/$1/stat" || return 0; after=$(( f[13] + f[14] ))
    [ $(( after - before )) -le 1 ] && return 0
  done
  return 1
}

# bench LABEL URL SECONDS [SERVER-PID [RSS-FILE [CONNECTIONS]]]: one wrk measurement (with RSS-FILE, the server's
# RSS sampled meanwhile), wrk pinned to the client core, one thread, 32
# connections, a 10 s timeout (so a slow page shows its real latency instead of disappearing as a timeout).
# Saves wrk's whole output under wrk/LABEL.txt and sets W_RPS, W_P50, W_P99 (ms), W_BYTES (per response, headers
# included), W_N (responses) and W_ERRORS (connect, read, write and timeout errors and answers of 400 or more).
bench() {
  local label=$1 url=$2 seconds=$3 line kv
  if [ -n "${5:-}" ]; then
    sample_rss "$4" "$5" & SAMPLER_PID=$!
    taskset -p -c "$CLIENT_CORE" "$SAMPLER_PID" >/dev/null
  fi
  local cpu_before; cpu_before=$(cpu_ticks "${4:-}")
  taskset -c "$CLIENT_CORE" wrk -t1 -c"${6:-$CONNECTIONS}" -d"${seconds}s" --timeout 10s -s "$REPO/bench/wrk-report.lua" "$url" \
    >"$RUN/wrk/$label.txt" 2>&1
  local cpu_after; cpu_after=$(cpu_ticks "${4:-}")
  stop "$SAMPLER_PID"; SAMPLER_PID=""
  line=$(grep '^rps=' "$RUN/wrk/$label.txt")
  W_RPS=0 W_P50=0 W_P99=0 W_BYTES=0 W_N=0 W_ERRORS=1
  for kv in $line; do
    case ${kv%%=*} in
      rps) W_RPS=${kv#*=} ;; p50) W_P50=${kv#*=} ;; p99) W_P99=${kv#*=} ;; bytes) W_BYTES=${kv#*=} ;; requests) W_N=${kv#*=} ;; errors) W_ERRORS=${kv#*=} ;;
    esac
  done
  [ -n "$line" ] || echo "   (wrk gave no result for $url: see wrk/$label.txt)"
  # The server's CPU time per response (user + system): steadier than requests/s when other work shares the machine.
  W_CPU_US=0
  [ "$W_N" -gt 0 ] && [ -n "${4:-}" ] && W_CPU_US=$(( (cpu_after - cpu_before) * 1000000 / $(getconf CLK_TCK) / W_N ))
}
# cpu_ticks PID: the process's user + system CPU time in clock ticks (0 without a PID).
cpu_ticks() {
  local f
  [ -n "$1" ] && read -r -a f <"/proc/$1/stat" 2>/dev/null && echo $(( f[13] + f[14] )) || echo 0
}
# warm LABEL URL SECONDS [CONNECTIONS]: one whole request first (it fills the output cache: a fill abandoned by wrk at
# the end of a warm-up is cancelled, and the requests waiting on it fail with it), then load for SECONDS, not counted.
warm() {
  taskset -c "$CLIENT_CORE" curl -s -o /dev/null --max-time 60 "$2"
  bench "$1-warmup" "$2" "$3" "" "" "${4:-$CONNECTIONS}"
}

# fetch URL NAME: one request as wrk sends it (no Accept-Encoding, no Accept, no User-Agent), from the client core;
# the body goes to run/NAME.body, the headers to run/NAME.headers; sets F_CODE, F_SIZE (body bytes), F_TTFB and
# F_TOTAL (ms), F_FRAMING ("chunked" or "length") and F_TYPE, F_ENCODING (Content-Type, Content-Encoding or -).
fetch() {
  local url=$1 name=$2 w
  w=$(taskset -c "$CLIENT_CORE" curl -s -H 'User-Agent:' -H 'Accept:' -D "$RUN/$name.headers" -o "$RUN/$name.body" \
        -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}' "$url")
  read -r F_CODE F_SIZE F_TTFB F_TOTAL <<<"$w"
  F_TTFB=$(awk -v s="$F_TTFB" 'BEGIN {printf "%.1f", s * 1000}')
  F_TOTAL=$(awk -v s="$F_TOTAL" 'BEGIN {printf "%.1f", s * 1000}')
  F_FRAMING=length
  grep -qi '^transfer-encoding:.*chunked' "$RUN/$name.headers" && F_FRAMING=chunked
  F_TYPE=$(awk -F': ' 'tolower($1)=="content-type" {sub(/\r$/, "", $2); print $2}' "$RUN/$name.headers")
  F_ENCODING=$(awk -F': ' 'tolower($1)=="content-encoding" {sub(/\r$/, "", $2); print $2}' "$RUN/$name.headers")
  F_ENCODING=${F_ENCODING:--}
}
human() { awk -v b="$1" 'BEGIN {if (b >= 1048576) printf "%.1f MB", b/1048576; else printf "%.0f KB", b/1024}'; }
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; } # EXPR on d, the JSON read from stdin

# ---------------------------------------------------------------------------------------------------------------
section "machine and build"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB," \
     ".NET SDK $(dotnet --version), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (src modified)')"
echo "$DURATION s per measurement, warm-ups $WARM_CACHED s cached / $WARM_UNCACHED s uncached; server on core $SERVER_CORE, wrk -t1 -c$CONNECTIONS on core $CLIENT_CORE"
[ "$(nproc)" -ge 2 ] || die "needs two cores: one for the server, one for wrk"
if [ "${SKIP_PUBLISH:-}" != 1 ]; then
  # As the site is deployed: self-contained, compiled ahead of time with the framework (the linux-x64 profile).
  rm -rf "$OUT/app"
  dotnet publish src/BilateralRelations.Web -p:PublishProfile=linux-x64 \
    -o "$OUT/app" --nologo -v q >"$RUN/logs/publish.txt" 2>&1 || { cat "$RUN/logs/publish.txt"; die "publish failed"; }
  dotnet publish bench/MemoryServer -c Release -o "$OUT/memory-server" --nologo -v q >>"$RUN/logs/publish.txt" 2>&1 \
    || { cat "$RUN/logs/publish.txt"; die "publish of the baseline failed"; }
fi
echo "built in $(( $(date +%s) - BEGAN )) s"

# ---------------------------------------------------------------------------------------------------------------
# 1. Seed import in a fresh process, cold start with an existing database. Not pinned: one process alone on the
#    machine, as it starts in production (the import reads articles on every core).
section "seed import in a fresh process (target ≤ $T_SEED_IMPORT_MS ms, the time the site logs)"
SEED_DB=$RUN/seed.db
imports=()
for i in $(seq 1 "$IMPORTS"); do
  rm -f "$SEED_DB" "$SEED_DB-wal" "$SEED_DB-shm"
  start_site "$RUN/logs/seed-import-$i.txt" free --Seeds:Directory="$REPO/seeds" --ConnectionStrings:Relations="Data Source=$SEED_DB"
  ms=$(import_ms "$RUN/logs/seed-import-$i.txt"); imports+=("$ms")
  echo "start $i, empty database: import $ms ms; launch to first 200 on / $STARTUP_MS ms (import included)"
  stop_site
done
m=$(median "${imports[@]}")
echo "median import: $m ms"
record "seed import, fresh process (median of ${#imports[@]}: ${imports[*]} ms)" "$m ms" "≤ $T_SEED_IMPORT_MS ms" "$(pass "$m <= $T_SEED_IMPORT_MS")"

section "cold start with an existing database: launch to first 200 on / (target ≤ $T_COLD_START_MS ms)"
starts=()
for i in $(seq 1 "$STARTS"); do
  start_site "$RUN/logs/cold-start-$i.txt" free --Seeds:Directory="$REPO/seeds" --ConnectionStrings:Relations="Data Source=$SEED_DB"
  starts+=("$STARTUP_MS"); echo "start $i: $STARTUP_MS ms"
  stop_site
done
m=$(median "${starts[@]}")
echo "median: $m ms"
record "cold start, existing database (median of ${#starts[@]}: ${starts[*]} ms)" "$m ms" "≤ $T_COLD_START_MS ms" "$(pass "$m <= $T_COLD_START_MS")"

# ---------------------------------------------------------------------------------------------------------------
# 2. The seed's main pages against Kestrel answering the same bytes from memory.
section "seed pages against Kestrel answering the same bytes from memory (targets: req/s ≥ ${T_RATIO}×, p99 ≤ ${T_P99_RATIO}× the baseline's)"
SEED_PAGES=("/" "/visits" "/visits?year=2013" "/timeline" "/countries/hungary" "/api/visits" "/visits.csv")
start_site "$RUN/logs/seed-serve.txt" pin --Seeds:Directory="$REPO/seeds" --ConnectionStrings:Relations="Data Source=$SEED_DB"
# Capture each page as wrk will get it (the site's default: output cache on), for the baseline to answer.
: >"$RUN/baseline/manifest.tsv"
for i in "${!SEED_PAGES[@]}"; do
  fetch "http://127.0.0.1:$PORT${SEED_PAGES[$i]}" "baseline/p$i"
  [ "$F_CODE" = 200 ] || die "${SEED_PAGES[$i]} answered $F_CODE"
  printf '/p%s\tp%s.body\tp%s.headers\n' "$i" "$i" "$i" >>"$RUN/baseline/manifest.tsv"
done
(cd "$OUT/memory-server" && exec taskset -c "$SERVER_CORE" dotnet MemoryServer.dll --urls "http://127.0.0.1:$BASE_PORT" \
   --root "$RUN/baseline" >"$RUN/logs/memory-server.txt" 2>&1) &
BASE_PID=$!
wait_200 "http://127.0.0.1:$BASE_PORT/p0" "$BASE_PID" || die "the baseline did not start (log: $RUN/logs/memory-server.txt)"
# The baseline must answer exactly the bytes the site answers from its cache: the body, and every header but Date.
head_of() { curl -s -D - -o /dev/null "$1" | tr -d '\r' | grep -vi '^date:' | sort; }
for i in "${!SEED_PAGES[@]}"; do
  curl -s "http://127.0.0.1:$BASE_PORT/p$i" | cmp -s - "$RUN/baseline/p$i.body" || die "the baseline's /p$i differs from ${SEED_PAGES[$i]}"
  [ "$(head_of "http://127.0.0.1:$BASE_PORT/p$i")" = "$(head_of "http://127.0.0.1:$PORT${SEED_PAGES[$i]}")" ] \
    || die "the baseline's headers for /p$i differ from those of ${SEED_PAGES[$i]}"
done
# Code every page shares (Kestrel, the middleware) is compiled again, optimised, once it is hot; on the one pinned
# core that competes with the requests, and / (measured first) paid for it in every run. Warm every page first.
for i in "${!SEED_PAGES[@]}"; do
  warm "seed-all-p$i-site" "http://127.0.0.1:$PORT${SEED_PAGES[$i]}" "$WARM_CACHED"
  warm "seed-all-p$i-base" "http://127.0.0.1:$BASE_PORT/p$i" "$WARM_CACHED"
done

printf '\n%-20s %8s | %9s %8s %8s | %9s %8s %8s | %6s %6s | %13s %5s  %s\n' page body "site r/s" p50 p99 "base r/s" p50 p99 "r/s ×" "p99 ×" "CPU µs s/b" "×" result
: >"$RUN/seed-pairs.txt"
for i in "${!SEED_PAGES[@]}"; do
  page=${SEED_PAGES[$i]}; site="http://127.0.0.1:$PORT$page"; base="http://127.0.0.1:$BASE_PORT/p$i"
  quiesce "$SITE_PID"; warm "seed-p$i-site" "$site" "$WARM_CACHED"
  quiesce "$BASE_PID"; warm "seed-p$i-base" "$base" "$WARM_CACHED"
  s_rps=(); s_p50=(); s_p99=(); b_rps=(); b_p50=(); b_p99=(); s_cpu=(); b_cpu=(); errs=0
  for r in $(seq 1 "$PAIRS"); do
    quiesce "$SITE_PID"; bench "seed-p$i-site-$r" "$site" "$DURATION" "$SITE_PID" "$RUN/rss-seed.txt"
    s_rps+=("$W_RPS"); s_p50+=("$W_P50"); s_p99+=("$W_P99"); s_cpu+=("$W_CPU_US"); errs=$((errs + W_ERRORS)); s_bytes=$W_BYTES
    quiesce "$BASE_PID"; bench "seed-p$i-base-$r" "$base" "$DURATION" "$BASE_PID" "$RUN/rss-baseline.txt"
    b_rps+=("$W_RPS"); b_p50+=("$W_P50"); b_p99+=("$W_P99"); b_cpu+=("$W_CPU_US"); errs=$((errs + W_ERRORS)); b_bytes=$W_BYTES
    echo "$page pair $r: site ${s_rps[-1]} req/s p99 ${s_p99[-1]} ms ${s_cpu[-1]} µs CPU/response, baseline ${b_rps[-1]} req/s p99 ${b_p99[-1]} ms ${b_cpu[-1]} µs CPU/response;" \
         "bytes/response (headers included) site $s_bytes, baseline $b_bytes" >>"$RUN/seed-pairs.txt"
  done
  srps=$(mean "${s_rps[@]}"); sp50=$(mean "${s_p50[@]}"); sp99=$(mean "${s_p99[@]}")
  brps=$(mean "${b_rps[@]}"); bp50=$(mean "${b_p50[@]}"); bp99=$(mean "${b_p99[@]}")
  ratio=$(awk "BEGIN {printf \"%.2f\", $srps / $brps}"); p99ratio=$(awk "BEGIN {printf \"%.2f\", $sp99 / $bp99}")
  scpu=$(median "${s_cpu[@]}"); bcpu=$(median "${b_cpu[@]}"); cpuratio=$(awk "BEGIN {printf \"%.2f\", ($scpu > 0 ? $bcpu / $scpu : 0)}") # parenthesised: a bare > is a redirection in awk
  result=$(pass "$ratio >= $T_RATIO && $p99ratio <= $T_P99_RATIO && $errs == 0")
  note=""; [ "$errs" = 0 ] || note=" ($errs errors: see wrk/seed-p$i-*)"
  printf '%-20s %8s | %9.0f %8s %8s | %9.0f %8s %8s | %6s %6s | %6s/%-6s %5s  %s%s\n' "$page" "$(human "$(stat -c %s "$RUN/baseline/p$i.body")")" \
    "$srps" "$sp50" "$sp99" "$brps" "$bp50" "$bp99" "$ratio" "$p99ratio" "$scpu" "$bcpu" "$cpuratio" "$result" "$note"
  record "seed $page: req/s and p99 against the baseline (means of $PAIRS pairs)" \
    "${ratio}× req/s ($(printf %.0f "$srps") / $(printf %.0f "$brps")), p99 ${p99ratio}× ($sp99 / $bp99 ms), CPU per response ${cpuratio}× ($scpu / $bcpu µs)" \
    "≥ ${T_RATIO}×, p99 ≤ ${T_P99_RATIO}×" "$result"
done
echo "(every pair: bench/out/run/seed-pairs.txt; p50 and p99 in ms, means of $PAIRS runs; CPU µs per response of the"
echo " site and the baseline, medians, and baseline ÷ site: the same comparison without the other load on the machine)"
seed_rss=$(sort -n "$RUN/rss-seed.txt" | tail -1)
echo "peak RSS of the site under load on the seed: $seed_rss MB"
record "peak RSS under load, seed (no target)" "$seed_rss MB" "—" "—"
stop_site; stop "$BASE_PID"; BASE_PID=""

# ---------------------------------------------------------------------------------------------------------------
# 3. The 1,000-article corpus.
section "1,000 generated articles: import with the import command (target ≤ $T_LARGE_IMPORT_S s)"
CORPUS=$RUN/corpus-1000; LARGE_DB=$RUN/corpus-1000.db
python3 bench/generate_articles.py "$CORPUS" 1000 >/dev/null || die "generate_articles.py failed"
t0=$(now_ms)
(cd "$OUT/app" && ./BilateralRelations.Web import --seeds "$CORPUS" --out "$LARGE_DB") >"$RUN/logs/import-1000.txt" 2>&1
rc=$?
import_s=$(awk -v ms=$(( $(now_ms) - t0 )) 'BEGIN {printf "%.1f", ms / 1000}')
[ "$rc" -le 1 ] && [ -f "$LARGE_DB" ] || { tail -5 "$RUN/logs/import-1000.txt"; die "the import failed (exit $rc)"; }
echo "launch to exit: $import_s s (exit code $rc); the command says: $(grep '^Built' "$RUN/logs/import-1000.txt")"
record "import of 1,000 articles (import command, launch to exit)" "$import_s s" "≤ $T_LARGE_IMPORT_S s" "$(pass "$import_s <= $T_LARGE_IMPORT_S")"

READ_ONLY=(--Seeds:ImportOnStart=false "--ConnectionStrings:Relations=Data Source=$LARGE_DB")
start_site "$RUN/logs/large-uncached.txt" pin "${READ_ONLY[@]}" --OutputCache:Enabled=false
echo "read-only, output cache off: launch to first 200 on / $STARTUP_MS ms"

# The addresses, with slugs read from the API.
api() { curl -s "http://127.0.0.1:$PORT$1"; }
relations_json=$(api "/api/relations?limit=2")
relation=$(json 'd[0]["slug"]' <<<"$relations_json"); relation2=$(json 'd[1]["slug"]' <<<"$relations_json")
country=$(json 'd[0]["countries"][0]["slug"]' <<<"$relations_json")
word=$(json 'd[0]["countries"][0]["name"].split()[0]' <<<"$relations_json") # a country's name: in many facts
person=$(api "/api/people?limit=1" | json 'd[0]["slug"]')
[ -n "$relation" ] && [ -n "$country" ] && [ -n "$person" ] || die "could not read slugs from the API"
[ "$(api "/api/search?q=$word" | json 'd["total"]')" -gt 0 ] || die "searching '$word' finds nothing"
LARGE_PAGES=("/" "/relations" "/timeline" "/timeline?relation=$relation" "/visits?year=2013" "/visits" "/countries/$country"
  "/people/$person" "/search?q=$word" "/api/visits" "/api/visits?year=2013" "/api/timeline" "/missions" "/api/missions")
# Every other address a reader can ask for: sizes only (no response over 1 MB), each timed once, uncached.
OTHER_PAGES=("/relations/$relation" "/relations/$relation/article" "/compare?relation=$relation&relation=$relation2"
  "/visits/2013" "/agreements" "/sister-cities" "/memberships" "/people" "/countries" "/diagnostics" "/downloads"
  "/api/relations" "/api/agreements" "/api/sister-cities" "/api/memberships" "/api/events" "/api/people"
  "/api/search?q=$word" "/api/diagnostics" "/api/timeline?kind=Visit")
# Full downloads: exempt from the 1 MB, but they must stream.
DOWNLOADS=("/visits.csv")
for f in $(api /downloads | grep -o 'href="[^"]*/downloads/[^"]*"' | sed 's/.*\/downloads\//\/downloads\//; s/"$//' | sort -u); do
  DOWNLOADS+=("$f")
done
echo "relation $relation, country $country, person $person, search word '$word'; ${#DOWNLOADS[@]} downloads"

section "1,000 articles: response sizes (target ≤ 1 MB; full downloads exempt but must stream), one request each, output cache off"
printf '%-52s %5s %9s %8s %10s %10s  %s\n' address status size framing "first byte" total result
declare -A SIZE ONE
n=0
size_row() { # ADDRESS KIND: fetches it twice (the first warms it) and records the second's size, or its streaming
  local page=$1 kind=$2 result
  n=$((n + 1))
  fetch "http://127.0.0.1:$PORT$page" "sizes/$n" && fetch "http://127.0.0.1:$PORT$page" "sizes/$n"
  rm -f "$RUN/sizes/$n.body"; echo "$page" >>"$RUN/sizes/$n.headers"
  SIZE[$page]=$F_SIZE; ONE[$page]=$F_TOTAL
  if [ "$kind" = download ]; then
    # Streams: its length was not known when it began (chunked), or its first byte came before half its time
    # (a file sent as it is read). A body built whole in memory first has neither.
    result=$(pass "\"$F_CODE\" == \"200\" && (\"$F_FRAMING\" == \"chunked\" || $F_TTFB <= $F_TOTAL / 2)")
    record_later "1,000 articles: $page streams (full download, $(human "$F_SIZE"), first byte $F_TTFB of $F_TOTAL ms)" \
      "$F_FRAMING" "streams" "$result"
  else
    result=$(pass "\"$F_CODE\" == \"200\" && $F_SIZE <= $T_SIZE")
    [ "$kind" = page ] || record_later "1,000 articles: size of $page" "$(human "$F_SIZE")" "≤ 1 MB" "$result"
  fi
  printf '%-52s %5s %9s %8s %7s ms %7s ms  %s\n' "$page" "$F_CODE" "$(human "$F_SIZE")" "$F_FRAMING" "$F_TTFB" "$F_TOTAL" "$result"
}
for page in "${LARGE_PAGES[@]}"; do size_row "$page" page; done
for page in "${OTHER_PAGES[@]}"; do size_row "$page" other; done
for page in "${DOWNLOADS[@]}"; do size_row "$page" download; done

# large_load MODE WARM-UP-SECONDS: every large-corpus page under load on the running site: primed and warmed up on
# one connection (which leaves at most one abandoned request behind), then measured at 32 connections once the
# site is idle, RSS sampled. Sets P50/P99/RPS/N/ERR[MODE:page].
declare -A P50 P99 RPS N ERR
MIN_RESPONSES=100 # fewer responses than this in a measurement make no p99: the page fails
large_load() {
  local mode=$1 warmup=$2 i page
  for i in "${!LARGE_PAGES[@]}"; do
    page=${LARGE_PAGES[$i]}
    settle_site; warm "large-$mode-$i" "http://127.0.0.1:$PORT$page" "$warmup" 1
    settle_site; bench "large-$mode-$i" "http://127.0.0.1:$PORT$page" "$DURATION" "$SITE_PID" "$RUN/rss-large-$mode.txt"
    P50[$mode:$page]=$W_P50; P99[$mode:$page]=$W_P99; RPS[$mode:$page]=$W_RPS; N[$mode:$page]=$W_N; ERR[$mode:$page]=$W_ERRORS
    echo "$page: $W_RPS req/s ($W_N responses, $W_CPU_US µs of CPU each), p50 $W_P50 ms, p99 $W_P99 ms, errors $W_ERRORS"
  done
}
# judge MODE PAGE TARGET-MS: PASS when the p99 is within the target, from enough responses, none of them an error.
judge() { pass "${N[$1:$2]} >= $MIN_RESPONSES && ${ERR[$1:$2]} == 0 && ${P99[$1:$2]} <= $3"; }
# p99_text MODE PAGE: the p99, or why there is none.
p99_text() {
  if [ "${N[$1:$2]}" -lt "$MIN_RESPONSES" ]; then echo "none (${N[$1:$2]} responses in $DURATION s)"; else echo "${P99[$1:$2]} ms"; fi
}

# settle_jit: every large-corpus page in turn (made, or from the output cache, as the site runs), $SETTLE_SECONDS s
# each at 4 connections, round after round until no page's CPU time per response falls more than 10% from the round
# before (at most $SETTLE_ROUNDS rounds). .NET's tiered JIT with dynamic PGO first runs the hot methods instrumented:
# on these pages it takes a minute or two of load before they are compiled for good, and until then they cost 2-5
# times their steady CPU (measured: / from 10 to 2.2 ms after 90 s). A server in production runs steady; a 2 s
# warm-up measured the instrumented code.
settle_jit() {
  local round i cpu changed line
  local -A last=()
  for round in $(seq 1 "$SETTLE_ROUNDS"); do
    changed=0; line="round $round, µs of CPU per response:"
    for i in "${!LARGE_PAGES[@]}"; do
      bench "settle-$round-$i" "http://127.0.0.1:$PORT${LARGE_PAGES[$i]}" "$SETTLE_SECONDS" "$SITE_PID" "" 4
      cpu=$W_CPU_US
      [ -n "${last[$i]:-}" ] && [ $(( cpu * 10 )) -ge $(( last[$i] * 9 )) ] || changed=1
      last[$i]=$cpu; line+=" $cpu"
    done
    echo "$line"
    [ "$changed" = 0 ] && { echo "settled after $round rounds (no page 10% cheaper than in the round before)"; return 0; }
  done
  echo "not settled after $SETTLE_ROUNDS rounds: measured as it is"
}

section "1,000 articles: output cache off, every request makes the page (target p99 ≤ $T_UNCACHED_P99_MS ms at $CONNECTIONS connections)"
echo "pages in order: ${LARGE_PAGES[*]}"
settle_jit
large_load uncached "$WARM_UNCACHED"
rss_uncached=$(sort -n "$RUN/rss-large-uncached.txt" | tail -1)
stop_site # not settled: whatever it is still doing is abandoned

# The same, with the server on both cores as it would be deployed on this machine; wrk stays on core $CLIENT_CORE, so
# the server shares that core with it. The pinned pass above is the steadier measure of a page's cost; this one is
# what two cores give (the site makes as many pages at once as it has cores).
section "1,000 articles: output cache off, the server on both cores (target p99 ≤ $T_UNCACHED_P99_MS ms at $CONNECTIONS connections)"
start_site "$RUN/logs/large-uncached-2cores.txt" nopin "${READ_ONLY[@]}" --OutputCache:Enabled=false
settle_jit
large_load twocores "$WARM_UNCACHED"
stop_site

section "1,000 articles: output cache on (the default; target p99 ≤ $T_CACHED_P99_MS ms)"
start_site "$RUN/logs/large-cached.txt" pin "${READ_ONLY[@]}"
echo "read-only, output cache on: launch to first 200 on / $STARTUP_MS ms"
settle_jit
large_load cached "$WARM_CACHED"
rss_cached=$(sort -n "$RUN/rss-large-cached.txt" | tail -1)
stop_site

section "1,000 articles: per page (one req: one uncached request alone; n: responses measured; times in ms)"
printf '%-36s %9s %8s | %-26s | %-15s | %-15s | %s\n' "" "" "" "output cache off" "off, 2 cores" "output cache on" "PASS/FAIL"
printf '%-36s %9s %8s | %7s %6s %6s %6s | %7s %6s | %7s %6s | %s\n' page size "one req" "req/s" "n" p50 p99 "req/s" p99 "req/s" p99 "size, off, 2 cores, on"
for page in "${LARGE_PAGES[@]}"; do
  r_size=$(pass "${SIZE[$page]} <= $T_SIZE"); r_u=$(judge uncached "$page" "$T_UNCACHED_P99_MS"); r_c=$(judge cached "$page" "$T_CACHED_P99_MS")
  r_2=$(judge twocores "$page" "$T_UNCACHED_P99_MS")
  printf '%-36s %9s %8s | %7s %6s %6s %6s | %7s %6s | %7s %6s | %s %s %s %s\n' "$page" "$(human "${SIZE[$page]}")" "${ONE[$page]}" "${RPS[uncached:$page]}" \
    "${N[uncached:$page]}" "${P50[uncached:$page]}" "${P99[uncached:$page]}" "${RPS[twocores:$page]}" "${P99[twocores:$page]}" \
    "${RPS[cached:$page]}" "${P99[cached:$page]}" "$r_size" "$r_u" "$r_2" "$r_c"
  err=""; [ "${ERR[uncached:$page]}${ERR[twocores:$page]}${ERR[cached:$page]}" = 000 ] ||
    err=", errors: ${ERR[uncached:$page]} uncached, ${ERR[twocores:$page]} on both cores, ${ERR[cached:$page]} cached"
  p50=""; [ "${N[uncached:$page]}" = 0 ] || p50="p50 ${P50[uncached:$page]} ms, "
  record "1,000 articles: $page size" "$(human "${SIZE[$page]}")" "≤ 1 MB" "$r_size"
  record "1,000 articles: $page uncached p99 (${p50}one request alone ${ONE[$page]} ms$err)" "$(p99_text uncached "$page")" "≤ $T_UNCACHED_P99_MS ms" "$r_u"
  record "1,000 articles: $page uncached p99, server on both cores (p50 ${P50[twocores:$page]} ms)" "$(p99_text twocores "$page")" "≤ $T_UNCACHED_P99_MS ms" "$r_2"
  record "1,000 articles: $page cached p99" "$(p99_text cached "$page")" "≤ $T_CACHED_P99_MS ms" "$r_c"
done
cat "$RUN/summary-later.tsv" >>"$RUN/summary.tsv"
echo "peak RSS under load: $rss_uncached MB output cache off, $rss_cached MB on"
record "peak RSS under load, 1,000 articles, output cache on (the default)" "$rss_cached MB" "≤ $T_RSS_MB MB" "$(pass "$rss_cached <= $T_RSS_MB")"
record "peak RSS under load, 1,000 articles, output cache off" "$rss_uncached MB" "≤ $T_RSS_MB MB" "$(pass "$rss_uncached <= $T_RSS_MB")"

# ---------------------------------------------------------------------------------------------------------------
section "summary"
column -t -s $'\t' "$RUN/summary.tsv"
fails=$(awk -F'\t' '$4 == "FAIL"' "$RUN/summary.tsv" | wc -l); passes=$(awk -F'\t' '$4 == "PASS"' "$RUN/summary.tsv" | wc -l)
echo
[ "$RESTARTS" = 0 ] || echo "the site was restarted $RESTARTS times between measurements, still busy with abandoned requests"
echo "$passes PASS, $fails FAIL; run took $(( $(date +%s) - BEGAN )) s; load average at the end $(load)"
echo "raw outputs: bench/out/run/ (report.txt, summary.tsv, seed-pairs.txt, wrk/, logs/, baseline/, sizes/)"
