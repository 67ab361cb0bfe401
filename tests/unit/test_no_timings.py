"""Unit tests assert behaviour, not speed: a timed assert fails on a busy machine (one did, on a fresh
clone), so timings live in the benchmarks (scripts/bench_*.py, scripts/load_chat.py)."""

from pathlib import Path

import pytest

UNIT_TESTS = sorted(p for p in Path(__file__).parent.glob("test_*.py") if p.name != Path(__file__).name)
CLOCKS = ("perf_counter", "time.monotonic", "time.time(", "timeit")


@pytest.mark.parametrize("path", UNIT_TESTS, ids=lambda p: p.name)
def test_no_unit_test_reads_the_clock(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [c for c in CLOCKS if c in text] == [], f"{path.name} times something: move it to a benchmark"
