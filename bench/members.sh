#!/usr/bin/env bash
# Member counts and search at scale: the service (release build) on a private database with
# the demo data plus BENCH_MEMBERS bulk members (default 1,000,000, from bench/members.sql),
# then each request BENCH_RUNS times (default 20) over HTTP; prints the median and slowest.
#   bench/members.sh                     # a million members
#   BENCH_MEMBERS=100000 bench/members.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=${BENCH_MEMBERS:-1000000}
RUNS=${BENCH_RUNS:-20}
PORT=${BENCH_PORT:-18090}
BASE=http://127.0.0.1:$PORT/api/v1
DATA=$(pwd)/.data/bench-$$

. bench/service.sh
start_service

PSQL=(psql --quiet --no-psqlrc "host=$DATA/postgres/s port=5432 user=postgres dbname=fellesskap")
[ "$(id -u)" = 0 ] && PSQL=(runuser -u postgres -- "${PSQL[@]}")
started=$(date +%s)
"${PSQL[@]}" -v members="$MEMBERS" -f bench/members.sql
echo "loaded $MEMBERS members in $(($(date +%s) - started)) s"

login() {
    curl -fsS "$BASE/auth/login" -H 'content-type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"fellesskap-demo\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
admin=$(login sekretariat@lpp.example)
leader=$(login leder.trondheim@lpp.example)
chapter_id() {
    curl -fsS "$BASE/orgs/lpp/chapters?limit=200" -H "authorization: Bearer $admin" \
        | python3 -c "import json,sys; print(next(c['id'] for c in json.load(sys.stdin)['items'] if c['name'] == '$1'))"
}
root=$(chapter_id 'LPP Landsforeningen')
county=$(chapter_id 'LPP Trøndelag')
local=$(chapter_id 'LPP Trondheim')

# Prints: the median and slowest of RUNS timed GETs, in milliseconds.
measure() {
    local label=$1 token=$2 path=$3
    local times=()
    for _ in $(seq 1 "$RUNS"); do
        times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "authorization: Bearer $token" "$BASE$path")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
        { t[NR] = $1 * 1000 }
        END { printf "%-48s median %7.1f ms   slowest %7.1f ms\n", label, t[int((NR + 1) / 2)], t[NR] }'
}

measure "organisation counts (today)" "$admin" "/orgs/lpp/counts"
measure "organisation counts (as of 2020-06-30)" "$admin" "/orgs/lpp/counts?as_of=2020-06-30"
measure "county chapter counts, with subtree" "$admin" "/chapters/$county/counts"
measure "local chapter counts (leader)" "$leader" "/chapters/$local/counts"
measure "members, first page of the whole organisation" "$admin" "/chapters/$root/members?limit=50"
measure "members, filtered: active youth" "$admin" "/chapters/$root/members?status=active&age_band=youth&limit=50"
measure "search: a common name (kari)" "$admin" "/chapters/$root/members?q=kari&limit=50"
measure "search: one e-mail address" "$admin" "/chapters/$root/members?q=medlem123456@bench"
measure "search: a phone number" "$admin" "/chapters/$root/members?q=90123456"
measure "search: rare name within a local chapter" "$leader" "/chapters/$local/members?q=moen"
