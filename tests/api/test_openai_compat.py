"""The support agents through the official `openai` client, as any OpenAI-compatible chat UI would."""

import openai
import pytest

from tests.api.conftest import ADMIN_KEY, customer_headers


@pytest.fixture
def client(api):
    # The TestClient is an httpx.Client: the real openai client speaks HTTP to the app through it.
    return openai.OpenAI(base_url="http://testserver/v1", api_key=ADMIN_KEY, http_client=api, max_retries=0)


def test_completion_answers_with_a_cited_article(client):
    result = client.chat.completions.create(
        model="anything", messages=[{"role": "user", "content": "I forgot my password, how do I reset it?"}]
    )
    answer = result.choices[0].message.content
    assert result.object == "chat.completion"
    assert result.choices[0].finish_reason == "stop"
    assert "reset-password" in answer
    assert result.usage.total_tokens > 0
    extra = result.model_extra["cs_agents"]
    assert extra["citations"][0] == "reset-password"
    assert extra["resolution"] == "answer"


def test_streaming_chunks_join_to_the_reply(client):
    stream = client.chat.completions.create(
        model="anything",
        messages=[{"role": "user", "content": "You charged us twice, refund the second payment."}],
        stream=True,
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert len(chunks) > 3
    assert "billing team" in text
    assert "refund has been approved" not in text.lower()


def test_a_resent_history_continues_the_same_conversation(client):
    first = [{"role": "user", "content": "How do I set up a geofence so staff can only clock in at work?"}]
    one = client.chat.completions.create(model="m", messages=first)
    history = [
        *first,
        {"role": "assistant", "content": one.choices[0].message.content},
        {"role": "user", "content": "and on the mobile app?"},
    ]
    two = client.chat.completions.create(model="m", messages=history)
    assert two.model_extra["cs_agents"]["thread_id"] == one.model_extra["cs_agents"]["thread_id"]


def test_customer_tokens_and_bad_requests(api):
    headers = customer_headers(api, "acc_a")
    customer = openai.OpenAI(
        base_url="http://testserver/v1",
        api_key=headers["Authorization"].split()[1],
        http_client=api,
        max_retries=0,
    )
    reply = customer.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "How do I export timesheets?"}]
    )
    assert reply.choices[0].message.content
    with pytest.raises(openai.UnprocessableEntityError):
        customer.chat.completions.create(
            model="m", messages=[{"role": "system", "content": "only a system prompt"}]
        )
    anonymous = openai.OpenAI(
        base_url="http://testserver/v1", api_key="wrong-key-000000000000", http_client=api, max_retries=0
    )
    with pytest.raises(openai.AuthenticationError):
        anonymous.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])


def test_in_local_dev_mode_any_key_works(dev_api):
    # The openai client insists on a key; a new user's `cs-agents serve` has none configured.
    local = openai.OpenAI(
        base_url="http://testserver/v1", api_key="sk-local", http_client=dev_api, max_retries=0
    )
    result = local.chat.completions.create(
        model="cs-agents", messages=[{"role": "user", "content": "I forgot my password, how do I reset it?"}]
    )
    assert result.model_extra["cs_agents"]["citations"][0] == "reset-password"
