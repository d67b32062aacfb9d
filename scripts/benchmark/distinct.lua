-- wrk script: replays a file of distinct requests ("<Accept-Language>\t<path>" per line, written by
-- generate-distinct-requests.py) in order, cycling.
--
--   wrk -t1 -c32 -d60s --latency -s distinct.lua http://localhost:8089 -- FILE [START] [LIMIT]
--
-- START: 0-based line to begin at (default 0). LIMIT: stop after this many responses (default 0 = run for -d).
-- With several threads each thread begins at its own offset (START + k * lines / threads). Within a thread the
-- connections share one cursor, so the 32 connections of one thread never send the same request at the same time.
-- Nothing is recorded per request beyond wrk's own latency statistics; the count of responses only serves LIMIT.

local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("thread_index", thread_count - 1)
   table.insert(threads, thread)
   for _, t in ipairs(threads) do t:set("thread_total", thread_count) end
end

local requests = {}
local n = 0
local cursor = 0
local limit = 0
responses = 0

function init(args)
   local file = args[1] or error("usage: ... -- FILE [START] [LIMIT]")
   for line in io.lines(file) do
      local lang, path = line:match("^([^\t]+)\t(.+)$")
      if path then
         n = n + 1
         requests[n] = wrk.format("GET", path, { ["Accept-Language"] = lang })
      end
   end
   if n == 0 then error("no requests in " .. file) end
   local start = tonumber(args[2] or "0")
   limit = tonumber(args[3] or "0")
   local index = thread_index or 0
   local count = thread_total or 1
   cursor = (start + math.floor(index * n / count)) % n
   if limit > 0 then
      limit = math.ceil(limit / count)
   else
      response = nil -- wrk then does not hand bodies to Lua at all
   end
end

-- With LIMIT, wrk still runs for its full -d: the script notes when the first request went out and when the LIMIT-th
-- response came back (os.time(), whole seconds), so that the pass's own rate can be computed.
started = nil
finished = nil

function request()
   if started == nil then started = os.time() end
   local r = requests[cursor + 1]
   cursor = (cursor + 1) % n
   return r
end

function response(status, headers, body)
   responses = responses + 1
   if responses >= limit then
      if finished == nil then finished = os.time() end
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   for _, t in ipairs(threads) do
      local s, f = t:get("started"), t:get("finished")
      if s and f then io.write(string.format("limit reached: %d responses in %d s\n", t:get("responses"), math.max(1, f - s))) end
   end
   io.write(string.format("distinct: %d requests, %d non-2xx/3xx, %d socket errors (connect %d, read %d, write %d, timeout %d)\n",
      summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
