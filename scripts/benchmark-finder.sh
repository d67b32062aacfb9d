#!/usr/bin/env bash
# Benchmarks the public finder against a trivial endpoint of the same service, in the same run, on the demo
# register and on ten times as many centres. Each scale runs twice on a fresh embedded PostgreSQL: as
# configured (answers cached per read-model snapshot) and with the caches off (every request computed).
#
# Usage: scripts/benchmark-finder.sh [seconds per run, default 10] [connections, default 32]
# The service is pinned to CPU 1 and wrk (one thread) to CPU 0, so the load generator does not steal the
# service's CPU. Every endpoint: 10 s warm-up, then three runs; the table gives the median run (by req/s) and the
# worst p99 of the three.
# Needs wrk (Debian: apt-get install wrk). Prints one markdown table per scale, as copied into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
connections="${2:-32}"
port=8089
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then service_cpu="taskset -c 1"; load_cpu="taskset -c 0"; else service_cpu=""; load_cpu=""; fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

endpoints=(
  "trivial (liveness)|/q/health/live"
  "finder ?q=marfan|/v1/expertise-centres?q=marfan"
  "finder ?orphaCode=558|/v1/expertise-centres?orphaCode=558"
  "finder ?q=syndroom van marfan|/v1/expertise-centres?q=syndroom%20van%20marfan"
  "finder ?orphaCode=98053 (group of 7,000)|/v1/expertise-centres?orphaCode=98053"
)

run_scale() {
  local centres=$1 cached=$2 dir pid
  dir=$(mktemp -d /tmp/ecza-bench-XXXXXX)
  # The JVM options of the container image (src/main/docker/Dockerfile.jvm), with the heap fixed at 1 GiB.
  $service_cpu java -Xms1g -Xmx1g -XX:+UseParallelGC -Dquarkus.profile=local -Decza.local.data-directory="$dir/pg" -Dquarkus.http.port=$port \
    -Decza.demo.centres="$centres" -Decza.read-model.cached-answers="$cached" -Dquarkus.log.level=WARN \
    -jar target/quarkus-app/quarkus-run.jar >"$dir/app.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; rm -rf "$dir"' RETURN
  for _ in $(seq 1 120); do
    curl -sf "localhost:$port/q/health/ready" >/dev/null && break
    sleep 1
  done
  curl -sf "localhost:$port/q/health/ready" >/dev/null || { echo "service did not become ready" >&2; cat "$dir/app.log" >&2; return 1; }
  local visible
  visible=$(curl -s "localhost:$port/v1/expertise-centres?pageSize=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
  echo
  echo "### $centres centres generated ($visible publicly visible today), answers cached: $([ "$cached" = 0 ] && echo no || echo yes), $connections connections, 3 x ${duration}s per endpoint"
  echo
  echo "| endpoint | req/s (median run) | p50 | p99 | worst p99 of 3 | vs trivial |"
  echo "|---|---:|---:|---:|---:|---:|"
  local trivial=""
  for entry in "${endpoints[@]}"; do
    local name=${entry%%|*} path=${entry#*|} runs="" out rps p50 p99 worst
    $load_cpu wrk -t1 -c"$connections" -d10s "http://localhost:$port$path" >/dev/null   # warm-up: JIT and caches
    for _ in 1 2 3; do
      out=$($load_cpu wrk -t1 -c"$connections" -d"${duration}s" --latency "http://localhost:$port$path")
      if echo "$out" | grep -q "Non-2xx"; then echo "non-2xx responses for $path" >&2; echo "$out" >&2; return 1; fi
      runs+="$(echo "$out" | awk '/Requests\/sec/ {r=$2} $1 == "50%" {a=$2} $1 == "99%" {b=$2} END {print r, a, b}')"$'\n'
    done
    read -r rps p50 p99 <<<"$(echo -n "$runs" | sort -n | sed -n 2p)"
    worst=$(echo -n "$runs" | awk '{v=$3; u=v; sub(/[a-z]+$/, "", u); u+=0; if (v ~ /us$/) u/=1000; else if (v !~ /ms$/) u*=1000; if (u>m) {m=u; w=v}} END {print w}')
    [ -z "$trivial" ] && trivial=$rps
    echo "| $name | ${rps%.*} | $p50 | $p99 | $worst | $(awk -v a="$rps" -v b="$trivial" 'BEGIN {printf "%.2fx", a / b}') |"
  done
}

echo "Benchmark of $(git rev-parse --short HEAD 2>/dev/null || echo 'working tree') on $(nproc) cores ($([ -n "$service_cpu" ] && echo 'service on CPU 1, wrk on CPU 0' || echo 'not pinned')), $(java -version 2>&1 | head -1)"
run_scale 320 5000
run_scale 320 0
run_scale 3200 5000
run_scale 3200 0
