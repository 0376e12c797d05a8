#!/usr/bin/env bash
# Installs what Mingdeng needs on Debian 12 when it is missing: the C++ toolchain and
# libraries (Debian packages), PostgreSQL and Chromium for the tests, and the web's npm
# packages. Safe to run again: it only installs what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build and run: compiler, CMake, and the libraries listed in docs/ARCHITECTURE.md.
BUILD_PACKAGES=(g++ cmake ninja-build pkg-config librestinio-dev libasio-dev libfmt-dev
  libspdlog-dev nlohmann-json3-dev libcli11-dev libsqlite3-dev libpq-dev libssl-dev
  libsodium-dev libicu-dev libxlsxwriter-dev libminizip-dev libpugixml-dev libgtest-dev libgmock-dev
  libgumbo-dev
  nodejs npm)
# Tests and benchmarks only.
# poppler-utils: the browser tests read printed PDFs back (pdftotext, pdftoppm).
# dpkg-dev, file, openssl: the Debian package test (dpkg-shlibdeps; nginx -t with a test cert).
TEST_PACKAGES=(postgresql postgresql-client chromium fonts-noto-cjk sqlite3 wrk nginx curl
  poppler-utils dpkg-dev file openssl)

want=("${BUILD_PACKAGES[@]}")
if [ "${1:-}" = "--with-tests" ]; then want+=("${TEST_PACKAGES[@]}"); fi

missing=()
for p in "${want[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# A newer Node (>= 20) may already be installed outside Debian's package; keep it.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  tmp=()
  for p in "${missing[@]}"; do [ "$p" = nodejs ] || [ "$p" = npm ] || tmp+=("$p"); done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when the lock file changed since the last install.
stamp=web/node_modules/.mingdeng-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
  echo "==> installing npm packages (web/)"
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
  cp web/package-lock.json "$stamp"
fi
