#!/usr/bin/env bash
# Does answering time tell one kind of caller from another? The service (release build,
# production Argon2 parameters) on a private database with the demo data; each pair of
# requests is sent BENCH_ROUNDS times (default 101), alternating which goes first, and the
# quartiles of each are printed side by side. Overlapping quartiles mean a few tries tell
# nothing. Also measures /me while a flood of sign-ins runs, against a quiet service.
#   bench/timing.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${BENCH_ROUNDS:-101}
PORT=${BENCH_PORT:-18091}
BASE=http://127.0.0.1:$PORT/api/v1
DATA=$(pwd)/.data/bench-timing-$$

. bench/service.sh
start_service FELLESSKAP_LOGIN_LIMIT_PER_ACCOUNT=100000 FELLESSKAP_LOGIN_LIMIT_PER_ADDRESS=100000 \
    FELLESSKAP_SIGNUP_LIMIT_PER_ADDRESS=100000 FELLESSKAP_HASH_CONCURRENCY=1

# One timed POST: prints its status and seconds.
post() {
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -H 'content-type: application/json' "${@:3}" -d "$2" "$BASE$1"
}

# Quartiles of two lists of seconds, in milliseconds.
compare() {
    python3 - "$1" "$2" "$3" "$4" <<'PY'
import statistics, sys
label_a, file_a, label_b, file_b = sys.argv[1:5]
for label, path in ((label_a, file_a), (label_b, file_b)):
    rows = [l.split() for l in open(path) if l.strip()]
    statuses = sorted({r[0] for r in rows if len(r) == 2})
    xs = [float(r[-1]) * 1000 for r in rows]
    q1, q2, q3 = statistics.quantiles(xs, n=4)
    answered = f"status {','.join(statuses)}" if statuses else ""
    print(f"  {label:<40} q1 {q1:7.2f} ms   median {q2:7.2f} ms   q3 {q3:7.2f} ms   (n={len(xs)}) {answered}")
PY
}

# Sends two kinds of request in turn, each first in half the rounds.
pairwise() {
    local a=$1 b=$2
    for round in $(seq 1 "$ROUNDS"); do
        if [ $((round % 2)) = 0 ]; then "$a" >> "$DATA/a"; "$b" >> "$DATA/b"
        else "$b" >> "$DATA/b"; "$a" >> "$DATA/a"; fi
    done
}

echo "sign-in: wrong password for an account vs an unknown e-mail"
known_login() { post /auth/login '{"email":"sekretariat@lpp.example","password":"not the password"}'; }
unknown_login() { post /auth/login '{"email":"nobody@lpp.example","password":"not the password"}'; }
rm -f "$DATA/a" "$DATA/b"; pairwise known_login unknown_login
compare "wrong password" "$DATA/a" "unknown e-mail" "$DATA/b"

echo "public sign-up: a registered e-mail vs a new one"
n=0
signup_body() {
    printf '{"given_name":"Kari","family_name":"Bench","email":"%s","chapter_id":"%s","consent":true,"consent_version":"%s","language":"nb"}' \
        "$1" "$chapter" "$consent"
}
form=$(curl -fsS "$BASE/public/orgs/lpp/signup-form?lang=nb")
chapter=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["chapters"][0]["id"])' "$form")
consent=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["consent"]["version"])' "$form")
post /public/orgs/lpp/signups "$(signup_body registered@bench.example)" > /dev/null
sleep 3 # the background worker registers it within one outbox poll (2 s)
known_signup() { post /public/orgs/lpp/signups "$(signup_body registered@bench.example)"; }
new_signup() { n=$((n + 1)); post /public/orgs/lpp/signups "$(signup_body "new$n-$RANDOM@bench.example")"; }
rm -f "$DATA/a" "$DATA/b"; pairwise known_signup new_signup
compare "registered e-mail" "$DATA/a" "new e-mail" "$DATA/b"

echo "self-service link: a member's e-mail vs an unknown one"
known_link() { post /public/orgs/lpp/self-service-links '{"email":"registered@bench.example","purpose":"export"}'; }
unknown_link() { post /public/orgs/lpp/self-service-links '{"email":"nobody@bench.example","purpose":"export"}'; }
rm -f "$DATA/a" "$DATA/b"; pairwise known_link unknown_link
compare "member's e-mail" "$DATA/a" "unknown e-mail" "$DATA/b"

echo "GET /me, quiet and under 200 concurrent sign-ins"
token=$(curl -fsS "$BASE/auth/login" -H 'content-type: application/json' \
    -d '{"email":"sekretariat@lpp.example","password":"fellesskap-demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
me() { curl -sS -o /dev/null -w '%{time_total}\n' -H "authorization: Bearer $token" "$BASE/me"; }
rm -f "$DATA/a" "$DATA/b"
for _ in $(seq 1 "$ROUNDS"); do me >> "$DATA/a"; done
flood() { while [ ! -f "$DATA/stop" ]; do post /auth/login '{"email":"flood@lpp.example","password":"a guess"}' > /dev/null; done; }
for _ in $(seq 1 200); do flood & done
sleep 2
for _ in $(seq 1 "$ROUNDS"); do me >> "$DATA/b"; done
touch "$DATA/stop"; wait $(jobs -p | grep -v "^$SERVICE$") 2>/dev/null || true
compare "quiet" "$DATA/a" "under the flood" "$DATA/b"
