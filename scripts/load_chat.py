"""Load test of the support chat (`POST /v1/chat`): prints figures, asserts nothing.

    python scripts/load_chat.py [--concurrency 1,8,16] [--duration 15] [--requests 5000] [--abuser N]
                                [--sse-share 0.25] [--model-latency-ms N] [--out FILE.json]
                                [--accounts 72,10000]
                                [--url http://127.0.0.1:PORT [--api-key KEY] [--pid PID]]

By default it starts its own service: `uvicorn --factory api.app:create_app` on a free loopback port, with a
temporary data directory loaded with the sample product, API keys configured (messages are sent with
customer tokens of the tickets' accounts) and rate limits off. With `--model-latency-ms N` it also starts
the scripted OpenAI-compatible server (tests/fakes/openai_server.py) answering every request validly
after N ms, and points the service at it, so the same load runs through the LLM path.

Per concurrency level, for `--duration` seconds (or `--requests` requests, whichever comes first): requests,
throughput, latency p50/p95/p99 of successful requests, errors by status, SSE time to first event
p50/p95 (a share of the requests ask for `text/event-stream`), replies by `produced_by` (offline means a
fallback when a model is configured), and the server's RSS at the start and end of the level.

With `--accounts 72,10000` the same levels run once per number of accounts, in one run against one
service: before each, generated accounts (company names, contact names and e-mails like real ones, written
through the loader's upsert) top the sample's 72 up to that number; then the ticket p50 of each and its
ratio to the first are printed (`ticket p50: ...`). A ticket's cost should not grow with the customer base.

Only loopback targets are accepted: this is a tool for measuring one's own service, not anyone else's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import json
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes.replies import triage_reply  # noqa: E402
from tests.net import clean_env, free_port, uvicorn_command, wait_until_ok  # noqa: E402

SAMPLE = ROOT / "cs_agents" / "sample_product"
MAX_CONCURRENCY = 64
MAX_DURATION_S = 3600
MAX_REQUESTS = 1_000_000
_ARTICLE_ID = re.compile(r"^\[([A-Za-z0-9_.-]+)\] ", re.MULTILINE)


# ---------------------------------------------------------------------------------- safety limits


def loopback_url(url: str) -> str:
    """The URL without a trailing slash, if every address its host resolves to is loopback."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SystemExit(f"--url must be http(s)://host:port, not {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise SystemExit(f"cannot resolve {parts.hostname!r}: {exc}") from exc
    addresses = {str(info[4][0]) for info in infos}
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        raise SystemExit(f"refusing {url}: only loopback targets are allowed (it resolves to {addresses})")
    return url.rstrip("/")


def levels(text: str) -> list[int]:
    values = [int(v) for v in text.split(",") if v.strip()]
    if not values or any(not 1 <= v <= MAX_CONCURRENCY for v in values):
        raise SystemExit(f"--concurrency takes levels between 1 and {MAX_CONCURRENCY}, like 1,8,16")
    return values


# ----------------------------------------------------------------------------- the scripted model


def schema_instance(schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    """A minimal valid instance of a JSON schema (what structured output asks for)."""
    if "$ref" in schema:
        return schema_instance(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return schema_instance(options[0], defs)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {name: schema_instance(sub, defs) for name, sub in props.items()}
    if kind == "array":
        return [schema_instance(schema.get("items") or {}, defs)] * schema.get("minItems", 0)
    if kind == "string":
        return "x" * max(1, schema.get("minLength", 0))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def triage_for(text: str) -> dict[str, Any]:
    return triage_reply(" ".join(text.split()[:12]) or "A question.")


def reply_for(prompt: str) -> dict[str, Any]:
    """An answer citing the first article the service put in the prompt (else a handoff)."""
    articles = prompt.split("Articles:", 1)[-1]
    found = _ARTICLE_ID.search(articles)
    if found is None:
        return {
            "resolution": "escalate",
            "reply": "Thanks for the details. A person on our team will follow up with you shortly.",
            "citations": [],
            "handoff_summary": "The knowledge base did not cover the question.",
        }
    return {
        "resolution": "answer",
        "reply": (
            "Thanks for reaching out. Here is how to do it: open the settings page named in the article, "
            "follow the steps in order and save your changes; the change applies to your whole team "
            "within a minute. If anything looks different on your screen, reply here and we will help."
        ),
        "citations": [found.group(1)],
        "handoff_summary": None,
    }


def respond(body: dict[str, Any]) -> Any:
    """A valid answer to any request the service sends: the reply tool, structured output, or text."""
    from tests.fakes.openai_server import Reply

    messages = body.get("messages") or []
    last_user: dict[str, Any] = next((m for m in reversed(messages) if m.get("role") == "user"), {})
    content = last_user.get("content")
    prompt = content if isinstance(content, str) else ""
    tools = {t["function"]["name"]: t["function"] for t in body.get("tools") or []}
    if "TicketReply" in tools:
        return Reply("tool_call", reply_for(prompt), "TicketReply")
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        spec = fmt["json_schema"]
        if spec.get("name") == "Triage":
            return Reply("json", triage_for(prompt))
        schema = spec.get("schema") or {}
        return Reply("json", schema_instance(schema, schema.get("$defs") or {}))
    if len(tools) == 1:  # function-calling structured output forces its one function
        ((name, function),) = tools.items()
        params = function.get("parameters") or {}
        args = triage_for(prompt) if name == "Triage" else schema_instance(params, params.get("$defs") or {})
        return Reply("tool_call", args, name)
    return "OK."


def serve_llm(latency_ms: float) -> None:
    """Child-process mode: run the scripted model, print its base URL, stop when stdin closes."""
    from tests.fakes.openai_server import ScriptedLLM

    server = ScriptedLLM().set_responder(respond).set_latency(latency_ms / 1000).start()
    print(server.base_url, flush=True)
    try:
        sys.stdin.read()  # the parent closes our stdin (or dies) to stop us
    finally:
        server.stop()


# -------------------------------------------------------------------------------- the service


@dataclass
class Service:
    url: str
    pid: int | None
    api_key: str | None


def _process_tree(pid: int) -> list[int]:
    """pid and its descendants (uvicorn --workers N: a supervisor and its worker processes)."""
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo += [int(p) for p in task.read_text().split()]
    return pids


def rss_mb(pid: int | None) -> float | None:
    """Resident memory of the server: the process and its workers, summed."""
    if pid is None:
        return None
    total_kb = 0
    for member in _process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        found = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        total_kb += int(found.group(1)) if found else 0
    return round(total_kb / 1024, 1) if total_kb else None


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.startswith("CS_AGENTS_"):
        raise argparse.ArgumentTypeError(f"{text!r}: use CS_AGENTS_NAME=VALUE")
    return name, value


@contextlib.contextmanager
def scripted_model(latency_ms: float, workdir: Path) -> Iterator[str]:
    # A separate process, so the model's event loop does not share a GIL with the load generator.
    log = (workdir / "scripted-llm.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--serve-llm", "--model-latency-ms", str(latency_ms)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        if not base_url.startswith("http://127.0.0.1:"):
            raise SystemExit(f"the scripted model did not start; see {workdir / 'scripted-llm.log'}")
        yield base_url
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@contextlib.contextmanager
def own_service(
    data_dir: Path,
    workdir: Path,
    llm_url: str | None,
    workers: int = 1,
    settings: dict[str, str] | None = None,
) -> Iterator[Service]:
    env = clean_env()
    if not (data_dir / "cs_agents.db").exists():
        print(f"loading the sample product into {data_dir} (embeds the knowledge base once)...", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "cs_agents.cli",
                "--data-dir",
                str(data_dir),
                "load",
                "--sample",
                "--json",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    api_key = secrets.token_urlsafe(24)
    env.update(
        {
            "CS_AGENTS_DATA_DIR": str(data_dir),
            "CS_AGENTS_API_KEYS": f"load:admin:{api_key}",
            "CS_AGENTS_RATE_LIMIT_REQUESTS": "0",
        }
    )
    if llm_url is not None:
        env.update(
            {
                "CS_AGENTS_LLM_PROVIDER": "openai",
                "CS_AGENTS_OPENAI_BASE_URL": llm_url,
                "CS_AGENTS_OPENAI_API_KEY": "scripted-local-model",
                "CS_AGENTS_LLM_MODEL": "scripted",
            }
        )
    env.update(settings or {})
    port = free_port()
    log_path = workdir / "server.log"
    log = log_path.open("w")
    command = uvicorn_command(port, "--no-access-log", "--log-level", "warning", "--workers", str(workers))
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ok(f"{url}/readyz", proc)
        yield Service(url, proc.pid, api_key)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        tail = log_path.read_text(errors="replace").splitlines()[-20:]
        if tail:  # warnings and errors only (no access log): worth seeing before the temp dir goes
            print("server log (last lines):\n  " + "\n  ".join(tail))


# ------------------------------------------------------------------------------- more accounts

PREFIXES = ["North", "Blue", "Summit", "River", "Oak", "Bright", "Harbor", "Pine", "Silver", "Golden", "Lake"]
ROOTS = ["water", "gate", "field", "stone", "view", "side", "wood", "crest", "brook", "ridge", "point"]
KINDS = ["Dental", "Logistics", "Cafe", "Medical Group", "Hotels", "Retail", "Fitness", "Clinic", "Foods"]
FIRST = ["Maya", "Dana", "Marcus", "Priya", "Luis", "Chen", "Amara", "Jonas", "Sofia", "Omar", "Hana", "Ivan"]
LAST = ["Lopez", "Bell", "Raman", "Okafor", "Nguyen", "Schmidt", "Rossi", "Haddad", "Kowalski", "Silva"]


def generated_accounts(start: int, stop: int, seed: int) -> list[Any]:
    """Accounts acc_g<start>..acc_g<stop - 1>, named as real customers are (many share words)."""
    from cs_agents.models import Account

    rng = random.Random(seed * 1_000_003 + start)
    out = []
    for i in range(start, stop):
        company = f"{rng.choice(PREFIXES)}{rng.choice(ROOTS)} {rng.choice(KINDS)}"
        if rng.random() < 0.5:
            company += f" {rng.choice(['of', 'in'])} {rng.choice(LAST)}ville"
        first, last = rng.choice(FIRST), rng.choice(LAST)
        slug = re.sub(r"[^a-z]", "", company.lower())[:24]
        out.append(
            Account.model_validate(
                {
                    "id": f"acc_g{i:06d}",
                    "name": company,
                    "plan": rng.choice(["free", "starter", "pro", "enterprise"]),
                    "seats": rng.randint(1, 200),
                    "signup_date": "2025-06-01",
                    "contact": {"name": f"{first} {last}", "email": f"{first.lower()}.{i}@{slug}.example"},
                }
            )
        )
    return out


def grow_accounts(data_dir: Path, total: int, seed: int) -> int:
    """Top the data directory's accounts up to `total` (through the loader's upsert, in batches)."""
    from sqlalchemy import func, select

    from cs_agents.db import AccountRow, Database
    from cs_agents.records import upsert_accounts

    db = Database(f"sqlite:///{data_dir / 'cs_agents.db'}")
    try:
        with db.session() as session:
            have = session.scalar(select(func.count()).select_from(AccountRow)) or 0
            generated = session.scalar(select(func.count()).where(AccountRow.id.like("acc_g%"))) or 0
        for start in range(generated, generated + max(total - have, 0), 2000):
            batch = generated_accounts(start, min(start + 2000, generated + total - have), seed)
            with db.session() as session:
                upsert_accounts(session, list(enumerate(batch, 1)))
        with db.session() as session:
            return session.scalar(select(func.count()).select_from(AccountRow)) or 0
    finally:
        db.engine.dispose()


# ----------------------------------------------------------------------------------- the load


@dataclass
class Message:
    text: str
    account_id: str | None


@dataclass
class Level:
    concurrency: int
    requests: int = 0
    ok: int = 0
    seconds: float = 0.0
    throughput_rps: float = 0.0
    latency_ms: dict[str, float] = field(default_factory=dict)
    sse_requests: int = 0
    sse_first_event_ms: dict[str, float] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    produced_by: dict[str, int] = field(default_factory=dict)
    rss_mb_start: float | None = None
    rss_mb_end: float | None = None
    abuser: dict[str, int] = field(default_factory=dict)  # --abuser: its answers by status


def percentiles(values: list[float], qs: tuple[float, ...]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)
    return {
        f"p{round(q * 100)}": round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 1)
        for q in qs
    }


def sample_messages() -> list[Message]:
    rows = [json.loads(line) for line in (SAMPLE / "tickets.jsonl").read_text().splitlines() if line.strip()]
    return [
        Message(f"{r.get('subject') or ''}\n{r['body']}".strip(), r.get("account_id"))
        for r in rows
        if r.get("body")
    ]


async def customer_tokens(http: httpx.AsyncClient, api_key: str, accounts: set[str]) -> dict[str, str]:
    """One customer token per account, so requests go through token checks and account scoping."""
    tokens = {}
    for account in sorted(accounts):
        answer = await http.post(
            "/v1/tokens", json={"account_id": account}, headers={"Authorization": f"Bearer {api_key}"}
        )
        if answer.status_code == 201:
            tokens[account] = answer.json()["token"]
    return tokens


class Load:
    def __init__(self, http: httpx.AsyncClient, messages: list[Message], args: argparse.Namespace) -> None:
        self.http = http
        self.messages = messages
        self.args = args
        self.rng = random.Random(args.seed)
        self.tokens: dict[str, str] = {}
        self.api_key: str | None = None
        self.abuser_token: str | None = None
        self.queue: list[Message] = []  # sent first, in order (the warm-up of every message)

    def request(self) -> tuple[dict[str, Any], dict[str, str]]:
        message = self.queue.pop() if self.queue else self.rng.choice(self.messages)
        body: dict[str, Any] = {"message": message.text}
        headers = {}
        token = self.tokens.get(message.account_id or "")
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
            return body, headers
        # no token for it (anonymous ticket, or no key given): as an admin, or in dev mode, for the account
        if self.api_key is not None:
            headers["Authorization"] = f"Bearer {self.api_key}"
        if message.account_id:
            body["account_id"] = message.account_id
        return body, headers

    async def one(
        self, level: Level, latencies: list[float], ttfe: list[float], errors: Counter[str]
    ) -> None:
        body, headers = self.request()
        sse = self.rng.random() < self.args.sse_share
        start = time.perf_counter()
        try:
            if sse:
                level.sse_requests += 1
                first: float | None = None
                text = ""
                async with self.http.stream(
                    "POST", "/v1/chat", json=body, headers={**headers, "Accept": "text/event-stream"}
                ) as stream:
                    if stream.status_code != 200:
                        await stream.aread()
                        errors[str(stream.status_code)] += 1
                        return
                    async for chunk in stream.aiter_text():
                        if first is None:
                            first = (time.perf_counter() - start) * 1000
                        text += chunk
                reply = _final_reply(text)
                if reply is None:
                    errors["sse_without_reply"] += 1
                    return
                if first is not None:
                    ttfe.append(first)
            else:
                answer = await self.http.post("/v1/chat", json=body, headers=headers)
                if answer.status_code != 200:
                    errors[str(answer.status_code)] += 1
                    return
                reply = answer.json()
        except httpx.HTTPError as exc:
            errors[type(exc).__name__] += 1
            return
        finally:
            level.requests += 1
        latencies.append((time.perf_counter() - start) * 1000)
        level.ok += 1
        produced = str(reply.get("produced_by"))
        level.produced_by[produced] = level.produced_by.get(produced, 0) + 1

    async def level(self, concurrency: int, pid: int | None) -> Level:
        level = Level(concurrency, rss_mb_start=rss_mb(pid))
        latencies: list[float] = []
        ttfe: list[float] = []
        errors: Counter[str] = Counter()
        budget = [self.args.requests]
        deadline = time.perf_counter() + self.args.duration

        async def worker() -> None:
            while time.perf_counter() < deadline and budget[0] > 0:
                budget[0] -= 1
                await self.one(level, latencies, ttfe, errors)

        abuse: Counter[str] = Counter()

        async def abuser() -> None:
            # One customer token sending as many chats at once as it can; a refusal (429) is retried after
            # its Retry-After, as a client within its rate limit would.
            body = {"message": "How do I reset my password?"}
            headers = {"Authorization": f"Bearer {self.abuser_token}"}
            while time.perf_counter() < deadline:
                try:
                    answer = await self.http.post("/v1/chat", json=body, headers=headers)
                except httpx.HTTPError as exc:
                    abuse[type(exc).__name__] += 1
                    continue
                abuse[str(answer.status_code)] += 1
                if answer.status_code == 429:
                    await asyncio.sleep(float(answer.headers.get("Retry-After", "1")))

        start = time.perf_counter()
        abusers = [abuser() for _ in range(self.args.abuser if self.abuser_token else 0)]
        await asyncio.gather(*(worker() for _ in range(concurrency)), *abusers)
        if abusers:
            level.abuser = dict(abuse)
        level.seconds = round(time.perf_counter() - start, 2)
        level.throughput_rps = round(level.ok / level.seconds, 2) if level.seconds else 0.0
        level.latency_ms = percentiles(latencies, (0.5, 0.95, 0.99))
        level.sse_first_event_ms = percentiles(ttfe, (0.5, 0.95))
        level.errors = dict(errors)
        level.rss_mb_end = rss_mb(pid)
        return level


def _final_reply(text: str) -> dict[str, Any] | None:
    for block in reversed(text.strip().split("\n\n")):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if lines.get("event") == "reply":
            reply: dict[str, Any] = json.loads(lines["data"])
            return reply
    return None


async def run_load(service: Service, args: argparse.Namespace, warm_all: bool = False) -> list[Level]:
    messages = sample_messages()
    timeout = httpx.Timeout(args.timeout, connect=10)
    limits = httpx.Limits(max_connections=max(levels(args.concurrency)) + args.abuser + 2)
    async with httpx.AsyncClient(base_url=service.url, timeout=timeout, limits=limits) as http:
        load = Load(http, messages, args)
        load.api_key = service.api_key
        if service.api_key is not None:
            accounts = {m.account_id for m in messages if m.account_id}
            load.tokens = await customer_tokens(http, service.api_key, accounts)
            if args.abuser:
                # the abuser is one account's token; the measured requests are the other accounts'
                victim_of = sorted(load.tokens)[0]
                load.abuser_token = load.tokens.pop(victim_of)
                load.messages = [m for m in messages if m.account_id in load.tokens]
        if args.accounts and warm_all:
            # Every message once: a later run must not be faster only for finding its embeddings cached.
            load.queue = list(reversed(load.messages))
            for _ in range(len(load.queue)):
                await load.one(Level(0), [], [], Counter())
        if args.warmup:
            warm = Level(0)
            await asyncio.gather(*(load.one(warm, [], [], Counter()) for _ in range(args.warmup)))
        results = []
        for concurrency in levels(args.concurrency):
            level = await load.level(concurrency, service.pid)
            results.append(level)
            print_level(level)
    return results


# --------------------------------------------------------------------------------------- report

HEADER = (
    f"{'conc':>4} {'reqs':>6} {'ok':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
    f"{'sse':>4} {'ttfe50':>7} {'ttfe95':>7} {'rss MB start→end':>17}  errors / produced_by"
)


def print_level(level: Level) -> None:
    def ms(values: dict[str, float], key: str) -> str:
        return f"{values[key]:.0f}" if key in values else "-"

    rss = f"{level.rss_mb_start or 0:.0f}→{level.rss_mb_end or 0:.0f}" if level.rss_mb_start else "-"
    errors = ",".join(f"{k}:{v}" for k, v in sorted(level.errors.items())) or "none"
    produced = ",".join(f"{k}:{v}" for k, v in sorted(level.produced_by.items()))
    print(
        f"{level.concurrency:>4} {level.requests:>6} {level.ok:>6} {level.throughput_rps:>7.2f} "
        f"{ms(level.latency_ms, 'p50'):>8} {ms(level.latency_ms, 'p95'):>8} {ms(level.latency_ms, 'p99'):>8} "
        f"{level.sse_requests:>4} {ms(level.sse_first_event_ms, 'p50'):>7} "
        f"{ms(level.sse_first_event_ms, 'p95'):>7} {rss:>17}  {errors} / {produced}"
        + (f" / abuser {level.abuser}" if level.abuser else ""),
        flush=True,
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--concurrency", default="1,8,16", help="concurrency levels, run in turn")
    parser.add_argument("--duration", type=float, default=15, help="seconds per level (60+ for a soak)")
    parser.add_argument("--requests", type=int, default=5000, help="at most this many requests per level")
    parser.add_argument("--sse-share", type=float, default=0.25, help="share of requests asking for SSE")
    parser.add_argument("--model-latency-ms", type=float, help="run through the scripted model, this slow")
    parser.add_argument("--warmup", type=int, default=4, help="requests before the first level, not counted")
    parser.add_argument("--timeout", type=float, default=120, help="per-request timeout in seconds")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        type=_setting,
        metavar="CS_AGENTS_NAME=VALUE",
        help="a setting for the service this script starts (repeatable)",
    )
    parser.add_argument(
        "--workers", type=int, default=1, choices=range(1, 9), metavar="1-8", help="uvicorn worker processes"
    )
    parser.add_argument(
        "--abuser",
        type=int,
        default=0,
        metavar="N",
        help="also send N chats at once with one customer token (the measured requests are other accounts')",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--url", help="an already-running local service instead of starting one")
    parser.add_argument("--api-key", help="with --url: an admin key (customer tokens are minted with it)")
    parser.add_argument("--pid", type=int, help="with --url: the server's pid, for its RSS")
    parser.add_argument("--data-dir", type=Path, help="reuse this data directory (sample loaded if empty)")
    parser.add_argument(
        "--accounts",
        type=lambda text: [int(v) for v in text.split(",") if v.strip()],
        help="run the levels once per number of accounts, e.g. 72,10000 (generated ones top the sample up)",
    )
    parser.add_argument("--serve-llm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not 0 < args.duration <= MAX_DURATION_S:
        parser.error(f"--duration must be in (0, {MAX_DURATION_S}] seconds")
    if not 1 <= args.requests <= MAX_REQUESTS:
        parser.error(f"--requests must be in [1, {MAX_REQUESTS}]")
    if not 0 <= args.abuser <= MAX_CONCURRENCY * 4:
        parser.error(f"--abuser takes 0 to {MAX_CONCURRENCY * 4} concurrent requests")
    if not 0 <= args.sse_share <= 1:
        parser.error("--sse-share is a share between 0 and 1")
    if args.model_latency_ms is not None and not 0 <= args.model_latency_ms <= 60_000:
        parser.error("--model-latency-ms must be between 0 and 60000")
    if args.url and args.model_latency_ms is not None:
        parser.error("--model-latency-ms configures a service this script starts; it cannot with --url")
    if args.accounts is not None:
        if args.url:
            parser.error("--accounts adds accounts to the service this script starts; it cannot with --url")
        if not args.accounts or any(not 1 <= n <= 1_000_000 for n in args.accounts):
            parser.error("--accounts takes numbers of accounts between 1 and 1000000, like 72,10000")
    levels(args.concurrency)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve_llm:
        serve_llm(args.model_latency_ms or 0.0)
        return 0
    model = (
        "offline brain" if args.model_latency_ms is None else f"scripted model, {args.model_latency_ms:g} ms"
    )
    with contextlib.ExitStack() as stack:
        data_dir = Path()
        if args.url:
            service = Service(loopback_url(args.url), args.pid, args.api_key)
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cs-agents-load-")))
            data_dir = args.data_dir or workdir / "data"
            llm_url = None
            if args.model_latency_ms is not None:
                llm_url = stack.enter_context(scripted_model(args.model_latency_ms, workdir))
            settings = dict(args.set)
            service = stack.enter_context(own_service(data_dir, workdir, llm_url, args.workers, settings))
        workers = f", {args.workers} workers" if not args.url else ""
        print(
            f"target {service.url} ({model}{workers}); {args.duration:g} s per level, "
            f"SSE share {args.sse_share:g}"
        )
        results: list[Level] = []
        p50: list[tuple[int, float]] = []
        for total in args.accounts or [None]:
            if total is not None:
                count = grow_accounts(data_dir, total, args.seed)
                print(f"accounts: {count}", flush=True)
            print(HEADER)
            measured = asyncio.run(run_load(service, args, warm_all=not results))
            results += measured
            if total is not None and measured[0].latency_ms:
                p50.append((count, measured[0].latency_ms["p50"]))
        if p50:
            base = p50[0][1]
            print(
                "ticket p50: "
                + ", ".join(f"{n} accounts {ms:.1f} ms ({ms / base:.2f}x)" for n, ms in p50)
                + f" (first level, {levels(args.concurrency)[0]} client(s))"
            )
    if args.out:
        report = {
            "target": "own" if not args.url else "url",
            "model": model,
            "duration_s": args.duration,
            "sse_share": args.sse_share,
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),
            "levels": [asdict(level) for level in results],
            "accounts": args.accounts,
        }
        args.out.write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
