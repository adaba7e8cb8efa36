#!/usr/bin/env bash
# The missing patterns benchmark (docs/performance.md): the managers' patterns table across 5,000
# children with 50,000 episodes, for a team manager who may open every child, against a plain
# signed-in page in the same run. Options (defaults): --children=5000 --episodes=50000
#   --requests=1000 --concurrency=2; --short runs 150 requests (for CI).
# The report is printed and kept in target/bench-missing.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
args=()
for arg in "$@"; do
  if [[ "$arg" == "--short" ]]; then args+=("--requests=150"); else args+=("$arg"); fi
done
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.MissingBenchmark "${args[@]}"
