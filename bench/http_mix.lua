-- wrk script: each thread walks the request list of bench/http_queries.txt in turn, starting
-- at a different place, so the run mixes queries instead of repeating one.
local paths = {}
local counter = 0

function init(args)
  local file = args[1]
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then paths[#paths + 1] = "/api/search?" .. line end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
