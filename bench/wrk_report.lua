-- The end of every wrk script in bench/: count answers by status in each thread (each
-- thread's init must set `counts = {}`) and print one JSON line of totals and latencies.
-- Loaded with dofile("bench/wrk_report.lua"): the benches run wrk from the repository root.
function response(status)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = string.format('"%d":%d', status, n) end
  io.write(string.format(
    '{"requests":%d,"wallMs":%d,"perSecond":%d,"p50Ms":%.2f,"p99Ms":%.2f,"maxMs":%.2f,"status":{%s}}\n',
    summary.requests, summary.duration / 1000, summary.requests * 1e6 / summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    table.concat(parts, ",")))
end
