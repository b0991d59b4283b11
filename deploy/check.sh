#!/usr/bin/env bash
# Several instances behind nginx (issue 11), on loopback only: builds the database once with the import command,
# starts two read-only instances on that one file, puts Debian's nginx (deploy/nginx.conf) in front, runs bounded
# load through nginx and stops one instance in the middle of it. Fails unless every request succeeded, the two
# instances answered a sample of addresses identically, and nginx served repeats from its cache.
# usage: deploy/check.sh   (needs nginx, wrk and curl; .ci/run installs them)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d /tmp/bilateral-deploy.XXXXXX)
app=src/BilateralRelations.Web/bin/Debug/net10.0/BilateralRelations.Web.dll
pids=()
cleanup() {
  [ -f "$work/nginx/logs/nginx.pid" ] && nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "deploy check FAILED: $*" >&2
  [ -f "$work/nginx/logs/error.log" ] && tail -5 "$work/nginx/logs/error.log" >&2
  for log in "$work"/instance-*.log; do [ -f "$log" ] && { echo "--- ${log##*/}:"; tail -15 "$log"; } >&2; done
  exit 1
}

dotnet build src/BilateralRelations.Web -v q --nologo >/dev/null
dotnet "$app" import --seeds "$root/seeds" --out "$work/relations.db" | tail -1

# Free loopback ports (a port in use would let another process answer for an instance); nginx.conf is copied with
# them in place of its default ports 5201, 5202 and 8088. Below the kernel's ephemeral range: a port there can be
# the local end of some client's connection (the tests just made thousands), which no probe sees and which makes the
# instance's bind fail (it did, once in a CI run).
read -r ephemeral_low _ </proc/sys/net/ipv4/ip_local_port_range
[ "$ephemeral_low" -gt 12000 ] || ephemeral_low=32768
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((10000 + RANDOM % (ephemeral_low - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  fail "no free port found"
}
first_port=$(free_port); second_port=$(free_port); proxy_port=$(free_port)
[ "$first_port" != "$second_port" ] && [ "$second_port" != "$proxy_port" ] && [ "$first_port" != "$proxy_port" ] || fail "the same port was picked twice; run again"
mkdir -p "$work/nginx/logs" "$work/nginx/temp" "$work/nginx/cache"
sed -e "s/127.0.0.1:5201/127.0.0.1:$first_port/; s/127.0.0.1:5202/127.0.0.1:$second_port/; s/127.0.0.1:8088/127.0.0.1:$proxy_port/" \
  deploy/nginx.conf >"$work/nginx/nginx.conf"
[ "$(grep -cE "127\.0\.0\.1:($first_port|$second_port|$proxy_port)[ ;]" "$work/nginx/nginx.conf")" = 3 ] || fail "nginx.conf no longer has the ports this check replaces"

start_instance() { # port
  dotnet "$app" --urls "http://127.0.0.1:$1" --contentRoot "$root/src/BilateralRelations.Web" --Seeds:ImportOnStart=false \
    --ConnectionStrings:Relations="Data Source=$work/relations.db" --Logging:LogLevel:Default=Warning >"$work/instance-$1.log" 2>&1 &
  pids+=($!)
}
wait_for() { # url
  for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done
  fail "$1 did not answer"
}
# The ETag and Last-Modified an address answers with: what a cache revalidates against, whichever instance it reaches.
validators() { curl -sf -H "$host" -o /dev/null -D - "$1" | tr -d '\r' | grep -iE '^(etag|last-modified):' | sort; }
# One public host name for both, as nginx passes it (printed pages show their full address).
host="Host: bilateral.example"
start_instance "$first_port"
start_instance "$second_port"
first_instance=${pids[0]}
wait_for "http://127.0.0.1:$first_port/healthz"
wait_for "http://127.0.0.1:$second_port/healthz"
for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || fail "an instance stopped at start (see its log)"; done

# Both instances serve the same data: the same version in /healthz, the same bytes on every sampled address.
first_data=$(curl -sf "http://127.0.0.1:$first_port/healthz" | grep '^data:') || fail "the first instance reports no data version"
second_data=$(curl -sf "http://127.0.0.1:$second_port/healthz" | grep '^data:') || fail "the second instance reports no data version"
[ "$first_data" = "$second_data" ] || fail "the instances report different data ($first_data / $second_data)"
for url in / /visits /visits/2011 /timeline /countries/hungary /people /api/visits /api/timeline /visits.csv /downloads/facts.jsonl /downloads/relations.db \
           /relations/azerbaijan-hungary-relations/article; do
  a=$(curl -sf -H "$host" "http://127.0.0.1:$first_port$url" | sha256sum) || fail "$url failed on the first instance"
  b=$(curl -sf -H "$host" "http://127.0.0.1:$second_port$url" | sha256sum) || fail "$url failed on the second instance"
  [ "$a" = "$b" ] || fail "$url differs between the instances"
  a=$(validators "http://127.0.0.1:$first_port$url") || fail "$url gave no validators on the first instance"
  b=$(validators "http://127.0.0.1:$second_port$url") || fail "$url gave no validators on the second instance"
  [ -n "$a" ] && [ "$a" = "$b" ] || fail "$url has different validators on the instances ($a / $b)"
done
echo "deploy check: both instances answer 12 sampled addresses identically"

# nginx's workers run as an unprivileged user when started by root: they must reach the cache and temp folders.
chmod 755 "$work"
chmod -R 777 "$work/nginx"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -t -q || fail "nginx.conf is not valid"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
wait_for http://127.0.0.1:$proxy_port/healthz

# A cached page: the second answer comes from nginx's cache.
curl -sf -o /dev/null "http://127.0.0.1:$proxy_port/visits?year=2008" || fail "nginx did not pass a page through"
[ "$(curl -sf -o /dev/null -D - http://127.0.0.1:$proxy_port/visits?year=2008 | tr -d '\r' | awk -F': ' 'tolower($1)=="x-cache-status" {print $2}')" = "HIT" ] || fail "nginx did not serve a repeat from its cache"

# Bounded load, every request a different address (past the cache, to the instances); one instance stops midway.
cat >"$work/load.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local paths = { "/visits?n=", "/api/visits?n=", "/timeline?n=", "/countries/hungary?n=", "/visits/2011?n=" }
  return wrk.format("GET", paths[n % #paths + 1] .. n)
end
LUA
wrk -t2 -c16 -d6s -s "$work/load.lua" http://127.0.0.1:$proxy_port/ >"$work/wrk.txt" 2>&1 &
load=$!
sleep 2
kill -TERM "$first_instance"
wait "$load" || true # wrk's own exit status says nothing more than its report, read below
! kill -0 "$first_instance" 2>/dev/null || fail "the first instance did not stop"
cat "$work/wrk.txt" | grep -E "requests in|Requests/sec" | sed 's/^ */deploy check: /'
! grep -qE "Non-2xx|Socket errors" "$work/wrk.txt" || { cat "$work/wrk.txt"; fail "some requests did not succeed while an instance stopped"; }
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
[ "${requests:-0}" -gt 100 ] || fail "too few requests ($requests) went through"
# The remaining instance still serves through nginx (a page: retried past the stopped one; /healthz through nginx
# is deliberately not retried, so it is asked of the instance itself).
curl -sf -o /dev/null "http://127.0.0.1:$proxy_port/visits?after=stop" || fail "nginx lost the remaining instance"
curl -sf -o /dev/null "http://127.0.0.1:$second_port/healthz" || fail "the remaining instance is not healthy"
echo "deploy check passed: $requests requests through nginx, none failed, one instance stopped midway"
