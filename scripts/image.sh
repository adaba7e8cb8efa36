#!/usr/bin/env bash
# Builds the container image without a Docker daemon (Jib, ADR 0032) into target/safeguarding-hub-image.tar,
# then checks it (scripts/image-check.sh). Load it with `docker load -i target/safeguarding-hub-image.tar`
# (or podman load) and run it with compose.yaml.
#
# No container registry is needed: the default base is "scratch" plus a Java runtime made here with jlink from
# the build's JDK (21 or newer), with the few C libraries it needs copied from this machine (glibc), a non-root
# user (uid 10001), /tmp and /data. Where a registry is reachable, a maintained base image can be used instead:
#   IMAGE_BASE=eclipse-temurin:25-jre scripts/image.sh
# Extra arguments go to Maven, e.g. scripts/image.sh -o -Dfrontend.skip=true
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh

ROOT=target/image-root
rm -rf "$ROOT" target/safeguarding-hub-image.tar
mkdir -p "$ROOT/tmp" "$ROOT/data" "$ROOT/etc"
printf 'root:x:0:0:root:/root:/sbin/nologin\nhub:x:10001:10001:Safeguarding Hub:/data:/sbin/nologin\n' > "$ROOT/etc/passwd"
printf 'root:x:0:\nhub:x:10001:\n' > "$ROOT/etc/group"

if [ -z "${IMAGE_BASE:-}" ] || [ "${IMAGE_BASE}" = scratch ]; then
  # the modules the application uses (java.se: JDBC, XML, naming, desktop for the PDF renderer's images, ...) and
  # the JDK's own ones Spring, Tomcat, Micrometer and Netty-free HTTP need; no compiler, no debugger, no jshell
  MODULES=java.se,jdk.unsupported,jdk.management,jdk.management.agent,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.naming.dns,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.net,jdk.jfr,jdk.httpserver
  "$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
      --compress=zip-6 --output "$ROOT/opt/java"
  # the C libraries the runtime links against, from this machine (glibc and its loader), at the paths it expects
  find "$ROOT/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
      | awk '/=> \//{print $3} /^\t\/lib64/{print $1}' | grep -v "^$(pwd)/" | sort -u | while read -r lib; do
    mkdir -p "$ROOT$(dirname "$lib")"
    cp -L "$lib" "$ROOT$lib"
  done
  mkdir -p "$ROOT/lib64"
  cp -L /lib64/ld-linux-x86-64.so.2 "$ROOT/lib64/"
  MAVEN_IMAGE=(-Dimage.base=scratch)
else
  MAVEN_IMAGE=(-Dimage.base="$IMAGE_BASE" -Dimage.path="${IMAGE_PATH:-/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin}")
fi

# compile, not package: the fat jar in target/ (the trial distribution, with the embedded database) is left as it is
./mvnw -B -q -Pimage "${MAVEN_IMAGE[@]}" "$@" compile jib:buildTar
bash scripts/image-check.sh target/safeguarding-hub-image.tar
