#!/usr/bin/env bash
# `npm start`: Shipshape live in VS Code on examples/.
#  - Desktop VS Code (`code` on PATH): opens examples/ with this repo as the development
#    extension (the usual F5 setup, without a launch.json).
#  - Otherwise (or with SHIPSHAPE_BROWSER=1): code-server (VS Code in the browser),
#    installed once by test/e2e/setup.sh, serves examples/ on http://127.0.0.1:$PORT
#    (default 8080) with no password, and stays in the foreground until Ctrl+C.
#    The extension is this repo folder, linked into a dedicated extensions dir, so after
#    `npm run build` a window reload (Developer: Reload Window) picks up the change.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
npm run --silent build

if command -v code >/dev/null 2>&1 && [ -z "${SHIPSHAPE_BROWSER:-}" ]; then
  echo "Shipshape: opening examples/ in VS Code with $ROOT as the development extension"
  exec code --extensionDevelopmentPath="$ROOT" "$ROOT/examples"
fi

source "$ROOT/test/e2e/setup.sh"
STATE=$SHIPSHAPE_E2E_HOME/start
mkdir -p "$STATE/exts"
ln -sfn "$ROOT" "$STATE/exts/shipshape.shipshape-dev"
write_settings "$STATE/user"
PORT=${PORT:-8080}
# Absolute folder path in the URL; spaces and other specials percent-encoded.
FOLDER_Q=$(node -e 'process.stdout.write(encodeURIComponent(process.argv[1]).replace(/%2F/g, "/"))' "$ROOT/examples")
echo "Shipshape in VS Code (code-server): http://127.0.0.1:$PORT/?folder=$FOLDER_Q"
echo "(listening on 127.0.0.1 only, no password; Ctrl+C to stop)"
exec env EXTENSIONS_GALLERY='{"serviceUrl":""}' PATH="$NODE24_BIN:$PATH" "$CODE_SERVER" \
  --bind-addr "127.0.0.1:$PORT" --auth none --user-data-dir "$STATE/user" --extensions-dir "$STATE/exts" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --ignore-last-opened --reconnection-grace-time 30 "$ROOT/examples"
