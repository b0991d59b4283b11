#!/usr/bin/env bash
# The performance benchmark (issue 5): builds Release, starts the site on a fresh database and measures, on
# loopback only and for a bounded time:
#   - requests/s, p50 and p99 at 32 connections for each main page, and in the same run Kestrel serving the
#     identical bytes as a static file (the baseline), with the ratio of the two;
#   - cold start to the first 200 on / with an empty database (import included) and with an existing one;
#   - import time and database size for the seed and for 100 and 1,000 synthetic articles;
#   - latency of the main pages on the 1,000-article corpus; peak RSS of the server under load.
# usage: bench/run.sh [seconds-per-measurement]   (default 10; results go to bench/out/, summary to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
OUT=$PWD/bench/out
PORT=5111
STATIC_PORT=5112
rm -rf "$OUT/run" && mkdir -p "$OUT/run/static"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version)"
# ReadyToRun: compiled ahead of time, so a start does not wait for the JIT.
dotnet publish src/BilateralRelations.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/app" --nologo -v q >/dev/null
dotnet publish bench/StaticServer -c Release -o "$OUT/static-server" --nologo -v q >/dev/null

APP_PID=""
stop_app() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
trap 'stop_app; [ -n "${STATIC_PID:-}" ] && kill $STATIC_PID 2>/dev/null || true' EXIT

# start_app SEEDS DB LOG: starts the published site; STARTUP is the seconds from launch to its first 200 on /.
start_app() {
  local t0 t1
  t0=$(date +%s.%N)
  (cd "$OUT/app" && exec dotnet BilateralRelations.Web.dll --urls "http://127.0.0.1:$PORT" --Seeds:Directory="$1" \
     --ConnectionStrings:Relations="Data Source=$2" --Logging:LogLevel:Default=Warning --Logging:LogLevel:BilateralRelations.Web.Import=Information >"$3" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 6000); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.01; done
  t1=$(date +%s.%N)
  STARTUP=$(echo "$t1 - $t0" | bc -l | xargs printf "%.2f")
}
import_ms() { grep -o 'in [0-9]* ms' "$1" | tail -1 | grep -o '[0-9]*'; }

# measure URL: "requests/s p50 p99" from wrk at 32 connections, after a short warm-up.
measure() {
  wrk -t2 -c32 -d2s "$1" >/dev/null 2>&1
  wrk -t2 -c32 -d"${DURATION}s" --latency "$1" >"$OUT/run/wrk.txt" 2>&1 &
  local wrk_pid=$!
  # Resident memory of the server, sampled while it is under load.
  while kill -0 $wrk_pid 2>/dev/null; do
    [ -n "$APP_PID" ] && awk '/VmRSS/ {print int($2/1024)}' "/proc/$APP_PID/status" >>"$OUT/run/rss.txt" 2>/dev/null
    sleep 0.5
  done
  wait $wrk_pid
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/run/wrk.txt")
  p50=$(awk '/Latency Distribution/ {f=1} f && $1=="50%" {print $2; exit}' "$OUT/run/wrk.txt")
  p99=$(awk '/Latency Distribution/ {f=1} f && $1=="99%" {print $2; exit}' "$OUT/run/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$OUT/run/wrk.txt" | tr '\n' ' ')
  echo "$rps $p50 $p99 ${errors:-}"
}

DB=$OUT/run/seed.db
for run in 1 2 3; do
  rm -f "$DB" "$DB-wal" "$DB-shm"
  start_app "$PWD/seeds" "$DB" "$OUT/run/app.log"
  echo "== run $run: cold start, empty database (import included): $STARTUP s; seed import $(import_ms "$OUT/run/app.log") ms"
  stop_app
  start_app "$PWD/seeds" "$DB" "$OUT/run/app2.log"
  echo "== run $run: cold start, existing database: $STARTUP s"
  [ "$run" = 3 ] || stop_app
done

PAGES=("/" "/visits?year=2013" "/timeline" "/countries/hungary" "/api/visits")
i=0
for page in "${PAGES[@]}"; do curl -s "http://127.0.0.1:$PORT$page" >"$OUT/run/static/p$i.html"; i=$((i+1)); done
(cd "$OUT/static-server" && exec dotnet StaticServer.dll --urls "http://127.0.0.1:$STATIC_PORT" --root "$OUT/run/static" >/dev/null 2>&1) &
STATIC_PID=$!
for _ in $(seq 1 1000); do curl -sf -o /dev/null "http://127.0.0.1:$STATIC_PORT/p0.html" && break; sleep 0.01; done

printf "\n%-22s %10s %8s %8s | %10s %8s %8s | %6s\n" "page (seed)" "req/s" "p50" "p99" "static r/s" "p50" "p99" "ratio"
i=0
for page in "${PAGES[@]}"; do
  read -r rps p50 p99 err <<<"$(measure "http://127.0.0.1:$PORT$page")"
  read -r srps sp50 sp99 _ <<<"$(measure "http://127.0.0.1:$STATIC_PORT/p$i.html")"
  printf "%-22s %10s %8s %8s | %10s %8s %8s | %6.2f %s\n" "$page" "$rps" "$p50" "$p99" "$srps" "$sp50" "$sp99" "$(echo "$rps / $srps" | bc -l)" "$err"
  i=$((i+1))
done
echo "== peak RSS under load: $(sort -n "$OUT/run/rss.txt" | tail -1) MB (high-water mark of the process, start and import included: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$APP_PID/status))"
rm -f "$OUT/run/rss.txt"
stop_app

for n in 100 1000; do
  rm -rf "$OUT/run/corpus-$n" && python3 bench/generate_articles.py "$OUT/run/corpus-$n" "$n"
  start_app "$OUT/run/corpus-$n" "$OUT/run/corpus-$n.db" "$OUT/run/corpus-$n.log"; secs=$STARTUP
  visits=$(curl -s "http://127.0.0.1:$PORT/api/visits" | grep -o '"sourceLine"' | wc -l)
  echo "== $n synthetic articles: import $(import_ms "$OUT/run/corpus-$n.log") ms, $visits visits, database $(du -m "$OUT/run/corpus-$n.db" | cut -f1) MB, start to first 200 ${secs} s"
  [ "$n" = 1000 ] || stop_app
done
relations_json=$(curl -s "http://127.0.0.1:$PORT/api/relations")
relation=$(grep -o '"slug":"[^"]*","title"' <<<"$relations_json" | sed -n 1p | cut -d'"' -f4)
country=$(grep -o '"slug":"[^"]*","name"' <<<"$relations_json" | sed -n 1p | cut -d'"' -f4)
printf "\n%-40s %10s %8s %8s\n" "page (1,000 articles)" "req/s" "p50" "p99"
for page in "/visits?year=2013" "/timeline?relation=$relation" "/countries/$country" "/api/visits?year=2013"; do
  read -r rps p50 p99 err <<<"$(measure "http://127.0.0.1:$PORT$page")"
  printf "%-40s %10s %8s %8s %s\n" "$page" "$rps" "$p50" "$p99" "$err"
done
echo "== peak RSS with 1,000 articles under load: $(sort -n "$OUT/run/rss.txt" | tail -1) MB (high-water mark, import of 1,000 articles included: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$APP_PID/status))"
