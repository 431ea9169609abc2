#!/usr/bin/env bash
# The client-side search libraries a static site could ship, each with its whole index, on the
# N-page benchmark corpus: index size (raw and gzip), time to load it, query times (node, median of 7).
# Usage: bench/search-libraries.sh N    (fetches the pinned packages with `npm pack` into the work folder)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
N=${1:?usage: bench/search-libraries.sh N}
WORK=${BENCH_WORK:-$HERE/../../target/bench}
CORPUS=$WORK/corpus-$N
LIBS=$WORK/search-libraries
[ -f "$CORPUS/pages/brief-00001.md" ] || python3 "$HERE/make-corpus.py" "$N" "$CORPUS"
mkdir -p "$LIBS"
[ -f "$LIBS/sections-$N.json" ] || python3 "$HERE/search-libraries/sections.py" "$CORPUS/pages" "$LIBS/sections-$N.json"
for pkg in minisearch@7.2.0 lunr@2.3.9 flexsearch@0.8.212; do
  name=${pkg%@*}
  if [ ! -d "$LIBS/$name" ]; then
    (cd "$LIBS" && tarball=$(npm pack --silent "$pkg") && mkdir -p "$name" && tar xzf "$tarball" -C "$name" --strip-components=1)
  fi
done
for lib in minisearch lunr flexsearch flexsearch-forward; do
  node --max-old-space-size=8000 "$HERE/search-libraries/measure.js" "$lib" "$LIBS/sections-$N.json" "$LIBS"
done
