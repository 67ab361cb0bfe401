"""The one model factory: nodes and agents never construct clients themselves."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from cs_agents.settings import Settings


class LLMConfigError(ValueError):
    """The settings ask for a model but do not say enough to reach it."""


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """The configured chat model, or None for the offline brain.

    The client's own retries are off: `agents.brain` retries with tenacity so that every attempt is
    counted and the fallback is decided in one place.
    """
    if settings.llm_provider == "offline":
        return None
    from langchain_openai import ChatOpenAI

    if settings.openai_api_key is None and settings.openai_base_url is None:
        raise LLMConfigError(
            "CS_AGENTS_LLM_PROVIDER=openai needs OPENAI_API_KEY, or OPENAI_BASE_URL for a local "
            "OpenAI-compatible server"
        )
    return ChatOpenAI(
        model=settings.llm_model,
        api_key=settings.openai_api_key or "not-needed",  # type: ignore[arg-type]  # local servers ignore it
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout_s,
        max_retries=0,
        temperature=0,
    )
