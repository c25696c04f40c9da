#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the storage tests and print its URL.
#
# Needs Debian's postgresql package (apt-get install -y postgresql). Run as root (CI) or as
# any non-root user; the cluster lives in a temp dir, listens on 127.0.0.1 only, trusts local
# connections, and is stopped with: pg_ctl -D "$DIR" stop (the script prints the command).
#
# Usage:  export FRONTLINES_TEST_PG="$(scripts/start_test_postgres.sh)"
#         pytest tests/store tests/export -q
set -euo pipefail

PORT="${FRONTLINES_TEST_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
DB="frontlines_test"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  echo "start_test_postgres: PostgreSQL not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
DIR="$(mktemp -d /tmp/frontlines-pg.XXXXXX)"
RUN=()
if [[ "$(id -u)" == "0" ]]; then
  chown postgres:postgres "$DIR"
  RUN=(runuser -u postgres --)
fi
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -A trust -U postgres --no-sync >"$DIR/initdb.log" 2>&1 \
  || { echo "start_test_postgres: initdb failed, see $DIR/initdb.log" >&2; exit 1; }
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
  || { echo "start_test_postgres: server failed to start, see $DIR/server.log" >&2; exit 1; }
"${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
echo "start_test_postgres: running in $DIR; stop with: ${RUN[*]} $BIN/pg_ctl -D $DIR/data stop" >&2
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"
