#!/usr/bin/env bash
# Import time of each form of article and of hostile markup (issue 12): builds Release, writes the files of
# bench/formats.py (each about a megabyte, one per folder), imports each on a fresh database and reports the
# import time the site logs, the relations and diagnostics it made, and the peak memory of the process.
# usage: bench/formats.sh   (results to stdout; files and logs in bench/out/formats/)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/bench/out/formats
PORT=5120
rm -rf "$OUT" && mkdir -p "$OUT"
dotnet publish src/BilateralRelations.Web -p:PublishProfile=linux-x64 -o "$OUT/app" --nologo -v q >/dev/null
python3 bench/formats.py "$OUT/files"
pid=""
trap '[ -n "$pid" ] && pkill -INT -P "$pid" 2>/dev/null || true' EXIT
echo "| file | size | import | relations | diagnostics | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- |"
for dir in "$OUT"/files/*/; do
  PORT=$((PORT + 1)) # a port of its own: the last site may still be letting go of its own
  name=$(basename "$(ls "$dir")")
  db="$OUT/$(basename "$dir").db"
  log="$OUT/$(basename "$dir").log"
  (cd "$OUT/app" && exec /usr/bin/time -f "%M" -o "$log.rss" ./BilateralRelations.Web --urls "http://127.0.0.1:$PORT" \
     --Seeds:Directory="$dir" --ConnectionStrings:Relations="Data Source=$db" --Logging:LogLevel:Default=Warning \
     --Logging:LogLevel:BilateralRelations.Web.Import.SeedImporter=Information >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 12000); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.01; done
  relations=$( (curl -sf "http://127.0.0.1:$PORT/api/relations" || true) | (grep -o '"slug":"[^"]*","title"' || true) | wc -l)
  diagnostics=$( (curl -sf "http://127.0.0.1:$PORT/api/diagnostics" || true) | (grep -o '"severity"' || true) | wc -l)
  pkill -INT -P "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  ms=$( (grep -o 'in [0-9]* ms' "$log" || echo "in ? ms") | tail -1 | grep -o '[0-9?]*')
  echo "| $name | $(du -k "$dir$name" | cut -f1) KB | ${ms} ms | $relations | $diagnostics | $(( $(tail -1 "$log.rss" 2>/dev/null || echo 0) / 1024 )) MB |"
done
