"""The HTTP service: health, readiness and knowledge-base search, in-process and as a real server."""

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from knowledge_base.ingest import ingest_folder
from knowledge_base.store import KBStore
from tests.net import free_port, wait_until_ok


@pytest.fixture
def client(settings, kb_folder):
    ingest_folder(KBStore(settings), kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
    with TestClient(create_app(settings)) as c:
        yield c


def test_health_and_readiness(client):
    health = client.get("/healthz").json()
    assert health["status"] == "ok"
    assert health["auth"].startswith("local dev mode")  # no API keys configured
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["database"] == "ok"


def test_search_endpoint(client):
    body = client.get("/v1/kb/search", params={"q": "refund please", "k": 2}).json()
    assert body["hits"][0]["id"] == "policy-refunds"
    assert 0 <= body["confidence"] <= 1
    assert client.get("/v1/kb/search", params={"q": "x", "type": "faq"}).status_code == 422
    assert client.get("/v1/kb/search").status_code == 422


def test_serve_loads_sample_on_first_start_and_answers(tmp_path: Path, kb_folder: Path):
    """`cs-agents serve` as a real process: first start loads the (here: small) product folder."""
    sample = tmp_path / "mini-product"
    shutil.copytree(kb_folder, sample / "kb")
    port = free_port()
    exe = Path(sys.executable).parent / "cs-agents"
    proc = subprocess.Popen(
        [str(exe), "--data-dir", str(tmp_path / "d"), "serve", "--port", str(port), "--product", str(sample)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_ok(f"{url}/readyz", proc)
        hits = httpx.get(f"{url}/v1/kb/search", params={"q": "forgot password"}, timeout=10).json()["hits"]
        assert hits[0]["id"] == "reset-password"
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert "first start: loading the sample product" in out
