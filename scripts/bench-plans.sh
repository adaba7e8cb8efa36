#!/usr/bin/env bash
# The plans benchmark (docs/performance.md, "Plans: the drift rules in the deadline job"): loads a
# synthetic population and runs the drift job with every open plan due at once, against plain SQL
# reading the same rows. Options (defaults): --children=100000 --plans=30000 --actions=300000.
# Short version for CI: --short (10,000 children, 3,000 plans, 30,000 actions).
# The report is printed and kept in target/bench-plans.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
args=()
for arg in "$@"; do
  if [[ "$arg" == "--short" ]]; then
    args+=(--children=10000 --plans=3000 --actions=30000)
  else
    args+=("$arg")
  fi
done
if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
  ./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.PlansBenchmark "${args[@]}"
