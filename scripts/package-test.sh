#!/usr/bin/env bash
# Installs the Debian package on this machine and checks it as an operator would, without
# systemd (CI has none): files, user, permissions; `demo` and `serve` run as the service user
# with /etc/mingdeng/mingdeng.conf; /readyz, the web app at /, a demo sign-in through the API,
# a graceful stop by SIGTERM; a reinstall keeps data and key; the purge leaves nothing.
#   bash scripts/package-test.sh [path/to/mingdeng_*.deb]   (root; Debian 12)
# Without a path it builds the package (scripts/package.sh; SKIP_BUILD=1 reuses build/ and
# web/dist as scripts/test.sh does). MD_PACKAGE_TEST_PORT picks the port (default: a free one).
# Exits non-zero at the first failed check, saying why.
set -euo pipefail
cd "$(dirname "$0")/.."

CONF=/etc/mingdeng/mingdeng.conf
DATA=/var/lib/mingdeng
WORK=$(mktemp -d /tmp/mingdeng-package-test.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=
INSTALLED=0

fail() {
  echo "package-test: FAILED: $*" >&2
  exit 1
}
ok() { echo "ok: $*"; }

cleanup() {
  local rc=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$INSTALLED" = 1 ]; then
    # shellcheck disable=SC2046
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq mingdeng $(cat "$WORK/added.txt" 2>/dev/null) >/dev/null 2>&1 || true
  fi
  if [ "$rc" -ne 0 ] && [ -f "$WORK/server.log" ]; then
    echo "--- server log:" >&2
    tail -20 "$WORK/server.log" >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "run as root (it installs and purges the package)"
if dpkg -s mingdeng >/dev/null 2>&1; then
  fail "mingdeng is already installed here; this test installs and purges it (apt-get purge mingdeng first)"
fi
getent passwd mingdeng >/dev/null && fail "a user 'mingdeng' already exists; the test would not leave it as it found it"
missing=()
for p in curl file openssl; do command -v $p >/dev/null || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    fail "could not install ${missing[*]}"
fi

deb=${1:-}
if [ -z "$deb" ]; then
  deb=$(bash scripts/package.sh "$WORK/out" | tail -1) || fail "scripts/package.sh failed"
fi
[ -f "$deb" ] || fail "no package at '$deb'"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
case $(basename "$deb") in
  mingdeng_*_"$(dpkg --print-architecture)".deb) ok "package $(basename "$deb")" ;;
  *) fail "unexpected package file name: $(basename "$deb")" ;;
esac

# --- install ---------------------------------------------------------------------------------
echo "==> apt-get install $deb"
installed_packages() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" { print $2 }' | sort; }
installed_packages >"$WORK/before.txt"
INSTALLED=1
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$WORK/apt.log" 2>&1; then
  cat "$WORK/apt.log" >&2
  fail "apt-get install of the package failed"
fi
dpkg -s mingdeng 2>/dev/null | grep -q '^Status: install ok installed' || fail "dpkg does not list mingdeng as installed"
# What apt added for the package (missing libraries, logrotate): purged with it at the end.
installed_packages | comm -13 "$WORK/before.txt" - | grep -vx mingdeng >"$WORK/added.txt" || true
ok "installed; Depends: $(dpkg-query -W -f='${Depends}' mingdeng)"
[ -s "$WORK/added.txt" ] && echo "    apt added: $(tr '\n' ' ' <"$WORK/added.txt")"

# --- files, user, permissions ----------------------------------------------------------------
mode_owner() { stat -c '%a %U:%G' "$1"; }
expect_mode() {  # PATH "MODE USER:GROUP"
  [ -e "$1" ] || fail "$1 is missing"
  local got
  got=$(mode_owner "$1")
  [ "$got" = "$2" ] || fail "$1 is '$got', expected '$2'"
  ok "$1 $2"
}

[ -x /usr/bin/mingdeng ] || fail "/usr/bin/mingdeng is missing or not executable"
file -L /usr/bin/mingdeng | grep -q ', stripped' || fail "/usr/bin/mingdeng is not stripped: $(file -L /usr/bin/mingdeng)"
ok "/usr/bin/mingdeng (stripped, $(du -h /usr/bin/mingdeng | cut -f1))"
WEB=/usr/share/mingdeng/web
[ -f $WEB/index.html ] || fail "$WEB/index.html is missing"
[ -f $WEB/index.html.gz ] || fail "$WEB/index.html.gz (the precompressed copy) is missing"
njs=$(find $WEB/assets -name '*.js' | wc -l)
ngz=$(find $WEB/assets -name '*.js.gz' | wc -l)
[ "$njs" -gt 0 ] || fail "$WEB/assets holds no scripts"
[ "$njs" = "$ngz" ] || fail "$WEB/assets: $njs scripts but $ngz .gz copies"
ok "$WEB: web app with $njs scripts, each with its .gz copy"
[ -f /lib/systemd/system/mingdeng.service ] || fail "systemd unit missing"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify /lib/systemd/system/mingdeng.service >"$WORK/verify.log" 2>&1 ||
    { cat "$WORK/verify.log" >&2; fail "systemd-analyze verify rejects the unit"; }
  ok "systemd unit verified (systemd-analyze)"
fi
grep -q '^ExecStart=/usr/bin/mingdeng --config /etc/mingdeng/mingdeng.conf serve$' \
  /lib/systemd/system/mingdeng.service || fail "the unit does not start 'mingdeng --config $CONF serve'"
# Enabled for the next boot even without systemd running (deb-systemd-helper's symlink).
WANTS=/etc/systemd/system/multi-user.target.wants/mingdeng.service
[ -L $WANTS ] || fail "the unit is not enabled ($WANTS missing)"
ok "systemd unit installed and enabled"
for f in /etc/logrotate.d/mingdeng /usr/share/doc/mingdeng/examples/nginx-mingdeng.conf; do
  [ -f "$f" ] || fail "$f is missing"
done
conffiles=$(dpkg-query -W -f='${Conffiles}' mingdeng)
for f in $CONF /etc/logrotate.d/mingdeng; do
  grep -q " $f " <<<"$conffiles " || fail "$f is not a conffile (an upgrade would overwrite local edits)"
done
ok "conffiles: $CONF, /etc/logrotate.d/mingdeng"

getent passwd mingdeng >/dev/null || fail "user mingdeng was not created"
IFS=: read -r _ _ uid _ _ home shell <<<"$(getent passwd mingdeng)"
[ "$uid" -lt 1000 ] || fail "user mingdeng is not a system user (uid $uid)"
[ "$home" = $DATA ] || fail "user mingdeng has home $home, expected $DATA"
[ "$shell" = /usr/sbin/nologin ] || fail "user mingdeng has the login shell $shell"
getent group mingdeng >/dev/null || fail "group mingdeng was not created"
ok "system user mingdeng (uid $uid, home $DATA, no login shell)"
expect_mode $DATA "750 mingdeng:mingdeng"
expect_mode $CONF "640 root:mingdeng"
expect_mode /var/log/mingdeng "750 root:adm"
if command -v logrotate >/dev/null; then
  logrotate -d /etc/logrotate.d/mingdeng >"$WORK/logrotate.log" 2>&1 ||
    { cat "$WORK/logrotate.log" >&2; fail "logrotate rejects /etc/logrotate.d/mingdeng"; }
  ok "logrotate accepts /etc/logrotate.d/mingdeng"
fi
if command -v nginx >/dev/null && command -v openssl >/dev/null; then
  # The site example with a throwaway certificate and logs in the work folder: nginx -t.
  mkdir -p "$WORK/nginx"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=mingdeng.test \
    -keyout "$WORK/nginx/key.pem" -out "$WORK/nginx/cert.pem" >/dev/null 2>&1
  sed -e "s#/etc/ssl/mingdeng/fullchain.pem#$WORK/nginx/cert.pem#" \
    -e "s#/etc/ssl/mingdeng/privkey.pem#$WORK/nginx/key.pem#" \
    -e "s#/var/log/mingdeng/#$WORK/nginx/#" \
    /usr/share/doc/mingdeng/examples/nginx-mingdeng.conf >"$WORK/nginx/site.conf"
  printf 'pid %s/nginx.pid;\nerror_log %s/error.log;\nevents {}\nhttp {\n include /etc/nginx/mime.types;\n include %s/site.conf;\n}\n' \
    "$WORK/nginx" "$WORK/nginx" "$WORK/nginx" >"$WORK/nginx/nginx.conf"
  nginx -t -q -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/t.log" 2>&1 ||
    { cat "$WORK/nginx/t.log" >&2; fail "nginx -t rejects the site example"; }
  ok "nginx -t accepts the site example (TLS, HTTP/2)"
fi

# --- demo data, then serve as the service user without systemd --------------------------------
runuser -u mingdeng -- /usr/bin/mingdeng --config $CONF demo >"$WORK/demo.log" 2>&1 ||
  { cat "$WORK/demo.log" >&2; fail "mingdeng demo failed"; }
ok "demo data loaded: $(head -1 "$WORK/demo.log")"
[ -f $DATA/mingdeng.db ] || fail "the configured database $DATA/mingdeng.db was not created"
[ "$(stat -c %U $DATA/mingdeng.db)" = mingdeng ] || fail "$DATA/mingdeng.db is not owned by mingdeng"
expect_mode $DATA/mingdeng.key "600 mingdeng:mingdeng"

free_port() {  # a port nobody answers on (bash's /dev/tcp: no ss or node needed)
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return; }
  done
  return 1
}
PORT=${MD_PACKAGE_TEST_PORT:-$(free_port)}
# As the unit runs it: user mingdeng, in /var/lib/mingdeng, umask 0027. exec keeps one process,
# so $! is the server itself and SIGTERM reaches it.
(cd $DATA && umask 0027 &&
  exec setpriv --reuid=mingdeng --regid=mingdeng --init-groups \
    /usr/bin/mingdeng --config $CONF serve --port "$PORT") >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 100); do
  curl -sf "$BASE/readyz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited at start"
  sleep 0.1
done
kill -0 "$SERVER_PID" 2>/dev/null || fail "the server is not running"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz")" = 200 ] || fail "/readyz is not 200"
[ "$(stat -c %U /proc/"$SERVER_PID")" = mingdeng ] || fail "the server does not run as mingdeng"
ok "serving on port $PORT as user mingdeng; /readyz 200"

curl -s -D "$WORK/index.h" -o "$WORK/index.html" "$BASE/" || fail "GET / failed"
head -1 "$WORK/index.h" | grep -q ' 200' || fail "GET / answered $(head -1 "$WORK/index.h")"
cmp -s "$WORK/index.html" $WEB/index.html || fail "GET / is not the packaged web app's index.html"
asset=$(grep -o 'src="/assets/[^"]*\.js"' "$WORK/index.html" | head -1 | sed 's/^src="//; s/"$//')
[ -n "$asset" ] || fail "index.html names no script"
enc=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{http_code} %{content_type}' -D - "$BASE$asset" |
  tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding"{print $2}')
[ "$enc" = gzip ] || fail "$asset is not sent precompressed (Content-Encoding: '$enc')"
ok "/ serves the packaged web app; $asset gzip-encoded"

login=$(curl -s -D "$WORK/login.h" -H 'Content-Type: application/json' \
  -d '{"username":"member","password":"Mingdeng@2026"}' "$BASE/api/auth/login")
head -1 "$WORK/login.h" | grep -q ' 200' || fail "demo sign-in answered $(head -1 "$WORK/login.h"): $login"
session=$(tr -d '\r' <"$WORK/login.h" | grep -i '^set-cookie: md_session=' | head -1)
[ -n "$session" ] || fail "sign-in set no session cookie"
# /etc/mingdeng/mingdeng.conf sets secure-cookies = true: the config file is in effect.
grep -q '; Secure' <<<"$session" || fail "the session cookie lacks Secure (config not applied?): $session"
cookie=$(sed -E 's/^[^:]*: (md_session=[^;]*).*/\1/' <<<"$session")
me=$(curl -s -H "Cookie: $cookie" "$BASE/api/auth/me")
grep -q '"username":"member"' <<<"$me" || fail "GET /api/auth/me with the session: $me"
ok "demo sign-in through the API (member), session cookie Secure, /api/auth/me answers"

kill -TERM "$SERVER_PID"
rc=0
wait "$SERVER_PID" || rc=$?
SERVER_PID=
[ "$rc" = 0 ] || fail "the server exited $rc after SIGTERM"
grep -q 'stopped' "$WORK/server.log" || fail "the server log has no 'stopped' line"
ok "SIGTERM: graceful stop, exit code 0"
runuser -u mingdeng -- /usr/bin/mingdeng --config $CONF audit verify >"$WORK/audit.log" 2>&1 ||
  { cat "$WORK/audit.log" >&2; fail "audit chain not intact"; }
ok "$(cat "$WORK/audit.log")"

# --- reinstall (the upgrade path): data, key and edited config stay ---------------------------
key_before=$(sha256sum $DATA/mingdeng.key)
echo "# edited by the operator" >>$CONF
DEBIAN_FRONTEND=noninteractive dpkg --force-confold -i "$deb" >"$WORK/reinstall.log" 2>&1 ||
  { cat "$WORK/reinstall.log" >&2; fail "reinstalling the package failed"; }
[ "$(sha256sum $DATA/mingdeng.key)" = "$key_before" ] || fail "the key file changed on reinstall"
tail -1 $CONF | grep -q 'edited by the operator' || fail "the reinstall replaced the edited $CONF"
[ -f $DATA/mingdeng.db ] || fail "the database disappeared on reinstall"
expect_mode $CONF "640 root:mingdeng"
ok "reinstall keeps the database, the key and the edited config"
migrated=$(runuser -u mingdeng -- /usr/bin/mingdeng --config $CONF migrate 2>&1) ||
  fail "mingdeng migrate after the reinstall: $migrated"
grep -q '^applied 0 migration' <<<"$migrated" || fail "migrate after the reinstall: $migrated"
ok "mingdeng migrate (the upgrade path): $migrated"

# --- purge -----------------------------------------------------------------------------------
# shellcheck disable=SC2046
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq mingdeng $(cat "$WORK/added.txt") >"$WORK/purge.log" 2>&1 ||
  { cat "$WORK/purge.log" >&2; fail "apt-get purge mingdeng failed"; }
INSTALLED=0
dpkg -s mingdeng >/dev/null 2>&1 && fail "mingdeng still known to dpkg after purge"
for p in /usr/bin/mingdeng /usr/share/mingdeng /etc/mingdeng $DATA /var/log/mingdeng \
  /lib/systemd/system/mingdeng.service /etc/logrotate.d/mingdeng /usr/share/doc/mingdeng \
  $WANTS /var/lib/systemd/deb-systemd-helper-enabled/mingdeng.service; do
  if [ -e "$p" ] || [ -L "$p" ]; then fail "$p is left after purge"; fi
done
getent passwd mingdeng >/dev/null && fail "user mingdeng is left after purge"
getent group mingdeng >/dev/null && fail "group mingdeng is left after purge"
installed_packages | cmp -s "$WORK/before.txt" - || fail "the installed packages differ from before the test"
ok "purged (with what apt added): no files, data, user, group or packages left"
echo "package-test: all checks passed"
