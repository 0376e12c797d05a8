-- wrk script for bench/opinions.sh (issue 7). wrk, not a Node client, drives the HTTP part:
-- on a 2-core machine a Node client spends about as much CPU per request as the server does,
-- and its own pauses were most of the measured p99.
--   MODE=ready   GET /readyz (the reference: what wrk and the HTTP layer manage on their own)
--   MODE=track   POST /api/public/opinions/track, codes from CODES (a file, one per line),
--                1 in 10 a mistyped code (the same work: hash, index probe; one 404)
--   MODE=submit  POST /api/public/opinions without photos; CATEGORIES and TOWNS comma-separated;
--                1 in 3 with a contact (encrypted and masked by the server)
-- done() prints one JSON line: requests, perSecond, p50Ms, p99Ms, maxMs, status counts.
local mode = os.getenv("MODE") or "ready"
local threads = {}

local function split(s)
  local out = {}
  for part in string.gmatch(s or "", "[^,]+") do out[#out + 1] = part end
  return out
end

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  counts = {}
  i = 0
  codes, categories, towns = {}, split(os.getenv("CATEGORIES")), split(os.getenv("TOWNS"))
  if mode == "track" then
    for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
  end
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  i = i + 1
  if mode == "track" then
    local code = codes[(i % #codes) + 1]
    if i % 10 == 9 then code = "WXYZ-WXYZ-W" .. (2 + i % 8) .. "AZ" end
    return wrk.format("POST", "/api/public/opinions/track", nil, '{"code":"' .. code .. '"}')
  elseif mode == "submit" then
    local contact = ""
    if i % 3 == 0 then
      contact = string.format(',"contactName":"王先生","contactPhone":"138%08d"', i % 99999999)
    end
    local body = string.format(
      '{"category":"%s","town":"%s","place":"第%d组","content":"小区门口路灯不亮已有两周，夜间出行不安全，请尽快维修。（基准 %d）"%s}',
      categories[(i % #categories) + 1], towns[(i % #towns) + 1], i % 12 + 1, i, contact)
    return wrk.format("POST", "/api/public/opinions", { ["X-Device-Id"] = "bench-device-" .. (i % 32) }, body)
  end
  return wrk.format("GET", "/readyz")
end

-- response() counts statuses per thread; done() prints the JSON summary the .sh reads.
dofile("bench/wrk_report.lua")
