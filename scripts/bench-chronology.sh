#!/usr/bin/env bash
# The foundation benchmark (docs/performance.md): loads a synthetic population and measures the
# chronology API against a bare endpoint and plain SQL, and event-feed ingest against a raw JDBC
# insert, in one run. Options (defaults): --children=100000 --events=5000000 --big-child-events=5000
#   --requests=3000 --concurrency=2 --ingest-batches=200 --ingest-rounds=3 --batch-size=500
# The report is printed and kept in target/bench-chronology.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.ChronologyBenchmark "$@"
