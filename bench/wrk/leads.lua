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

local agents = {}
for id in (os.getenv("BENCH_AGENTS") or ""):gmatch("%d+") do agents[#agents + 1] = id end
local names = {"lemaire", "renard", "barbier", "schmitt", "picard", "dufour", "meunier", "marchand", "gaillard"}
local first_names = {"nathan", "adrien", "olivier", "yanis", "bruno", "gilles"}
local statuses = {"new", "in_progress", "converted", "lost", "new,in_progress"}
local sources = {"seloger", "leboncoin", "website", "phone", "walk_in", "referral"}

-- A day of the last three years (the seeded leads span them), as the date filters take it.
local function day()
  local t = os.time() - math.random(0, 3 * 365) * 86400
  return os.date("!%Y-%m-%d", t)
end

-- The filters of the lead list as people combine them, each one drawn or not.
local function filters()
  local parts = {}
  local function maybe(share, key, value) if math.random() < share then parts[#parts + 1] = key .. "=" .. value() end end
  maybe(0.5, "status", function() return pick(statuses) end)
  maybe(0.5, "source", function() return pick(sources) end)
  if #agents > 0 then maybe(0.3, "assigned_to", function() return pick(agents) end) end
  maybe(0.1, "overdue", function() return "true" end)
  maybe(0.15, "created_from", day)
  return table.concat(parts, "&")
end

local builders = {
  matching = function() return "/api/v1/leads/" .. lead() .. "/matches" end,
  property_matches = function() return "/api/v1/properties/" .. math.random(property_min, property_max) .. "/matches" end,
  -- The list view: 20 a page, drawn filters, with its total and its counts by status.
  lead_list = function() return "/api/v1/leads?per_page=20&" .. filters() end,
  -- A search for a person: a name, a name and a first name, or the start of a mobile number, with a status
  -- half of the time. The bench's contacts have 90 last names and 67 first names: "Lemaire" is shared by
  -- 55,371 of them and "Lemaire Nathan" by 1,683, where Martin, the commonest French name, would be about
  -- 8,000 among 2,000,000 people.
  lead_search = function()
    local words = pick({pick(names), pick(names) .. "+" .. pick(first_names), "06" .. math.random(10000, 99999)})
    local status = math.random() < 0.5 and "&status=" .. pick(statuses) or ""
    return "/api/v1/leads?per_page=20&q=" .. words .. status
  end,
  -- The Kanban board: the 100 newest leads and the count of each column, for the whole agency, one source
  -- or one agent.
  kanban = function()
    local scope = pick({"", "&source=" .. pick(sources)})
    if #agents > 0 and math.random() < 0.3 then scope = "&assigned_to=" .. pick(agents) end
    return "/api/v1/leads?per_page=100" .. scope
  end,
  timeline = function() return "/api/v1/leads/" .. lead() .. "/interactions?per_page=20" end,
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
