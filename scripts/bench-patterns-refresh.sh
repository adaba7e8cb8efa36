#!/usr/bin/env bash
# The missing patterns' summaries refreshed for a batch's children, the work every recording of a
# missing episode does (docs/performance.md, ADR 0042): this version's missing_patterns.refresh against
# V85's, taken from its migration, on the same children in the same run; the database alone.
# Options (defaults): --children=20000 --batch=167 --rounds=200; --short runs 40 rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
args=()
for arg in "$@"; do
  if [[ "$arg" == "--short" ]]; then args+=("--rounds=40"); else args+=("$arg"); fi
done
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.PatternRefreshBenchmark "${args[@]}"
