#!/usr/bin/env bash
# Extraction throughput of Storyline, Mozilla Readability (jsdom) and boilerpipe over the same
# pages, in one run on one machine, with the ratios. Prints Markdown for docs/benchmarks.md.
#   bench/compare.sh [DIR] [ROUNDS]     (default DIR: ../shared/data/extraction-dev, ROUNDS: 3)
# Needs Node.js + npm (Readability and jsdom are installed into bench/readability/node_modules
# from the npm registry on first use) and a JDK >= 21 (found like bin/storyline does).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$ROOT/../shared/data/extraction-dev}"
ROUNDS="${2:-3}"
cd "$ROOT"

bin/storyline --version >/dev/null   # builds the CLI when needed
JAVA="$(bin/storyline --java-home)/bin/java"
if [ ! -f storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar ] || [ ! -d storyline-bench/target/lib ]; then
  JAVA_HOME="$(dirname "$(dirname "$JAVA")")" mvn -q -B -DskipTests -pl storyline-bench -am package >&2
fi
if [ ! -d bench/readability/node_modules/jsdom ]; then
  (cd bench/readability && npm install --no-audit --no-fund --silent >&2)
fi

echo "Pages: $DIR; $ROUNDS timed rounds after one warm-up round; $(nproc) cores; $(date -u +%Y-%m-%d)." 
echo
echo "### Storyline"
echo
ours=$(bin/storyline bench extraction "$DIR" --rounds "$ROUNDS" --thread-counts 1,2)
echo "$ours"
echo
ours1=$(echo "$ours" | awk -F'|' '$2+0==1 {gsub(/ /,"",$5); print $5}')
echo "### Others (one thread each)"
echo
bp=$("$JAVA" -Xss8m -cp "storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar:storyline-bench/target/lib/*" \
  io.storyline.bench.BoilerpipeBench "$DIR" "$ROUNDS")
rd=$(node --max-old-space-size=8192 bench/readability/run.mjs "$DIR" --rounds="$ROUNDS")
echo '```'
echo "$bp"
echo "$rd"
echo '```'
echo
python3 - "$ours1" "$bp" "$rd" <<'PY'
import json, sys
ours = float(sys.argv[1]); bp = json.loads(sys.argv[2]); rd = json.loads(sys.argv[3])
print("| tool (1 thread) | pages/s | Storyline is faster by |")
print("|---|---|---|")
print(f"| Storyline | {ours:.1f} | 1.0x |")
for t in (rd, bp):
    print(f"| {t['tool']} | {t['pagesPerSecond']:.1f} | {ours / t['pagesPerSecond']:.1f}x |")
PY
