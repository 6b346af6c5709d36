#!/usr/bin/env bash
# Issue 12's start-up figures, on this machine: a fresh clone of the committed HEAD, `npm ci`, `npm start` up to
# the first answered query (the first start builds dist/), then a restart (dist/ fresh: no build) up to the same.
# Targets: clone → first served query < 60 s; restart < 5 s. Usage: scripts/startup-timings.sh [port]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-4790}
work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill -TERM -- "-$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Starts `npm start` in its own process group and waits for a query to be answered.
serve() {
  PORT=$port setsid npm start >"$work/start.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
      -d '{"query":"{ target(target: \"seranking.com\") { backlinkSummary { backlinks } } }"}' | grep -q backlinks; then
      return 0
    fi
    sleep 0.1
  done
  cat "$work/start.log" >&2
  return 1
}

stop() {
  kill -TERM -- "-$pid"
  wait "$pid" || true
  pid=""
}

git clone -q "$repo" "$work/seograph"
cd "$work/seograph"
t0=$(now)
npm ci --no-audit --no-fund >/dev/null 2>&1
ci=$(since "$t0")
t1=$(now)
serve
first=$(since "$t1")
total=$(since "$t0")
node_line=$(grep -o 'listening on [^"]*' "$work/start.log" | head -1)
stop
t2=$(now)
serve
restart=$(since "$t2")
stop

echo "npm ci:                                 ${ci} s"
echo "first npm start (builds) → first query: ${first} s"
echo "fresh clone → first served query:       ${total} s (target < 60 s)"
echo "restart → first served query:           ${restart} s (target < 5 s)"
echo "startup log: ${node_line}"
