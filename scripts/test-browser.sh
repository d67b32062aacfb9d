#!/usr/bin/env bash
# The finder page in a real browser: starts the packaged service (local profile, a throw-away data directory, a free
# loopback port), waits until it is ready, runs browser-tests/ (playwright-core driving Debian's chromium, axe-core for
# WCAG 2.1 A/AA) against it and stops it. Screenshots land in docs/screenshots/.
#
# Usage: scripts/test-browser.sh
# Needs: target/quarkus-app (built here only when missing), chromium (apt-get install -y chromium), node and npm.
# Environment: ECZA_PORT (a free port by default), CHROMIUM (the browser binary), KEEP=1 keeps the data directory and log.
# Exit code: the test runner's; 2 when the run itself failed. Loopback traffic only; about 2 minutes on two cores.
set -uo pipefail
cd "$(dirname "$0")/.."

fail() { echo "FAILED: $*" >&2; exit 2; }
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests || fail "build failed"
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)} || fail "no chromium: apt-get install -y chromium"
[ -d browser-tests/node_modules/playwright-core ] || (cd browser-tests && npm ci --no-audit --no-fund) || fail "npm ci failed"
port=${ECZA_PORT:-$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });")}
dir=$(mktemp -d "${TMPDIR:-/tmp}/ecza-browser.XXXXXX")
pid=

cleanup() {
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null
  fi
  # zonky's PostgreSQL is not the JVM's child: stop it if the service's shutdown did not (its pid file is in our directory)
  local pm
  pm=$(head -1 "$dir/pg/postmaster.pid" 2>/dev/null) && tr '\0' ' ' 2>/dev/null <"/proc/$pm/cmdline" | grep -qF -- "-D $dir/pg" \
    && kill -KILL "$pm"
  if [ "${KEEP:-}" = 1 ]; then echo "kept: $dir"; else rm -rf "$dir"; fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM

echo "== browser tests: the service on port $port, data in $dir"
java -Dquarkus.profile=local -Decza.local.data-directory="$dir/pg" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -jar "$jar" >"$dir/service.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do
  curl -sf "$base/q/health/ready" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { tail -40 "$dir/service.log"; fail "the service stopped while starting"; }
  sleep 0.5
done
curl -sf "$base/q/health/ready" >/dev/null || { tail -40 "$dir/service.log"; fail "the service was not ready within 2 minutes"; }
echo "-- ready: $base ($("$chromium" --version 2>/dev/null))"

(cd browser-tests && BASE_URL="$base" CHROMIUM="$chromium" node --test --test-concurrency=1 --test-reporter=spec finder.test.mjs)
rc=$?
if grep -q ' ERROR ' "$dir/service.log"; then
  grep ' ERROR ' "$dir/service.log" | head -20
  echo "FAILED: the service logged errors during the browser tests" >&2
  [ "$rc" -ne 0 ] || rc=1
fi
exit "$rc"
