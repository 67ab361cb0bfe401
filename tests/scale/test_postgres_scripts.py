"""The throwaway PostgreSQL of the tests and CI: stopping one run's server leaves another run's alone
(`.ci/run` used to stop every server matching a name pattern)."""

from __future__ import annotations

import glob
import os
import socket
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import make_url

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not glob.glob("/usr/lib/postgresql/*/bin/initdb") and os.environ.get("CI") != "true",
    reason="PostgreSQL is not installed (apt-get install postgresql)",
)


def start(tmp_path: Path, name: str) -> tuple[Path, int]:
    dir_file = tmp_path / f"{name}.dir"
    env = {**os.environ, "CS_AGENTS_TEST_POSTGRES_DIR_FILE": str(dir_file)}
    done = subprocess.run(
        ["bash", "scripts/start_test_postgres.sh"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    port = make_url(done.stdout.strip()).port
    assert port is not None
    return Path(dir_file.read_text().strip()), port


def accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except OSError:
        return False
    return True


def stop(folder: Path) -> None:
    subprocess.run(["bash", "scripts/stop_test_postgres.sh", str(folder)], cwd=ROOT, check=True, timeout=60)


def test_stopping_one_test_server_leaves_another_runs_server_running(tmp_path: Path) -> None:
    mine, my_port = start(tmp_path, "mine")
    theirs, their_port = start(tmp_path, "theirs")
    try:
        assert accepts(my_port) and accepts(their_port)
        stop(mine)
        assert not accepts(my_port) and not mine.exists()
        assert accepts(their_port)  # another run's server: untouched
    finally:
        stop(theirs)
        if mine.exists():
            stop(mine)
    assert not accepts(their_port)
