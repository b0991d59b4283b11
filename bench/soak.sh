#!/usr/bin/env bash
# Load soak (issue 4): the Release site on loopback, wrk at 64 connections over the main pages, three bounded runs.
# Passes when every run has zero socket errors and zero non-2xx responses, and the server's memory after the
# third run is within 10% of after the second (no growth from one run to the next).
# usage: bench/soak.sh [seconds-per-run]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
REPO=$PWD
OUT=$REPO/bench/out/soak
PORT=5131
rm -rf "$OUT" && mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet publish src/BilateralRelations.Web -p:PublishProfile=linux-x64 -o "$OUT/app" --nologo -v q >/dev/null
(cd "$OUT/app" && exec ./BilateralRelations.Web --urls "http://127.0.0.1:$PORT" --Seeds:Directory="$REPO/seeds" \
   --ConnectionStrings:Relations="Data Source=$OUT/soak.db" --Logging:LogLevel:Default=Warning >"$OUT/app.log" 2>&1) &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 3000); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.01; done

cat >"$OUT/pages.lua" <<'LUA'
-- Rotates over the main pages, the filters and the API; every answer must be 2xx.
local pages = { "/", "/visits", "/visits?year=2013", "/visits/2013", "/visits/1994-12-04-heydar-aliyev", "/timeline",
  "/timeline?kind=Visit&country=hungary", "/countries/hungary", "/people", "/people/peter-szijjarto", "/agreements",
  "/missions", "/sister-cities", "/memberships", "/relations/azerbaijan-hungary-relations/article", "/api/visits?year=2007",
  "/visits.csv?year=2013", "/diagnostics", "/css/site.css" }
local i = 0
request = function() i = i % #pages + 1; return wrk.format("GET", pages[i]) end
LUA

status=0
for run in 1 2 3; do
  wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" -s "$OUT/pages.lua" "http://127.0.0.1:$PORT" >"$OUT/run$run.txt" 2>&1
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/run$run.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$OUT/run$run.txt"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' "$OUT/run$run.txt"); socket=${socket:-0}
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status)
  echo "run $run: $rps req/s, non-2xx $non2xx, socket errors $socket, RSS ${rss} MB"
  eval "rss$run=$rss"
  [ "$non2xx" = 0 ] && [ "$socket" = 0 ] || status=1
done
if [ $((rss3 * 10)) -gt $((rss2 * 11)) ]; then echo "memory grew from run 2 to run 3: ${rss2} MB -> ${rss3} MB"; status=1; fi
[ $status = 0 ] && echo "soak passed" || echo "soak FAILED"
exit $status
