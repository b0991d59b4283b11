-- wrk's summary as one machine-readable line, so run.sh need not parse wrk's human units (us/ms/s, k/M):
--   rps=<requests/s> p50=<ms> p99=<ms> requests=<n> bytes=<bytes per response, headers included> errors=<n>
-- errors adds connect, read, write and timeout errors and responses with a status of 400 or more.
done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1e6
  local n = math.max(summary.requests, 1)
  io.write(string.format("rps=%.0f p50=%.2f p99=%.2f requests=%d bytes=%.0f errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.bytes / n, errors))
end
