#!/usr/bin/env bash
# Start a throwaway PostgreSQL on loopback for the tests and print its SQLAlchemy URL.
# Usage: export CS_AGENTS_TEST_POSTGRES_URL=$(bash scripts/start_test_postgres.sh [PORT])
# Needs Debian's postgresql package (.ci/run installs it). Its files live in /tmp/cs-agents-pg.XXXXXX (the
# path is also written to the file $CS_AGENTS_TEST_POSTGRES_DIR_FILE names, when set); stop it with
# scripts/stop_test_postgres.sh /tmp/cs-agents-pg.XXXXXX
set -euo pipefail
port="${1:-}"
if [[ -z "$port" ]]; then  # a free one, so a second run on the same machine does not collide
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
fi
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [[ -z "$bin" ]]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
dir="$(mktemp -d /tmp/cs-agents-pg.XXXXXX)"
run=()
if [[ "$(id -u)" == 0 ]]; then  # initdb refuses to run as root
  chown postgres "$dir"
  run=(runuser -u postgres --)
fi
"${run[@]}" "$bin/initdb" -D "$dir/data" -A trust -U cs -E UTF8 >"$dir/initdb.log" 2>&1
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/server.log" \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
if [[ -n "${CS_AGENTS_TEST_POSTGRES_DIR_FILE:-}" ]]; then
  echo "$dir" >"$CS_AGENTS_TEST_POSTGRES_DIR_FILE"
fi
echo "postgresql+psycopg://cs@127.0.0.1:$port/postgres"
