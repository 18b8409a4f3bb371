-- Posts comments as one signed-in participant, with every field of the form as a browser sends it.
-- run.sh signs in with curl and passes the session cookie, a CSRF token, a signed shownAt and the
-- new-wording box's text (the paragraph, sent back unchanged) in the environment. Every request has
-- its own idempotency key: run nonce, wrk thread, counter. A post that is taken answers 302 (to the
-- comment); a refused one answers 200 with the form, so the 302s are counted as "posted".
-- With BENCH_RATE (posts per second over all BENCH_RATE_CONNECTIONS connections) each connection waits
-- before its next post, a random time around its share, so posts arrive spread out at about that rate
-- rather than as fast as Parley answers: the latency of a given load, not of a queue kept full.
local cookie = os.getenv("BENCH_COOKIE")
local csrf = os.getenv("BENCH_CSRF")
local shown = os.getenv("BENCH_SHOWN_AT")
local path = os.getenv("BENCH_POST_PATH")
local nonce = tonumber(os.getenv("BENCH_NONCE") or "1")
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local pause = rate > 0 and 1000 * tonumber(os.getenv("BENCH_RATE_CONNECTIONS")) / rate or 0

local function urlencode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local text = "The paragraph should say more clearly who is responsible for the implementation of these "
   .. "commitments, and by when. Civil society and the technical community asked for regular reviews "
   .. "with indicators that everyone can check; without them the text reads as a statement of intent "
   .. "rather than a roadmap. We suggest adding a sentence on annual public reporting."

-- Encoded once: wrk shares the two cores with Parley.
local fixed = "&shownAt=" .. urlencode(shown) .. "&website=&parentId=&quotePrefix=&quoteStart=&quote=&quotePick=&body=" .. urlencode(text)
   .. "&proposalScope=PARAGRAPH&proposedText=" .. urlencode(os.getenv("BENCH_PROPOSED_TEXT") or "")

local threads = {}
local counter = 0
id = 0
posted = 0
other = 0

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   math.randomseed(nonce * 64 + id)
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
   wrk.headers["Cookie"] = cookie
   wrk.headers["Accept-Encoding"] = "gzip, deflate, br"
   wrk.path = path
end

function request()
   counter = counter + 1
   local key = string.format("%08x-%04x-4000-8000-%012x", nonce, id, counter)
   local body = "_csrf=" .. urlencode(csrf) .. "&idempotencyKey=" .. key .. fixed
   return wrk.format(nil, nil, nil, body)
end

if pause > 0 then
   function delay()
      return math.random(0, math.floor(2 * pause))
   end
end

function response(status, headers, body)
   if status == 302 then posted = posted + 1 else other = other + 1 end
end

function done(summary, latency, requests)
   local p, o = 0, 0
   for _, t in ipairs(threads) do
      p = p + t:get("posted")
      o = o + t:get("other")
   end
   local e = summary.errors
   io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0,
      summary.requests, e.status + e.connect + e.read + e.write + e.timeout + o))
   io.write(string.format("POSTED %d\n", p))
end
