-- wrk script for bench/soak.sh: each connection cycles through a mix of the hello example's endpoints, so one run
-- exercises pages, JSON, the database, a view that blocks 50 ms, and multipart uploads (a small one most of the time,
-- and now and then one over the in-memory limit, which Jango spools to a temporary file and deletes afterwards).
local boundary = "jango-soak-boundary"

local function upload(size)
  local body = "--" .. boundary .. "\r\n"
    .. 'Content-Disposition: form-data; name="title"\r\n\r\nsoak\r\n'
    .. "--" .. boundary .. "\r\n"
    .. 'Content-Disposition: form-data; name="file"; filename="soak.bin"\r\n'
    .. "Content-Type: application/octet-stream\r\n\r\n"
    .. string.rep("x", size) .. "\r\n"
    .. "--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/upload", { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }, body)
end

local requests = {}
local counter = 0

function init(args)
  requests = {
    wrk.format("GET", "/"),
    wrk.format("GET", "/json"),
    wrk.format("GET", "/users/42"),
    wrk.format("GET", "/db"),
    wrk.format("GET", "/blocking"),
    upload(16 * 1024),
  }
  big = upload(3 * 1024 * 1024)
end

function request()
  counter = counter + 1
  if counter % 500 == 0 then
    return big
  end
  return requests[(counter % #requests) + 1]
end
