#!/usr/bin/env bash
# Load test of `storyline serve` (docs/benchmarks.md, "Web: search under load"): serves DB on
# loopback, warms up for 15 s, then runs wrk with 50 connections for 60 s over the request paths
# in QUERIES (one per line; bench/web/MakeCorpus.java writes them). Needs wrk (apt-get install wrk).
# Usage: bench/web/load.sh DB QUERIES [DURATION] [CONNECTIONS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DB="$1"; QUERIES="$2"; DURATION="${3:-60s}"; CONNECTIONS="${4:-50}"
PORT="${PORT:-18090}"
command -v wrk >/dev/null 2>&1 || { echo "load.sh: wrk is missing (apt-get install wrk)" >&2; exit 3; }
LOG="$(mktemp)"
"$ROOT/bin/storyline" serve --db "$DB" --port "$PORT" >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do grep -q "serving" "$LOG" && break; sleep 1; done
grep -q "serving" "$LOG" || { cat "$LOG" >&2; exit 3; }
URL="http://127.0.0.1:$PORT"
echo "store: $DB ($(curl -s "$URL/api/overview"))"
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n1 || true)"
wrk -t2 -c"$CONNECTIONS" -d15s -s "$ROOT/bench/web/search.lua" "$URL" -- "$QUERIES" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/bench/web/search.lua" "$URL" -- "$QUERIES"
