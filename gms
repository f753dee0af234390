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

# `./gms pgx` is run once per sample by laboratories, so it starts light: from the fat jar unpacked
# once per build into a plain class path (a thin jar and lib/, Spring Boot's own "extract" layout;
# no nested-jar class loader) and with the client compiler only (a short run spends more CPU in the
# optimising compiler than it gains; so does a 1,000-sample batch). GMS_JAVA_OPTS comes last and
# wins (-XX:TieredStopAtLevel=4 restores the optimising compiler). docs/pgx.md has the figures.
if [ "${1:-}" = pgx ]; then
  thin="$home/gms-benchmarks/target/gms-thin"
  if [ ! -f "$thin/.extracted" ] || [ "$jar" -nt "$thin/.extracted" ]; then
    tmp="$(mktemp -d "$home/gms-benchmarks/target/gms-thin.XXXXXX")"
    if java -Djarmode=tools -jar "$jar" extract --destination "$tmp/x" >/dev/null 2>&1; then
      touch "$tmp/x/.extracted"
      rm -rf "$thin" && mv -T "$tmp/x" "$thin" 2>/dev/null || true
    fi
    rm -rf "$tmp"
  fi
  if [ -f "$thin/.extracted" ] && [ -f "$thin/gms.jar" ]; then
    exec java -XX:TieredStopAtLevel=1 ${GMS_JAVA_OPTS:-} -jar "$thin/gms.jar" "$@"
  fi
fi
exec java ${GMS_JAVA_OPTS:-} -jar "$jar" "$@"
