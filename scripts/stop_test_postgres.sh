#!/usr/bin/env bash
# Stop the throwaway PostgreSQL that scripts/start_test_postgres.sh started in DIR, and remove DIR.
# Usage: bash scripts/stop_test_postgres.sh /tmp/cs-agents-pg.XXXXXX
# It signals the one server whose pid that data directory records (a fast shutdown), never servers found by
# a name pattern: other runs on the same machine keep theirs.
set -euo pipefail
dir="${1:?usage: stop_test_postgres.sh DIR (the folder start_test_postgres.sh made)}"
[[ "$(basename "$dir")" == cs-agents-pg.* ]] || { echo "not a start_test_postgres.sh folder: $dir" >&2; exit 1; }
pid_file="$dir/data/postmaster.pid"
if [[ -f "$pid_file" ]]; then
  pid="$(head -1 "$pid_file")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -INT "$pid" 2>/dev/null; then
    for _ in $(seq 100); do  # up to 10 s for it to exit and remove its pid file
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
fi
rm -rf "$dir"
