"""Issue 13, item 6: each ticket's run is one OpenTelemetry trace, a span per graph node and per model or
tool call, with labels and counts only; read back with the SDK's in-memory exporter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from agents.context import Services
from cs_agents import tracing
from cs_agents.models import Ticket
from graph.run import TicketRunner
from tests.integration.test_llm_path import QUESTION, REPLY, TRIAGE_HOW_TO, make_runner

SECRET_WORDS = "Ottoline Quarrington"  # a name that appears nowhere but in the ticket


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.use(provider)
    yield exporter
    tracing.use(None)
    provider.shutdown()


def ticket(text: str) -> Ticket:
    return Ticket(id=f"TR-{uuid.uuid4().hex[:8]}", account_id="acc_003", channel="email", body=text)


def tree(finished: list[ReadableSpan]) -> dict[str, Any]:
    """{name: [child names, in start order]} for every span, and the root's name under None."""
    by_id = {s.context.span_id: s for s in finished}
    children: dict[str, list[str]] = {}
    roots = []
    for s in sorted(finished, key=lambda s: s.start_time or 0):
        if s.parent is None or s.parent.span_id not in by_id:
            roots.append(s.name)
        else:
            children.setdefault(by_id[s.parent.span_id].name, []).append(s.name)
    return {None: roots, **children}


def test_an_offline_ticket_is_one_trace_with_a_span_per_node(
    sample_settings: Any, spans: InMemorySpanExporter
) -> None:
    runner = TicketRunner(Services.build(sample_settings))
    try:
        outcome = runner.run(ticket(QUESTION))
    finally:
        runner.close()

    finished = spans.get_finished_spans()
    assert len({s.context.trace_id for s in finished}) == 1
    assert tree(finished) == {
        None: ["ticket"],
        "ticket": [
            "node screen",
            "node triage",
            "node retrieve",
            "node compose_reply",
            "node finish",
        ],
    }
    [root] = [s for s in finished if s.name == "ticket"]
    assert root.attributes is not None
    assert root.attributes["cs_agents.ticket_id"] == outcome.ticket_id
    assert root.attributes["cs_agents.produced_by"] == "offline"
    assert root.attributes["cs_agents.model_calls"] == 0


def test_a_ticket_with_a_model_has_model_and_tool_calls_under_their_nodes(
    sample_settings: Any, scripted_llm: Any, spans: InMemorySpanExporter
) -> None:
    runner = make_runner(sample_settings, scripted_llm)
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("get_account", {})
    scripted_llm.reply_tool_call("TicketReply", REPLY)
    try:
        outcome = runner.run(ticket(QUESTION))
    finally:
        runner.close()

    finished = spans.get_finished_spans()
    shape = tree(finished)
    assert shape[None] == ["ticket"]
    assert shape["node triage"] == ["llm.call"]
    assert shape["node compose_reply"] == ["llm.call", "tool.call", "llm.call"]
    calls = [s for s in finished if s.name == "llm.call"]
    assert [s.attributes["cs_agents.llm.answer_schema"] for s in calls] == [  # type: ignore[index]
        "Triage",
        "TicketReply",
        "TicketReply",
    ]
    triage_call = calls[0].attributes or {}
    assert triage_call["gen_ai.request.model"] == "scripted"
    assert triage_call["cs_agents.llm.request_shape.structured_output"] == "json_schema"
    assert int(triage_call["gen_ai.usage.input_tokens"]) > 0  # type: ignore[arg-type]
    assert calls[1].attributes["cs_agents.llm.request_shape.tool_choice"] == "any"  # type: ignore[index]
    [tool] = [s for s in finished if s.name == "tool.call"]
    assert dict(tool.attributes or {}) == {"gen_ai.tool.name": "get_account", "cs_agents.tool.result": "ok"}
    [root] = [s for s in finished if s.name == "ticket"]
    assert (root.attributes or {})["cs_agents.tokens"] == outcome.tokens > 0


def test_a_fallback_names_its_cause_on_the_node(
    sample_settings: Any, scripted_llm: Any, spans: InMemorySpanExporter
) -> None:
    runner = make_runner(sample_settings, scripted_llm, llm_max_retries=0)
    scripted_llm.fail_next(503)
    try:
        runner.run(ticket(QUESTION))
    finally:
        runner.close()

    finished = spans.get_finished_spans()
    [node] = [s for s in finished if s.name == "node triage"]
    assert (node.attributes or {})["cs_agents.llm.fallback_reason"] == "server_error"
    [call] = [s for s in finished if s.name == "llm.call"]
    assert not call.status.is_ok and "error.type" in (call.attributes or {})


def test_no_ticket_text_or_personal_data_in_any_attribute(
    sample_settings: Any, scripted_llm: Any, spans: InMemorySpanExporter
) -> None:
    runner = make_runner(sample_settings, scripted_llm)
    text = f"{QUESTION} My name is {SECRET_WORDS}, card 4111 1111 1111 1111, mail ottoline@example.com."
    reply = {**REPLY, "reply": f"Hi {SECRET_WORDS}, turn on geofencing under Settings > Locations."}
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("search_kb", {"query": SECRET_WORDS})
    scripted_llm.reply_tool_call("TicketReply", reply)
    try:
        runner.run(ticket(text))
    finally:
        runner.close()

    finished = spans.get_finished_spans()
    assert len(finished) >= 8
    dumped = json.dumps([dict(s.attributes or {}) for s in finished] + [s.name for s in finished])
    for word in ("Ottoline", "Quarrington", "4111", "ottoline@", "geofencing", "clocking"):
        assert word.lower() not in dumped.lower()


def test_nothing_is_set_up_without_an_endpoint() -> None:
    # Chroma imports OpenTelemetry's API for its own telemetry; this project adds no import of its own.
    code = (
        "import sys; import graph.run, agents.brain, api.app; from cs_agents import tracing; "
        "assert tracing.tracer() is None; "
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry.exporter.otlp.proto.http')))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_an_endpoint_exports_spans_over_otlp_http() -> None:
    received: list[tuple[str, str, int]] = []

    class Collector(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            received.append((self.path, self.headers.get("Content-Type", ""), len(body)))
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    collector = ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    threading.Thread(target=collector.serve_forever, daemon=True).start()
    try:
        # A process of its own: the provider is built from the environment once, and flushed at exit.
        code = "from cs_agents import tracing\nwith tracing.span('ticket', **{'cs_agents.node': 'x'}): pass"
        endpoint = f"http://127.0.0.1:{collector.server_address[1]}"
        env = {**os.environ, "OTEL_EXPORTER_OTLP_ENDPOINT": endpoint}
        subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    finally:
        collector.shutdown()
    assert [(path, kind) for path, kind, _ in received] == [("/v1/traces", "application/x-protobuf")]
    assert received[0][2] > 0
