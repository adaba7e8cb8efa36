#!/usr/bin/env bash
# Checks a built image tar (scripts/image.sh) without a container engine: its configuration runs a non-root user in
# the production profile with the parallel collector (ADR 0047); no layer holds the embedded database (io.zonky
# embedded-postgres and its PostgreSQL binaries); the application and its health check are there. With RUN_IMAGE=1,
# it also unpacks the layers into a directory and runs the image's own Java (with the entrypoint's collector), as the
# image's user, chrooted there: the runtime is complete.
set -euo pipefail
TAR=${1:-target/safeguarding-hub-image.tar}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "image-check: FAIL: $*" >&2; exit 1; }

tar -xf "$TAR" -C "$WORK"
CONFIG=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Config"])' "$WORK/manifest.json")
python3 - "$WORK/$CONFIG" <<'PY' || exit 1
import json, sys
config = json.load(open(sys.argv[1]))["config"]
user = config.get("User", "")
env = dict(e.split("=", 1) for e in config.get("Env", []))
uid = user.split(":")[0]
problems = []
if not uid.isdigit() or int(uid) == 0:
    problems.append(f"user is {user!r}, not a numeric non-root uid")
if env.get("SPRING_PROFILES_ACTIVE") != "production":
    problems.append("SPRING_PROFILES_ACTIVE is not production")
if "-XX:+UseParallelGC" not in config.get("Entrypoint", []):
    problems.append("the entrypoint does not choose the parallel collector (ADR 0047)")
for port in ("8080/tcp", "8081/tcp"):
    if port not in config.get("ExposedPorts", {}):
        problems.append(f"port {port} not exposed")
if problems:
    print("image-check: FAIL: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"image-check: user {user}, profile production, entrypoint {' '.join(config.get('Entrypoint', []))[:120]}")
PY

LISTING="$WORK/listing"
for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$WORK/manifest.json"); do
  tar --warning=no-unknown-keyword -tzf "$WORK/$layer" >> "$LISTING"
done
if grep -Ei 'embedded-postgres|zonky' "$LISTING"; then
  fail "the embedded database's library is in the image"
fi
grep -q 'app/classes/org/safeguardinghub/SafeguardingHubApplication.class' "$LISTING" || fail "no application classes"
grep -q 'app/classes/org/safeguardinghub/launch/HealthCheck.class' "$LISTING" || fail "no health check class"
grep -q 'app/libs/postgresql-' "$LISTING" || fail "no PostgreSQL JDBC driver"
echo "image-check: $(wc -l < "$LISTING") files in $(ls "$WORK"/*.tar.gz 2>/dev/null | wc -l) layers, none of the embedded database's"

if [ "${RUN_IMAGE:-0}" = 1 ]; then
  ROOTFS="$WORK/rootfs"
  mkdir -p "$ROOTFS"
  for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$WORK/manifest.json"); do
    tar --warning=no-unknown-keyword -xzf "$WORK/$layer" -C "$ROOTFS"
  done
  JAVA=$(ls "$ROOTFS"/opt/java/bin/java "$ROOTFS"/opt/java/openjdk/bin/java 2>/dev/null | head -1 || true)
  [ -n "$JAVA" ] || fail "no Java runtime in the image"
  # a chroot has no /proc, where the C loader finds $ORIGIN (java's path to libjli.so); a container has one
  IN_IMAGE=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LD_LIBRARY_PATH="$(dirname "$(dirname "${JAVA#$ROOTFS}")")/lib"
      chroot --userspec=10001:10001 "$ROOTFS")
  "${IN_IMAGE[@]}" "${JAVA#$ROOTFS}" -XX:+UseParallelGC -version 2>&1 | head -1
  "${IN_IMAGE[@]}" "${JAVA#$ROOTFS}" -XX:+UseParallelGC -version > /dev/null 2>&1 || fail "the image's Java refuses the parallel collector"
  # the health check exits 1 when nothing answers: it ran, as the image's user, on the image's runtime
  set +e
  "${IN_IMAGE[@]}" "${JAVA#$ROOTFS}" -cp /app/classes org.safeguardinghub.launch.HealthCheck http://127.0.0.1:9/
  [ $? = 1 ] || fail "the health check did not run"
  set -e
  echo "image-check: the image's Java runs as uid 10001 and its health check answers"
fi
echo "image-check: OK"
