#!/usr/bin/env bash
# The exploitation risk benchmark (docs/performance.md): the network view of an area with 5,000
# children at risk and 20,000 links, for a team manager who may open every child, against a plain
# signed-in page in the same run. Options (defaults): --children=5000 --links=20000 --contexts=2000
#   --requests=1000 --concurrency=2; --short runs 150 requests (for CI).
# The report is printed and kept in target/bench-risk.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
args=()
for arg in "$@"; do
  if [[ "$arg" == "--short" ]]; then args+=("--requests=150"); else args+=("$arg"); fi
done
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.RiskBenchmark "${args[@]}"
