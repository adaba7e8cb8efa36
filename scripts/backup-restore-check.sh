#!/usr/bin/env bash
# Backup and restore, proven (issue 18, docs/operations.md): on a PostgreSQL cluster of its own (Debian's
# PostgreSQL, the "external database"), the application in the production profile fills a database (an agency
# and API client made with the admin commands, then partner events through the feed), is stopped, the database is dumped with pg_dump -Fc and restored with
# pg_restore into a FRESH database; the chronology's events (count and checksum of every row) and the audit log
# (count and checksum) must be identical, `admin verify-audit` must find the restored audit chain intact, and the
# application must start on the restored database in the production profile (from the container image's own
# files, as its user, when target/safeguarding-hub-image.tar exists: scripts/image.sh) and serve the events.
#   scripts/backup-restore-check.sh            (EVENTS=200 partner events by default, in batches of 500 at most)
# Needs: target/safeguarding-hub-*.jar (./mvnw package), PostgreSQL 15+ binaries (PG_BIN, default the newest
# under /usr/lib/postgresql, installed by scripts/install-prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PG_BIN/pg_restore" ] || { bash scripts/install-prerequisites.sh; PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); }
EVENTS=${EVENTS:-200}
WORK=$(pwd)/target/backup-check
JAR=$(ls target/safeguarding-hub-*.jar | grep -v original | head -1)
SECRET=backup-check-key-encryption-secret-0123
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PG_PORT=$(free_port); APP_PORT=$(free_port); MGMT_PORT=$(free_port)
APP_PID=
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_at() { as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -At -d "$@"; }
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
step() { echo "backup-check: $*"; }
fail() { echo "backup-check: FAIL: $*" >&2; exit 1; }
# answers URL PATTERN [curl options]: the body holds the pattern, asked up to 10 times a second apart.
# The body is read whole before grep looks: `curl | grep -q` under pipefail fails when grep stops
# reading at the first match and curl, still writing a long scrape, gets SIGPIPE.
answers() {
  local url=$1 pattern=$2 body; shift 2
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    body=$(curl -fs "$@" "$url") && grep -q -- "$pattern" <<<"$body" && return 0
    sleep 1
  done
  return 1
}

rm -rf "$WORK" && mkdir -p "$WORK" && chmod 777 "$WORK"
cp "$JAR" "$WORK/hub.jar" && JAR="$WORK/hub.jar"   # a rebuild of target/ meanwhile does not pull it from under the run
step "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT in $WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" -l "$WORK/pg.log" -w start >/dev/null
psql_at postgres -c "create role hub login password 'hub-password'" -c "create database hub_source owner hub" >/dev/null

await_ready() { # $1 log file
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$APP_PORT/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$1"; fail "the application stopped while starting"; }
    sleep 1
  done
  tail -40 "$1"; fail "the application was not ready within 600 s"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=; }
datasource() { echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/$1 --spring.datasource.username=hub --spring.datasource.password=hub-password"; }

step "filling hub_source in the production profile: an agency and its API client made with the admin commands, then $EVENTS partner events"
# (the demo data set is not used: the production profile refuses it, and this is how an operator starts)
admin() { # shellcheck disable=SC2046
  SPRING_PROFILES_ACTIVE=production java -Xmx256m -jar "$JAR" admin "$@" $(datasource hub_source) \
      --safeguarding.access.key-encryption.secret="$SECRET" --logging.level.root=WARN; }
admin add-agency --code=POLICE-BACKUP --name="Backup Check Police" --type=POLICE --area=North > "$WORK/admin.log" 2>&1 \
    || { cat "$WORK/admin.log"; fail "admin add-agency"; }
admin add-client --client-id=POLICE-BACKUP --agency=POLICE-BACKUP >> "$WORK/admin.log" 2>&1 \
    || { cat "$WORK/admin.log"; fail "admin add-client"; }
CLIENT_SECRET=$(sed -n 's/.*secret (shown once): //p' "$WORK/admin.log" | tail -1)
[ -n "$CLIENT_SECRET" ] || { cat "$WORK/admin.log"; fail "no client secret printed"; }
# shellcheck disable=SC2046
SPRING_PROFILES_ACTIVE=production java -Xmx512m -jar "$JAR" $(datasource hub_source) --server.port="$APP_PORT" \
    --management.server.port="$MGMT_PORT" --safeguarding.access.key-encryption.secret="$SECRET" > "$WORK/fill.log" 2>&1 &
APP_PID=$!
await_ready "$WORK/fill.log"
token() {
  curl -fs -u "POLICE-BACKUP:$CLIENT_SECRET" -d grant_type=client_credentials "http://127.0.0.1:$APP_PORT/oauth2/token" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' || fail "no token for POLICE-BACKUP"
}
TOKEN=$(token)
FAMILY=Backupcheck$RANDOM
python3 - "$EVENTS" "$FAMILY" > "$WORK/batch.json" <<'PY'
import json, sys, uuid
n, family = int(sys.argv[1]), sys.argv[2]
events = [{"eventId": f"BACKUP-{uuid.uuid4()}", "type": "POLICE_INCIDENT", "occurredAt": f"2026-0{1 + i % 9}-1{i % 10}T10:00:00Z",
           "subject": {"givenName": f"Child{i % 40}", "familyName": family, "dateOfBirth": f"2012-0{1 + i % 9}-0{1 + i % 9}"},
           "summary": f"Incident {i} (backup check)"} for i in range(n)]
print(json.dumps({"events": events}))
PY
for chunk in $(seq 0 $(( (EVENTS - 1) / 500 ))); do
  python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); i=int(sys.argv[2]); print(json.dumps({"events": b["events"][i*500:(i+1)*500]}))' \
      "$WORK/batch.json" "$chunk" > "$WORK/chunk.json"
  curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$WORK/chunk.json" \
      "http://127.0.0.1:$APP_PORT/api/v1/events" > "$WORK/answer.json" || fail "the feed refused the batch"
  grep -q '"CREATED"' "$WORK/answer.json" || fail "no event created: $(head -c 300 "$WORK/answer.json")"
done
stop_app

CHECKSUMS="select (select count(*) || ':' || md5(string_agg(e::text, '|' order by e.id)) from chronology.event e)
  || ' ' || (select count(*) || ':' || md5(string_agg(a::text, '|' order by a.id)) from access.audit_event a)
  || ' ' || (select count(*) from chronology.child)"
BEFORE=$(psql_at hub_source -c "$CHECKSUMS")
step "hub_source: events:checksum audit:checksum children = $BEFORE"

step "pg_dump -Fc, then pg_restore into a fresh database hub_restored"
as_postgres "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Fc -f "$WORK/hub.dump" hub_source
psql_at postgres -c "create database hub_restored owner hub" >/dev/null
as_postgres "$PG_BIN/pg_restore" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d hub_restored --exit-on-error --no-owner \
    --role=hub "$WORK/hub.dump"
AFTER=$(psql_at hub_restored -c "$CHECKSUMS")
step "hub_restored: $AFTER"
[ "$BEFORE" = "$AFTER" ] || fail "the restored database differs: $BEFORE against $AFTER"

step "admin verify-audit on the restored database"
# shellcheck disable=SC2046
java -Xmx256m -jar "$JAR" admin verify-audit $(datasource hub_restored) --logging.level.root=WARN \
    --safeguarding.demo.enabled=false > "$WORK/verify-audit.log" 2>&1 || { cat "$WORK/verify-audit.log"; fail "verify-audit"; }
grep -q "The audit log is intact" "$WORK/verify-audit.log" || { cat "$WORK/verify-audit.log"; fail "verify-audit said otherwise"; }

IMAGE_TAR=target/safeguarding-hub-image.tar
if [ -f "$IMAGE_TAR" ] && [ "$(id -u)" = 0 ]; then
  step "starting the container image's files (chroot, uid 10001) on hub_restored in the production profile"
  ROOTFS="$WORK/rootfs"; mkdir -p "$WORK/image" "$ROOTFS" && tar -xf "$IMAGE_TAR" -C "$WORK/image"
  for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$WORK/image/manifest.json"); do
    tar --warning=no-unknown-keyword -xzf "$WORK/image/$layer" -C "$ROOTFS"
  done
  if ls "$ROOTFS"/app/libs | grep -Ei 'zonky|embedded-postgres'; then fail "the image holds the embedded database"; fi
  # the image's own entrypoint and environment (SPRING_PROFILES_ACTIVE=production among them), as its user
  mapfile -t IMAGE_RUN < <(python3 -c 'import json,sys
m = json.load(open(sys.argv[1] + "/manifest.json"))[0]
c = json.load(open(sys.argv[1] + "/" + m["Config"]))["config"]
print("\n".join(c.get("Env", []) + ["--"] + c["Entrypoint"]))' "$WORK/image")
  # the image has no env binary: the environment is set outside the chroot (and LD_LIBRARY_PATH, as a chroot has no
  # /proc, where the C loader finds $ORIGIN, java's way to its libjli.so; a container has one)
  for i in "${!IMAGE_RUN[@]}"; do [ "${IMAGE_RUN[$i]}" = -- ] && SPLIT=$i; done
  START=(env -i "${IMAGE_RUN[@]:0:$SPLIT}" LD_LIBRARY_PATH=/opt/java/lib /usr/sbin/chroot --userspec=10001:10001 "$ROOTFS"
      "${IMAGE_RUN[@]:$((SPLIT + 1))}")
else
  step "starting the jar on hub_restored in the production profile (no image built: scripts/image.sh)"
  START=(env SPRING_PROFILES_ACTIVE=production java -Xmx512m -jar "$JAR")
fi
# shellcheck disable=SC2046
"${START[@]}" $(datasource hub_restored) --server.port="$APP_PORT" --management.server.port="$MGMT_PORT" \
    --safeguarding.access.key-encryption.secret="$SECRET" > "$WORK/restored.log" 2>&1 &
APP_PID=$!
await_ready "$WORK/restored.log"
head -1 "$WORK/restored.log" | python3 -c 'import json,sys; json.loads(sys.stdin.readline())' 2>/dev/null \
    || grep -m1 '^{' "$WORK/restored.log" | python3 -c 'import json,sys; json.loads(sys.stdin.readline())' \
    || fail "the production profile's log is not JSON"
grep -qi 'Embedded PostgreSQL' "$WORK/restored.log" && fail "the embedded database started in production"
answers "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" UP || fail "readiness on the management port"
answers "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" '^safeguarding_alerts_open' || fail "no hub meters"
TOKEN=$(token)
CHILD=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print([r["childId"] for r in a["results"] if r.get("childId")][0])' "$WORK/answer.json")
answers "http://127.0.0.1:$APP_PORT/api/v1/children/$CHILD/chronology" 'backup check' -H "Authorization: Bearer $TOKEN" \
    || fail "the restored chronology did not answer"
stop_app
grep -q "$FAMILY" "$WORK/restored.log" "$WORK/fill.log" && fail "a child's name is in the logs"
step "OK: $(echo "$BEFORE" | cut -d' ' -f1 | cut -d: -f1) events and $(echo "$BEFORE" | cut -d' ' -f2 | cut -d: -f1) audit entries restored intact; the application started on them in production"
