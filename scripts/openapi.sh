#!/usr/bin/env bash
# Regenerates docs/openapi.json, the published API description, from the running application
# (PublishedApiDescriptionIT with -Dopenapi.write=true); commit the result. Without the flag the same
# test, run in CI, fails when the committed file differs from what the application publishes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
frontend=()
if [ -d target/classes/static ]; then frontend=(-Dfrontend.skip=true); fi
./mvnw -B "${frontend[@]}" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PublishedApiDescriptionIT \
  -Dopenapi.write=true verify
# then the description is checked against the contract (../shared/spec/event-feed.md)
exec ./mvnw -B -o -Dfrontend.skip=true surefire:test -Dtest=ApiDescriptionMatchesContractTest
