#!/usr/bin/env bash
# Builds the Debian package: the server (stripped) and the web app, then CPack's DEB
# generator (cmake/Packaging.cmake). Leaves OUT_DIR/mingdeng_<version>_<arch>.deb and prints
# its path on the last line.
#   bash scripts/package.sh [OUT_DIR]        (default OUT_DIR: $BUILD_DIR/packages)
# BUILD_DIR (default build) and BUILD_TYPE (default RelWithDebInfo; CPack strips the binary)
# as for scripts/build.sh. SKIP_BUILD=1 packages what BUILD_DIR and web/dist already hold
# (scripts/test.sh builds them just before); with it, WEB_DIST may name another built web app
# (made as scripts/build.sh does: vite build, then .gz copies).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OUT_DIR=${1:-$BUILD_DIR/packages}
WEB_DIST=${WEB_DIST:-$(pwd)/web/dist}

# dpkg-shlibdeps (dpkg-dev) computes the library dependencies; CPack calls `file`.
missing=()
for p in dpkg-dev file; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${SKIP_BUILD:-0}" = 1 ]; then
  [ -x "$BUILD_DIR/mingdeng" ] || { echo "package: $BUILD_DIR/mingdeng is missing (run without SKIP_BUILD=1)" >&2; exit 1; }
  # Configure only (seconds): writes CPackConfig.cmake if this build folder predates packaging.
  cmake -S . -B "$BUILD_DIR" -DMD_WEB_DIST="$WEB_DIST" >/dev/null
else
  WEB_DIST=$(pwd)/web/dist
  BUILD_DIR=$BUILD_DIR CMAKE_ARGS="${CMAKE_ARGS:-} -DMD_WEB_DIST=$WEB_DIST" bash scripts/build.sh >&2
fi
[ -f "$WEB_DIST/index.html" ] || { echo "package: $WEB_DIST is missing: build the web app first" >&2; exit 1; }
ls "$WEB_DIST"/assets/*.js.gz >/dev/null 2>&1 || { echo "package: $WEB_DIST has no .gz copies (scripts/build.sh makes them)" >&2; exit 1; }

mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)
STAGE=$(mktemp -d "$OUT_DIR/.cpack.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
if ! cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$STAGE" >"$STAGE/cpack.log" 2>&1; then
  cat "$STAGE/cpack.log" >&2
  echo "package: cpack failed" >&2
  exit 1
fi
debs=("$STAGE"/mingdeng_*.deb)
[ -f "${debs[0]}" ] || { cat "$STAGE/cpack.log" >&2; echo "package: cpack made no .deb" >&2; exit 1; }
mv -f "${debs[0]}" "$OUT_DIR/"
deb="$OUT_DIR/$(basename "${debs[0]}")"
echo "==> $(dpkg-deb -f "$deb" Package Version Architecture | tr '\n' ' ')($(du -h "$deb" | cut -f1))" >&2
echo "    Depends: $(dpkg-deb -f "$deb" Depends)" >&2
echo "$deb"
