#!/usr/bin/env bash
# Annotation speed: Storyline's whole annotation (tokens and sentences, names, resolution, time
# expressions, quotes: whatever stages `storyline bench annotation` lists) beside Stanford
# CoreNLP's default NER annotator on the same article texts, in one run on one machine.
#   bench/annotation-compare.sh [DIR] [N]   (default DIR: ../shared/data/extraction-dev; N: 100
#                                            texts, CoreNLP's default NER runs ~800 tokens/s)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$ROOT/../shared/data/extraction-dev}"
N="${2:-100}"
cd "$ROOT"
bin/storyline --version >/dev/null
JDK="$(bin/storyline --java-home)"
JAVA_HOME="$JDK" mvn -q -B -f bench/corenlp/pom.xml package >&2
TMP="$(mktemp -d)"
bin/storyline bench annotation "$DIR" --limit "$N" --write-texts "$TMP/texts.jsonl" >&2
echo "## Annotation beside CoreNLP 4.5.10 ($(nproc) cores, $(date -u +%Y-%m-%d), first $N article texts of $(basename "$DIR"))"
echo
echo '### Storyline'
echo
bin/storyline bench annotation "$DIR" --limit "$N" --rounds 3
echo
echo '### CoreNLP (tokenize, ssplit, pos, lemma, ner), one thread'
echo
CP="bench/corenlp/target/corenlp-ner-bench-1.jar:bench/corenlp/target/lib/*"
for mode in default 3class; do
  "$JDK/bin/java" -Xmx6g -cp "$CP" io.storyline.bench.corenlp.CoreNlpNer "$TMP/texts.jsonl" "$TMP/$mode.tsv" "$mode" 2>&1 >/dev/null \
    | grep tokens/s | sed 's/^/    /'
done
rm -rf "$TMP"
