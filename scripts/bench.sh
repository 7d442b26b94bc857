#!/usr/bin/env bash
# Performance benchmark of the release build (see docs/performance.md). A benchmark, not a test:
# it fails only when the build is broken, never because of a number.
#
#   1 scripts/setup.sh, then `trunk build --release --offline` (writes dist/)
#   2 first visit in headless Chromium: every downloaded file, raw / gzip -9 / brotli 11 sizes
#   3 where the bytes go: .wasm sections (+ `twiggy top` if installed), CSS, content JSON
#   4 median first contentful paint and first interactive control over 5 fresh visits
#   5 Lighthouse, mobile and desktop presets
#   6 everything to bench-results/bench.json and a Markdown summary
#
# Usage: scripts/bench.sh [options]
#   --no-build     skip setup and build; measure the existing dist/
#   --dist DIR     measure DIR instead of dist/ (implies --no-build)
#   --update-doc   rewrite the "Current figures" section of docs/performance.md
#   --runs N       number of timed visits (default 5)
#   --base PATH    serve dist/ under this URL path, e.g. /app/ (default /)
#   --out DIR      results directory (default bench-results)
#   --no-lighthouse, --no-compress   skip Lighthouse / serve without Content-Encoding
# Options other than --no-build are handled by scripts/bench.mjs.
set -euo pipefail
caller_dir=$PWD
cd "$(dirname "$0")/.."

say() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[bench] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }
# Paths given on the command line are relative to where the script was started from.
abspath() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$caller_dir" "$1" ;; esac; }

build=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --dist) [ $# -ge 2 ] || fail "--dist needs a directory"; build=0; args+=(--dist "$(abspath "$2")"); shift ;;
    --dist=*) build=0; args+=(--dist "$(abspath "${1#--dist=}")") ;;
    --out) [ $# -ge 2 ] || fail "--out needs a directory"; args+=(--out "$(abspath "$2")"); shift ;;
    --out=*) args+=(--out "$(abspath "${1#--out=}")") ;;
    --runs|--base) [ $# -ge 2 ] || fail "$1 needs a value"; args+=("$1" "$2"); shift ;;
    --runs=*|--base=*|--update-doc|--no-lighthouse|--no-compress) args+=("$1") ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see scripts/bench.sh --help)" ;;
  esac
  shift
done

if [ "$build" = 1 ]; then
  scripts/setup.sh
  export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
  say "building the release app: trunk build --release --offline"
  trunk build --release --offline || fail "trunk build --release --offline (the build is broken)"
else
  export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
  [ -d node_modules/playwright-core ] && [ -d node_modules/lighthouse ] \
    || fail "node_modules lacks playwright-core or lighthouse: run scripts/setup.sh"
fi

command -v node >/dev/null || fail "node not found: install Node.js 20"
exec node scripts/bench.mjs ${args[@]+"${args[@]}"}
