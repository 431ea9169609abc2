#!/usr/bin/env bash
# The benchmark: this generator against Hugo on the same N pages. Usage: src/bench/run.sh N [RUNS]
#
# Rows, each the median of RUNS counted runs (default 5) after one warm-up round:
#   cold       target/briefing build --no-cache, into a clean output folder
#   one-edit   one sentence of one page changed since the last build, with the build cache, into the
#              output folder of this row's last build (as a user rebuilds site/)
#   warm       nothing changed since the last build, with the build cache, into this row's folder too
#   Hugo       hugo, a full build into a clean output folder (Hugo keeps no cache between builds)
# The generator runs once per JDK in $BENCH_JDKS, through the launcher, with the archive it maps
# for that JDK (the AOT cache on 25+, the CDS archive before), trained on the real briefing as
# `mvn package` does. Rounds go turn and turn about (every row once, then again), so all rows
# see the same machine load. Each process is timed whole by GNU time (`/usr/bin/time`): wall
# seconds, peak RSS, user and system cpu. After the last round the outputs of the three
# generator rows, and of each JDK, are compared with `diff -r`: a cached build must be
# byte-identical to a clean one.
#
# Environment:
#   BENCH_JDKS          JDK homes, space-separated (default: $JAVA_HOME, else the JDK of java on the PATH)
#   BENCH_WORK          work folder (default: target/bench); the corpus is target/bench/corpus-N
#   BRIEFING_JAVA_OPTS  passed on to the launcher
# Writes the table to $BENCH_WORK/results-N.md and prints it with the runs one by one.
# Needs python3, GNU time and hugo. Builds the jar with `mvn -q package -DskipTests` if it is missing.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
N=${1:?usage: src/bench/run.sh N [RUNS]}
RUNS=${2:-5}
WORK=${BENCH_WORK:-$PROJECT/target/bench}
CORPUS=$WORK/corpus-$N
OUT=$WORK/out-$N
LOG=$WORK/runs-$N.log          # one line per timed run: row jdk wall_s peak_KiB user_s sys_s exit
LAUNCHER=$PROJECT/target/briefing
JAR=$PROJECT/target/briefing.jar
command -v hugo >/dev/null || { echo "hugo is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is not installed" >&2; exit 2; }
[ "$N" -ge 2 ] || { echo "N must be at least 2 (page 2 is the one edited)" >&2; exit 2; }

# The JDK a java binary belongs to: its real path, two folders up.
jdk_of() {
  local p=$1 hops=0
  while [ -h "$p" ] && [ $hops -lt 32 ]; do
    local l; l=$(readlink "$p"); case $l in /*) p=$l ;; *) p=${p%/*}/$l ;; esac; hops=$((hops + 1))
  done
  (cd "${p%/*}/.." && pwd -P)
}
feature_of() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1; }
version_of() { sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/release" 2>/dev/null | head -1; }
JDKS=${BENCH_JDKS:-${JAVA_HOME:-$(jdk_of "$(command -v java)")}}
for jdk in $JDKS; do
  [ -x "$jdk/bin/java" ] && [ -n "$(feature_of "$jdk")" ] || { echo "not a JDK (no bin/java or release file): $jdk" >&2; exit 2; }
done

mkdir -p "$WORK" "$OUT"
if [ ! -f "$JAR" ] || [ ! -x "$LAUNCHER" ]; then
  (cd "$PROJECT" && mvn -q -B package -DskipTests -Dsite.skip)
fi
CACHE=no
if "$LAUNCHER" build --help 2>&1 | grep -q -- '--no-cache'; then CACHE=yes; fi
NO_PDF=()   # Hugo writes no PDF edition, so neither does this side
if "$LAUNCHER" build --help 2>&1 | grep -q -- '--no-pdf'; then NO_PDF=(--no-pdf); fi

# The corpus, written afresh (untimed) so its templates match the project's. Page 2 is the edited one;
# its original is put back on exit.
python3 "$HERE/make-corpus.py" "$N" "$CORPUS" >/dev/null
ROOT=$CORPUS/briefing-root
PAGE=$ROOT/content/briefs/brief-00002.md
cp "$PAGE" "$WORK/page-$N.orig"
trap 'cp "$WORK/page-$N.orig" "$PAGE"' EXIT
edit() {   # edit K: the original page with " Edit K." after its first paragraph's first line
  python3 - "$WORK/page-$N.orig" "$PAGE" "$1" <<'PY'
import sys
src, dst, k = sys.argv[1], sys.argv[2], sys.argv[3]
head, body = open(src, encoding="utf-8").read().split("\n---\n", 1)
lines = body.split("\n")
i = next(i for i, l in enumerate(lines) if l[:1].isalpha())
lines[i] += " Edit %s." % k
open(dst, "w", encoding="utf-8", newline="\n").write(head + "\n---\n" + "\n".join(lines))
PY
}

# The archive each JDK maps, trained as `mvn package` trains it (a build of the real briefing) when
# it is missing or older than the jar.
archive_of() {   # archive_of JDK: the file the launcher maps for this JDK, or "none"
  local f; f=$(feature_of "$1")
  if [ "$f" -ge 25 ] && [ "${JAR%.jar}.aot" -nt "$JAR" ]; then echo "${JAR%.jar}.aot"
  elif [ "${JAR%.jar}.jsa" -nt "$JAR" ] && [ -f "$1/lib/server/classes.jsa" ]; then echo "${JAR%.jar}.jsa"
  else echo none; fi
}
for jdk in $JDKS; do
  f=$(feature_of "$jdk")
  if { [ "$f" -ge 25 ] && [ ! "${JAR%.jar}.aot" -nt "$JAR" ]; } || { [ "$f" -lt 25 ] && [ ! "${JAR%.jar}.jsa" -nt "$JAR" ]; }; then
    train=(build --root "$PROJECT" --out "$WORK/train-site")
    if [ $CACHE = yes ]; then train+=(--no-cache); fi
    BRIEFING_TRAIN=1 JAVA_HOME=$jdk "$LAUNCHER" "${train[@]}" >/dev/null 2>&1 || echo "training on JDK $f failed" >&2
  fi
done

STAGE=prepare "$HERE/run-hugo.sh" "$CORPUS" "$OUT/hugo" >/dev/null
rm -rf "$OUT"/* "$WORK"/cache-"$N"-*
: > "$LOG"

aside() {   # move an old output out of the way in O(1); it is deleted after the timed run
  if [ -e "$1" ]; then mv "$1" "$(mktemp -u "$1.prev.XXXXXX")"; fi
}
timed() {   # timed COUNTED ROW JDK COMMAND...: one run, logged when counted
  local counted=$1 row=$2 jdk=$3; shift 3
  if [ "$counted" = yes ]; then
    /usr/bin/time -f "$row $jdk %e %M %U %S %x" -o "$LOG" -a "$@" >/dev/null 2>"$WORK/last.err" || true
  else
    "$@" >/dev/null 2>"$WORK/last.err" || { echo "warm-up of $row on $jdk failed:" >&2; cat "$WORK/last.err" >&2; }
  fi
  rm -rf "$OUT"/*.prev.*
}
briefing() {   # briefing COUNTED ROW JDK_HOME
  local counted=$1 row=$2 jdk=$3 f out args
  f=$(feature_of "$jdk"); out=$OUT/briefing-$f-$row
  args=(build "${NO_PDF[@]}" --root "$ROOT" --out "$out")
  case $row in
    cold) if [ $CACHE = yes ]; then args+=(--no-cache); fi
          aside "$out" ;;   # a clean output folder
    *) args+=(--cache "$WORK/cache-$N-$f") ;;   # the folder this row built last round, as a user rebuilds site/
  esac
  timed "$counted" "$row" "$f" env JAVA_HOME="$jdk" "$LAUNCHER" "${args[@]}"
}
round() {   # round COUNTED K: page 2 gets edit K, then every row once
  edit "$2"
  for jdk in $JDKS; do
    briefing "$1" cold "$jdk"
    if [ $CACHE = yes ]; then
      briefing "$1" one-edit "$jdk"   # the cache last saw edit K-1: one page changed
      briefing "$1" warm "$jdk"       # nothing changed since the build before
    fi
  done
  aside "$OUT/hugo"
  timed "$1" hugo - env STAGE=build "$HERE/run-hugo.sh" "$CORPUS" "$OUT/hugo"
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
round no 0
for ((k = 1; k <= RUNS; k++)); do round yes "$k"; done

# Same bytes: every generator output of the last round (all built from edit RUNS) against the first
# JDK's cold build.
SAME=""
first=$OUT/briefing-$(feature_of "${JDKS%% *}")-cold
for d in "$OUT"/briefing-*; do
  [ "$d" = "$first" ] && continue
  if diff -r "$first" "$d" >/dev/null; then SAME+="${d##*/briefing-} identical to ${first##*/briefing-}; "
  else SAME+="${d##*/briefing-} DIFFERS from ${first##*/briefing-}; "; fi
done

JDKLIST=""
for jdk in $JDKS; do JDKLIST+="$(version_of "$jdk") ($(basename "$(archive_of "$jdk")")), "; done
HEADER="N=$N, $RUNS counted runs per row after 1 warm-up round, $(date -u +%FT%TZ), $(nproc) cores, load before: $LOAD; JDKs (archive): ${JDKLIST%, }; $(hugo version | cut -d' ' -f1-2); build cache: $CACHE"
python3 - "$LOG" "$N" "$ROOT" "$OUT" "$HEADER" "$SAME" "$WORK/results-$N.md" <<'PY'
import os, re, statistics, sys
log, n, root, out, header, same, md = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7]
rows = {}
for line in open(log):
    f = line.split()
    if len(f) == 7:
        rows.setdefault((f[0], f[1]), []).append(f[2:])
for (row, jdk), runs in rows.items():
    for i, x in enumerate(runs):
        print("%s %s run %d: wall %s s, cpu %.2f s, peak %.0f MiB, exit %s" % (
            row, "JDK " + jdk if jdk != "-" else "", i + 1, x[0], float(x[2]) + float(x[3]), int(x[1]) / 1024, x[4]))
hugo = rows.get(("hugo", "-"), [])
hugo_wall = statistics.median(float(x[0]) for x in hugo) if hugo else None
order = {"cold": 0, "one-edit": 1, "warm": 2}
table = [header, "",
         "| N | build | JDK | median wall s | min-max wall s | median cpu s | peak RSS MiB (max) | wall / Hugo's | runs (exit 0) |",
         "|---:|---|---|---:|---:|---:|---:|---:|---:|"]
keys = sorted((k for k in rows if k[0] != "hugo"), key=lambda k: (int(k[1]), order.get(k[0], 9))) + [("hugo", "-")]
for row, jdk in keys:
    r = rows.get((row, jdk), [])
    if not r:
        continue
    wall = [float(x[0]) for x in r]; cpu = [float(x[2]) + float(x[3]) for x in r]
    rss = max(int(x[1]) for x in r) / 1024; ok = sum(x[4] == "0" for x in r)
    med = statistics.median(wall)
    ratio = "%.2fx" % (med / hugo_wall) if hugo_wall and row != "hugo" else ""
    table.append("| %s | %s | %s | %.2f | %.2f-%.2f | %.2f | %.0f | %s | %d (%d) |" % (
        "{:,}".format(n), "Hugo, full" if row == "hugo" else "briefing, " + row, jdk if jdk != "-" else "",
        med, min(wall), max(wall), statistics.median(cpu), rss, ratio, len(r), ok))
table.append("")
table.append("Output: " + (same or "one output only") )

# What was built: pages and note markers in the first cold output, against the marks in the sources.
def count(site, pattern):
    pages = refs = 0
    d = os.path.join(site, "briefs")
    for name in os.listdir(d) if os.path.isdir(d) else []:
        f = os.path.join(d, name, "index.html")
        if os.path.isfile(f):
            pages += 1
            refs += len(re.findall(pattern, open(f, encoding="utf-8").read()))
    return pages, refs
fn = cites = 0
src = os.path.join(root, "content", "briefs")
for name in os.listdir(src):
    t = open(os.path.join(src, name), encoding="utf-8").read()
    fn += len(re.findall(r"\[\^\d+\](?!:)", t)); cites += len(re.findall(r"\[@", t))
colds = sorted(d for d in os.listdir(out) if d.startswith("briefing-") and d.endswith("-cold"))
if colds:
    p, r = count(os.path.join(out, colds[0]), r'role="doc-noteref"')
    table.append("Built: briefing %d/%d pages, %d/%d note markers (footnote calls %d + citations %d)" % (p, n, r, fn + cites, fn, cites))
p, r = count(os.path.join(out, "hugo"), r'<sup[^>]*id="fnref')
table.append("Built: Hugo %d/%d pages, %d/%d footnote references" % (p, n, r, fn))
text = "\n".join(table) + "\n"
open(md, "w", encoding="utf-8").write(text)
print(); print(text, end="")
PY
