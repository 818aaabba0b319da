-- What get.lua and post.lua share: each thread numbered (thread_id, from 0) and the bearer tokens
-- of BENCH_TOKENS, one a line, taken in turn.

local common = {}
local thread_count = 0

function common.read_lines(file)
  local lines = {}
  for line in io.lines(file) do
    if line ~= "" then lines[#lines + 1] = line end
  end
  return lines
end

function common.setup(thread)
  thread:set("thread_id", thread_count)
  thread_count = thread_count + 1
end

-- A function giving the next token (nil without BENCH_TOKENS), starting at offset.
function common.tokens(offset)
  local file = os.getenv("BENCH_TOKENS")
  if not file or file == "" then return function() return nil end end
  local tokens = common.read_lines(file)
  local next_token = offset % #tokens
  return function()
    next_token = next_token % #tokens + 1
    return tokens[next_token]
  end
end

return common
