#!/usr/bin/env bash
# `npm start`: Shipshape live in VS Code on examples/.
# Desktop VS Code (`code` on PATH) gets the repo as a development extension;
# otherwise code-server (browser VS Code) serves examples/ on 127.0.0.1.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
npm run --silent build
if command -v code >/dev/null 2>&1 && [ -z "${SHIPSHAPE_BROWSER:-}" ]; then
  exec code --extensionDevelopmentPath="$ROOT" "$ROOT/examples"
fi

source "$ROOT/test/e2e/setup.sh"
STATE=$SHIPSHAPE_E2E_HOME/start
mkdir -p "$STATE/exts"
# The extension folder is linked, so a rebuild shows up after a window reload.
ln -sfn "$ROOT" "$STATE/exts/shipshape.shipshape-dev"
write_settings "$STATE/user"
PORT=${PORT:-8080}
echo "Shipshape in VS Code: http://127.0.0.1:$PORT/?folder=$ROOT/examples   (Ctrl+C to stop)"
exec env EXTENSIONS_GALLERY='{"serviceUrl":""}' PATH="$NODE24_BIN:$PATH" "$CODE_SERVER" \
  --bind-addr "127.0.0.1:$PORT" --auth none --user-data-dir "$STATE/user" --extensions-dir "$STATE/exts" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --reconnection-grace-time 30 "$ROOT/examples"
