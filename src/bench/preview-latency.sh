#!/usr/bin/env bash
# Preview latency: save one page of an N-page site, time until the preview server sends the
# browser its reload event and until the new page is served. Usage: src/bench/preview-latency.sh N [EDITS]
# $JAVA_OPTS, when set, goes to the JVM: e.g. the launcher's "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
# which `serve` gets too, against the JVM's defaults (C2 included).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
N=${1:?usage: src/bench/preview-latency.sh N [EDITS]}
EDITS=${2:-20}
WORK=${BENCH_WORK:-$PROJECT/target/bench}
CORPUS=$WORK/corpus-$N
if [ ! -f "$CORPUS/briefing-root/content/index.md" ]; then
  python3 "$HERE/make-corpus.py" "$N" "$CORPUS"
fi
cd "$PROJECT"
mvn -q -B test-compile -Dsite.skip
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
CP=target/classes:target/test-classes:$(cat target/test-classpath.txt)
PAGE=$(cd "$CORPUS/briefing-root" && ls content/briefs | sed -n '2p')
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -Dorg.freemarker.loggerLibrary=none -cp "$CP" org.briefing.serve.PreviewLatency "$CORPUS/briefing-root" "content/briefs/$PAGE" "$EDITS"
