#!/usr/bin/env bash
# The two-node check (docs/reliability.md, "Two nodes"): two application processes behind nginx
# (round robin) on one PostgreSQL, every scheduled job on both, partners ingesting through nginx;
# prints the figures and fails if any alert, notification, e-mail or event was made twice, or a
# session made on one node does not work on the other. Needs nginx (scripts/install-prerequisites.sh).
# Options (defaults): --clients=4 --batches=10 --batch-size=50 --children=30 --settle-seconds=30
#   --data-dir=target/two-nodes
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
bash scripts/install-prerequisites.sh
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" reliability.TwoNodes "$@" \
  | tee target/two-nodes.txt
