#!/usr/bin/env bash
# Runs the whole test suite: unit and property tests, integration tests on the embedded PostgreSQL,
# and browser tests in headless Chromium. Installs Chromium, ChromeDriver and Node.js if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
bash scripts/install-prerequisites.sh
exec ./mvnw -B verify "$@"
