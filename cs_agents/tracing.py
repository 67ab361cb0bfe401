"""OpenTelemetry traces of the ticket flow: a trace per ticket, a span per graph node, model and tool call.

Nothing is set up, and OpenTelemetry is not even imported, unless `OTEL_EXPORTER_OTLP_ENDPOINT` (or
`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set: then the first span builds a tracer provider that exports
over OTLP/HTTP, configured by the exporter's own `OTEL_*` variables (headers, timeout, ...), with
`OTEL_SERVICE_NAME` (default `cs-agents`). `OTEL_SDK_DISABLED=true` turns it off. Tests hand in their own
provider (`use`). The provider is this module's own, not the global one, so LangSmith's tracing (its own
`LANGSMITH_*` variables, through LangChain's callbacks) is untouched and goes on working beside it.

Attributes are identifiers, labels and counts only (node, model, tokens, request shape, fallback cause):
never the ticket's text or anything personal, and never an exception's message (a server may echo the
prompt), only its kind.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

Attribute = str | int | float | bool

_lock = threading.Lock()
_tracer: Any = None
_decided = False  # whether the environment was read (once per process, or until `use`)


def use(provider: Any | None) -> None:
    """Trace into `provider` (an SDK `TracerProvider`), or stop tracing with None; for tests and embedders."""
    global _tracer, _decided
    with _lock:
        _tracer = provider.get_tracer("cs_agents") if provider is not None else None
        _decided = True


def _from_environment() -> Any:
    if os.environ.get("OTEL_SDK_DISABLED", "").lower() == "true":
        return None
    if not (
        os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
    ):
        return None
    # Imported only here: a service without a collector pays nothing for tracing at start-up.
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    resource = Resource.create({"service.name": os.environ.get("OTEL_SERVICE_NAME", "cs-agents")})
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    return provider.get_tracer("cs_agents")


def tracer() -> Any:
    """The tracer in use, or None when tracing is off."""
    global _tracer, _decided
    if _decided:
        return _tracer
    with _lock:
        if not _decided:
            _tracer, _decided = _from_environment(), True
        return _tracer


@contextmanager
def span(name: str, **attributes: Attribute | None) -> Iterator[Any]:
    """A child of the current span for the block (None when tracing is off). An exception leaving the
    block marks the span as failed with the exception's type only."""
    current = tracer()
    if current is None:
        yield None
        return
    from opentelemetry.trace import Status, StatusCode

    clean = {k: v for k, v in attributes.items() if v is not None}
    with current.start_as_current_span(
        name, attributes=clean, record_exception=False, set_status_on_exception=False
    ) as opened:
        try:
            yield opened
        except BaseException as exc:
            opened.set_status(Status(StatusCode.ERROR, type(exc).__name__))
            opened.set_attribute("error.type", type(exc).__name__)
            raise


def annotate(opened: Any, **attributes: Attribute | None) -> None:
    """Set attributes on a span from `span` (nothing when tracing is off)."""
    if opened is None:
        return
    for key, value in attributes.items():
        if value is not None:
            opened.set_attribute(key, value)


def annotate_current(**attributes: Attribute | None) -> None:
    """Set attributes on the innermost open span, if tracing is on (e.g. a fallback's cause on its node)."""
    if tracer() is None:
        return
    from opentelemetry import trace

    annotate(trace.get_current_span(), **attributes)
