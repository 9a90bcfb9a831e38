#!/usr/bin/env bash
# Time expressions: Storyline beside HeidelTime (and, with --sutime, Stanford SUTime) on the
# hand-annotated gold texts of eval/timex, each given the gold publication date: recognition and
# value scores through `storyline eval timex --predictions`, and speed on the same texts.
#   bench/timex-compare.sh [--sutime] [ROUNDS]        (default ROUNDS: 5)
# HeidelTime 2.1 and CoreNLP 4.5.10 (GPL-3.0) come from Maven Central into bench/timex/target/lib
# for this benchmark only; Storyline neither ships nor depends on them. --sutime also fetches the
# CoreNLP models jar (about 470 MB).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUTIME=0
if [ "${1:-}" = "--sutime" ]; then SUTIME=1; shift; fi
ROUNDS="${1:-5}"
cd "$ROOT"

bin/storyline --version >/dev/null   # builds Storyline when needed
JDK="$(bin/storyline --java-home)"
PROFILE=""
if [ "$SUTIME" = 1 ]; then PROFILE="-Psutime"; fi
JAVA_HOME="$JDK" mvn -q -B -f bench/timex/pom.xml $PROFILE package >&2
CP="bench/timex/target/lib/*:storyline-core/target/classes"
SRC="bench/timex/TimexCompare.java"
if [ "$SUTIME" = 1 ]; then SRC="$SRC bench/timex/SuTimeRunner.java"; fi
mkdir -p bench/timex/target/classes
"$JDK/bin/javac" -nowarn -d bench/timex/target/classes -cp "$CP" $SRC
OUT=bench/timex/target/out
rm -rf "$OUT"

echo "## Time expressions beside HeidelTime$([ "$SUTIME" = 1 ] && echo " and SUTime") ($(nproc) cores, $(date -u +%Y-%m-%d))"
echo
"$JDK/bin/java" -Xss8m -cp "bench/timex/target/classes:$CP" TimexCompare eval/timex "$ROOT/../shared/examples" "$OUT" "$ROUNDS" 2>/dev/null
for tool in storyline heideltime heideltime-normalised sutime sutime-normalised; do
  [ -f "$OUT/$tool.tsv" ] || continue
  echo
  echo "### $tool (gold publication dates given; undated texts get none)"
  case "$tool" in *-normalised) echo; echo "TIMEX3 values rewritten in Storyline's conventions first (2017-Q3 as 2017-07/2017-09, 199 as 1990/1999, 2020-SU as 2020-06/2020-08, P1DE as P10Y)";; esac
  echo
  bin/storyline eval timex --predictions "$OUT/$tool.tsv"
done
