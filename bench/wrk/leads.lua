-- wrk script for bench/leads.sh: one scenario per run, named by BENCH_SCENARIO; leads are drawn among ids
-- BENCH_LEAD_MIN..BENCH_LEAD_MAX and properties among BENCH_PROPERTY_MIN..BENCH_PROPERTY_MAX (environment
-- variables, as in properties.lua). done() prints one JSON line: p50/p95/p99, req/s.
local scenario = os.getenv("BENCH_SCENARIO")
local printing = os.getenv("BENCH_PRINT") == "1"
local lead_min = tonumber(os.getenv("BENCH_LEAD_MIN") or "1")
local lead_max = tonumber(os.getenv("BENCH_LEAD_MAX") or "1")
local property_min = tonumber(os.getenv("BENCH_PROPERTY_MIN") or "1")
local property_max = tonumber(os.getenv("BENCH_PROPERTY_MAX") or "1")
local paths = {}

local function pick(list) return list[math.random(#list)] end
local function lead() return math.random(lead_min, lead_max) end

local builders = {
  matching = function() return "/api/v1/leads/" .. lead() .. "/matches" end,
  property_matches = function() return "/api/v1/properties/" .. math.random(property_min, property_max) .. "/matches" end,
  -- The leads part's routes, once they are on main (bench/leads.sh measures their SQL until then).
  lead_list = function()
    return "/api/v1/leads?status=" .. pick({"new", "in_progress", "new,in_progress"}) .. "&source=" ..
      pick({"seloger", "leboncoin", "website"})
  end,
  timeline = function() return "/api/v1/leads/" .. lead() .. "/interactions" end,
}

function init()
  local build = builders[scenario]
  if not build then error("unknown scenario " .. tostring(scenario)) end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0))
  for i = 1, 2000 do paths[i] = build() end
  if printing then io.write(paths[1], "\n") end
end

local next_path = 0
function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  if printing then return end
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    '{"scenario":"%s","requests":%d,"seconds":%.1f,"rps":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,' ..
    '"max_ms":%.2f,"non_2xx":%d,"socket_errors":%d}\n',
    scenario, summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
