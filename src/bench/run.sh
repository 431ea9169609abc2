#!/usr/bin/env bash
# One command for the whole benchmark: this generator against Hugo on the same N pages.
# Usage: src/bench/run.sh N [RUNS]        (RUNS counted clean builds per tool, default 3)
#
# Makes the corpus (target/bench/corpus-N, unless it exists) and the jar with its class-data-sharing
# archive (unless they exist), lays out the Hugo site, then for each tool runs 1 warm-up + RUNS clean
# builds under GNU time
# (`/usr/bin/time -f '%e %M %U %S'`: whole-process wall seconds, peak RSS, cpu). Runs alternate
# between the tools (warm-ups first), so both see the same machine load. Outputs go to
# target/bench/out/, outside the corpus. Set BENCH_WORK to use another folder.
# This generator runs as users run it, through target/briefing (C1 only, SerialGC, the archive);
# LAUNCH=jar times plain `java -jar target/briefing.jar build` instead. JAVA_OPTS adds JVM options
# (see run-briefing.sh).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
N=${1:?usage: src/bench/run.sh N [RUNS]}
RUNS=${2:-3}
WORK=${BENCH_WORK:-$PROJECT/target/bench}
CORPUS=$WORK/corpus-$N
OUT=$WORK/out
JAR=$PROJECT/target/briefing.jar
export LAUNCH=${LAUNCH:-launcher}
case $LAUNCH in launcher|jar) ;; *) echo "LAUNCH must be launcher or jar, not '$LAUNCH'" >&2; exit 2 ;; esac
LOG=$WORK/results-$N-$LAUNCH${JAVA_OPTS:+-opts}.txt   # per-run lines: tool wall_s peak_KiB user_s sys_s exit
command -v hugo >/dev/null || { echo "hugo is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is not installed" >&2; exit 2; }

if [ ! -f "$CORPUS/briefing-root/content/index.md" ]; then
  python3 "$HERE/make-corpus.py" "$N" "$CORPUS"
fi
if [ ! -f "$JAR" ] || { [ "$LAUNCH" = launcher ] && [ ! "${JAR%.jar}.jsa" -nt "$JAR" ]; }; then
  # without -Dsite.skip: the site build is what writes the archive (target/briefing.jsa)
  (cd "$PROJECT" && mvn -q -B package -DskipTests)
fi
if [ "$LAUNCH" = launcher ]; then
  HOW="target/briefing ($( [ "${JAR%.jar}.jsa" -nt "$JAR" ] && echo "with" || echo "WITHOUT") its CDS archive)"
else
  HOW="java -jar"
fi
STAGE=prepare "$HERE/run-hugo.sh" "$CORPUS" "$OUT/hugo-$N"
mkdir -p "$OUT"
rm -rf "$OUT/briefing-$N" "$OUT/hugo-$N" "$OUT"/*.prev.*
: > "$LOG"

one() {   # one [counted] TOOL: a clean build, timed when counted
  local counted=$1 tool=$2 out="$OUT/$2-$N"
  if [ "$counted" = yes ]; then
    /usr/bin/time -f "$tool %e %M %U %S %x" -o "$LOG" -a env STAGE=build "$HERE/run-$tool.sh" "$CORPUS" "$out" >/dev/null 2>&1 || true
  else
    STAGE=build "$HERE/run-$tool.sh" "$CORPUS" "$out" >/dev/null 2>&1 || echo "warm-up of $tool failed" >&2
  fi
  rm -rf "$out".prev.*
}
one no briefing; one no hugo
for ((i = 0; i < RUNS; i++)); do one yes briefing; one yes hugo; done

echo "# N=$N, 1 warm-up + $RUNS counted clean builds per tool, $(date -u +%FT%TZ), $(nproc) cores, briefing run as $HOW${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"
python3 - "$LOG" "$N" "$CORPUS" "$OUT/briefing-$N" "$OUT/hugo-$N" <<'PY'
import os, re, statistics, sys
log, n, corpus, ours, hugo = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = {}
for line in open(log):
    f = line.split()
    if len(f) == 6 and f[0] in ("briefing", "hugo"):
        rows.setdefault(f[0], []).append(f[1:])
for tool in ("briefing", "hugo"):
    for i, x in enumerate(rows.get(tool, [])):
        print("%s run %d: wall %s s, cpu %.2f s, peak %.0f MiB, exit %s" % (
            tool, i + 1, x[0], float(x[2]) + float(x[3]), int(x[1]) / 1024, x[4]))
med = {}
print("| tool | median wall s | min-max wall s | median cpu s | peak RSS MiB (median) | pages/s | runs (exit 0) |")
print("|---|---:|---:|---:|---:|---:|---:|")
for tool in ("briefing", "hugo"):
    r = rows.get(tool, [])
    if not r:
        print("| %s | no runs | | | | | |" % tool); continue
    wall = [float(x[0]) for x in r]; rss = [int(x[1]) / 1024 for x in r]
    cpu = [float(x[2]) + float(x[3]) for x in r]; ok = sum(x[4] == "0" for x in r)
    med[tool] = statistics.median(wall)
    print("| %s | %.2f | %.2f-%.2f | %.2f | %.0f | %.0f | %d (%d) |" % (
        tool, med[tool], min(wall), max(wall), statistics.median(cpu), statistics.median(rss),
        n / med[tool], len(r), ok))
if len(med) == 2:
    print("ratio briefing/hugo (median wall): %.2f" % (med["briefing"] / med["hugo"]))

# What was built: pages, and note markers against the marks in the sources.
def count(root, pattern):
    pages = refs = 0
    d = os.path.join(root, "briefs")
    for name in os.listdir(d) if os.path.isdir(d) else []:
        f = os.path.join(d, name, "index.html")
        if os.path.isfile(f):
            pages += 1
            refs += len(re.findall(pattern, open(f, encoding="utf-8").read()))
    return pages, refs
fn = cites = 0
src = os.path.join(corpus, "briefing-root", "content", "briefs")
for name in os.listdir(src):
    t = open(os.path.join(src, name), encoding="utf-8").read()
    fn += len(re.findall(r"\[\^\d+\](?!:)", t)); cites += len(re.findall(r"\[@", t))
p, r = count(ours, r'role="doc-noteref"')
print("check briefing: pages=%d/%d note markers=%d/%d (footnote calls %d + citations %d)" % (p, n, r, fn + cites, fn, cites))
p, r = count(hugo, r'<sup[^>]*id="fnref')
print("check hugo: pages=%d/%d footnote refs=%d/%d" % (p, n, r, fn))
PY
