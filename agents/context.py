"""What agents and tools run against: built once per process, shared by every run."""

from __future__ import annotations

from dataclasses import dataclass, field

from agents.account_index import AccountIdentifiers
from agents.brain import Brain, RequestShapes
from agents.customer_success.answerability import Scorer
from agents.customer_success.triage import TriageEngine, kb_vote_weight
from cs_agents.db import Database, get_database
from cs_agents.llm import make_chat_model
from cs_agents.settings import Settings
from knowledge_base.search import KnowledgeBase


@dataclass
class Services:
    settings: Settings
    db: Database
    kb: KnowledgeBase
    brain: Brain  # a template: each run takes `brain.fresh()`
    triage: TriageEngine = field(default_factory=TriageEngine)
    answerability: Scorer = field(default_factory=Scorer)
    kb_vote_weight: float = field(default_factory=kb_vote_weight)
    account_identifiers: AccountIdentifiers = field(init=False)  # for the output screen, per process

    def __post_init__(self) -> None:
        self.account_identifiers = AccountIdentifiers(self.db)

    @classmethod
    def build(cls, settings: Settings) -> Services:
        brain = Brain(
            make_chat_model(settings),
            settings.llm_structured_output_method,
            settings.llm_max_retries,
            settings.llm_retry_wait_s,
            shapes=RequestShapes(
                settings.llm_tool_choice,
                settings.llm_structured_output_method,
                adapt=settings.llm_adapt_request_shapes,
            ),
            # OpenAI's own API reads max_completion_tokens; llama.cpp, Ollama and older vLLM only max_tokens.
            legacy_max_tokens=settings.openai_base_url is not None,
            max_tool_rounds=settings.llm_max_tool_rounds,
        )
        return cls(settings, get_database(settings), KnowledgeBase(settings), brain)
