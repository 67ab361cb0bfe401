"""The query embedding runs on a one-thread ONNX session and batches on an all-cores one
(knowledge_base/embedding.py): both must give a text the same vector, or retrieval would rank a question
differently from how ingest placed the articles."""

from __future__ import annotations

import numpy as np

from knowledge_base.embedding import get_encoder

TEXTS = [
    "How do I export timesheets to payroll?",
    "Mi cuenta está bloqueada desde ayer y no puedo fichar",
    "The API returns 500 on every POST to /v1/shifts since this morning; our integration is down. " * 4,
]


def test_a_text_alone_and_in_a_batch_gets_the_same_vector() -> None:
    encoder = get_encoder()
    for text in TEXTS:
        alone = encoder.encode([text])[0]
        in_batch = encoder.encode([text, text])  # two copies: no padding from a longer neighbour
        assert np.allclose(alone, in_batch[0], atol=1e-6) and np.allclose(alone, in_batch[1], atol=1e-6)
        assert abs(float(np.linalg.norm(alone)) - 1.0) < 1e-5
