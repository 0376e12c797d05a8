#!/usr/bin/env bash
# Backup/restore round trip and personal-data key rotation on SQLite and a throw-away
# PostgreSQL (two databases: source and restore target). Usage: bash tests/ops/backup-roundtrip.sh [path/to/mingdeng]
# Needs root (the PostgreSQL cluster runs as the postgres user), sqlite3, psql, pg_dump.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-build/mingdeng}")
for tool in sqlite3 psql pg_dump pg_restore; do
  command -v "$tool" >/dev/null || { apt-get -y -qq install sqlite3 postgresql postgresql-client >/dev/null; break; }
done
PGDIR=$(mktemp -d /tmp/md-backup-pg.XXXXXX)
trap 'bash scripts/pg-throwaway.sh stop "$PGDIR" >/dev/null 2>&1 || true; rm -rf "$PGDIR"' EXIT
PORT=${MD_BACKUP_PG_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
URL=$(bash scripts/pg-throwaway.sh start "$PGDIR" "$PORT")
runuser -u postgres -- createdb -h "$PGDIR" -p "$PORT" -O mingdeng mingdeng_restore
rc=0
MD_BIN="$BIN" MD_PG_URL="$URL" MD_PG_RESTORE_URL="${URL%/mingdeng}/mingdeng_restore" \
  node tests/ops/backup-roundtrip.mjs || rc=1
# Key rotation (personal-data key) on both databases too.
MD_BIN="$BIN" MD_PG_URL="$URL" node tests/ops/backup-key-rotation.mjs || rc=1
exit $rc
