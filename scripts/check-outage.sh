#!/usr/bin/env bash
# Database outage under load, on the packaged service (docs/decisions/0015-database-outages-and-readiness.md).
#
# Starts the jar under the local profile on port 18083 with a throw-away embedded PostgreSQL, runs a stream of public
# finder reads, database-backed reads (GET /v1/nomenclature-releases, GET /v1/audit-events as staff) and writes
# (POST /v1/register/expertise-centres as staff), and polls /q/health/ready and /q/health/live. Then:
#   1. kills the PostgreSQL postmaster (SIGKILL) for OUTAGE seconds and starts it again, with its own command line
#      (same port and data directory; under `unshare -U` when root, as zonky starts it), without touching the service;
#   2. freezes PostgreSQL (SIGSTOP to the postmaster and its backends: a hung server, connections open, nothing
#      answers) for OUTAGE seconds and thaws it.
# Checks: the finder answers 200 throughout; every database-backed call that fails is a 503 problem+json of type
# database-unavailable with Retry-After, answered within a second; readiness and liveness stay UP; database-backed
# calls succeed again after the database returns, without a restart. Prints a summary; exit code 0 when all hold.
#
# Usage: scripts/check-outage.sh [outage seconds, default 15]. Loopback only; about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
outage="${1:-15}"
port=18083
base="http://127.0.0.1:$port"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests

dir=$(mktemp -d /tmp/ecza-outage-XXXXXX)
service=""
frozen=()
cleanup() {
  # A frozen database would stall the service's shutdown, which stops it: thaw it first.
  [ ${#frozen[@]} -gt 0 ] && kill -CONT "${frozen[@]}" 2>/dev/null || true
  touch "$dir/stop"
  wait_workers 2>/dev/null || true
  [ -n "$service" ] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  # The service stops its embedded PostgreSQL on exit; the one this script started again is stopped here if it did not.
  local left
  left=$(postmaster_pid || true)
  [ -n "$left" ] && kill -CONT "$left" 2>/dev/null && kill -KILL "$left" 2>/dev/null || true
  # Kept for a closer look: every request (start ms, kind, status, seconds, content type, problem, Retry-After), the phases and the logs.
  mkdir -p target/check-outage && cp "$dir"/*.log target/check-outage/ 2>/dev/null || true
  rm -rf "$dir"
}
workers=()
wait_workers() { for w in "${workers[@]}"; do wait "$w" 2>/dev/null || true; done; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
echo "Starting the service (local profile, port $port, database in $dir/pg) ..."
java -Dquarkus.profile=local -Decza.local.data-directory="$dir/pg" -Dquarkus.http.port=$port -Dquarkus.http.host=127.0.0.1 \
  -jar "$jar" >"$dir/service.log" 2>&1 &
service=$!
for _ in $(seq 1 240); do
  curl -sf "$base/q/health/ready" >/dev/null && break
  kill -0 "$service" 2>/dev/null || { cat "$dir/service.log" >&2; exit 1; }
  sleep 1
done
curl -sf "$base/q/health/ready" >/dev/null || { echo "the service did not become ready" >&2; tail -50 "$dir/service.log" >&2; exit 1; }
staff=$(java -jar "$jar" dev-token --role secretariat 2>/dev/null | tail -1)
institution=7944e6cd-d778-5c96-8c1d-957e1461b60f

postmaster_pid() { pgrep -f "bin/postgres -D $dir/pg( |\$)" | head -1; }
pm=$(postmaster_pid)
[ -n "$pm" ] || { echo "no embedded PostgreSQL found for $dir/pg" >&2; exit 1; }
mapfile -d '' pg_command <"/proc/$pm/cmdline"
pg_port=$(printf '%s\n' "${pg_command[@]}" | grep -A1 -x -- -p | tail -1)

# One worker: a request after another until told to stop; one line per request:
# start-ms kind status seconds content-type problem-type retry-after
worker() {
  local kind=$1 i=0 start out status time ctype type retry
  shift
  while [ ! -e "$dir/stop" ]; do
    i=$((i + 1))
    start=$(now_ms)
    case $kind in
      finder) out=$(curl -s -m 10 -o "$dir/$kind.body" -D "$dir/$kind.head" -w '%{http_code} %{time_total} %{content_type}' \
                  "$base/v1/expertise-centres?$([ $((i % 2)) = 0 ] && echo orphaCode=558 || echo q=marfan)&pageSize=5" || echo "000 10 -") ;;
      db-read) out=$(curl -s -m 10 -o "$dir/$kind.body" -D "$dir/$kind.head" -w '%{http_code} %{time_total} %{content_type}' \
                  "$base/v1/nomenclature-releases" || echo "000 10 -") ;;
      staff-read) out=$(curl -s -m 10 -o "$dir/$kind.body" -D "$dir/$kind.head" -w '%{http_code} %{time_total} %{content_type}' \
                  -H "Authorization: Bearer $staff" "$base/v1/audit-events?pageSize=5" || echo "000 10 -") ;;
      write) out=$(curl -s -m 10 -o "$dir/$kind.body" -D "$dir/$kind.head" -w '%{http_code} %{time_total} %{content_type}' \
                  -H "Authorization: Bearer $staff" -H 'Content-Type: application/json' \
                  -d "{\"nameNl\": \"Storingstest $i (fictief)\", \"nameEn\": \"Outage test $i (fictitious)\", \"leadingInstitutionId\": \"$institution\"}" \
                  "$base/v1/register/expertise-centres" || echo "000 10 -") ;;
      ready) out=$(curl -s -m 10 -o /dev/null -w '%{http_code} %{time_total} -' "$base/q/health/ready" || echo "000 10 -"); sleep 0.3 ;;
      live) out=$(curl -s -m 10 -o /dev/null -w '%{http_code} %{time_total} -' "$base/q/health/live" || echo "000 10 -"); sleep 0.3 ;;
    esac
    read -r status time ctype <<<"$out"
    type=-; retry=-
    if [ "$status" -ge 400 ] 2>/dev/null && [ -f "$dir/$kind.body" ]; then
      type=$(sed -nE 's/.*"type":"urn:nl:ecza:problem:([a-z-]+)".*/\1/p' "$dir/$kind.body"); type=${type:--}
      retry=$(tr -d '\r' <"$dir/$kind.head" | awk -F': ' 'tolower($1) == "retry-after" {print $2}'); retry=${retry:--}
    fi
    echo "$start $kind $status $time ${ctype%%;*} $type $retry" >>"$dir/requests.log"
  done
}

for kind in finder db-read staff-read write ready live; do
  worker "$kind" &
  workers+=($!)
done

mark() { echo "$1 $(now_ms)" >>"$dir/phases.log"; echo "$(date +%T) $2"; }
mark warmup "warming up (requests not counted): the first calls after a start wait for the JIT"
sleep 10
mark before "measuring: database up"
sleep 5
mark kill "SIGKILL to the PostgreSQL postmaster (pid $pm, port $pg_port)"
kill -KILL "$pm"
sleep "$outage"
mark restart "PostgreSQL started again by this script (same command line); the service is not touched"
prefix=()
[ "$(id -u)" = 0 ] && prefix=(unshare -U)
setsid "${prefix[@]}" "${pg_command[@]}" >"$dir/postgres-restart.log" 2>&1 &
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null && break; sleep 0.1; done
sleep 12
pm=$(postmaster_pid)
mark freeze "SIGSTOP to PostgreSQL (postmaster $pm and its backends): a hung database"
frozen=("$pm" $(pgrep -P "$pm" || true))
kill -STOP "${frozen[@]}"
sleep "$outage"
mark thaw "SIGCONT: the database answers again"
kill -CONT "${frozen[@]}"
frozen=()
sleep 12
mark end "stopping the request streams"
touch "$dir/stop"
wait_workers

# --- Summary -------------------------------------------------------------------------------------------------------
echo
awk -v phases="$dir/phases.log" '
  BEGIN { while ((getline line < phases) > 0) { split(line, p, " "); at[p[1]] = p[2] } }
  function window(t) {
    if (t < at["before"]) return "warmup";
    if (t < at["kill"]) return "before";
    if (t < at["restart"]) return "killed";
    if (t < at["restart"] + 5000) return "restart";
    if (t < at["freeze"]) return "recovered";
    if (t < at["thaw"]) return "frozen";
    if (t < at["thaw"] + 5000) return "thaw";
    return "recovered";
  }
  {
    w = window($1 + $4 * 1000); if (w == "warmup") next   # by when the answer came: a call in flight at the kill belongs to the outage
    kind = $2; status = $3; secs = $4 + 0
    group = (kind == "finder" || kind == "ready" || kind == "live") ? kind : "database-backed"
    key = w SUBSEP group
    n[key]++; if (secs > max[key]) max[key] = secs
    if (status ~ /^2/) ok[key]++
    else if (status == 503 && $5 == "application/problem+json" && $6 == "database-unavailable" && $7 == "5") fivethree[key]++
    else { other[key]++; sample[key] = $0 }
    if (status == 503 && secs > 1.0) slow[key]++
    if (group == "database-backed" && (w == "restart" || w == "thaw") && status ~ /^2/ && !((w) in back)) back[w] = ($1 - at[w == "restart" ? "restart" : "thaw"]) / 1000
  }
  END {
    printf "%-10s %-16s %6s %6s %6s %6s %9s %9s\n", "phase", "calls", "count", "2xx", "503", "other", "max (s)", "503 > 1 s"
    split("before killed restart recovered frozen thaw", order, " ")
    split("finder database-backed ready live", groups, " ")
    fail = 0
    for (i = 1; i <= 6; i++) for (j = 1; j <= 4; j++) {
      key = order[i] SUBSEP groups[j]; if (!(key in n)) continue
      printf "%-10s %-16s %6d %6d %6d %6d %9.3f %9d\n", order[i], groups[j], n[key], ok[key], fivethree[key], other[key], max[key], slow[key]
      if (groups[j] != "database-backed" && ok[key] != n[key]) { fail = 1; print "  FAIL: not every " groups[j] " call answered 2xx" }
      if (groups[j] == "database-backed" && other[key] > 0) { fail = 1; print "  FAIL: a failure that is not a 503 database-unavailable with Retry-After: " sample[key] }
      if (groups[j] == "database-backed" && slow[key] > 0) { fail = 1; print "  FAIL: a 503 took longer than 1 s" }
      if (order[i] == "recovered" && groups[j] == "database-backed" && ok[key] != n[key]) { fail = 1; print "  FAIL: database-backed calls still failing after recovery" }
    }
    printf "\nfirst database-backed 2xx after PostgreSQL was started again: %s s; after it was thawed: %s s\n", \
      ("restart" in back ? back["restart"] : "none within 5"), ("thaw" in back ? back["thaw"] : "none within 5")
    if (!("restart" in back) || !("thaw" in back)) fail = 1
    print (fail ? "\nRESULT: FAILED" : "\nRESULT: the finder answered throughout, database-backed calls got a 503 with Retry-After within a second, readiness and liveness stayed UP, and the service recovered by itself")
    exit fail
  }' "$dir/requests.log" && result=0 || result=$?
echo
echo "service log, outage lines:"
grep -E "DatabaseOutages|ERROR" "$dir/service.log" | sed -E 's/^([0-9-]+ [0-9:,]+) +([A-Z]+) +\[[^]]+\] \([^)]*\) +[0-9a-f-]* */  \1 \2 /' | cut -c1-220 || true
echo "(service log: $(grep -c "" "$dir/service.log") lines, $(grep -c " ERROR " "$dir/service.log" || true) ERROR, $(grep -c "	at " "$dir/service.log" || true) stack-trace lines)"
exit $result
