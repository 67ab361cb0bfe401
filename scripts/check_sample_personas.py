#!/usr/bin/env python3
"""Check the generated Rosterly sample against its designed persona outcomes.

    python scripts/check_sample_personas.py [--dir DIR] [--as-of 2026-11-15] [-v]

Recomputes, as plainly as possible and straight from SPEC.md section 5, each account's activation
tier, risk tier, risk signals, growth signals and play from the files in DIR (default
cs_agents/sample_product) as of D, and compares them with DESIGNED in generate_sample_product.py.
It shares no code with the generator except that table. Also checks a few format facts of
sections 3 and 4. Exits 1 on any difference. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_sample_product import DESIGNED  # noqa: E402  (the designed outcomes, as data)

RISK_HIGH = ["dormant", "ticket_spike", "feature_decline", "negative_feedback"]
RISK_MEDIUM = ["usage_decline", "missed_milestone", "low_adoption", "low_engagement"]


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def read_catalog(path: Path) -> dict[str, str]:
    """features.yaml holds three lists; accept flow (`basic: [a, b]`) or block (`- a`) style."""
    classes: dict[str, str] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^(basic|core|advanced)\s*:\s*(.*)$", line)
        if m:
            current = m.group(1)
            rest = m.group(2).strip()
            if rest.startswith("["):
                for name in rest.strip("[]").split(","):
                    if name.strip():
                        classes[name.strip()] = current
            continue
        m = re.match(r"^\s*-\s*(\S+)", line)
        if m and current:
            classes[m.group(1)] = current
    return classes


def utc_day(timestamp: str) -> date:
    dt = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    return dt.astimezone(UTC).date()


def compute(accounts, events, tickets, catalog, D: date) -> tuple[dict, dict]:
    L30 = (D - timedelta(days=29), D)
    P30 = (D - timedelta(days=59), D - timedelta(days=30))
    N90 = (D - timedelta(days=89), D)
    weeks = [
        (D - timedelta(days=6), D),
        (D - timedelta(days=13), D - timedelta(days=7)),
        (D - timedelta(days=20), D - timedelta(days=14)),
        (D - timedelta(days=27), D - timedelta(days=21)),
    ]

    def inside(day, window):
        return window[0] <= day <= window[1]

    def feature_class(name):
        return catalog.get(name, "basic")

    # events per account, ignoring everything after the end of D
    by_account: dict[str, list[dict]] = {a["id"]: [] for a in accounts}
    for e in events:
        day = utc_day(e["timestamp"])
        if day <= D and e["account_id"] in by_account:
            by_account[e["account_id"]].append({**e, "day": day})

    # key actions in L30 for every account, for the top quartile
    key_actions_l30 = {}
    for a in accounts:
        key_actions_l30[a["id"]] = len(
            [e for e in by_account[a["id"]] if e["name"] == "key_action" and inside(e["day"], L30)]
        )
    values = sorted(key_actions_l30.values())
    position = math.ceil(0.75 * len(values))  # nearest rank, 1-based
    threshold = values[position - 1]

    results, metrics = {}, {}
    for a in accounts:
        evs = by_account[a["id"]]
        signup = date.fromisoformat(a["signup_date"])
        age = (D - signup).days
        seats = a["seats"]

        # activation
        profile = any(e["name"] == "profile_completed" for e in evs)
        key_action_ever = any(e["name"] == "key_action" for e in evs)
        features_ever = set(e["properties"]["feature"] for e in evs if e["name"] == "feature_used")
        basic_ever = any(feature_class(f) == "basic" for f in features_ever)
        core_ever = set(f for f in features_ever if feature_class(f) == "core")
        advanced_ever = any(feature_class(f) == "advanced" for f in features_ever)
        integration = any(e["name"] == "integration_connected" for e in evs)
        workspaces = len([e for e in evs if e["name"] == "workspace_created"])
        active_weeks = 0
        for w in weeks:
            if any(inside(e["day"], w) for e in evs):
                active_weeks += 1
        users_l30 = set(e["user_id"] for e in evs if inside(e["day"], L30))

        tier1 = profile and key_action_ever and basic_ever
        tier2 = tier1 and len(core_ever) >= 2 and active_weeks >= 3 and integration
        tier3 = tier2 and advanced_ever and workspaces >= 2 and len(users_l30) >= 3
        tier = 3 if tier3 else 2 if tier2 else 1 if tier1 else 0

        # windows
        events_l30 = [e for e in evs if inside(e["day"], L30)]
        events_p30 = [e for e in evs if inside(e["day"], P30)]
        days_l30 = set(e["day"] for e in events_l30)
        days_p30 = set(e["day"] for e in events_p30)
        feats_l30 = set(e["properties"]["feature"] for e in events_l30 if e["name"] == "feature_used")
        feats_p30 = set(e["properties"]["feature"] for e in events_p30 if e["name"] == "feature_used")
        tickets_l30 = 0
        tickets_p30 = 0
        for t in tickets:
            if t.get("account_id") != a["id"] or not t.get("created_at"):
                continue
            day = utc_day(t["created_at"])
            if inside(day, L30):
                tickets_l30 += 1
            if inside(day, P30):
                tickets_p30 += 1
        nps = sorted(
            (e["timestamp"], e["properties"]["score"])
            for e in evs
            if e["name"] == "nps_submitted" and inside(e["day"], N90)
        )
        csat = sorted(
            (e["timestamp"], e["properties"]["score"])
            for e in evs
            if e["name"] == "csat_submitted" and inside(e["day"], N90)
        )
        latest_nps = nps[-1][1] if nps else None
        latest_csat = csat[-1][1] if csat else None

        signals = []
        dormant = age >= 30 and len(events_l30) == 0
        if dormant:
            signals.append("dormant")
        if tickets_l30 >= 3 and tickets_l30 >= 2 * tickets_p30:
            signals.append("ticket_spike")
        if len(feats_p30) >= 2 and len(feats_l30) <= len(feats_p30) / 2:
            signals.append("feature_decline")
        if (latest_nps is not None and latest_nps <= 6) or (latest_csat is not None and latest_csat <= 2):
            signals.append("negative_feedback")
        if not dormant and len(days_p30) >= 4 and len(days_l30) < 0.7 * len(days_p30):
            signals.append("usage_decline")
        if (age > 7 and tier == 0) or (age > 30 and tier < 2):
            signals.append("missed_milestone")
        if age >= 14 and len(feats_l30) < 3:
            signals.append("low_adoption")
        if len(users_l30) < 0.3 * seats:
            signals.append("low_engagement")

        if any(s in RISK_HIGH for s in signals):
            risk = "high"
        elif any(s in RISK_MEDIUM for s in signals):
            risk = "medium"
        else:
            risk = "low"

        growth = []
        if any(e["name"] == "limit_reached" for e in events_l30):
            growth.append("limit_reached")
        if len(users_l30) >= 0.9 * seats:
            growth.append("seat_utilization")
        ka = key_actions_l30[a["id"]]
        if ka >= threshold and ka > 0 and seats <= 5:
            growth.append("product_qualified")
        if age >= 365 and latest_nps is not None and latest_nps >= 9:
            growth.append("advocate")

        if risk == "high":
            play = "intervention"
        elif risk == "medium":
            play = "engagement"
        elif any(g in ("limit_reached", "seat_utilization", "product_qualified") for g in growth):
            play = "expansion"
        elif "advocate" in growth:
            play = "advocacy"
        else:
            play = "none"

        results[a["id"]] = {
            "tier": tier,
            "risk": risk,
            "risk_signals": sorted(signals),
            "growth_signals": sorted(growth),
            "play": play,
        }
        metrics[a["id"]] = {
            "age": age,
            "seats": seats,
            "weeks": active_weeks,
            "users_l30": len(users_l30),
            "days_p30": len(days_p30),
            "days_l30": len(days_l30),
            "feats_p30": len(feats_p30),
            "feats_l30": len(feats_l30),
            "tickets_p30": tickets_p30,
            "tickets_l30": tickets_l30,
            "nps": latest_nps,
            "csat": latest_csat,
            "ka_l30": ka,
            "core_ever": len(core_ever),
            "workspaces": workspaces,
        }
    metrics["_threshold"] = {"position": position, "threshold": threshold, "values": values}
    return results, metrics


def format_checks(folder: Path, accounts, events, tickets, D: date) -> list[str]:
    """A few facts of SPEC sections 3 and 4 and of the sample's README."""
    problems = []
    ids = [a["id"] for a in accounts]
    if len(ids) < 72 or ids[:72] != [f"acc_{n:03d}" for n in range(1, 73)]:
        problems.append("accounts are not acc_001..acc_072 in order")
    for a in accounts:
        plan, seats, mrr = a["plan"], a["seats"], a["mrr"]
        if seats < 1:
            problems.append(f"{a['id']}: seats < 1")
        expected_mrr = {"free": 0, "starter": 4 * seats, "pro": 8 * seats}.get(plan)
        if plan not in ("free", "starter", "pro", "enterprise"):
            problems.append(f"{a['id']}: plan {plan}")
        elif expected_mrr is not None and mrr != expected_mrr:
            problems.append(f"{a['id']}: mrr {mrr} for {plan} x {seats}")
        elif plan == "enterprise" and mrr <= 0:
            problems.append(f"{a['id']}: enterprise without a price")
        if plan == "free" and seats > 5:
            problems.append(f"{a['id']}: free plan with {seats} seats")
        if not a["contact"]["email"].endswith(".example"):
            problems.append(f"{a['id']}: email not on .example")
        if int(a["id"][4:]) <= 40 and a["signup_date"] > "2026-06-30":
            problems.append(f"{a['id']}: signup after 2026-06-30")
        if a["signup_date"] > D.isoformat():
            problems.append(f"{a['id']}: signup after D")
    signups = {a["id"]: a["signup_date"] for a in accounts}
    for n, e in enumerate(events, start=1):
        if e["event_id"] != f"e-{n:06d}":
            problems.append(f"event line {n}: id {e['event_id']}")
            break
    after = 0
    for e in events:
        ts = e["timestamp"]
        num = int(e["account_id"][4:])
        if not re.fullmatch(rf"u_0*{num}_\d+", e["user_id"]):
            problems.append(f"{e['event_id']}: user {e['user_id']} of {e['account_id']}")
        if not ts.endswith("Z") or not "08" <= ts[11:13] <= "18":
            problems.append(f"{e['event_id']}: timestamp {ts}")
        if not "2026-07-01" <= ts[:10] <= "2026-11-18":
            problems.append(f"{e['event_id']}: outside 2026-07-01..2026-11-18")
        if ts[:10] < signups[e["account_id"]]:
            problems.append(f"{e['event_id']}: before signup")
        if ts[:10] > D.isoformat():
            after += 1
    if after == 0:
        problems.append("no event after D")
    history = [t for t in tickets if str(t.get("id", "")).startswith("H-")]
    for n, t in enumerate(history, start=1):
        if t["id"] != f"H-{n:04d}" or "expected" in t:
            problems.append(f"history ticket {t['id']}: id or expected")
        if not "2026-09-11" <= t["created_at"][:10] <= D.isoformat():
            problems.append(f"history ticket {t['id']}: created {t['created_at']}")
    labelled_file = HERE / "sample_data" / "labelled_tickets.jsonl"
    if labelled_file.exists():
        labelled = [x for x in labelled_file.read_text(encoding="utf-8").splitlines() if x.strip()]
        written = (folder / "tickets.jsonl").read_text(encoding="utf-8").splitlines()
        if written[: len(labelled)] != labelled:
            problems.append(
                "tickets.jsonl does not start with the lines of labelled_tickets.jsonl (rerun the generator)"
            )
    size = (folder / "events.jsonl").stat().st_size
    if size >= 4 * 1024 * 1024:
        problems.append(f"events.jsonl is {size} bytes (>= 4 MB)")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=HERE.parent / "cs_agents" / "sample_product")
    parser.add_argument("--as-of", default="2026-11-15")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every account's numbers")
    args = parser.parse_args()
    D = date.fromisoformat(args.as_of)
    folder = args.dir

    accounts = read_jsonl(folder / "accounts.jsonl")
    events = read_jsonl(folder / "events.jsonl")
    tickets = read_jsonl(folder / "tickets.jsonl")
    catalog = read_catalog(folder / "features.yaml")

    results, metrics = compute(accounts, events, tickets, catalog, D)
    q = metrics["_threshold"]
    print(
        f"as of {D}: {len(accounts)} accounts, {len(events)} events, {len(tickets)} tickets; "
        f"key actions in L30: threshold {q['threshold']} (position {q['position']} of {len(q['values'])})"
    )

    mismatches = 0
    for a in accounts:
        got = results[a["id"]]
        want = DESIGNED.get(a["id"])
        m = metrics[a["id"]]
        numbers = (
            f"age={m['age']} seats={m['seats']} users={m['users_l30']} weeks={m['weeks']} "
            f"days P/L={m['days_p30']}/{m['days_l30']} feats P/L={m['feats_p30']}/{m['feats_l30']} "
            f"tickets P/L={m['tickets_p30']}/{m['tickets_l30']} nps={m['nps']} csat={m['csat']} "
            f"ka={m['ka_l30']}"
        )
        if want != got:
            mismatches += 1
            print(f"MISMATCH {a['id']}: designed {want}\n{'':18}computed {got}\n{'':18}{numbers}")
        elif args.verbose:
            print(
                f"ok {a['id']} tier={got['tier']} risk={got['risk']} {','.join(got['risk_signals']) or '-'} "
                f"| {','.join(got['growth_signals']) or '-'} | {got['play']} | {numbers}"
            )
    missing = sorted(set(DESIGNED) - set(results))
    for acc in missing:
        mismatches += 1
        print(f"MISMATCH {acc}: designed but not in accounts.jsonl")

    problems = format_checks(folder, accounts, events, tickets, D)
    for p in problems[:30]:
        print(f"FORMAT {p}")

    print(
        f"{len(accounts) - mismatches} of {len(accounts)} accounts match their designed outcome; "
        f"{len(problems)} format problems"
    )
    return 1 if mismatches or problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
