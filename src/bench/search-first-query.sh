#!/usr/bin/env bash
# What a reader's first search costs on an N-page site: the index files it loads (bytes) and the
# time from submitting the query to the results shown, in headless Chromium from file://.
# Usage: bench/search-first-query.sh N [QUERY...]   (the corpus and site are made when missing)
# Each query runs in a fresh browser (a cold first query), RUNS times (default 3); the median is shown.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
N=${1:?usage: bench/search-first-query.sh N [QUERY...]}
shift
[ $# -gt 0 ] || set -- "deployment" "fiscal reform" "procurement oversight risk" "transp"
RUNS=${RUNS:-3}
WORK=${BENCH_WORK:-$PROJECT/target/bench}
CORPUS=$WORK/corpus-$N
SITE=$WORK/out/search-$N
CHROMIUM=${CHROMIUM_BINARY:-/usr/bin/chromium}
[ -f "$CORPUS/briefing-root/content/index.md" ] || python3 "$HERE/make-corpus.py" "$N" "$CORPUS"
[ -f "$PROJECT/target/briefing.jar" ] || (cd "$PROJECT" && mvn -q -B package -DskipTests -Dsite.skip)
if [ ! -f "$SITE/search/index.js" ]; then
  "$PROJECT/target/briefing" build --root "$CORPUS/briefing-root" --out "$SITE" --offline --no-pdf >/dev/null
fi
cp "$HERE/search-probe/probe.html" "$HERE/search-probe/probe.js" "$SITE/search/"
echo "# N=$N: $(ls "$SITE/search" | grep -c '^terms-') term files, $(ls "$SITE/search" | grep -c '^pages-') text files, $(du -sk "$SITE/search" | cut -f1) KiB in search/; $RUNS cold runs a query"
for q in "$@"; do
  for ((i = 0; i < RUNS; i++)); do
    enc=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")
    "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --no-first-run --disable-extensions \
      --user-data-dir="$(mktemp -d)" --virtual-time-budget=20000 --dump-dom \
      "file://$SITE/search/probe.html#query=$enc" 2>/dev/null | grep -o 'PROBE {.*}' | sed 's/^PROBE //'
  done
done | python3 -c '
import json, os, statistics, sys
site = sys.argv[1]
runs = {}
for line in sys.stdin:
    r = json.loads(line.replace("&quot;", "\""))
    runs.setdefault(r["query"], []).append(r)
print("| query | results | files loaded | bytes loaded | of which the manifest | median ms (min-max) |")
print("|---|---|---:|---:|---:|---:|")
for q, rs in runs.items():
    files = rs[0]["files"]
    size = lambda n: os.path.getsize(os.path.join(site, "search", n.rsplit("/", 1)[1]))
    total = sum(size(f) for f in files)
    manifest = sum(size(f) for f in files if f.endswith("/index.js"))
    ms = [r["ms"] for r in rs]
    print("| %s | %s | %d | %s | %s | %d (%d-%d) |" % (q, rs[0]["results"], len(files), format(total, ","),
          format(manifest, ","), statistics.median(ms), min(ms), max(ms)))
' "$SITE"
