# Installs what building and testing need, each only when missing or at the wrong version, so
# that a second run installs nothing. Sourced by scripts/run and scripts/test.
# Versions and why: ../shared/TOOLCHAIN.md (measured on these machines).

TRUNK_VERSION=0.21.14

step() { printf '\n==> %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_rust() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
}

# wasm-bindgen's CLI (and test runner) at exactly the wasm-bindgen version in Cargo.lock.
ensure_wasm_bindgen() {
  local version
  version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
    # No --locked: its lock file names a crate version this registry lacks.
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

# wasm-opt (npm binaryen; Debian's is too old), playwright-core and axe-core for the tests.
ensure_npm() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
  export PATH="$PWD/node_modules/.bin:$PATH"
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver
  fi
}

# The page, release build, into dist/: Trunk (offline: it uses the wasm-bindgen and wasm-opt on
# PATH), with the `page` profile (optimised for size, see Cargo.toml), the rules' documentation beside it (fetched when a rule is opened),
# then the CSP filled with the hashes of Trunk's inline loader.
build_page() {
  trunk build --release --offline --cargo-profile page
  cargo run --quiet --locked -p cosell-cli -- rules --format json > dist/rules.json
  cargo run --quiet --locked -p xtask -- csp dist/index.html
}

# hyperfine (Debian's) times whole commands for the benchmarks.
ensure_hyperfine() {
  if ! command -v hyperfine >/dev/null; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq hyperfine
  fi
}

# The benchmark inputs: target/bench/export-ROWS.csv, deterministic (xtask generate: a
# current-template export). Written again each time: a second is cheap, a stale file is not.
bench_inputs() {
  mkdir -p target/bench
  cargo build --quiet --release --locked -p xtask
  for rows in "$@"; do
    target/release/xtask generate "$rows" > "target/bench/export-$rows.csv"
  done
}
