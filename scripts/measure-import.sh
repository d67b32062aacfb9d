#!/usr/bin/env bash
# Measures a full import of the shipped Orphanet pack (2025, en + nl) into a fresh, empty embedded PostgreSQL,
# using the operator's import command. Prints the importer's own timing (read = parse and check all files,
# write = compare and write in one transaction) and the wall time of the whole command (JVM and database
# start included).
# Usage: scripts/measure-import.sh            (builds the application first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
data_dir=$(mktemp -d /tmp/ecza-measure-XXXXXX)
trap 'rm -rf "$data_dir"' EXIT
pack=src/main/resources/orphanet/orphanet-nomenclature-pack-2025.zip
start=$(date +%s.%N)
java -Dquarkus.profile=local -Decza.local.data-directory="$data_dir/pg" -Dquarkus.log.level=WARN \
  -Dquarkus.log.category.\"nl.ecza\".level=INFO \
  -jar target/quarkus-app/quarkus-run.jar import-nomenclature "$pack" 2>&1 | grep -E "^(Imported|Import refused|Orphanet pack)" || true
end=$(date +%s.%N)
printf 'wall time of the import command (JVM start, fresh PostgreSQL, migration, import): %.1f s on %s cores\n' \
  "$(echo "$end - $start" | bc)" "$(nproc)"
