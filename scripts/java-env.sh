# Sourced by the other scripts: use a JDK of version 21 or newer (the build targets Java 21;
# on this kind of machine the default java is 17 and Temurin 25 is under /usr/lib/jvm).
java_feature() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_feature "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_feature "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_feature "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  echo "Safeguarding Hub needs a JDK 21 or newer: set JAVA_HOME to one." >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
