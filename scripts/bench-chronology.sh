#!/usr/bin/env bash
# The benchmark (docs/performance.md): loads a synthetic population and measures, in one run, the
# chronology API against a bare endpoint and plain SQL, the front door's triage queue and contact page
# against a plain signed-in page, event-feed ingest with and without the alert
# rules against a raw JDBC insert (each phase on its own copy of the population), and the deadline job. Options (defaults): --children=100000 --events=5000000 --big-child-events=5000
#   --requests=3000 --concurrency=2 --ingest-batches=200 --ingest-rounds=3 --batch-size=500 --front-door-contacts=2000
#   --only=all (or ingest: ingest alone) --log-statements=off (on: PostgreSQL logs every statement, for
#   scripts/count-statements.py) --jfr=off (on: a flight recording of each start of the application; max:
#   Java samples every 1 ms with whole stacks, for scripts/jfr-share.py)
#   --warm-up-batches=100 (sent, not timed, after each start of the application) --auto-explain=off (<ms>: PostgreSQL
#   logs the plan, with foreign-key trigger times, of every statement slower than that, nested ones too)
#   --collector=parallel (the application's garbage collector as the image runs it, ADR 0047; g1: the JVM's default)
# The report is printed and kept in target/bench-chronology.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.ChronologyBenchmark "$@"
