#!/usr/bin/env bash
# One command: install what is missing, build, load the demo data into an embedded SQLite
# database (data/mingdeng.db) and serve the platform at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${MINGDENG_PORT:-8080}
bash scripts/install-deps.sh
bash scripts/build.sh
mkdir -p data
echo
./build/mingdeng --database data/mingdeng.db --data-dir data demo
echo
echo "明灯 Mingdeng is starting at  http://127.0.0.1:${PORT}/   (Ctrl+C stops it)"
echo "Public portal (no sign-in):   http://127.0.0.1:${PORT}/portal"
echo
exec ./build/mingdeng --database data/mingdeng.db --data-dir data serve --port "$PORT" --web-root web/dist
