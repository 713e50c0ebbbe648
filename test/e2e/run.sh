#!/usr/bin/env bash
# `npm run test:e2e`: Shipshape in real VS Code (code-server + Debian Chromium).
#  1. UI: the packaged .vsix installed into code-server; each example's squiggle,
#     Problems row and Ctrl+. quick fix, checked in the editor and on disk (ui.mjs).
#  2. In-host: test/vscode/suite run inside code-server's extension host (inhost.mjs).
# Screenshots and logs: test/e2e/output/. Prints "N passed, M failed" last.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/test/e2e/output
source "$ROOT/test/e2e/setup.sh"
rm -rf "$OUT" && mkdir -p "$OUT"
RUN=$(mktemp -d "${TMPDIR:-/tmp}/shipshape-e2e-XXXX")
# Every code-server process (and its extension hosts) has $RUN in its arguments.
cleanup() { pkill -f -- "$RUN/" 2>/dev/null || true; sleep 1; pkill -9 -f -- "$RUN/" 2>/dev/null || true; rm -rf "$RUN"; }
trap cleanup EXIT

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# start_code_server <name> <extensions-dir> [extra args…]: starts it on a free port, sets URL
start_code_server() {
  local name=$1 exts=$2; shift 2
  local port; port=$(free_port)
  write_settings "$RUN/$name-user"
  code_server --bind-addr "127.0.0.1:$port" --auth none --user-data-dir "$RUN/$name-user" --extensions-dir "$exts" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --ignore-last-opened --reconnection-grace-time 30 "$@" > "$OUT/code-server-$name.log" 2>&1 &
  URL=http://127.0.0.1:$port
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$URL/healthz" && return; sleep 0.5; done
  echo "e2e: code-server ($name) did not start; see test/e2e/output/code-server-$name.log" >&2
}

passed=0; failed=0
count() { # count <log>: adds the log's "N passed, M failed" line to the totals
  local line; line=$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 || true)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  passed=$((passed + $(echo "$line" | cut -d' ' -f1))); failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
}

# 1. UI, with the packaged extension
(cd "$ROOT" && npm run --silent package >/dev/null)
VSIX=$(ls -t "$ROOT"/shipshape-*.vsix | head -1)
mkdir -p "$RUN/exts" && code_server --extensions-dir "$RUN/exts" --user-data-dir "$RUN/install-user" --install-extension "$VSIX" >/dev/null
cp -r "$ROOT/examples" "$RUN/ui-ws"
start_code_server ui "$RUN/exts"
echo "e2e: $(basename "$VSIX") installed; code-server at $URL"
node "$ROOT/test/e2e/ui.mjs" "$URL" "$RUN/ui-ws" "$OUT" 2>&1 | tee "$OUT/ui.log" || true
count "$OUT/ui.log"

# 2. The in-editor suite inside the extension host (development extension = this repo)
mkdir -p "$RUN/no-exts"
cp -r "$ROOT/examples" "$RUN/inhost-ws"
start_code_server inhost "$RUN/no-exts" --vscode-option enable-smoke-test-driver
node "$ROOT/test/e2e/inhost.mjs" "$URL" "$RUN/inhost-ws" "$ROOT" "$ROOT/test/vscode/suite/index.js" 2>&1 | tee "$OUT/inhost.log" || true
count "$OUT/inhost.log"

echo "e2e: screenshots in test/e2e/output/"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
