#!/usr/bin/env bash
# `npm run test:e2e`: Shipshape in real VS Code (code-server + Debian Chromium).
#  1. UI: the packaged .vsix installed into a fresh extensions dir of code-server; for
#     each example: squiggle, Problems row, Ctrl+. quick fix, text in the editor and on
#     disk, diagnostic gone (ui.mjs).
#     The same again with the extension forced into the browser's Web Worker extension
#     host (the `browser` build: client and server both in the browser), and no Node
#     language server running meanwhile.
#  2. In-host: test/vscode/suite (the mocha suite that `npm run test:vscode` runs in
#     desktop VS Code) inside code-server's extension host, with this repo as the
#     development extension (inhost.mjs).
# Screenshots and logs: test/e2e/output/. Prints "N passed, M failed" last; exit 1 on failure.
# Expects a build (`npm run build`) for part 2; part 1 makes its own production build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/test/e2e/output
T_START=$SECONDS
source "$ROOT/test/e2e/setup.sh"
rm -rf "$OUT" && mkdir -p "$OUT"
RUN=$(mktemp -d "${TMPDIR:-/tmp}/shipshape-e2e-XXXX")
# Browser profiles, Playwright artifacts and code-server's sockets go here too, so the
# cleanup below removes them even when a step was killed.
mkdir -p "$RUN/tmp" && export TMPDIR=$RUN/tmp

# Each code-server runs in its own session (setsid), so stopping it by its process
# group id also stops its extension hosts and the language server.
SERVER_PGIDS=()
stop_servers() {
  local pg
  for pg in "${SERVER_PGIDS[@]}"; do kill -TERM -- "-$pg" 2>/dev/null || true; done
  for _ in $(seq 1 50); do
    local alive=0
    for pg in "${SERVER_PGIDS[@]}"; do kill -0 -- "-$pg" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.1
  done
  for pg in "${SERVER_PGIDS[@]}"; do kill -KILL -- "-$pg" 2>/dev/null || true; done
  SERVER_PGIDS=()
}
cleanup() { stop_servers; rm -rf "$RUN"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# start_code_server <name> <extensions-dir> [extra args…]: starts it on a free port, sets URL.
start_code_server() {
  local name=$1 exts=$2; shift 2
  local port; port=$(free_port)
  write_settings "$RUN/$name-user" "${SETTINGS_EXTRA:-}"
  setsid env EXTENSIONS_GALLERY='{"serviceUrl":""}' PATH="$NODE24_BIN:$PATH" "$CODE_SERVER" \
    --bind-addr "127.0.0.1:$port" --auth none --user-data-dir "$RUN/$name-user" --extensions-dir "$exts" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --ignore-last-opened --reconnection-grace-time 30 "$@" > "$OUT/code-server-$name.log" 2>&1 < /dev/null &
  # run.sh has no job control, so the background child is no group leader: setsid does not
  # fork, and the child's pid is the new session's (and process group's) id.
  SERVER_PGIDS+=("$!")
  URL=http://127.0.0.1:$port
  for _ in $(seq 1 120); do
    curl -sf -m 2 -o /dev/null "$URL/healthz" && return 0
    sleep 0.5
  done
  echo "e2e: code-server ($name) did not answer on $URL/healthz within 60 s; see test/e2e/output/code-server-$name.log" >&2
  return 1
}

passed=0; failed=0
tally() { # tally <label> <log>: adds the log's last "N passed, M failed" line to the totals
  local line; line=$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$2" 2>/dev/null | tail -1 || true)
  if [ -z "$line" ]; then
    echo "not ok - $1: no result (see test/e2e/output/)"
    failed=$((failed + 1)); return
  fi
  passed=$((passed + ${line%% *})); failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
}

# 1. UI, with the packaged extension installed the way a user would
echo "e2e: packaging the extension"
if (cd "$ROOT" && timeout 300 npm run --silent package) > "$OUT/package.log" 2>&1 &&
   VSIX=$(ls -t "$ROOT"/shipshape-*.vsix | head -1) &&
   timeout 120 env EXTENSIONS_GALLERY='{"serviceUrl":""}' PATH="$NODE24_BIN:$PATH" "$CODE_SERVER" --extensions-dir "$RUN/exts" --user-data-dir "$RUN/install-user" \
     --install-extension "$VSIX" > "$OUT/install.log" 2>&1; then
  echo "e2e: $(basename "$VSIX") installed: $(code_server --extensions-dir "$RUN/exts" --list-extensions --show-versions 2>/dev/null | tr '\n' ' ')"
  cp -r "$ROOT/examples" "$RUN/ui-ws"
  if start_code_server ui "$RUN/exts"; then
    echo "e2e: UI test against $URL (workspace: a copy of examples/)"
    timeout -k 10 300 node "$ROOT/test/e2e/ui.mjs" "$URL" "$RUN/ui-ws" "$OUT" 2>&1 |
      tee "$OUT/ui.log" | grep --line-buffered -E '^(ok|not ok) - ' || true
  fi
  stop_servers
  cp -r "$ROOT/examples" "$RUN/web-ws"
  if SETTINGS_EXTRA='"remote.extensionKind": { "shipshape.shipshape": ["ui"] }' start_code_server web "$RUN/exts"; then
    echo "e2e: UI test, Web Worker extension host, against $URL"
    timeout -k 10 300 node "$ROOT/test/e2e/ui.mjs" "$URL" "$RUN/web-ws" "$OUT/web" 2>&1 |
      tee "$OUT/web.log" | grep --line-buffered -E '^(ok|not ok) - ' | sed -u 's/ - ui / - web ui /' || true
    if pgrep -f "$RUN/exts/.*/dist/server.js" > /dev/null; then
      echo "not ok - web ui: a Node language server ran; the browser build was not the one tested" | tee -a "$OUT/web.log"
      echo "web: 0 passed, 1 failed" >> "$OUT/web.log"
    fi
  fi
  stop_servers
else
  echo "e2e: packaging or installing the .vsix failed:"; tail -20 "$OUT/package.log" "$OUT/install.log" 2>/dev/null || true
fi
tally ui "$OUT/ui.log"
tally "web ui" "$OUT/web.log"

# 2. The in-editor mocha suite inside the extension host (development extension = this repo)
mkdir -p "$RUN/no-exts"
cp -r "$ROOT/examples" "$RUN/inhost-ws"
# code-server's environment reaches the extension host: the runner writes its results there.
if SHIPSHAPE_TEST_RESULT=$RUN/inhost-result.json start_code_server inhost "$RUN/no-exts" --vscode-option enable-smoke-test-driver; then
  echo "e2e: in-host suite against $URL"
  timeout -k 10 300 node "$ROOT/test/e2e/inhost.mjs" "$URL" "$RUN/inhost-ws" "$ROOT" "$ROOT/test/vscode/suite/index.js" \
    "$RUN/inhost-result.json" 2>&1 | tee "$OUT/inhost.log" | grep --line-buffered -E '^(ok|not ok) - ' || true
fi
stop_servers
tally in-host "$OUT/inhost.log"

echo "e2e: logs and screenshots in test/e2e/output/ ($((SECONDS - T_START)) s)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
