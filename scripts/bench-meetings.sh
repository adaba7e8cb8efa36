#!/usr/bin/env bash
# The meetings pages benchmark (docs/performance.md, "Meetings pages"): a child looked after by North
# and placed in the South, with 50 finalised meetings of 10 owned actions each, built through the
# forms; then the child's Meetings tab, the same child's page on its network tab (the page around the
# tab), one meeting, and the partner API's meetings list, each timed against a plain signed-in page in
# the same run. Options (defaults):
#   --meetings=50 --actions-per-meeting=10 --requests=1500 --concurrency=2
# Short version for CI: --requests=300. The report is printed and kept in target/bench-meetings.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" benchmarks.MeetingsBenchmark "$@"
