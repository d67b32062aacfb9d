#!/usr/bin/env bash
# The floor under the restart target: writes a minimal Quarkus application with the registry's extensions and
# platform (one entity, one Flyway migration, one JAX-RS resource, nothing loaded at start), packages it, and times
# launch -> /q/health/ready against an already running PostgreSQL, pinned like scripts/measure-restart.sh; then the
# registry itself against the same database. What the first takes, no work of the registry's can remove.
#
# Usage: scripts/measure-framework-floor.sh   (after ./mvnw -B package -DskipTests)
# Environment: RUNS=3, CPUS=1 (taskset list for the services), JAVA=java, HEAP=512m, KEEP=1 keeps the directory.
# About 5-8 minutes on two cores (the minimal application's build included). Offline: the registry's build has
# already put every artifact it needs in the local Maven repository.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}" CPUS="${CPUS:-1}" JAVA="${JAVA:-java}" HEAP="${HEAP:-512m}"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "No $jar: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
platform=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)
dir=$(mktemp -d "${TMPDIR:-/tmp}/ecza-floor.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${KEEP:-}" = 1 ]; then echo "kept: $dir"; else rm -rf "$dir"; fi
}
trap cleanup EXIT

# --- the minimal application ------------------------------------------------------------------------------------
app="$dir/app"
mkdir -p "$app/src/main/java/floor" "$app/src/main/resources/db/migration"
cat >"$app/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>floor</groupId><artifactId>floor</artifactId><version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement><dependencies><dependency>
    <groupId>io.quarkus.platform</groupId><artifactId>quarkus-bom</artifactId><version>$platform</version>
    <type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>
$(for a in quarkus-rest quarkus-rest-jackson quarkus-hibernate-orm-panache quarkus-jdbc-postgresql quarkus-flyway \
    quarkus-smallrye-openapi quarkus-smallrye-health quarkus-hibernate-validator quarkus-arc quarkus-scheduler \
    quarkus-micrometer-registry-prometheus quarkus-smallrye-jwt; do
    echo "    <dependency><groupId>io.quarkus</groupId><artifactId>$a</artifactId></dependency>"; done)
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId></dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>io.quarkus.platform</groupId><artifactId>quarkus-maven-plugin</artifactId><version>$platform</version>
    <extensions>true</extensions><executions><execution><goals><goal>build</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
cat >"$app/src/main/java/floor/Note.java" <<'JAVA'
package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

@Entity
public class Note extends PanacheEntity {
    public String text;
}
JAVA
cat >"$app/src/main/java/floor/NoteResource.java" <<'JAVA'
package floor;

import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/notes")
public class NoteResource {
    @GET
    public List<Note> list() {
        return Note.listAll();
    }
}
JAVA
cat >"$app/src/main/resources/db/migration/V1__note.sql" <<'SQL'
create sequence Note_SEQ start with 1 increment by 50;
create table Note (id bigint primary key, text varchar(255));
SQL
cat >"$app/src/main/resources/application.properties" <<'PROPS'
quarkus.datasource.db-kind=postgresql
quarkus.datasource.devservices.enabled=false
quarkus.flyway.migrate-at-start=true
quarkus.hibernate-orm.schema-management.strategy=validate
mp.jwt.verify.publickey=none
quarkus.smallrye-jwt.enabled=false
PROPS
echo "== minimal application (Quarkus $platform, the registry's extensions) in $app"
./mvnw -B -q -o -f "$app/pom.xml" package -DskipTests >"$dir/build.log" 2>&1 \
  || { tail -30 "$dir/build.log"; echo "the minimal application did not build" >&2; exit 2; }

# --- one PostgreSQL for both, on the other core -----------------------------------------------------------------
classpath="target/quarkus-app/app/*:target/quarkus-app/lib/main/*"
dbpin=""; [ "$(nproc)" -ge 2 ] && dbpin="taskset -c 0"
$dbpin java -cp "$classpath" scripts/lib/SharedDatabase.java "$dir/pg" >"$dir/database.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q '^JDBC ' "$dir/database.log" && break; sleep 0.5; done
url=$(sed -n 's/^JDBC //p' "$dir/database.log")
[ -n "$url" ] || { cat "$dir/database.log"; echo "PostgreSQL did not start" >&2; exit 2; }
base="${url%%\?*}"

# --- launch -> ready ------------------------------------------------------------------------------------------------
ready() { # name jar database [extra options...]
  local name=$1 jar=$2 db=$3; shift 3
  local t0 t1 pid
  t0=$(date +%s%N)
  taskset -c "$CPUS" "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseParallelGC -Dquarkus.http.port=18095 \
    -Dquarkus.datasource.jdbc.url="$base?currentSchema=$db" -Dquarkus.flyway.schemas="$db" \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres "$@" -jar "$jar" \
    >"$dir/$name.log" 2>&1 &
  pid=$!
  until curl -sf http://localhost:18095/q/health/ready >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$dir/$name.log"; echo "$name died" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  printf '%-28s ready after %5.1f s\n' "$name" "$(echo "($t1 - $t0) / 1000000000" | bc -l)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "== launch -> ready, taskset -c $CPUS, $("$JAVA" -version 2>&1 | head -1), heap $HEAP; PostgreSQL already running"
ready "minimal-first" "$app/target/quarkus-app/quarkus-run.jar" floor
ready "registry-first" "$jar" registry -Dquarkus.profile=local -Decza.demo.centres=320
for i in $(seq 1 "$RUNS"); do
  ready "minimal-restart-$i" "$app/target/quarkus-app/quarkus-run.jar" floor
  ready "registry-restart-$i" "$jar" registry -Dquarkus.profile=local -Decza.demo.centres=320
done
