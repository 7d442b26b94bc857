#!/usr/bin/env bash
# Installs whatever is missing to build, serve, test and benchmark the app. Idempotent: when
# everything is present it only checks and returns in a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=versions.env
source scripts/versions.env

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[setup] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

command -v cargo >/dev/null || fail "cargo not found: install Rust with rustup (https://rustup.rs) first."

lock_wb=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
[ "$lock_wb" = "$WASM_BINDGEN_VERSION" ] || fail "Cargo.lock has wasm-bindgen $lock_wb but scripts/versions.env pins $WASM_BINDGEN_VERSION; make them equal."

if ! rustup target list --installed 2>/dev/null | grep -qx "$RUST_TARGET"; then
  say "adding Rust target $RUST_TARGET"
  rustup target add "$RUST_TARGET" || fail "rustup target add $RUST_TARGET (is rustup on PATH and the network reachable?)"
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION" || fail "cargo install trunk@$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # --locked fails here on a missing crate version, so it is deliberately left out.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" || fail "cargo install wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  say "installing Debian chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q || fail "apt-get update"
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver; then
    say "apt-get failed half-way; repairing with --fix-broken and retrying"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get --fix-broken install -y -q || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver || fail "apt-get install chromium chromium-driver"
  fi
fi

command -v npm >/dev/null || fail "npm not found: install Node.js 20 (Debian: apt-get install nodejs npm)."
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] || [ ! -d node_modules/@axe-core/playwright ] \
   || [ ! -d node_modules/lighthouse ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json (binaryen, Playwright test runner, axe-core, Lighthouse)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund || fail "npm ci (is the npm registry reachable?)"
fi
wasm-opt --version | grep -q "version $BINARYEN_VERSION" || fail "node_modules/.bin/wasm-opt is not binaryen $BINARYEN_VERSION"
say "toolchain ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1), $(/usr/bin/chromium --version 2>/dev/null)"
