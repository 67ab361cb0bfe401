"""The same knowledge base code against a real Chroma server process (CHROMA_URL)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cs_agents.settings import Settings
from knowledge_base.ingest import ingest_folder
from knowledge_base.search import KnowledgeBase
from knowledge_base.store import KBStore
from tests.net import free_port, wait_until_ok

pytestmark = pytest.mark.slow


@pytest.fixture
def chroma_url(tmp_path: Path):
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    proc = subprocess.Popen(
        [exe, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ok(f"{url}/api/v2/heartbeat", proc, timeout_s=60)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_ingest_and_search_through_a_chroma_server(chroma_url, kb_folder, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", chroma_url=chroma_url)
    store = KBStore(settings)
    assert type(store.client).__name__ != "PersistentClient"
    report = ingest_folder(store, kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
    assert len(report.added) == 6
    assert not (tmp_path / "data" / "chroma").exists()  # nothing embedded locally

    other_worker = KnowledgeBase(settings, KBStore(settings))
    result = other_worker.search("I forgot my password", k=3)
    assert result.hits[0].id == "reset-password"

    (kb_folder / "guides" / "reset-password.md").unlink()
    again = ingest_folder(store, kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
    assert again.removed == ["reset-password"]
    assert "reset-password" not in {h.id for h in other_worker.search("I forgot my password", k=5).hits}


def test_bad_chroma_url_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="CHROMA_URL must look like"):
        KBStore(Settings(data_dir=tmp_path, chroma_url="localhost:8000"))
