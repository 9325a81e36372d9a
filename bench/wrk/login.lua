-- Sign-ins with a wrong password, as a flood of guesses would send them.
wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
wrk.body = '{"email":"flood@lpp.example","password":"a wrong guess"}'
