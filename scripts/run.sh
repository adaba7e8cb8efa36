#!/usr/bin/env bash
# Runs Safeguarding Hub on its embedded PostgreSQL (data under ./data) with the demo data set,
# whose users and secret are printed at start: http://localhost:8080/
# Extra arguments are passed to the application, e.g. --server.port=9090 --safeguarding.demo.secret=...
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
command -v npm >/dev/null 2>&1 || bash scripts/install-prerequisites.sh
exec ./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="$*"
