-- wrk script for the web load test (docs/benchmarks.md): each connection walks through a list of
-- request paths (one per line, made by MakeCorpus.java), from a random start per thread.
-- Usage: wrk -t2 -c50 -d60s --latency -s bench/web/search.lua http://127.0.0.1:18090 -- /tmp/web-queries.txt
local paths = {}
local n = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1] or "/tmp/web-queries.txt") do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + (tid or 0) * 7919)
  n = math.random(#paths)
end

function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end

function response(status, headers, body)
  if status ~= 200 then
    bad = (bad or 0) + 1
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d in %.1f s: %.0f/s\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, non-2xx %d, timeout %d\n",
    e.connect, e.read, e.write, e.status, e.timeout))
end
