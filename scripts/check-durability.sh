#!/usr/bin/env bash
# No acknowledged write is lost: kills the local run's embedded PostgreSQL (SIGKILL to the postmaster and all its
# processes at once) under a stream of draft applications, brings it back (restarts the service on the same data
# directory: PostgreSQL recovers from its WAL) and checks that every application answered 201 is there, whole
# (its conditions, its ERN, its audit event, its idempotency record), and that no half-written one exists.
# Unanswered writes are then retried with their Idempotency-Key, as a client would: each must succeed once.
#
# Usage: scripts/check-durability.sh [--unsafe]
#   --unsafe   run the database the way zonky does by default (fsync and synchronous commit off), to show that
#              the check catches a loss (expect "lost: N > 0" and exit code 1 on most runs)
# Environment: ECZA_PORT (18081), WRITERS (parallel writers, 6), KILL_AFTER (seconds of writing before the kill,
#              10), KEEP=1 keeps the temporary directory with the logs.
# Exit code: 0 nothing lost or half-written; 1 a loss or a half-written application; 2 the run itself failed.
# Loopback traffic only; about 1.5-3 minutes on two cores (two service starts, the first loads the Orphanet pack).
set -uo pipefail
cd "$(dirname "$0")/.."

port=${ECZA_PORT:-18081}
writers=${WRITERS:-6}
kill_after=${KILL_AFTER:-10}
year=2027
durable=true
[ "${1:-}" = "--unsafe" ] && durable=false
jar=target/quarkus-app/quarkus-run.jar
base="http://127.0.0.1:$port"

[ -f "$jar" ] || ./mvnw -B -q package -DskipTests || { echo "build failed" >&2; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/ecza-durability.XXXXXX")
service_pid=""

postmaster_pid() {   # the embedded server of this run only: its pid file lives in our data directory
  local pid
  pid=$(head -1 "$dir/pg/postmaster.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "-D $dir/pg" && echo "$pid"
}

stop_service() {
  [ -n "$service_pid" ] || return 0
  kill -TERM "$service_pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$service_pid" 2>/dev/null
  wait "$service_pid" 2>/dev/null
  service_pid=""
}

cleanup() {
  touch "$dir/stop"
  stop_service
  local pm
  pm=$(postmaster_pid) && kill -KILL "$pm" 2>/dev/null   # zonky's server is not the JVM's child (pg_ctl starts it)
  if [ "${KEEP:-}" = 1 ]; then echo "kept: $dir"; else rm -rf "$dir"; fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM

fail() { echo "FAILED: $*" >&2; exit 2; }

start_service() {   # log file
  java -Dquarkus.profile=local -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
    -Decza.local.data-directory="$dir/pg" -Decza.local.durable="$durable" -Decza.demo.enabled=false \
    -jar "$jar" >"$1" 2>&1 &
  service_pid=$!
  local t0=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready")" = 200 ]; do
    kill -0 "$service_pid" 2>/dev/null || { tail -30 "$1"; fail "the service exited while starting"; }
    [ $((SECONDS - t0)) -lt 240 ] || { tail -30 "$1"; fail "the service was not ready within 240 s"; }
    sleep 1
  done
  echo "  ready in $((SECONDS - t0)) s ($(grep -o 'fsync and synchronous commit [a-z]*\|NOT DURABLE' "$1" | head -1))"
}

echo "== durability check ($([ $durable = true ] && echo "durable database" || echo "UNSAFE: fsync and synchronous commit off")), data in $dir"
echo "-- starting the service on port $port (first start: schema and Orphanet pack)"
start_service "$dir/service-1.log"

hospital=$(java -jar "$jar" dev-token --role hospital --institution 05xvt9f17)
staff=$(java -jar "$jar" dev-token --role secretariat)
lumc=$(curl -s "$base/v1/institutions?q=Leiden%20University" | sed -E 's/.*"id":"([^"]+)".*/\1/')
[ ${#lumc} -eq 36 ] || fail "no Leiden UMC institution id"
code=$(curl -s -o "$dir/round" -w '%{http_code}' -X POST "$base/v1/recognition-rounds" -H "Authorization: Bearer $staff" \
  -H 'Content-Type: application/json' -d "{\"year\": $year}")
[ "$code" = 201 ] || { cat "$dir/round"; fail "creating round $year: $code"; }
code=$(curl -s -o "$dir/round" -w '%{http_code}' -X PATCH "$base/v1/recognition-rounds/$year" -H "Authorization: Bearer $staff" \
  -H 'Content-Type: application/merge-patch+json' -H 'If-Match: "v0"' -d '{"state": "open"}')
[ "$code" = 200 ] || { cat "$dir/round"; fail "opening round $year: $code"; }

body() {   # writer, number: the same request every time for the same key
  printf '{"institutionId": "%s", "centreNameNl": "Duurzaamheidstest %s-%s", "centreNameEn": "Durability test %s-%s",
    "intendedErns": ["vascern"], "conditions": [
      {"orphaCode": 558, "carePathway": "Cardiologie, oogheelkunde, genetica", "yearlyPatients": 120},
      {"orphaCode": 79189, "carePathway": "Metabole ziekten", "yearlyPatients": 15}]}' "$lumc" "$1" "$2" "$1" "$2"
}

post() {   # writer, number -> "key status id epoch-seconds"
  local key="durability-$1-$2" code id
  code=$(curl -s -o /dev/null -D "$dir/headers-$1" -w '%{http_code}' --max-time 15 \
    -X POST "$base/v1/recognition-rounds/$year/applications" -H "Authorization: Bearer $hospital" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $key" -d "$(body "$1" "$2")")
  id=$(tr -d '\r' <"$dir/headers-$1" | sed -n 's#^[Ll]ocation: .*/applications/\([0-9a-f-]*\)$#\1#p')
  echo "$key $code ${id:--} $EPOCHREALTIME"
}

writer() {
  local i=0
  while [ ! -e "$dir/stop" ]; do
    i=$((i + 1))
    post "$1" "$i" >>"$dir/writes-$1"
  done
}

echo "-- $writers writers post draft applications; SIGKILL to the database after $kill_after s, at the next 201"
writer_pids=()
for w in $(seq 1 "$writers"); do writer "$w" & writer_pids+=($!); done
sleep "$kill_after"
# Strike right after a write was acknowledged: its commit is the youngest, the one a lazy WAL flush would lose.
pm=$(postmaster_pid) || fail "no postmaster for $dir/pg"
acks=$(cat "$dir"/writes-* | grep -c ' 201 ')
until [ "$(cat "$dir"/writes-* | grep -c ' 201 ')" -gt "$acks" ]; do sleep 0.01; done
victims="$pm $(ps -o pid= --ppid "$pm" | tr '\n' ' ')"
kill -KILL $victims
kill_time=$EPOCHREALTIME
echo "   killed the postmaster $pm and its $(($(wc -w <<<"$victims") - 1)) processes at $(date -u +%T.%N | cut -c1-12)"
sleep 3
touch "$dir/stop"
wait "${writer_pids[@]}"
cat "$dir"/writes-* >"$dir/writes"
acked=$(awk '$2 == 201' "$dir/writes" | wc -l)
before_kill=$(awk -v k="$kill_time" '$2 == 201 && $4 >= k - 1 && $4 <= k' "$dir/writes" | wc -l)
after_kill=$(awk -v k="$kill_time" '$2 == 201 && $4 > k' "$dir/writes" | wc -l)
unanswered=$(awk '$2 != 201' "$dir/writes" | wc -l)
echo "   $(wc -l <"$dir/writes") requests: $acked answered 201 ($before_kill in the last second before the kill, the last $(awk -v k="$kill_time" '$2 == 201 && $4 <= k {d = k - $4; if (m == "" || d < m) m = d} END {printf "%.0f", m * 1000}' "$dir/writes") ms before it, $after_kill answered after the kill signal: committed just before it), $unanswered not 201 ($(awk '$2 != 201 {print $2}' "$dir/writes" | sort | uniq -c | awk '{printf "%s%s x %s", sep, $1, $2; sep=", "}'))"
[ "$acked" -gt 0 ] || fail "no write was acknowledged"

echo "-- stopping the service, restarting it on the same data directory (crash recovery)"
stop_service
postmaster_pid >/dev/null && fail "a database process survived"
start_service "$dir/service-2.log"

echo "-- retrying the $unanswered unanswered writes with their Idempotency-Key"
retried_ok=0; replayed=0
while read -r key code _; do
  w=${key#durability-}; n=${w#*-}; w=${w%%-*}
  out=$(post "$w" "$n")
  if [ "$(cut -d' ' -f2 <<<"$out")" = 201 ]; then
    retried_ok=$((retried_ok + 1))
    grep -qi '^Idempotent-Replayed: true' "$dir/headers-$w" && replayed=$((replayed + 1))
  fi
done < <(awk '$2 != 201' "$dir/writes")
echo "   $retried_ok of $unanswered now 201 ($replayed replayed: committed before the kill, its answer lost with the connection)"

echo "-- checking the database and the API"
url=$(sed -n 's/^Embedded PostgreSQL for the local profile: \(jdbc:[^ ]*\) .*/\1/p' "$dir/service-2.log" | head -1)
driver=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
awk '$2 == 201 {print $3}' "$dir/writes" >"$dir/acked"
cat >"$dir/DurabilityCheck.java" <<'JAVA'
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** args: jdbc url, acknowledged ids file, round year, API base, hospital token, number of unanswered retried OK */
public class DurabilityCheck {
    public static void main(String[] args) throws Exception {
        List<String> acked = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        int year = Integer.parseInt(args[2]);
        int retried = Integer.parseInt(args[5]);
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            // Whole: the application row, both conditions, the ERN, its audit event and its idempotency record.
            String whole = """
                select a.id from application a
                where (select count(*) from requested_condition r where r.application_id = a.id) = 2
                  and (select count(*) from application_ern e where e.application_id = a.id) = 1
                  and exists (select 1 from audit_event v where v.entity_type = 'application' and v.entity_id = a.id::text)
                  and exists (select 1 from idempotent_request i where i.location like '%/' || a.id::text)""";
            List<String> lost = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select a.id from application a where a.id = ? and a.id in (" + whole + ")")) {
                for (String id : acked) {
                    s.setObject(1, UUID.fromString(id));
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next()) {
                            lost.add(id);
                        }
                    }
                }
            }
            long all = count(c, "select count(*) from application where round_year = " + year);
            long halfWritten = count(c, "select count(*) from application where round_year = " + year + " and id not in (" + whole + ")");
            long duplicates = count(c, "select count(*) - count(distinct centre_name_nl) from application where round_year = " + year);
            HttpClient http = HttpClient.newHttpClient();
            int apiFound = 0;
            for (String id : acked) {
                HttpRequest get = HttpRequest.newBuilder(URI.create(args[3] + "/v1/recognition-rounds/" + year + "/applications/" + id))
                        .header("Authorization", "Bearer " + args[4]).build();
                if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    apiFound++;
                }
            }
            System.out.printf("   the server runs with fsync=%s, synchronous_commit=%s, full_page_writes=%s%n", setting(c, "fsync"),
                    setting(c, "synchronous_commit"), setting(c, "full_page_writes"));
            System.out.printf("   acknowledged (201): %d%n", acked.size());
            System.out.printf("   found whole in the database: %d (GET answers 200 for %d)%n", acked.size() - lost.size(), apiFound);
            System.out.printf("   lost: %d%s%n", lost.size(), lost.isEmpty() ? "" : " " + lost.subList(0, Math.min(5, lost.size())));
            System.out.printf("   applications in the database: %d (expected %d: %d acknowledged + %d unanswered, retried); half-written: %d; "
                    + "duplicates: %d%n", all, acked.size() + retried, acked.size(), retried, halfWritten, duplicates);
            boolean ok = lost.isEmpty() && apiFound == acked.size() && halfWritten == 0 && duplicates == 0
                    && all == acked.size() + retried;
            System.out.println(ok ? "RESULT: no acknowledged write lost, nothing half-written"
                    : "RESULT: FAILED - acknowledged writes lost or inconsistent");
            System.exit(ok ? 0 : 1);
        }
    }

    private static String setting(Connection c, String name) throws Exception {
        try (var s = c.createStatement(); ResultSet r = s.executeQuery("show " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
JAVA
java -cp "$driver" "$dir/DurabilityCheck.java" "$url" "$dir/acked" "$year" "$base" "$hospital" "$retried_ok"
result=$?
grep -h "ERROR\|redo\|recover" "$dir/service-2.log" | grep -iv "probe" | head -5 | sed 's/^/   log: /'
echo "   total time: $SECONDS s"
exit $result
