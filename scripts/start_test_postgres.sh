#!/usr/bin/env bash
# Start a throwaway PostgreSQL on loopback for the tests and print its SQLAlchemy URL.
# Usage: export CS_AGENTS_TEST_POSTGRES_URL=$(bash scripts/start_test_postgres.sh [PORT])
# Needs Debian's postgresql package (.ci/run installs it). Stop it with: pg_ctl -D <dir> stop
set -euo pipefail
port="${1:-55432}"
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
echo "postgresql+psycopg://cs@127.0.0.1:$port/postgres"
