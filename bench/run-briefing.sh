#!/usr/bin/env bash
# This generator on the corpus root made by make-corpus.py: one clean build.
# Usage: run-briefing.sh CORPUS_DIR OUTPUT_DIR
# The timed process is the JVM itself (java is exec'ed): start-up included, exactly what a user
# running `java -jar target/briefing.jar build` gets. $JAVA_OPTS, when set, goes before -jar
# (for measuring advice such as -XX:TieredStopAtLevel=1; the headline numbers use none).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS=$(realpath "$1"); OUT=$(realpath -m "$2")
JAR=${JAR:-$HERE/../target/briefing.jar}
# clean build: an old OUTPUT_DIR is moved aside (O(1)); the caller deletes "$OUT".prev.* untimed
if [ -e "$OUT" ]; then mv "$OUT" "$(mktemp -u "$OUT.prev.XXXXXX")"; fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar "$JAR" build --root "$CORPUS/briefing-root" --out "$OUT"
