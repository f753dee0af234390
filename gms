#!/usr/bin/env bash
# The GMS launcher. Builds the platform on first use (or when sources changed), then runs a command:
#   ./gms --help        every command
#   ./gms demo          the platform with embedded PostgreSQL and demo data on http://localhost:8080
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$home/gms-benchmarks/target/gms.jar"

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$home" -maxdepth 1 -name pom.xml -newer "$jar" -print -quit)" ] && return 0
  [ -n "$(find "$home"/gms-*/ \( -name pom.xml -o -path '*/src/main/*' \) -newer "$jar" -print -quit)" ]
}

if stale; then
  echo "gms: building the platform (first run or sources changed; about a minute)..." >&2
  (cd "$home" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package) >&2
fi
exec java ${GMS_JAVA_OPTS:-} -jar "$jar" "$@"
