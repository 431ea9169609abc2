#!/usr/bin/env bash
# This generator on the corpus root made by make-corpus.py: one clean build.
# Usage: run-briefing.sh CORPUS_DIR OUTPUT_DIR
# The timed process is the JVM itself (java is exec'ed): start-up included, exactly what a user gets.
#   LAUNCH=launcher  (default) bin/briefing build: C1 only, SerialGC, and target/briefing.jsa when it
#                    is newer than the jar (mvn package makes it; see README.md)
#   LAUNCH=jar       java -jar target/briefing.jar build, default JVM options, for comparison
# $JAVA_OPTS, when set, goes to the JVM: before -jar, or after the launcher's own options (so it wins).
# $JAR (default target/briefing.jar) is the jar either way.
# --no-pdf: Hugo writes no PDF, so neither does this side of the comparison (PDF=1 adds it back).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS=$(realpath "$1"); OUT=$(realpath -m "$2")
JAR=${JAR:-$HERE/../target/briefing.jar}
LAUNCH=${LAUNCH:-launcher}
NO_PDF=--no-pdf; [ "${PDF:-0}" = 1 ] && NO_PDF=
# clean build: an old OUTPUT_DIR is moved aside (O(1)); the caller deletes "$OUT".prev.* untimed
if [ -e "$OUT" ]; then mv "$OUT" "$(mktemp -u "$OUT.prev.XXXXXX")"; fi
case $LAUNCH in
  launcher)
    # shellcheck disable=SC2086
    BRIEFING_JAR=$JAR BRIEFING_JAVA_OPTS=${JAVA_OPTS:-} exec "$HERE/../bin/briefing" build $NO_PDF --root "$CORPUS/briefing-root" --out "$OUT" ;;
  jar)
    # shellcheck disable=SC2086
    exec java ${JAVA_OPTS:-} -jar "$JAR" build $NO_PDF --root "$CORPUS/briefing-root" --out "$OUT" ;;
  *)
    echo "LAUNCH must be launcher or jar, not '$LAUNCH'" >&2; exit 2 ;;
esac
