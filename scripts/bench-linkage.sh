#!/usr/bin/env bash
# The end-to-end linkage benchmark (docs/identity-matching.md, issue 13): a synthetic population of
# children in households and three agencies' extracts about them, sent through the real partner feed
# into a fresh database, scored over all pairs of records beside a naive exact linker.
# Options (defaults): --children=18600 --seed=13 --batch-size=250 --data-dir=target/bench-linkage
# The report is printed and kept in target/bench-linkage.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -B -Dfrontend.skip=true -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.FeedLinkageBenchmark "$@"
