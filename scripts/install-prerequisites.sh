#!/usr/bin/env bash
# Installs what the build and the tests need and a fresh machine may lack: Node.js and npm (to
# build GOV.UK Frontend's styles), Debian's Chromium and ChromeDriver (browser tests), PostgreSQL
# (backup check) and nginx (the load balancer of the two-node test, reliability.TwoNodesIT).
# Uses apt-get, so it needs root (or sudo); does nothing when everything is there.
set -euo pipefail
missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# PostgreSQL's own binaries (pg_dump, pg_restore, initdb) for scripts/backup-restore-check.sh
ls /usr/lib/postgresql/*/bin/pg_restore >/dev/null 2>&1 || missing+=(postgresql)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing ${missing[*]}"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
