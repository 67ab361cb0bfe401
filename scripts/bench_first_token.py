"""Time to the first `token` event of the streamed chat with a model: prints figures, asserts nothing.

    python scripts/bench_first_token.py [--model-latency-ms 500] [--requests 20] [--data-dir DIR]

Starts the scripted OpenAI-compatible model (tests/fakes/openai_server.py, every call taking
`--model-latency-ms`, a streamed answer spending it between its chunks) and the service on loopback, as
scripts/load_chat.py does, then sends the sample's English tickets labelled `answer` (those a model's reply
streams for: a handoff that is due, or a reply in the wrong language, is held back until it is settled) one
at a time with
`Accept: text/event-stream` and measures, from the request: the first `token` event, and the `reply`
event (the end; before replies were streamed, the first token came just before it). Each message costs
two model calls (triage, then the streamed reply). The first request is a warm-up and not counted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_chat import SAMPLE, own_service, scripted_model


def answerable() -> list[tuple[str, str]]:
    """(text, account) of the sample's English tickets labelled `answer`, in file order."""
    rows = [json.loads(line) for line in (SAMPLE / "tickets.jsonl").read_text().splitlines() if line.strip()]
    return [
        (f"{r.get('subject') or ''}\n{r['body']}".strip(), r["account_id"])
        for r in rows
        if (r.get("expected") or {}).get("resolution") == "answer"
        and r.get("account_id")
        and r["body"].isascii()
    ]


def one(client: httpx.Client, message: str, account: str | None) -> tuple[float, float, str]:
    """(ms to the first token, ms to the reply event, who produced the reply) of one streamed chat."""
    body: dict[str, str] = {"message": message}
    if account:
        body["account_id"] = account
    start = time.perf_counter()
    first = end = None
    produced = "?"
    name = ""
    with client.stream("POST", "/v1/chat", json=body, headers={"Accept": "text/event-stream"}) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if line.startswith("event: "):
                name = line[len("event: ") :]
            elif line.startswith("data: ") and name == "token" and first is None:
                first = (time.perf_counter() - start) * 1000
            elif line.startswith("data: ") and name == "reply":
                end = (time.perf_counter() - start) * 1000
                produced = json.loads(line[len("data: ") :])["produced_by"]
    if first is None or end is None:
        raise SystemExit("a streamed chat ended without a token or a reply event")
    return first, end, produced


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-latency-ms", type=float, default=500.0)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--data-dir", type=Path, help="reuse a data directory (the sample loads once)")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cs-agents-first-token-")))
        llm_url = stack.enter_context(scripted_model(args.model_latency_ms, workdir))
        service = stack.enter_context(own_service(args.data_dir or workdir / "data", workdir, llm_url))
        headers = {"Authorization": f"Bearer {service.api_key}"}
        messages = answerable()[: args.requests + 1]
        firsts, ends, produced = [], [], []
        with httpx.Client(base_url=service.url, headers=headers, timeout=60) as client:
            for index, (text, account) in enumerate(messages):
                first, end, by = one(client, text, account)
                if index:  # the first is a warm-up
                    firsts.append(first)
                    ends.append(end)
                    produced.append(by)

    def row(label: str, values: list[float]) -> str:
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return (
            f"{label}: p50 {statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms, "
            f"min {ordered[0]:.0f} ms, max {ordered[-1]:.0f} ms"
        )

    print(
        f"{len(firsts)} streamed chats, one at a time, scripted model at {args.model_latency_ms:g} ms "
        f"a call; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(row("first token", firsts))
    print(row("reply event (end)", ends))
    print("produced_by: " + ", ".join(f"{p} {produced.count(p)}" for p in sorted(set(produced))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
