#!/usr/bin/env python3
"""Benchmark the lifecycle engine: a generated product with many accounts and events, then `scan` and
`cs_metrics`, timed.

    python scripts/bench_lifecycle.py [--accounts 10000] [--events 1000000] [--dir DIR] [--seed 7]
                                      [--repeat N] [--history]

The scan is measured in a fresh process (`--existing DIR` measures a database written before), so the
peak memory it prints is the scan's, with its CPU time and the load average. With `--history` it also
stores the health history (agents/health_history.py) of D and the 7 weekly days before it, then times
the dashboard built from it (`dashboard: X s at N accounts`, a cold cache), an incremental scan after new
events of a few accounts (`incremental scan: ...`, stored through records.insert_events) and the account
page's reads.

The data is generated with numpy (seeded, vectorised) and written straight into a fresh SQLite data
directory with executemany (not through the JSONL loader), half a million events at a time, each slice
with its daily activity rollup added by the function that storing events calls (cs_agents/rollup.py),
all in one transaction: accounts on every plan signed up over the last ~2.5 years, events over the 120
days up to D (a few after D) with a realistic mix of event names, features (including uncatalogued ones)
and users, some accounts gone quiet, support tickets.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from datetime import time as dt_time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agents import health_history  # noqa: E402
from agents.lifecycle import cs_metrics, scan  # noqa: E402
from api import dashboard  # noqa: E402
from cs_agents import rollup  # noqa: E402
from cs_agents.db import Database  # noqa: E402
from cs_agents.models import Event  # noqa: E402
from cs_agents.records import insert_events  # noqa: E402

D = date(2026, 11, 15)
DAYS = 120
CATALOG = {
    "basic": ["dashboard", "schedule_view", "team_directory", "mobile_app"],
    "core": ["shift_templates", "time_clock", "timesheets", "shift_swaps", "availability", "reports"],
    "advanced": ["api_access", "payroll_export", "multi_location", "approval_workflows", "audit_log"],
}
FEATURES = [f for tier in CATALOG.values() for f in tier] + ["open_shifts", "kiosk_mode", "geofencing"]
NAMES = np.array(
    [
        "login",
        "feature_used",
        "key_action",
        "profile_completed",
        "integration_connected",
        "workspace_created",
        "user_invited",
        "limit_reached",
        "nps_submitted",
        "csat_submitted",
    ]
)
NAME_P = np.array([0.33, 0.38, 0.2, 0.012, 0.008, 0.01, 0.02, 0.006, 0.006, 0.008])
INTEGRATIONS = ["slack", "google_calendar", "adp", "gusto"]
LIMITS = ["seats", "locations", "sms_credits"]
PLANS = np.array(["free", "starter", "pro", "enterprise"])
EVENT_SLICE = 500_000


def generate(n_accounts: int, n_events: int, seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    plan = rng.choice(4, size=n_accounts, p=[0.25, 0.35, 0.3, 0.1])
    seats = np.select(
        [plan == 0, plan == 1, plan == 2],
        [np.full(n_accounts, 5), rng.integers(2, 16, n_accounts), rng.integers(5, 41, n_accounts)],
        rng.integers(20, 201, n_accounts),
    )
    age = rng.integers(0, 900, n_accounts)  # days since signup as of D
    # how busy an account is, and when it was last active (15% went quiet some time ago)
    weight = rng.lognormal(0.0, 1.0, n_accounts) * np.sqrt(seats)
    quiet = rng.random(n_accounts) < 0.15
    last_active = np.where(quiet, rng.integers(30, 100, n_accounts), 0)  # days before D
    users = np.maximum(1, np.ceil(seats * rng.uniform(0.1, 1.0, n_accounts))).astype(np.int64)

    acc = rng.choice(n_accounts, size=n_events, p=weight / weight.sum())
    first = np.minimum(age[acc], DAYS - 1)  # events start at signup, or when the log starts
    span = np.maximum(first - last_active[acc], 0)
    back = last_active[acc] + np.floor(rng.random(n_events) * (span + 1)).astype(np.int64)
    after_d = rng.random(n_events) < 0.001  # a few events after D, which the scan must ignore
    back = np.where(after_d, -rng.integers(1, 3, n_events), back)
    name = rng.choice(len(NAMES), size=n_events, p=NAME_P / NAME_P.sum())
    user = np.floor(rng.random(n_events) ** 2 * users[acc]).astype(np.int64) + 1
    seconds = rng.integers(8 * 3600, 19 * 3600, n_events)

    # properties: one code per distinct JSON text, looked up in a small table
    zipf = 1.0 / np.arange(1, len(FEATURES) + 1)
    feature = rng.choice(len(FEATURES), size=n_events, p=zipf / zipf.sum())
    texts = ["{}"]
    texts += [json.dumps({"feature": f}) for f in FEATURES]
    texts += [json.dumps({"integration": i}) for i in INTEGRATIONS]
    texts += [json.dumps({"limit": x}) for x in LIMITS]
    texts += [json.dumps({"score": s}) for s in range(11)]
    f0, i0 = 1, 1 + len(FEATURES)
    l0, s0 = i0 + len(INTEGRATIONS), i0 + len(INTEGRATIONS) + len(LIMITS)
    code = np.zeros(n_events, dtype=np.int64)
    code = np.where(name == 1, f0 + feature, code)
    code = np.where(name == 4, i0 + rng.integers(0, len(INTEGRATIONS), n_events), code)
    code = np.where(name == 7, l0 + rng.integers(0, len(LIMITS), n_events), code)
    nps_p = np.array([1, 1, 1, 1, 2, 3, 4, 8, 12, 14, 10], dtype=float)  # mostly passives and promoters
    csat_p = np.array([1, 1, 3, 8, 12], dtype=float)
    code = np.where(name == 8, s0 + rng.choice(11, n_events, p=nps_p / nps_p.sum()), code)
    code = np.where(name == 9, s0 + 1 + rng.choice(5, n_events, p=csat_p / csat_p.sum()), code)

    day = np.datetime64(D.isoformat(), "D") - back
    ts = day.astype("datetime64[s]") + seconds
    return {
        "plan": PLANS[plan],
        "seats": seats,
        "signup": np.datetime64(D.isoformat(), "D") - age,
        "acc": acc,
        "user": user,
        "name": NAMES[name],
        "day": day,
        "ts": ts,
        "properties": np.array(texts, dtype=object)[code],
    }


def write(db: Database, g: dict[str, np.ndarray], n_tickets: int, seed: int) -> None:
    rng = np.random.default_rng(seed + 1)
    n_accounts, n_events = len(g["seats"]), len(g["acc"])
    ids = np.char.add("acc_", np.char.zfill(np.arange(1, n_accounts + 1).astype(str), 6))
    accounts = list(
        zip(
            ids.tolist(),
            np.char.add("Company ", ids).tolist(),
            g["plan"].tolist(),
            g["seats"].tolist(),
            g["signup"].astype(str).tolist(),
            strict=True,
        )
    )

    decoded = {text: json.loads(text) for text in set(g["properties"].tolist())}
    postgres = db.engine.dialect.name == "postgresql"
    utc = ".000000+00:00" if postgres else ".000000"  # SQLite keeps UTC without an offset

    def sql(statement: str) -> str:  # the drivers' placeholders: sqlite3 ?, psycopg %s
        return statement.replace("?", "%s") if postgres else statement

    def events(start: int, stop: int) -> list[tuple[str, ...]]:
        """Rows start..stop-1 (built a slice at a time: at 10,000,000 events the whole list takes GBs)."""
        numbers = np.arange(start + 1, stop + 1).astype(str)
        acc_ids = ids[g["acc"][start:stop]]
        user_ids = np.char.add(
            np.char.add(np.char.add("u_", np.char.lstrip(acc_ids, "acc_")), "_"),
            g["user"][start:stop].astype(str),
        )
        stamps = np.char.add(np.char.replace(g["ts"][start:stop].astype(str), "T", " "), utc)
        return list(
            zip(
                np.char.add("bench-", numbers).tolist(),
                np.char.add("e-", numbers).tolist(),
                acc_ids.tolist(),
                user_ids.tolist(),
                g["name"][start:stop].tolist(),
                stamps.tolist(),
                g["day"][start:stop].astype(str).tolist(),
                g["properties"][start:stop].tolist(),
                strict=True,
            )
        )

    def stored(rows: list[tuple[str, ...]], days: list[date]) -> list[dict[str, Any]]:
        """The rows as the rollup takes them (what insert_events hands it)."""
        return [
            {
                "account_id": r[2],
                "user_id": r[3],
                "name": r[4],
                "day": day,
                "properties": decoded[r[7]],
                "ts": datetime.fromisoformat(r[5]).replace(tzinfo=UTC) if r[4] in rollup.FEEDBACK else None,
            }
            for r, day in zip(rows, days, strict=True)
        ]

    t_acc = rng.choice(n_accounts, size=n_tickets)
    t_ts = np.datetime64(D.isoformat(), "s") - rng.integers(0, 90 * 86400, n_tickets)
    tickets = list(
        zip(
            np.char.add("H-", np.arange(1, n_tickets + 1).astype(str)).tolist(),
            ids[t_acc].tolist(),
            np.char.add(np.char.replace(t_ts.astype(str), "T", " "), utc).tolist(),
            strict=True,
        )
    )
    with db.session() as session:
        conn = session.connection()
        conn.exec_driver_sql(
            sql("INSERT INTO feature_catalog (feature, tier) VALUES (?, ?)"),
            [(f, tier) for tier, names in CATALOG.items() for f in names],
        )
        conn.exec_driver_sql(
            sql(
                "INSERT INTO accounts (id, name, plan, seats, mrr, signup_date, record_hash) "
                "VALUES (?, ?, ?, ?, 0, ?, '')"
            ),
            accounts,
        )
        for start in range(0, n_events, EVENT_SLICE):
            stop = min(start + EVENT_SLICE, n_events)
            rows = events(start, stop)
            conn.exec_driver_sql(
                sql(
                    "INSERT INTO events (dedup_key, event_id, account_id, user_id, name, ts, day, "
                    "properties) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                ),
                rows,
            )
            # the rollup as storing these events adds to it (insert_events calls the same function)
            rollup.add_events(session, stored(rows, g["day"][start:stop].astype(object).tolist()))
        conn.exec_driver_sql(
            sql(
                "INSERT INTO tickets (id, account_id, channel, subject, body, created_at, record_hash) "
                "VALUES (?, ?, 'email', 'help', 'help please', ?, '')"
            ),
            tickets,
        )


def history(db: Database, n_accounts: int, seed: int) -> None:
    t0 = time.perf_counter()
    health_history.record(db, D)
    t1 = time.perf_counter()
    for day in dashboard.weekly_days(D)[:-1]:
        health_history.record(db, day, metrics=False)
    t2 = time.perf_counter()
    print(f"history: D stored in {t1 - t0:.2f} s (scan, cs_metrics, rows); 7 weekly days in {t2 - t1:.2f} s")
    board = dashboard.build(db, D)
    t3 = time.perf_counter()
    print(
        f"dashboard: {t3 - t2:.2f} s at {board.accounts} accounts "
        f"(trend {len(board.trend)} points, {board.attention_total} needing attention, "
        f"page of {len(board.attention)})"
    )
    account = "acc_000042"
    t4 = time.perf_counter()
    health_history.refresh(db, D)
    found = health_history.health_of(db, account, D)
    trend = dashboard.health_trend(db, D, [account])
    t5 = time.perf_counter()
    print(f"account page reads: {t5 - t4:.3f} s ({found is not None}, trend {len(trend)} points)")
    # new events of 50 accounts, as a day's feed brings them (logins and feature use: key actions can move
    # the top quartile taken over all accounts, and then every account is scanned again)
    rng = np.random.default_rng(seed + 2)
    chosen = rng.choice(n_accounts, size=50, replace=False) + 1
    feed = [("login", {}), ("feature_used", {"feature": "reports"})]
    new = [
        Event(
            event_id=f"n-{i}",
            account_id=f"acc_{a:06d}",
            user_id=f"u_{a:06d}_9",
            name=name,
            timestamp=datetime.combine(D, dt_time(10, i % 60), UTC),
            properties=props,
        )
        for i, a in enumerate(np.repeat(chosen, 4).tolist())
        for name, props in [feed[i % 2]]
    ]
    with db.session() as session:
        insert_events(session, list(enumerate(new, 1)))
    done = health_history.refresh(db, D)
    kind = f"full: {done.reason}" if done.full else "only the changed accounts"
    print(
        f"incremental scan: {done.scanned} accounts in {done.seconds:.2f} s ({kind}; {len(new)} new events)"
    )


def peak_rss_mib() -> float:
    """This process's peak resident memory. Linux keeps getrusage's ru_maxrss across exec, so a child
    started by the writer would report the writer's peak: the kernel's VmHWM of this process's own memory
    is read instead where there is one."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux, bytes on macOS


def measure(url: str, args: argparse.Namespace) -> None:
    """The scan (the last of `--repeat`), cs_metrics and the history, on a written database."""
    db = Database(url)
    for _ in range(args.repeat - 1):  # warm runs first: the figure is the last one's
        scan(db, D)
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    results = scan(db, D)
    t1, c1 = time.perf_counter(), time.process_time()
    peak = peak_rss_mib()
    metrics = cs_metrics(db, D, results)
    t2 = time.perf_counter()
    print(f"scan: {len(results)} accounts in {t1 - t0:.2f} s")
    print(
        f"scan CPU: {c1 - c0:.2f} s of this process ({db.engine.dialect.name}); load average {load:.1f} "
        f"before, {os.getloadavg()[0]:.1f} after; peak RSS of the scanning process {peak:.0f} MiB"
    )
    print(f"cs_metrics: {t2 - t1:.2f} s (reusing the scan)")
    print(f"risk: {metrics['risk']}  tiers: {metrics['activation_tiers']}  plays: {metrics['plays']}")
    if args.history:
        history(db, args.accounts, args.seed)
    db.engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="scans to run; the last one is reported")
    parser.add_argument("--history", action="store_true", help="also the health history and the dashboard")
    parser.add_argument("--dir", type=Path, help="data directory to write (default: a temporary one)")
    parser.add_argument(
        "--database-url", help="an empty PostgreSQL database to write instead of SQLite in --dir"
    )
    parser.add_argument("--existing", action="store_true", help="measure the database written before")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cs-agents-bench-") as tmp:
        folder = args.dir or Path(tmp)
        path = folder / "cs_agents.db"
        url = args.database_url or f"sqlite:///{path}"
        if args.existing:
            measure(url, args)
            return 0
        folder.mkdir(parents=True, exist_ok=True)
        if path.exists():
            raise SystemExit(f"{path} exists: give an empty --dir")
        db = Database(url)
        started = time.perf_counter()
        data = generate(args.accounts, args.events, args.seed)
        generated = time.perf_counter()
        write(db, data, args.tickets, args.seed)
        written = time.perf_counter()
        db.engine.dispose()
        del data
        size = f"{path.stat().st_size / 1e6:.0f} MB" if path.exists() else "PostgreSQL"
        print(
            f"data: {args.accounts} accounts, {args.events} events, {args.tickets} tickets "
            f"(generated in {generated - started:.1f} s, written in {written - generated:.1f} s, {size})",
            flush=True,
        )
        # measured in a fresh process, so its peak memory is the scan's, not the generator's
        again = [sys.executable, __file__, *sys.argv[1:], "--existing", "--dir", str(folder)]
        subprocess.run(again, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
