#!/usr/bin/env bash
# Issue 12: what the management API's generated crate costs a user. Generates it from
# ../shared/specs/okta-management-2026.06.3.yaml, then reports its Rust line count, and the
# time and peak rustc memory of `cargo check` with all features and with one small tag's
# feature alone (dependencies built first, so only the crate itself is measured), and of
# `cargo build --release`.
#
#   scripts/okta-crate-cost.sh [TAG_FEATURE]    (default feature: `org-setting-metadata`)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
spec=../shared/specs/okta-management-2026.06.3.yaml
out=${OKTA_CRATE_DIR:-target/okta-crate}
feature=${1:-org-setting-metadata}

cargo build --release --quiet
./target/release/oapigen generate "$spec" --crate-name okta-management --out "$out" >/dev/null 2>&1
# A workspace of its own, with this repository's lockfile (offline, same versions).
grep -q '^\[workspace\]' "$out/Cargo.toml" || printf '\n[workspace]\n' >> "$out/Cargo.toml"
cp Cargo.lock "$out/Cargo.lock"
export CARGO_TARGET_DIR="$root/target/okta-crate-target"
# Whole-crate compiles, as a first build or CI sees them (no incremental cache to reuse).
export CARGO_INCREMENTAL=0
cd "$out"

echo "lines of Rust: $(find src -name '*.rs' -print0 | xargs -0 cat | wc -l)"
# Dependencies first, so the timings below are the crate alone.
cargo check  --quiet --no-default-features 2>/dev/null || cargo check  --quiet
measure() {
  local label=$1; shift
  touch src/lib.rs
  /usr/bin/time -f "%e %M" -o /tmp/okta-crate-time "$@" >/dev/null 2>&1
  read -r seconds kib < /tmp/okta-crate-time
  # /usr/bin/time reports the largest of the process and its children: rustc here.
  printf '%-44s %7.1f s  %6.0f MiB peak\n' "$label" "$seconds" "$((kib / 1024))"
}
measure "cargo check (all features)" cargo check 
if grep -q "^$feature = " Cargo.toml; then
  measure "cargo check (--no-default-features -F $feature)" \
    cargo check  --no-default-features -F "$feature"
fi
cargo build  --release --quiet --no-default-features 2>/dev/null || true
measure "cargo build --release (all features)" cargo build  --release
