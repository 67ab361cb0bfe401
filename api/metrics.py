"""Prometheus text-format metrics, kept in process memory (each worker is scraped on its own).

Requests by route and status, request latency, and what the ticket flow spent (model calls, tokens,
fallbacks to the offline brain); every model attempt by result, retries and fallbacks of any decision
(the brain's `ModelStats`, tickets and workflow drafts alike); the pending-reviews gauge is read from the
database at scrape time.
"""

from __future__ import annotations

import threading
import time
from bisect import bisect_left
from collections import defaultdict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agents.brain import ModelStats, RequestShapes
from graph.outcome import TicketOutcome

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
Labels = tuple[tuple[str, str], ...]


def _labels(labels: Labels) -> str:
    if not labels:
        return ""
    inner = ",".join(f'{k}="{_escape(v)}"' for k, v in labels)
    return "{" + inner + "}"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class Metrics:
    """Counters and one latency histogram; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.counters: dict[str, dict[Labels, float]] = defaultdict(lambda: defaultdict(float))
        self.help: dict[str, str] = {
            "cs_agents_http_requests_total": "HTTP requests by method, route and status",
            "cs_agents_tickets_total": "ticket-flow runs by resolution and producer",
            "cs_agents_model_calls_total": "chat-model calls made by the ticket flow",
            "cs_agents_model_tokens_total": "tokens used by the ticket flow's model calls",
            "cs_agents_llm_fallbacks_total": "ticket-flow runs answered offline with a model configured",
            "cs_agents_chat_stream_resets_total": "streamed chat replies whose tokens were reset: the "
            "reply changed after it began (a retry, a fallback, or the final screen)",
        }
        # Read from the brain's ModelStats at scrape time (counters kept by agents.brain, not here).
        self.model_help: dict[str, str] = {
            "cs_agents_llm_attempts_total": "chat-model requests by result: ok, or the kind of error",
            "cs_agents_llm_retries_total": "chat-model requests retried after a retryable error",
            "cs_agents_llm_decision_fallbacks_total": "decisions taken offline after the model failed",
            "cs_agents_llm_fallback_reasons_total": "decisions taken offline, by the kind of the last error",
            "cs_agents_llm_repairs_total": "turns asking again: for the answer tool, shorter or corrected",
            "cs_agents_llm_shape_adaptations_total": "request shapes changed because the server refused one",
            "cs_agents_llm_request_shape": "the request shape in use for each setting (1)",
        }
        self._hist_counts: dict[Labels, list[int]] = {}
        self._hist_sum: dict[Labels, float] = defaultdict(float)

    def inc(self, name: str, value: float = 1.0, **labels: str) -> None:
        key = tuple(sorted(labels.items()))
        with self._lock:
            self.counters[name][key] += value

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.inc("cs_agents_http_requests_total", method=method, route=route, status=str(status))
        key: Labels = (("route", route),)
        with self._lock:
            counts = self._hist_counts.setdefault(key, [0] * (len(BUCKETS) + 1))
            counts[bisect_left(BUCKETS, seconds)] += 1
            self._hist_sum[key] += seconds

    def observe_outcome(self, outcome: TicketOutcome, llm_configured: bool) -> None:
        self.inc("cs_agents_tickets_total", resolution=outcome.resolution, produced_by=outcome.produced_by)
        self.inc("cs_agents_model_calls_total", outcome.model_calls)
        self.inc("cs_agents_model_tokens_total", outcome.tokens)
        if llm_configured and outcome.produced_by == "offline":
            self.inc("cs_agents_llm_fallbacks_total")
        else:
            self.inc("cs_agents_llm_fallbacks_total", 0)

    def render(
        self,
        gauges: dict[str, tuple[str, float]],
        model: ModelStats | None = None,
        shapes: RequestShapes | None = None,
    ) -> str:
        lines: list[str] = []
        if model is not None:
            attempts, retries, fallbacks = model.snapshot()
            report = model.report()
            model_series: dict[str, dict[Labels, float]] = {
                "cs_agents_llm_attempts_total": {
                    (("result", result),): float(n) for result, n in attempts.items()
                },
                "cs_agents_llm_retries_total": {(): float(retries)},
                "cs_agents_llm_decision_fallbacks_total": {(): float(fallbacks)},
                "cs_agents_llm_fallback_reasons_total": {
                    (("reason", kind),): float(n) for kind, n in report["fallback_reasons"].items()
                },
                "cs_agents_llm_repairs_total": {(): float(report["repairs"])},
            }
            if shapes is not None:
                adapted: dict[Labels, float] = defaultdict(float)
                for a in shapes.adaptations():  # labels are bounded: the shape names, never the reason
                    adapted[(("from", a.old), ("setting", a.setting), ("to", a.new))] += 1
                model_series["cs_agents_llm_shape_adaptations_total"] = dict(adapted)
                model_series["cs_agents_llm_request_shape"] = {
                    (("setting", setting), ("shape", shape)): 1.0
                    for setting, shape in shapes.report()["shapes"].items()
                }
            for name, values in model_series.items():
                kind = "gauge" if name == "cs_agents_llm_request_shape" else "counter"
                lines.append(f"# HELP {name} {self.model_help[name]}")
                lines.append(f"# TYPE {name} {kind}")
                for labels, value in sorted((values or {(): 0.0}).items()):
                    lines.append(f"{name}{_labels(labels)} {value:g}")
        with self._lock:
            names = sorted(set(self.counters) | set(self.help))
            for name in names:
                lines.append(f"# HELP {name} {self.help.get(name, name)}")
                lines.append(f"# TYPE {name} counter")
                series = self.counters.get(name) or {(): 0.0}
                for labels, value in sorted(series.items()):
                    lines.append(f"{name}{_labels(labels)} {value:g}")
            name = "cs_agents_http_request_duration_seconds"
            lines.append(f"# HELP {name} HTTP request latency by route (until the response is complete)")
            lines.append(f"# TYPE {name} histogram")
            for labels, counts in sorted(self._hist_counts.items()):
                cumulative = 0
                for bound, count in zip([*BUCKETS, float("inf")], counts, strict=True):
                    cumulative += count
                    le = "+Inf" if bound == float("inf") else f"{bound:g}"
                    lines.append(f"{name}_bucket{_labels((*labels, ('le', le)))} {cumulative}")
                lines.append(f"{name}_sum{_labels(labels)} {self._hist_sum[labels]:.6f}")
                lines.append(f"{name}_count{_labels(labels)} {cumulative}")
        for name, (help_text, value) in sorted(gauges.items()):
            lines.append(f"# HELP {name} {help_text}")
            lines.append(f"# TYPE {name} gauge")
            lines.append(f"{name} {value:g}")
        return "\n".join(lines) + "\n"


class RequestMetrics:
    """ASGI middleware: counts every HTTP request by its route template (not the raw path) and status."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def record_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            self.metrics.observe_request(scope["method"], template, status, time.perf_counter() - start)
