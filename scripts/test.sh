#!/usr/bin/env bash
# Runs every test layer in order, failing fast:
#   1 cargo fmt --check   2 clippy (host, wasm32)   3 host cargo test
#   4 wasm-bindgen-test in headless Chromium   5 release build + end-to-end tests with axe-core
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "1/5 cargo fmt --check"
cargo fmt --all -- --check

step "2/5 clippy -D warnings (host and wasm32)"
cargo clippy --workspace --all-targets -- -D warnings
# The core's dev-dependencies (proptest) are host-only, so on wasm32 the core is linted as a
# library and the app with all its targets (including the wasm-bindgen tests).
cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p readiness-app --all-targets --target wasm32-unknown-unknown -- -D warnings

step "3/5 host unit and property tests"
cargo test --workspace --exclude readiness-app

step "4/5 wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p readiness-app --target wasm32-unknown-unknown

step "5/5 release build and end-to-end tests in Chromium"
trunk build --release --offline
# The end-to-end tests compare the page with the core via its examples; build them up front.
cargo build -q -p assessment --examples
npx playwright test
echo
echo "All five test layers passed."
