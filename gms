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

# `./gms benchmark cohort-spark` asks Spark (local[N]) what `./gms benchmark cohort --query-file` asked
# DuckDB, over the same files. It runs from gms-store-spark's own jar (its manifest names Spark's
# jars in the local Maven repository), with the store's classes of this checkout first, so that
# Spark is never on the server's class path. docs/population-store.md has the figures.
if [ "${1:-}" = benchmark ] && [ "${2:-}" = cohort-spark ]; then
  spark_jar() { ls "$home"/gms-store-spark/target/gms-store-spark-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1; }
  sj="$(spark_jar)"
  if [ -z "$sj" ] || [ -n "$(find "$home"/gms-store/src/main "$home"/gms-store-spark/src/main "$home"/gms-store-spark/pom.xml -newer "$sj" -print -quit)" ]; then
    echo "gms: building the Spark store module..." >&2
    (cd "$home" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl gms-store-spark -am package) >&2
    sj="$(spark_jar)"
  fi
  shift 2
  opens=""
  for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
    sun.security.action sun.util.calendar; do
    opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
  done
  # shellcheck disable=SC2086
  exec java $opens -Djdk.reflect.useDirectMethodHandle=false ${GMS_JAVA_OPTS:-} \
    -cp "$home/gms-store/target/classes:$sj" org.gms.store.spark.SparkTimings "$@"
fi

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
