#!/usr/bin/env bash
# Benchmarks the public finder with distinct traffic, as users make it (issue 11), beside the liveness endpoint of the
# same instance in the same run. The single-query benchmark (scripts/benchmark-finder.sh) stays as the cached best case.
#
# Usage: scripts/benchmark-distinct.sh [scale ...]          (default: 320 3200 32000 centres)
# Environment (defaults): COUNT=20000 distinct requests, SEED=11, HEAP=512m, CONNECTIONS=32, DURATION=15 (s, each
#   steady and trivial pass), PASSES=3 (steady and trivial passes; the median is reported), FIRST_MAX=60 (s, cap of
#   the first pass), WARM_MIN=180 (s, the warm-up, cycling the file, so that the JIT has settled on the one core: at
#   32,000 centres C2 compiles heavily for the first ~90 s of load), CACHED=1 (0: the answer caches off, every answer
#   computed), GC
#   (-XX:+UseParallelGC, as in the container image), XMS (initial heap, default HEAP), JAVA_EXTRA (more JVM options),
#   PORT=8089, RESTART_REPLAY=60 (s of the file replayed on the restarted instance; 0: none).
#
# Per scale, on a fresh embedded PostgreSQL with the demo register of that many centres, the packaged jar pinned to
# CPU 1 (taskset -c 1, ParallelGC as in the container image, heap fixed at HEAP), wrk (one thread, CONNECTIONS
# connections, scripts/benchmark/distinct.lua) pinned to CPU 0:
#   1. first pass  - right after the service is ready, no warm-up: the file from its first line, once (or FIRST_MAX);
#   2. warm-up     - on from where the first pass stopped, cycling the file, WARM_MIN seconds;
#   3. steady      - the file again from its first line, DURATION seconds: a replay after the warm-up pass; PASSES
#                    times, the median pass reported (one 15 s pass of one build gave 2,316 and 3,906 req/s in two runs);
#   4. trivial     - /q/health/live, 20 s warm-up (after 5 s its rate still climbs: 13.6k, 18.7k, 31.9k req/s in three
#                    3 s passes), then DURATION seconds, PASSES times, the median reported;
#   5. RSS         - VmRSS (and the peak VmHWM) of the service's JVM from /proc/PID/status; load average before/after;
#   6. restart     - the service stopped and started on the same database: seconds to ready, then the file from its
#                    first line for RESTART_REPLAY seconds (that instance's first pass) and its RSS.
# The requests: scripts/benchmark/generate-distinct-requests.py (seeded; the mix is described there). Raw wrk output
# the service log and its GC log go to target/benchmark/distinct-<centres>/. Prints markdown rows as in docs/performance.md.
# Needs wrk (Debian/Ubuntu: apt-get install -y wrk), taskset (util-linux), python3, curl and a JDK 17+.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${COUNT:-20000}" SEED="${SEED:-11}" HEAP="${HEAP:-512m}" CONNECTIONS="${CONNECTIONS:-32}" DURATION="${DURATION:-15}"
FIRST_MAX="${FIRST_MAX:-60}" WARM_MIN="${WARM_MIN:-180}" CACHED="${CACHED:-1}" PORT="${PORT:-8089}"
RESTART_REPLAY="${RESTART_REPLAY:-60}" PASSES="${PASSES:-3}"
GC="${GC:--XX:+UseParallelGC}" XMS="${XMS:-$HEAP}"
JAVA_EXTRA="${JAVA_EXTRA:-}"
cache_option=""; [ "$CACHED" = 1 ] || cache_option="-Decza.read-model.cached-answers=0"
scales=("$@"); [ ${#scales[@]} -gt 0 ] || scales=(320 3200 32000)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 1; }
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then service_cpu="taskset -c 1"; load_cpu="taskset -c 0"; else
  service_cpu=""; load_cpu=""; echo "warning: fewer than 2 CPUs or no taskset: not pinned" >&2; fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

out=target/benchmark
mkdir -p "$out"
requests="$out/distinct-requests-$COUNT-$SEED.tsv"
python3 scripts/benchmark/generate-distinct-requests.py --count "$COUNT" --seed "$SEED" --out "$requests"
lua=scripts/benchmark/distinct.lua

load() { cut -d' ' -f1-3 /proc/loadavg; }
# wrk output -> "req/s p50 p99 requests non2xx errors"
summary() {
  awk '/Requests\/sec/ {r=$2} $1 == "50%" {a=$2} $1 == "99%" {b=$2} / requests in / {n=$1}
       /Non-2xx or 3xx/ {s=$NF} /Socket errors/ {e=$0; gsub(/.*errors: /, "", e); gsub(/ /, "", e)}
       END {printf "%s %s %s %s %s %s\n", r, a, b, n, (s == "" ? 0 : s), (e == "" ? "none" : e)}'
}
# Runs "wrk ARGS" PASSES times into NAME-1.txt ...; copies the median pass (by req/s) to NAME.txt and prints the rates.
median_pass() {
  local name=$1 i; shift
  for i in $(seq 1 "$PASSES"); do
    $load_cpu wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" >"$name-$i.txt"
  done
  local median
  median=$(for i in $(seq 1 "$PASSES"); do echo "$(summary <"$name-$i.txt" | cut -d' ' -f1) $i"; done | sort -n \
    | awk '{r[NR] = $2} END {print r[int((NR + 1) / 2)]}')
  cp "$name-$median.txt" "$name.txt"
  for i in $(seq 1 "$PASSES"); do summary <"$name-$i.txt" | cut -d' ' -f1; done | cut -d. -f1 | paste -sd/ -
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3fx", a / b}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%d MB", k / 1024}'; }

run_scale() {
  local centres=$1 dir pid t0 t1 ready
  dir="$out/distinct-$centres"
  rm -rf "$dir"; mkdir -p "$dir"
  local pg; pg=$(mktemp -d /tmp/ecza-distinct-XXXXXX)
  echo "[$centres] load before start: $(load)" >&2
  t0=$(date +%s.%N)
  # The JVM options of the container image (src/main/docker/Dockerfile.jvm), with the heap fixed at $HEAP.
  # shellcheck disable=SC2086
  $service_cpu java -Xms"$XMS" -Xmx"$HEAP" $GC $JAVA_EXTRA $cache_option -Xlog:gc:file="$dir/gc.log" -Dquarkus.profile=local -Decza.local.data-directory="$pg/pg" \
    -Dquarkus.http.port="$PORT" -Decza.demo.centres="$centres" -Dquarkus.log.level=WARN \
    -jar target/quarkus-app/quarkus-run.jar >"$dir/app.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$pg"; trap - RETURN' RETURN
  for _ in $(seq 1 1800); do
    curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.5
  done
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null || { echo "service did not become ready" >&2; tail -50 "$dir/app.log" >&2; return 1; }
  t1=$(date +%s.%N)
  ready=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f", b - a}')
  local load0; load0=$(load)
  # First pass: the file from line 0, once, straight after ready (no warm-up of anything).
  $load_cpu wrk -t1 -c"$CONNECTIONS" -d"${FIRST_MAX}s" --timeout 10s --latency -s "$lua" "http://localhost:$PORT" -- "$requests" 0 "$COUNT" >"$dir/1-first.txt"
  read -r f_rps f_p50 f_p99 f_n f_bad f_err <<<"$(summary <"$dir/1-first.txt")"
  # A pass that answered the whole file before FIRST_MAX: wrk divides by its full -d, so take the pass's own time.
  local f_secs; f_secs=$(awk '/^limit reached:/ {print $(NF-1)}' "$dir/1-first.txt")
  [ -z "$f_secs" ] || f_rps=$(awk -v n="$f_n" -v s="$f_secs" 'BEGIN {printf "%.2f", n / s}')
  local visible
  visible=$(curl -s "localhost:$PORT/v1/expertise-centres?pageSize=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
  # Warm-up: on from where the first pass stopped, cycling the file, WARM_MIN seconds: every request answered at
  # least once (at today's speed) and the JIT settled on the one core.
  $load_cpu wrk -t1 -c"$CONNECTIONS" -d"${WARM_MIN}s" --timeout 10s --latency -s "$lua" "http://localhost:$PORT" -- "$requests" "$f_n" >"$dir/2-warm-up.txt"
  local w_n; w_n=$(awk '/ requests in / {print $1}' "$dir/2-warm-up.txt"); w_n=${w_n:-0}
  # Steady state: the file again from line 0.
  local s_passes; s_passes=$(median_pass "$dir/3-steady" --timeout 10s -s "$lua" "http://localhost:$PORT" -- "$requests" 0)
  read -r s_rps s_p50 s_p99 s_n s_bad s_err <<<"$(summary <"$dir/3-steady.txt")"
  # Errors count in every pass, not only in the median one.
  s_bad=$(for f in "$dir"/3-steady-*.txt; do summary <"$f" | cut -d' ' -f5; done | awk '{n += $1} END {print n + 0}')
  # Trivial endpoint of the same instance.
  $load_cpu wrk -t1 -c"$CONNECTIONS" -d20s "http://localhost:$PORT/q/health/live" >/dev/null
  local t_passes; t_passes=$(median_pass "$dir/4-trivial" "http://localhost:$PORT/q/health/live")
  read -r t_rps t_p50 t_p99 t_n t_bad t_err <<<"$(summary <"$dir/4-trivial.txt")"
  local rss hwm
  rss=$(awk '/^VmRSS/ {print $2}' /proc/$pid/status); hwm=$(awk '/^VmHWM/ {print $2}' /proc/$pid/status)
  local load1; load1=$(load)
  # Restart on the existing database (pack and register already there): seconds from launch to ready.
  kill "$pid"; wait "$pid" 2>/dev/null || true
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  $service_cpu java -Xms"$XMS" -Xmx"$HEAP" $GC $JAVA_EXTRA $cache_option -Dquarkus.profile=local -Decza.local.data-directory="$pg/pg" \
    -Dquarkus.http.port="$PORT" -Decza.demo.centres="$centres" -Dquarkus.log.level=WARN \
    -jar target/quarkus-app/quarkus-run.jar >"$dir/app-restart.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  local restart; restart=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
  # The restarted instance (what a replica runs on most days: the pack imported long ago, the search index kept beside
  # its release) under the same traffic for RESTART_REPLAY seconds: its first pass and its memory.
  local r_rps="" r_p50="" r_p99="" r_n="" r_bad="" r_err="" r_rss="" r_hwm=""
  if [ "$RESTART_REPLAY" -gt 0 ]; then
    $load_cpu wrk -t1 -c"$CONNECTIONS" -d"${RESTART_REPLAY}s" --timeout 10s --latency -s "$lua" "http://localhost:$PORT" -- "$requests" 0 \
      >"$dir/5-after-restart.txt"
    read -r r_rps r_p50 r_p99 r_n r_bad r_err <<<"$(summary <"$dir/5-after-restart.txt")"
    r_rss=$(awk '/^VmRSS/ {print $2}' /proc/$pid/status); r_hwm=$(awk '/^VmHWM/ {print $2}' /proc/$pid/status)
  fi
  local first_secs; first_secs=$(awk '/ requests in / {sub(/,$/, "", $4); print $4}' "$dir/1-first.txt")
  [ -z "$f_secs" ] || first_secs="${f_secs}s"
  {
    echo "$centres centres ($visible public today): ready after ${ready} s (fresh database), ${restart} s (restart on it); heap $HEAP; $COUNT distinct requests (seed $SEED); load average before $load0, after $load1"
    echo "  first pass: $f_n requests in ${first_secs}, non-2xx $f_bad, socket errors $f_err; warm-up: $w_n requests ($(awk -v n="$w_n" -v s="$WARM_MIN" 'BEGIN {printf "%.0f", n / s}') req/s); steady (median of $s_passes req/s): $s_n requests, non-2xx in all passes $s_bad, socket errors $s_err; trivial: $t_passes req/s"
  } >"$dir/summary.txt"
  cat "$dir/summary.txt" >&2
  echo "| $centres | first pass | ${t_rps%.*} | ${f_rps%.*} | $(ratio "$f_rps" "$t_rps") | $f_p50 | $f_p99 | | $load0 / $load1 |"
  echo "| $centres | steady | ${t_rps%.*} | ${s_rps%.*} | $(ratio "$s_rps" "$t_rps") | $s_p50 | $s_p99 | $(mib "$rss") (peak $(mib "$hwm")) | $load0 / $load1 |"
  [ -z "$r_rps" ] || echo "| $centres | after restart (${restart} s to ready): first ${RESTART_REPLAY} s | ${t_rps%.*} | ${r_rps%.*} | $(ratio "$r_rps" "$t_rps") | $r_p50 | $r_p99 | $(mib "$r_rss") (peak $(mib "$r_hwm")) | non-2xx $r_bad |"
}

echo "Distinct-traffic benchmark of $(git rev-parse --short HEAD 2>/dev/null || echo 'working tree') on $(nproc) cores ($([ -n "$service_cpu" ] && echo 'service on CPU 1, wrk on CPU 0' || echo 'not pinned')), $(java -version 2>&1 | head -1), heap $HEAP, $CONNECTIONS connections, answer caches $([ "$CACHED" = 1 ] && echo on || echo off)${JAVA_EXTRA:+, JVM options $JAVA_EXTRA}"
echo
echo "| centres | pass | trivial req/s | distinct req/s | ratio | p50 | p99 | RSS after | load avg before / after |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---|"
for centres in "${scales[@]}"; do run_scale "$centres"; done
