#!/usr/bin/env bash
# The PostgreSQL failover drill (issue 11). Not part of scripts/test.sh: one run takes about a
# minute and needs Patroni and etcd. For each run it:
#  1. brings up scripts/ha/cluster.sh (3 etcd, 3 Patroni/PostgreSQL 15, one sync replica);
#  2. `mingdeng demo` on the multi-host URL, a session for every district deputy, a project
#     vote opened with both scrutineer keys (`mingdeng ballot-tool`), one ballot per deputy;
#  3. load: ballots paced over the run plus 4 clients posting public opinions; every
#     acknowledged write (ballot receipt, opinion query code) is written to acked.jsonl;
#  4. after KILL_AFTER seconds, kill -9 the primary's postmaster and backends; Patroni
#     promotes the synchronous replica; the server keeps running and reconnects by itself;
#  5. checks every acknowledged ballot is on the board (counted) and every acknowledged opinion
#     is found by its code, on the new primary; no ballot counted twice (board = roster =
#     distinct ballots); reports the write outage: first failed write → first acknowledged
#     write after it.
# Usage: bash tests/ha/failover.sh [RUNS=1]   (MD_BIN, LOAD_SECONDS=40, KILL_AFTER=12,
#        HA_PORT_BASE=18400; the server listens on HA_PORT_BASE+50). Exit code 1 on any loss.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${MD_BIN:-build/mingdeng}")
RUNS=${1:-1}
LOAD_SECONDS=${LOAD_SECONDS:-40} KILL_AFTER=${KILL_AFTER:-12}
PORT=$(( ${HA_PORT_BASE:-18400} + 50 ))
ROOT=${HA_WORK:-/tmp/mingdeng-ha-failover}
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "${W:-}" ] && bash scripts/ha/cluster.sh down "$W/cluster" 2>/dev/null || true
}
trap cleanup EXIT
rc=0
for run in $(seq "$RUNS"); do
  W=$ROOT/run$run
  rm -rf "$W" && mkdir -p "$W/data"
  URL=$(bash scripts/ha/cluster.sh up "$W/cluster" | tail -1)
  md() { "$BIN" --database "$URL" --data-dir "$W/data" "$@"; }
  md demo >"$W/demo.log" 2>&1
  for s in opinions.public_per_ip_hour opinions.public_per_device_hour \
    opinions.lookup_per_ip_10min opinions.public_queue_max; do
    md setting "$s" 100000 >/dev/null
  done
  node tests/ha/drive.mjs sessions "$W" >"$W/sessions.sql"
  psql "$URL" -q -At -v ON_ERROR_STOP=1 -f "$W/sessions.sql" | awk '/^VOTERS/ {print $2}' \
    >"$W/voters.count"
  "$BIN" --database "$URL" --data-dir "$W/data" serve --port "$PORT" --web-root '' \
    >"$W/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done
  node tests/ha/drive.mjs vote "http://127.0.0.1:$PORT" "$BIN" "$W" >"$W/vote.id"
  VOTE=$(cat "$W/vote.id")
  node tests/ha/drive.mjs load "http://127.0.0.1:$PORT" "$W" "$LOAD_SECONDS" &
  LOAD=$!
  sleep "$KILL_AFTER"
  KILLED_AT=$(date +%s%3N)
  KILLED=$(bash scripts/ha/cluster.sh kill-leader "$W/cluster")
  wait "$LOAD"
  NEW=$(bash scripts/ha/cluster.sh leader "$W/cluster" || echo none)
  RESULT=$(node tests/ha/drive.mjs verify "http://127.0.0.1:$PORT" "$W" "$KILLED_AT") || rc=1
  COUNTS=$(psql "$URL" -At -F ' ' -c "SELECT (SELECT COUNT(*) FROM vote_ballots WHERE vote_id = $VOTE),
    (SELECT COUNT(DISTINCT ballot_hash) FROM vote_ballots WHERE vote_id = $VOTE),
    (SELECT COUNT(*) FROM vote_roster WHERE vote_id = $VOTE AND channel = 'electronic')")
  read -r BOARD DISTINCT ROSTER <<<"$COUNTS"
  ACKED=$(node -e 'const r=JSON.parse(process.argv[1]);console.log(r.ackedBallots+r.ballotsStoredBeforeAnswerLost)' "$RESULT")
  # Every ballot once: the board, its distinct ballots and the roster agree, and hold at least
  # every acknowledged ballot (a ballot whose answer was lost in the crash may be there too).
  node -e 'const r=JSON.parse(process.argv[1]); process.exit(r.failedBeforeKill || r.outageSeconds === null ? 1 : 0)' "$RESULT" || {
    echo "run $run: writes failed before the kill, or none failed/recovered after it"; rc=1; }
  if [ "$BOARD" != "$DISTINCT" ] || [ "$BOARD" != "$ROSTER" ] || [ "$BOARD" -lt "$ACKED" ]; then
    echo "run $run: ballots counted wrongly: board $BOARD, distinct $DISTINCT, roster $ROSTER, acknowledged $ACKED"
    rc=1
  fi
  echo "run $run (load $(cut -d' ' -f1-3 /proc/loadavg)): killed $KILLED, new primary $NEW; board $BOARD = distinct $DISTINCT = roster $ROSTER; $RESULT"
  kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  bash scripts/ha/cluster.sh down "$W/cluster"
done
exit $rc
