-- wrk script for bench/two-instances.sh: a mixed workload, in every 20 requests
--   6 × GET /api/people?pageSize=20 as the clerk (a staff list read with a session)
--   5 × GET /api/auth/me as a party member (a cheap authenticated read)
--   5 × GET /portal (the public portal's home page)
--   2 × POST /api/public/opinions (a public opinion submission: a write)
--   2 × GET /readyz (a status read)
-- Env: CLERK, MEMBER (session tokens), CATEGORIES, TOWNS (comma-separated).
-- done() prints one JSON line: requests, perSecond, p50Ms, p99Ms, maxMs, status counts.
local threads = {}
local function split(s)
  local out = {}
  for part in string.gmatch(s or "", "[^,]+") do out[#out + 1] = part end
  return out
end
local plan = { "people", "me", "portal", "people", "opinion", "me", "portal", "people", "ready",
  "me", "portal", "people", "me", "portal", "opinion", "people", "me", "portal", "people", "ready" }

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("id", #threads)
end

function init(args)
  counts = {}
  i = 0
  categories, towns = split(os.getenv("CATEGORIES")), split(os.getenv("TOWNS"))
  clerk = { ["Cookie"] = "md_session=" .. os.getenv("CLERK") }
  member = { ["Cookie"] = "md_session=" .. os.getenv("MEMBER") }
end

function request()
  i = i + 1
  local kind = plan[(i % #plan) + 1]
  if kind == "people" then
    return wrk.format("GET", "/api/people?pageSize=20&page=" .. (i % 5 + 1), clerk)
  elseif kind == "me" then
    return wrk.format("GET", "/api/auth/me", member)
  elseif kind == "portal" then
    return wrk.format("GET", "/portal")
  elseif kind == "opinion" then
    local body = string.format(
      '{"category":"%s","town":"%s","place":"第%d组","content":"小区门口路灯不亮已有两周，请尽快维修。（双实例基准 %d-%d）"}',
      categories[(i % #categories) + 1], towns[(i % #towns) + 1], i % 12 + 1, id, i)
    return wrk.format("POST", "/api/public/opinions",
      { ["Content-Type"] = "application/json", ["X-Device-Id"] = "bench-" .. (i % 64) }, body)
  end
  return wrk.format("GET", "/readyz")
end

-- response() counts statuses per thread; done() prints the JSON summary the .sh reads.
dofile("bench/wrk_report.lua")
