#!/usr/bin/env bash
# Replicas start together safely: starts one empty PostgreSQL (the embedded server of the local run, on its own),
# then two instances of the packaged service against it at the same moment (local profile, ports 18081 and
# 18082), waits until both are ready, and checks that every first-start load ran exactly once: the schema and
# reference data (Flyway), the shipped Orphanet pack and the demo register - one instance loads, the other waits
# for the load's advisory lock and then finds it done. No duplicate-key error, no ERROR line in either log.
#
# Usage: scripts/check-concurrent-start.sh
# Environment: ECZA_PORTS ("18081 18082"), KEEP=1 keeps the temporary directory with both logs.
# Exit code: 0 both ready, each load once; 1 a load ran twice or an instance failed; 2 the run itself failed.
# Loopback traffic only; about 1-2 minutes on two cores.
set -uo pipefail
cd "$(dirname "$0")/.."

read -r -a ports <<<"${ECZA_PORTS:-18081 18082}"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests || { echo "build failed" >&2; exit 2; }
classpath="target/quarkus-app/app/*:target/quarkus-app/lib/main/*"
dir=$(mktemp -d "${TMPDIR:-/tmp}/ecza-concurrent-start.XXXXXX")
pids=()

cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done   # the database last: it is pids[0]
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null
  done
  pid=$(head -1 "$dir/pg/postmaster.pid" 2>/dev/null) && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "-D $dir/pg" \
    && kill -KILL "$pid"
  if [ "${KEEP:-}" = 1 ]; then echo "kept: $dir"; else rm -rf "$dir"; fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM
fail() { echo "FAILED: $*" >&2; exit 2; }

# --- one PostgreSQL, empty, shared by both instances ------------------------------------------------------------
echo "== concurrent start check, data in $dir"
java -cp "$classpath" scripts/lib/SharedDatabase.java "$dir/pg" >"$dir/database.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q '^JDBC ' "$dir/database.log" && break; kill -0 "${pids[0]}" 2>/dev/null || break; sleep 0.5; done
url=$(sed -n 's/^JDBC //p' "$dir/database.log")
[ -n "$url" ] || { cat "$dir/database.log"; fail "the shared PostgreSQL did not start"; }
echo "-- one empty PostgreSQL: $url"

# --- two instances, started at the same moment ------------------------------------------------------------------
t0=$SECONDS
for n in 0 1; do
  java -Dquarkus.profile=local -Dquarkus.http.port="${ports[$n]}" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.datasource.jdbc.url="$url" -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
    -jar "$jar" >"$dir/instance-$((n + 1)).log" 2>&1 &
  pids+=($!)
done
echo "-- started instance 1 (port ${ports[0]}, pid ${pids[1]}) and instance 2 (port ${ports[1]}, pid ${pids[2]}) together"
ready=()
for n in 0 1; do
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$n]}/q/health/ready")" = 200 ]; do
    kill -0 "${pids[$((n + 1))]}" 2>/dev/null || { echo "   instance $((n + 1)) exited:"; grep -m5 'ERROR\|Exception' "$dir/instance-$((n + 1)).log" | cut -c1-250; break; }
    [ $((SECONDS - t0)) -lt 300 ] || break
    sleep 1
  done
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$n]}/q/health/ready")" = 200 ]; then
    ready+=("$((n + 1))"); echo "   instance $((n + 1)) ready after $((SECONDS - t0)) s"
  fi
done

# --- what each instance did, and what the database holds ----------------------------------------------------------
for n in 1 2; do
  echo "-- instance $n:"
  grep -hE 'Successfully applied|Schema .* is up to date|Imported Orphanet pack|Loaded the fictional demo register|First-start load|duplicate key|ERROR' \
    "$dir/instance-$n.log" | sed -E 's/^[0-9-]+ ([0-9:,]+) +([A-Z]+) +\[[^]]*\] \([^)]*\) +/   \1 \2 /' | cut -c1-160
done
cat >"$dir/Counts.java" <<'JAVA'
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

public class Counts {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            for (int i = 1; i < args.length; i++) {
                try (var s = c.createStatement(); ResultSet r = s.executeQuery(args[i])) {
                    r.next();
                    System.out.println(r.getLong(1));
                }
            }
        }
    }
}
JAVA
migrations=$(ls src/main/resources/db/migration/V*__*.sql | wc -l)
mapfile -t counts < <(java -cp "$classpath" "$dir/Counts.java" "$url" \
  "select count(*) from flyway_schema_history where success and version is not null" \
  "select count(*) from nomenclature_release" \
  "select count(*) from nomenclature_import_attempt" \
  "select count(*) from condition" \
  "select count(*) from expertise_centre where demo" \
  "select count(*) from institution" \
  "select count(*) from ern")
[ "${#counts[@]}" -eq 7 ] || fail "could not count the database's rows"
imports=$(cat "$dir"/instance-*.log | grep -c 'Imported Orphanet pack')
demo_loads=$(cat "$dir"/instance-*.log | grep -c 'Loaded the fictional demo register')
waited=$(cat "$dir"/instance-*.log | grep -c 'already loaded by another instance')
duplicates=$(cat "$dir"/instance-*.log | grep -ci 'duplicate key')
errors=$(cat "$dir"/instance-*.log | grep -c ' ERROR ')
echo "-- the database:"
echo "   migrations applied: ${counts[0]} of $migrations (institutions ${counts[5]}, ERNs ${counts[6]})"
echo "   nomenclature releases: ${counts[1]}, import attempts: ${counts[2]}, conditions: ${counts[3]}"
echo "   demo centres: ${counts[4]}"
echo "-- both logs: pack imported $imports x, demo register loaded $demo_loads x, 'already loaded by another instance' $waited x, duplicate-key errors $duplicates, ERROR lines $errors"
echo "   total time: $SECONDS s"
# The demo register: 320 generated centres and 3 showcase centres (Marfan, cystic fibrosis, Pompe; decision 0020).
if [ "${#ready[@]}" -eq 2 ] && [ "${counts[0]}" -eq "$migrations" ] && [ "${counts[1]}" -eq 1 ] && [ "${counts[2]}" -eq 1 ] \
  && [ "${counts[4]}" -eq 323 ] && [ "$imports" -eq 1 ] && [ "$demo_loads" -eq 1 ] && [ "$duplicates" -eq 0 ] && [ "$errors" -eq 0 ]; then
  echo "RESULT: both instances ready, every first-start load ran once"
  exit 0
fi
echo "RESULT: FAILED - ready: ${ready[*]:-none}; a load ran more than once or an instance failed"
exit 1
