-- GET load for wrk: the paths in BENCH_PATHS, one a line, each request the next one; with
-- BENCH_TOKENS, each request also the next of its bearer tokens (a different pace, so that
-- path and token pairs keep changing). Each thread starts at its own place in both lists.

local common = dofile(debug.getinfo(1, "S").source:sub(2):gsub("[^/]*$", "") .. "common.lua")
local paths, next_token = {}, nil
local next_path = 0

setup = common.setup

function init(args)
  paths = common.read_lines(os.getenv("BENCH_PATHS"))
  local offset = (thread_id or 0) * 7919
  next_path = offset % #paths
  next_token = common.tokens(offset)
end

function request()
  next_path = next_path % #paths + 1
  local headers = { ["Accept"] = "application/json" }
  local token = next_token()
  if token then headers["Authorization"] = "Bearer " .. token end
  return wrk.format("GET", paths[next_path], headers)
end
