#!/usr/bin/env bash
# Accepts every received snapshot after review: Snapshots/**/X.received.txt -> X.approved.txt.
# Read the diff first (git diff --no-index X.approved.txt X.received.txt); never approve blind.
set -euo pipefail
cd "$(dirname "$0")"
find Snapshots -name '*.received.txt' -print0 | while IFS= read -r -d '' received; do
  mv "$received" "${received%.received.txt}.approved.txt"
  echo "approved ${received%.received.txt}"
done
