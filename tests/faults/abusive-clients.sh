#!/usr/bin/env bash
# Slow and abusive clients beside a normal user (tests/faults/abusive-clients.mjs). The open-
# file limit is raised first (10,000 idle connections need as many descriptors on each side).
# Usage: bash tests/faults/abusive-clients.sh [bin] [idle=10000] [slowloris=500]
set -euo pipefail
cd "$(dirname "$0")/../.."
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
node tests/faults/abusive-clients.mjs "$(realpath "${1:-build/mingdeng}")" "${2:-10000}" "${3:-500}"
