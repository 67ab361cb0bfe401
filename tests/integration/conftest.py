"""A loaded sample product shared by the ticket-flow tests (loading it takes ~20 s, so once per session)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.context import Services
from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from graph.run import TicketRunner
from tests.conftest import SAMPLE_PRODUCT


@pytest.fixture(scope="session")
def sample_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(data_dir=Path(tmp_path_factory.mktemp("sample")))
    summary = load_folder(SAMPLE_PRODUCT, settings, get_database(settings))
    assert summary.problems == 0
    return settings


@pytest.fixture(scope="session")
def runner(sample_settings: Settings) -> Iterator[TicketRunner]:
    r = TicketRunner(Services.build(sample_settings))
    yield r
    r.close()
