#!/usr/bin/env bash
# Builds the server (build/mingdeng) and the web app (web/dist, with .gz copies that the
# server sends to browsers accepting gzip). BUILD_TYPE and BUILD_DIR may be overridden.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR"
if [ "${SKIP_WEB:-0}" != 1 ]; then
  (cd web && npm run --silent build >/dev/null)
  find web/dist -type f \( -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.json' \) \
    -exec gzip -9 -k -f {} \;
fi
