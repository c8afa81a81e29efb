-- wrk script for bench/properties.sh: one scenario per run, named by BENCH_SCENARIO (an environment
-- variable, because done() runs in a Lua state of its own that init() never saw).
-- Each request draws its own parameters (prices, cities, words, points), so that no cache sees the same
-- query twice in a row. done() prints one JSON line: p50/p95/p99 (wrk's own summary has no p95), req/s.
local scenario = os.getenv("BENCH_SCENARIO")
local printing = os.getenv("BENCH_PRINT") == "1"  -- write one drawn path and stop, for the EXPLAIN step
local paths = {}

local function pick(list) return list[math.random(#list)] end

local sale_ranges = {
  {10000000, 25000000}, {15000000, 30000000}, {20000000, 40000000}, {25000000, 50000000},
  {30000000, 60000000}, {40000000, 80000000}, {50000000, 100000000}, {8000000, 20000000},
}
local types = {"apartment", "house", "apartment,house", "apartment"}
local cities = {"Paris", "Paris", "Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Montpellier",
  "Strasbourg", "Bordeaux", "Lille", "Rennes", "Grenoble", "Dijon", "Annecy", "Brest", "Biarritz"}
-- Full text: words found in 5 to 15 % of the listings, and words found in fewer than 0.3 % of them.
local common_words = {"lumineux", "terrasse", "jardin", "balcon", "parquet", "ascenseur", "cheminée",
  "garage", "piscine", "meublé"}
local rare_words = {"hammam", "orangerie", "pigeonnier", "sauna", "triplex"}

local function encode(text)
  return (text:gsub("[^%w%-%._~,]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function filters()
  local range = pick(sale_ranges)
  return "transaction=sale&type=" .. encode(pick(types)) .. "&price_min=" .. range[1] ..
    "&price_max=" .. range[2] .. "&rooms_min=" .. math.random(1, 4)
end

-- A point within a few kilometres of central Paris (viewports are bbox=west,south,east,north).
local function parisPoint()
  return 48.8566 + (math.random() - 0.5) * 0.04, 2.3522 + (math.random() - 0.5) * 0.06
end

local builders = {
  list = function() return "/api/v1/properties?" .. filters() .. "&sort=-created_at" end,
  list_deep = function()
    return "/api/v1/properties?" .. filters() .. "&sort=-created_at&page=" .. math.random(10, 50)
  end,
  city = function()
    return "/api/v1/properties?city=" .. encode(pick(cities)) .. "&sort=" .. pick({"price", "-price"})
  end,
  text_common = function() return "/api/v1/properties?q=" .. encode(pick(common_words)) end,
  text_rare = function() return "/api/v1/properties?q=" .. encode(pick(rare_words)) end,
  radius = function()
    local lat, lon = parisPoint()
    return string.format("/api/v1/properties?near=%.5f,%.5f&radius_km=5&price_max=%d&sort=price", lat, lon,
      pick({30000000, 50000000, 80000000, 120000000}))
  end,
  viewport = function()
    local lat, lon = parisPoint()
    local half_lat, half_lon = 0.01 + math.random() * 0.01, 0.015 + math.random() * 0.015
    return string.format("/api/v1/properties?bbox=%.5f,%.5f,%.5f,%.5f", lon - half_lon, lat - half_lat,
      lon + half_lon, lat + half_lat)
  end,
  polygon = function()
    local lat, lon = parisPoint()
    local r = 0.01 + math.random() * 0.01
    local corners = {}
    for i = 0, 5 do
      local angle = i * math.pi / 3
      corners[#corners + 1] = string.format("%.5f,%.5f", lat + r * math.sin(angle), lon + 1.5 * r * math.cos(angle))
    end
    return "/api/v1/properties?polygon=" .. table.concat(corners, ";")
  end,
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
