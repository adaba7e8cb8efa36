#!/usr/bin/env bash
# The load run (issue 18, item 9; docs/performance.md "Load run (issue 18)"): starts a real PostgreSQL
# and the application as the benchmarks do (benchmarks.LoadRun: -Xmx512m -XX:+UseParallelGC, a synthetic population of
# children known to the North's agencies with their chronologies, open contacts and a morning's partner
# events), then runs the Gatling simulation load.PractitionersSimulation (Maven plugin, profile "load")
# over loopback: practitioners signing in through the form and working through the managers' view or
# the triage queue, person search, a child's page and the chronology, plus partner ingest; then prints
# p95, p99, mean, requests and errors per request kind and overall, and stops everything.
# Options (defaults): --users=200 --duration=10m --ramp=1m --children=5000 --events-per-child=100
#   --contacts=500 --batch=50 --ingest-every=2s --jfr (a flight recording of the application, in target/load)
#   --collector=parallel (the application's collector as the image runs it, ADR 0047; g1: the JVM's default)
#   --short: 20 users for 1 minute after a 15 s ramp, 2,000 children (a quick check, for CI).
# The summary is printed and kept in target/load-run.txt; Gatling's report is under target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh

users=200 duration=10m ramp=1m batch=50 every=2s
server=()
for arg in "$@"; do
  case "$arg" in
    --short) users=20 duration=1m ramp=15s; server+=("--children=2000") ;;
    --users=*) users="${arg#*=}" ;;
    --duration=*) duration="${arg#*=}" ;;
    --ramp=*) ramp="${arg#*=}" ;;
    --batch=*) batch="${arg#*=}" ;;
    --ingest-every=*) every="${arg#*=}" ;;
    --jfr) server+=("--jfr=true") ;;
    --children=*|--events-per-child=*|--contacts=*|--collector=*) server+=("$arg") ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
# 10m, 90s, 1h as ISO-8601 durations for the simulation
iso() { echo "PT$(echo "$1" | tr '[:lower:]' '[:upper:]')"; }

./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
data=target/load
rm -rf "$data" && mkdir -p "$data"
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.LoadRun \
  --data-dir="$data" "${server[@]}" > target/load-server.log 2>&1 &
server_pid=$!
stop() {
  touch "$data/stop"
  for _ in $(seq 1 120); do kill -0 "$server_pid" 2>/dev/null || return 0; sleep 1; done
  kill "$server_pid" 2>/dev/null || true
}
trap stop EXIT
echo "Starting PostgreSQL and the application, loading the population (log: target/load-server.log)..."
while [ ! -f "$data/ready" ]; do
  if ! kill -0 "$server_pid" 2>/dev/null; then cat target/load-server.log >&2; echo "the server did not start" >&2; exit 1; fi
  sleep 2
done
grep -h "population:" target/load-server.log || true
base=$(cat "$data/ready")
before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Running the simulation: $users practitioners for $duration after a $ramp ramp, against $base (load average $before)"
./mvnw -q -B -o -Dfrontend.skip=true -Pload gatling:test -Dload.base="$base" -Dload.users="$users" \
  -Dload.duration="$(iso "$duration")" -Dload.ramp="$(iso "$ramp")" -Dload.batch="$batch" \
  -Dload.ingestEvery="$(iso "$every")" -Dload.children="$PWD/$data/children.csv"
after=$(cut -d' ' -f1-3 /proc/loadavg)
report=$(ls -1dt target/gatling/practitionerssimulation-* | head -1)
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.LoadReport "$report" \
  "users=$users duration=$duration ramp=$ramp batch=$batch every=$every" "$before" "$after" | tee target/load-run.txt
