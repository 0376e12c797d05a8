#!/usr/bin/env bash
# PostgreSQL stopped mid-load and started again, the server not restarted (tests/faults/db-down.mjs)
# on a throw-away cluster of its own. Usage: bash tests/faults/db-down.sh [bin] [down-seconds]
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-build/mingdeng}") DOWN=${2:-5}
DIR=$(mktemp -d /tmp/mingdeng-dbdown.XXXXXX)
chmod 755 "$DIR"  # the postgres user must reach its cluster folder
PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
URL=$(bash scripts/pg-throwaway.sh start "$DIR/pg" "$PORT" | tail -1) || { echo "PostgreSQL did not start"; exit 1; }
node tests/faults/db-down.mjs "$BIN" "$DIR/pg" "$URL" "$DOWN"
rc=$?
bash scripts/pg-throwaway.sh stop "$DIR/pg"
rm -rf "$DIR"
exit $rc
