-- Public sign-ups, each with an e-mail address of its own that carries the moment it was sent
-- (microseconds since the epoch), so the SMTP sink can time the confirmation's arrival.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_usec; } bench_timeval;
int gettimeofday(bench_timeval *tv, void *tz);
]]
local now = ffi.new("bench_timeval")
local threads = 0
local sent = 0

function setup(thread)
    threads = threads + 1
    thread:set("thread_no", threads)
end

function request()
    sent = sent + 1
    ffi.C.gettimeofday(now, nil)
    local micros = string.format("%d%06d", tonumber(now.tv_sec), tonumber(now.tv_usec))
    local email = string.format("s%d-%d-%s@signup.bench.example", thread_no, sent, micros)
    local body = string.format(os.getenv("BENCH_SIGNUP_BODY"), email)
    return wrk.format("POST", nil, {["content-type"] = "application/json"}, body)
end
