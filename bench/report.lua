-- Prints one machine-readable line at the end of a wrk run; run.sh reads it.
-- RESULT requests/s p50(ms) p99(ms) bytes/response requests errors(status>=400, socket)
-- Asks for gzip as every browser does (wrk sends no Accept-Encoding of its own), unless told not to.
-- WRK_COOKIE: a signed-in reader's session cookie; WRK_HX_TARGET: asks as htmx does for a thread in place;
-- WRK_PLAIN=1: asks for no compression (what a row measured without gzip compares).
if os.getenv("WRK_PLAIN") ~= "1" then wrk.headers["Accept-Encoding"] = "gzip, deflate, br" end
local cookie = os.getenv("WRK_COOKIE")
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
local target = os.getenv("WRK_HX_TARGET")
if target and target ~= "" then
   wrk.headers["HX-Request"] = "true"
   wrk.headers["HX-Target"] = target
end
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0,
      summary.requests, e.status + e.connect + e.read + e.write + e.timeout))
end
