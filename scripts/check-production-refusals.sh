#!/usr/bin/env bash
# Starts the packaged service under the production profile with incomplete configuration and checks that it
# refuses, with a message naming what to set, and never starts a server. Run after ./mvnw package (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
failures=0

refuses() {   # description, expected text, env assignments...
  local what=$1 expected=$2 out code
  shift 2
  set +e
  out=$(env -u QUARKUS_PROFILE -u ECZA_DB_URL -u ECZA_JWT_PUBLIC_KEY_LOCATION -u ECZA_JWT_AUDIENCE "$@" timeout 60 java -jar "$jar" 2>&1)
  code=$?
  set -e
  if [ "$code" -ne 0 ] && grep -q "refuses to start" <<<"$out" && grep -qF "$expected" <<<"$out"; then
    echo "ok: $what -> exit $code, \"$(grep -m1 -F "$expected" <<<"$out" | cut -c1-110)...\""
  else
    echo "FAILED: $what (exit $code)"; echo "$out" | head -20; failures=$((failures + 1))
  fi
}

refuses "no database URL, no token key" "set ECZA_DB_URL"
refuses "no token key" "set ECZA_JWT_PUBLIC_KEY_LOCATION" ECZA_DB_URL=jdbc:postgresql://localhost:1/ecza
refuses "no token audience" "set ECZA_JWT_AUDIENCE" ECZA_DB_URL=jdbc:postgresql://localhost:1/ecza \
  ECZA_JWT_PUBLIC_KEY_LOCATION=dev-keys/development-verification-key.pem
refuses "the development key" "development key shipped in the jar" ECZA_DB_URL=jdbc:postgresql://localhost:1/ecza \
  ECZA_JWT_PUBLIC_KEY_LOCATION=dev-keys/development-verification-key.pem
[ "$failures" -eq 0 ] && echo "production refusals: all checks pass" || exit 1
