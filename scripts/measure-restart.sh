#!/usr/bin/env bash
# Seconds from launch to /q/health/ready: once on a fresh embedded database (pack and demo register loaded), then
# RESTARTS times on the same database (what a rolling restart or a crashed pod costs). Service pinned to CPU 1.
# Usage: scripts/measure-restart.sh [path/to/quarkus-run.jar]   (default: target/quarkus-app/quarkus-run.jar)
# Environment: RESTARTS=3, PORT=18091, HEAP=512m, CENTRES=320, JAVA=java, JAVA_EXTRA (more JVM options)
set -euo pipefail
jar="${1:-target/quarkus-app/quarkus-run.jar}"
RESTARTS="${RESTARTS:-3}" PORT="${PORT:-18091}" HEAP="${HEAP:-512m}" CENTRES="${CENTRES:-320}" JAVA="${JAVA:-java}"
JAVA_EXTRA="${JAVA_EXTRA:-}"
[ -f "$jar" ] || { echo "No $jar: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
dir="$(mktemp -d /tmp/ecza-restart-XXXXXX)"
pin=""; [ "$(nproc)" -ge 2 ] && pin="taskset -c 1"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

start() {
  local t0 t1
  t0=$(date +%s%N)
  $pin "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseParallelGC $JAVA_EXTRA -Dquarkus.profile=local -Decza.local.data-directory="$dir/pg" \
    -Decza.demo.centres="$CENTRES" -Dquarkus.http.port="$PORT" -jar "$jar" >"$dir/app-$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "service died, see $dir/app-$1.log" >&2; cat "$dir/app-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  printf '%s: ready after %.1f s (load %s)\n' "$1" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
  grep -ho 'search index [a-z ()]* in [0-9]* ms' "$dir/app-$1.log" | sed 's/^/  /' || true
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

echo "Restart of $jar ($($JAVA -version 2>&1 | head -1)), heap $HEAP, $CENTRES demo centres, ${pin:-not pinned}${JAVA_EXTRA:+, $JAVA_EXTRA}"
start fresh
for i in $(seq 1 "$RESTARTS"); do start "restart-$i"; done
