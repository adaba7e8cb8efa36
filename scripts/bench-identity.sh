#!/usr/bin/env bash
# The person-matching benchmark (docs/identity-matching.md): accuracy on FEBRL4 (three versions) and
# the census file, or any labelled files in the generic format, then one-record lookup latency and
# batch throughput against an index of synthetic persons. Options (defaults):
#   --data=../shared/data/linkage (relative to the repository root, or absolute)
#   --left=a.csv --right=b.csv --truth=t.csv   (generic format, see the doc)
#   --persons=1000000 --incoming=100000 --lookups=5000 --threads=2 --skip-scale --model
# The report is printed and kept in target/bench-identity.txt.
# With --jmh first, runs the JMH lookup benchmark instead (benchmarks.IdentityLookupJmh; --persons=N).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -B -Dfrontend.skip=true -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
if [ "${1:-}" = "--jmh" ]; then
  shift
  exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.IdentityLookupJmh "$@"
fi
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.IdentityBenchmark "$@"
