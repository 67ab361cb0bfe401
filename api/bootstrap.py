"""First start: load the sample product into an empty data directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from sqlalchemy import func, select

from cs_agents.db import AccountRow, get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from knowledge_base.store import KBStore


def load_sample_if_empty(
    settings: Settings, sample: Path, make_progress: Callable[[], Any], console: Console
) -> bool:
    """Load the sample when there are neither accounts nor articles; True if it did."""
    db = get_database(settings)
    with db.session() as session:
        accounts = session.scalar(select(func.count()).select_from(AccountRow)) or 0
    if accounts or KBStore(settings).count():
        return False
    console.print(f"first start: loading the sample product into {settings.data_dir}")
    bars = make_progress()
    with bars.progress:
        summary = load_folder(sample, settings, db, bars)
    console.print(f"sample product loaded ({summary.problems} problems)")
    return True
