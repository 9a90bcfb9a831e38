#!/usr/bin/env bash
# Named entities: Storyline beside Stanford CoreNLP on the first test set of ../shared/data/ner
# (UNER PUD), same texts, same scorer (`storyline eval ner --predictions`), with tokens/s.
#   bench/corenlp/run.sh [NER_DIR]      (default: ../shared/data/ner)
# CoreNLP (GPL) comes from Maven Central into this bench module only, never into the product.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${1:-$ROOT/../shared/data/ner}"
cd "$ROOT"
bin/storyline --version >/dev/null
JDK="$(bin/storyline --java-home)"
JAVA_HOME="$JDK" mvn -q -B -f bench/corenlp/pom.xml package >&2
TMP="$(mktemp -d)"
bin/storyline eval ner "$DIR" --write-texts "$TMP/texts.jsonl" >&2
CP="bench/corenlp/target/corenlp-ner-bench-1.jar:bench/corenlp/target/lib/*"
s3=$("$JDK/bin/java" -Xmx6g -cp "$CP" io.storyline.bench.corenlp.CoreNlpNer "$TMP/texts.jsonl" "$TMP/3class.tsv" 3class)
sd=$("$JDK/bin/java" -Xmx6g -cp "$CP" io.storyline.bench.corenlp.CoreNlpNer "$TMP/texts.jsonl" "$TMP/default.tsv" default)
echo "## Named entities beside CoreNLP 4.5.10 ($(nproc) cores, $(date -u +%Y-%m-%d))"
echo
bin/storyline eval ner "$DIR" --predictions "CoreNLP 3-class=$TMP/3class.tsv:$s3" \
  --predictions "CoreNLP default=$TMP/default.tsv:$sd"
rm -rf "$TMP"
