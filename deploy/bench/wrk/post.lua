-- POST load for wrk: registers a new enterprise per request at BENCH_PATH, each with its own valid
-- unified social credit code (GB 32100 check character), made of BENCH_SEED (different for every
-- run), the thread and a counter; with BENCH_TOKENS, each request the next of its bearer tokens.

local common = dofile(debug.getinfo(1, "S").source:sub(2):gsub("[^/]*$", "") .. "common.lua")
local ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 }
local next_token
local counter, base = 0, 0

local function uscc(n)
  local organisation = {}
  for position = 9, 1, -1 do
    local digit = n % 31
    organisation[position] = ALPHABET:sub(digit + 1, digit + 1)
    n = math.floor(n / 31)
  end
  local code = "91430112" .. table.concat(organisation)
  local sum = 0
  for position = 1, 17 do
    sum = sum + (ALPHABET:find(code:sub(position, position), 1, true) - 1) * WEIGHTS[position]
  end
  local check = (31 - sum % 31) % 31
  return code .. ALPHABET:sub(check + 1, check + 1)
end

setup = common.setup

function init(args)
  next_token = common.tokens((thread_id or 0) * 7919)
  base = tonumber(os.getenv("BENCH_SEED")) * 1e7 + (thread_id or 0) * 1e6
end

function request()
  counter = counter + 1
  local code = uscc(base + counter)
  local headers = { ["Accept"] = "application/json", ["Content-Type"] = "application/json" }
  local token = next_token()
  if token then headers["Authorization"] = "Bearer " .. token end
  local body = '{"uscc":"' .. code .. '","name":"望城经开区基准测试企业' .. code .. '",'
    .. '"legalRepresentative":"张伟","registeredCapitalYuan":5000000.00,"establishedOn":"2018-06-01",'
    .. '"address":"长沙市望城区金星北路一段"}'
  return wrk.format("POST", os.getenv("BENCH_PATH"), headers, body)
end
