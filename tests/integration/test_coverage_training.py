"""The answerability score's training data, collected from a product folder as `cs-agents triage
train-coverage` collects it, and read by the shipped score as the ticket flow reads it."""

from pathlib import Path
from statistics import mean

from agents.customer_success import answerability
from cs_agents.settings import Settings
from evals import coverage
from knowledge_base.multilingual import shared_encoder
from tests.conftest import SAMPLE_PRODUCT


def test_samples_carry_the_triage_embedding_and_the_shipped_score_ranks_them(tmp_path: Path) -> None:
    samples = coverage.collect(SAMPLE_PRODUCT, Settings(data_dir=tmp_path))
    assert {s.label for s in samples} == {0, 1}
    size = shared_encoder().embed("a question").shape[0]
    assert all(s.vector.shape == (size,) for s in samples)
    assert all(set(s.values) == set(answerability.FEATURES) for s in samples)
    assert all(s.values["text_fit"] == 0.0 for s in samples)  # the model's text head fills it in
    model = answerability.AnswerabilityModel.load()
    answerable = mean(model.score(s.values, s.vector) for s in samples if s.label == 1)
    uncovered = mean(model.score(s.values, s.vector) for s in samples if s.label == 0)
    assert answerable > uncovered + 0.2
