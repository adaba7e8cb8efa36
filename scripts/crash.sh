#!/usr/bin/env bash
# The crash harness (docs/reliability.md, "Crash safety"): partner clients send batches at once, the
# application is killed with SIGKILL at random moments and started again on the same PostgreSQL, the
# clients resend what was not answered, and every acknowledged event must be stored exactly once.
# Options (defaults): --runs=10 --clients=4 --batches=25 --batch-size=50 --kills=1 --children=150
#   --max-kill-delay-ms=4000 --data-dir=target/crash
# The table is printed and kept in target/crash.txt; the exit status is 1 if any run lost or doubled an event.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" reliability.CrashRun "$@" \
  | tee target/crash.txt
