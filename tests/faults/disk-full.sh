#!/usr/bin/env bash
# Disk full during writes, then space returns (tests/faults/disk-full.mjs) on a 16 MB tmpfs.
# Needs root (mount). Usage: bash tests/faults/disk-full.sh [bin]
set -uo pipefail
cd "$(dirname "$0")/../.."
command -v sqlite3 >/dev/null || apt-get install -y -qq sqlite3 >/dev/null
MNT=$(mktemp -d /tmp/mingdeng-diskfull.XXXXXX)
mount -t tmpfs -o size=16m tmpfs "$MNT" || { echo "cannot mount a tmpfs (root needed)"; exit 1; }
node tests/faults/disk-full.mjs "$(realpath "${1:-build/mingdeng}")" "$MNT"
rc=$?
umount "$MNT"; rmdir "$MNT"
exit $rc
