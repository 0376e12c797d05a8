#!/usr/bin/env bash
# One command runs every test: C++ unit tests, web unit tests, the API suite against SQLite
# and PostgreSQL, browser tests (Playwright + Chromium), and the unit and API tests again
# under AddressSanitizer/UBSan. Installs what is missing first.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d /tmp/mingdeng-test.XXXXXX)
chmod 755 "$WORK"
PG_DIR="$WORK/pg"
passed=0
failed=0
failures=()

step() {  # step NAME COMMAND… — runs one suite, records its outcome, never stops the run
  local name=$1
  shift
  echo
  echo "=================== $name ==================="
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "--- $name: PASSED ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "--- $name: FAILED ($((SECONDS - t0)) s)"
  fi
}

cleanup() {
  [ -n "${E2E_PID:-}" ] && kill "$E2E_PID" 2>/dev/null
  bash scripts/pg-throwaway.sh stop "$PG_DIR" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

bash scripts/install-deps.sh --with-tests || exit 1
bash scripts/build.sh || exit 1

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

PG_PORT=${MD_TEST_PG_PORT:-$(free_port)}
MD_PG_URL=$(bash scripts/pg-throwaway.sh start "$PG_DIR" "$PG_PORT") || { echo "PostgreSQL did not start"; exit 1; }
export MD_PG_URL

e2e() {
  local port dir="$WORK/e2e"
  port=$(free_port)
  mkdir -p "$dir"
  ./build/mingdeng --database "$dir/md.db" --data-dir "$dir" demo >/dev/null || return 1
  # Every scenario signs in from 127.0.0.1: lift the per-address sign-in limit (it has its own
  # API test) so the later scenarios are not refused for the earlier ones' attempts.
  ./build/mingdeng --database "$dir/md.db" --data-dir "$dir" setting security.login_rate_per_ip 1000 \
    >/dev/null || return 1
  ./build/mingdeng --database "$dir/md.db" --data-dir "$dir" serve --port $port --web-root web/dist \
    >"$dir/server.log" 2>&1 &
  E2E_PID=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
  # Our own server must be the one answering (not a stray process on the same port).
  kill -0 "$E2E_PID" 2>/dev/null || { echo "the e2e server did not start:"; cat "$dir/server.log"; return 1; }
  # A scenario that hangs must not hold CI to its limit.
  (cd web && MD_BASE_URL="http://127.0.0.1:$port" timeout 1800 node e2e/run.mjs)
  local rc=$?
  kill -TERM "$E2E_PID"; wait "$E2E_PID"; E2E_PID=
  return $rc
}

step "C++ unit tests" ctest --test-dir build --output-on-failure -j2
step "web unit tests (vitest)" bash -c "cd web && npx vitest run"
step "API tests (SQLite + PostgreSQL)" env MD_BIN="$ROOT/build/mingdeng" node tests/api/run.mjs
step "tenant isolation (SQLite + PostgreSQL)" env MD_BIN="$ROOT/build/mingdeng" node tests/api/tenancy.mjs
step "personal data at rest (SQLite + PostgreSQL)" env MD_BIN="$ROOT/build/mingdeng" node tests/security/pii-scan.mjs
step "attack corpus (SQLite + PostgreSQL)" env MD_BIN="$ROOT/build/mingdeng" node tests/security/attack-corpus.mjs
step "kill -9 during a vote and opinion submissions (5 kills each)" bash tests/faults/kill9.sh 1000 5 3 "$ROOT/build/mingdeng"
step "PostgreSQL stopped mid-load: 503 fast, recovery without restart" bash tests/faults/db-down.sh "$ROOT/build/mingdeng" 5
step "slow and abusive clients beside a normal user" bash tests/faults/abusive-clients.sh "$ROOT/build/mingdeng" 10000 500
step "disk full during writes, then space returns" bash tests/faults/disk-full.sh "$ROOT/build/mingdeng"
step "backup round trip + key rotation (SQLite + PostgreSQL)" bash tests/ops/backup-roundtrip.sh "$ROOT/build/mingdeng"
step "browser tests (Playwright + Chromium)" e2e
step "scheduled jobs: two instances, exactly once (SQLite + PostgreSQL)" bash tests/ops/jobs-exactly-once.sh "$ROOT/build/mingdeng"
# Packages build/mingdeng and web/dist as built above, installs, serves, purges (~2 min).
step "Debian package (build, install, serve)" env SKIP_BUILD=1 bash scripts/package-test.sh

echo
echo "=================== sanitizer build (ASan + UBSan) ==================="
if BUILD_DIR=build-asan BUILD_TYPE=Debug SKIP_WEB=1 CMAKE_ARGS=-DMD_SANITIZE=ON bash scripts/build.sh; then
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  step "C++ unit tests under ASan/UBSan" ctest --test-dir build-asan --output-on-failure -j2
  # An unoptimized, instrumented server is several times slower: the graceful stop under a
  # burst gets a larger budget there (every answer must still be complete, exit code 0).
  step "API tests under ASan/UBSan" env MD_BIN="$ROOT/build-asan/mingdeng" MD_STOP_BUDGET_MS=30000 node tests/api/run.mjs
else
  failed=$((failed + 1)); failures+=("sanitizer build")
fi

echo
echo "=================== summary ==================="
for f in "${failures[@]+"${failures[@]}"}"; do echo "FAILED: $f"; done
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
