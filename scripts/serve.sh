#!/usr/bin/env bash
# Builds the app in release mode (with wasm-opt) and serves it on 127.0.0.1.
# Usage: scripts/serve.sh [PORT]   (default 8080; or set PORT)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
port="${1:-${PORT:-8080}}"
echo "[serve] building release and serving at http://127.0.0.1:$port/"
exec trunk serve --release --offline --address 127.0.0.1 --port "$port"
