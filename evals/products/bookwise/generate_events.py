#!/usr/bin/env python3
"""Seeded generator for Bookwise product events (SPEC section 4).

Writes events.jsonl next to this script: events from 2026-08-01 to 2026-12-06 for the accounts in
accounts.jsonl. Each account follows a story (tools/accounts_src.py): thriving, advocate, steady,
declining, dormant, new (first 30 days), limits (hits plan limits), unhappy (low NPS / CSAT).
Standard library only. Usage: python3 generate_events.py [--seed N]
"""
import json, os, random, sys
from datetime import date, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "tools"))
from accounts_src import ACCOUNTS  # noqa: E402

START, END = date(2026, 8, 1), date(2026, 12, 6)
BASIC = ["dashboard", "invoices", "contacts", "quotes", "expenses", "invoice_templates", "mobile_app"]
CORE = ["recurring_invoices", "bank_feeds", "reconciliation", "paylinks", "receipt_capture",
        "vat_returns", "reports", "payment_reminders"]
ADV = ["api_access", "webhooks", "multi_currency", "payroll", "accountant_access", "period_lock",
       "scheduled_reports"]
INTEGRATIONS = ["banksync_feedbridge", "shopnest", "cartwheel", "verapay", "coinpost", "zapline"]
LIMITS = {"free": ["sales_invoices_per_month", "snap_receipts_per_month", "users"],
          "starter": ["users", "bank_feeds", "snap_receipts_per_month"],
          "pro": ["users", "api_requests_per_day"], "enterprise": ["api_requests_per_day"]}

# story -> (daily activity probability per user, share of users active, features pool, late factor)
STORY = {
    "thriving": dict(p=0.75, basic=5, core=6, adv=3, users=0.6),
    "advocate": dict(p=0.65, basic=4, core=5, adv=2, users=0.6),
    "steady":   dict(p=0.45, basic=3, core=3, adv=1, users=0.5),
    "declining": dict(p=0.55, basic=4, core=4, adv=1, users=0.6),
    "dormant":  dict(p=0.35, basic=3, core=2, adv=0, users=0.5),
    "new":      dict(p=0.6, basic=3, core=2, adv=0, users=0.5),
    "limits":   dict(p=0.7, basic=4, core=3, adv=1, users=1.0),
    "unhappy":  dict(p=0.35, basic=3, core=2, adv=0, users=0.4),
}


def ts(d, rng, hour_lo=7, hour_hi=19):
    t = datetime(d.year, d.month, d.day, rng.randint(hour_lo, hour_hi), rng.randint(0, 59),
                 rng.randint(0, 59), tzinfo=timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    seed = 20261206
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
    rng = random.Random(seed)
    events = []

    def emit(acc, user, name, d, props=None):
        events.append({"account_id": acc, "user_id": user, "name": name, "timestamp": ts(d, rng),
                       "properties": props or {}})

    for (aid, _name, plan, seats, _mrr, signup, _ind, _c, _e, story) in ACCOUNTS:
        cfg = STORY[story]
        su = date.fromisoformat(signup)
        first = max(START, su)
        if first > END:
            continue
        n_users = max(1, min(seats, round(seats * cfg["users"]))) if seats <= 10 else max(3, round(seats * cfg["users"] * 0.5))
        n_users = min(n_users, 12 if story == "thriving" else 6)
        if story == "unhappy":
            n_users = max(1, min(n_users, 2))
        num = aid.split("_")[1]
        users = [f"u_{num}_{i}" for i in range(1, n_users + 1)]
        owner = users[0]
        feats = (rng.sample(BASIC, min(cfg["basic"], len(BASIC))) +
                 rng.sample(CORE, cfg["core"]) + (rng.sample(ADV, cfg["adv"]) if cfg["adv"] else []))
        if plan in ("free",):
            feats = [f for f in feats if f not in ("bank_feeds", "recurring_invoices", "paylinks")] + ["invoices"]
        # active window
        last = END
        if story == "dormant":
            last = date(2026, 10, rng.randint(5, 30))
        # milestones
        is_new = su >= START
        setup_day = first if is_new else START + timedelta(days=rng.randint(0, 6))
        if story != "new" or rng.random() < 0.8:
            emit(aid, owner, "profile_completed", setup_day)
        n_ws = 0
        if story in ("thriving", "advocate") or plan == "enterprise":
            n_ws = rng.randint(2, 4)
        elif story in ("steady", "limits", "declining"):
            n_ws = 1
        elif story == "new" and rng.random() < 0.5:
            n_ws = 1
        for _ in range(n_ws):
            emit(aid, owner, "workspace_created", setup_day + timedelta(days=rng.randint(0, 10)))
        n_int = {"thriving": 3, "advocate": 2, "steady": 1, "declining": 1, "limits": 1, "new": rng.randint(0, 1),
                 "dormant": 0, "unhappy": 1}[story]
        if plan == "free":
            n_int = min(n_int, 0 if story == "new" else 1)
        for integ in rng.sample(INTEGRATIONS, n_int):
            emit(aid, owner, "integration_connected", setup_day + timedelta(days=rng.randint(0, 14)), {"integration": integ})
        for u in users[1:]:
            emit(aid, owner, "user_invited", setup_day + timedelta(days=rng.randint(0, 20)))
        # daily activity
        d = first
        while d <= last:
            age_days = (d - first).days
            p = cfg["p"] * 0.75
            if story == "declining" and d >= date(2026, 10, 25):
                p *= 0.2
            if story == "new":
                p = 0.8 if age_days < 7 else 0.5
            if story == "dormant" and d >= date(2026, 9, 20):
                p *= 0.4
            if d.weekday() >= 5:
                p *= 0.25
            for u in users:
                if rng.random() > p:
                    continue
                emit(aid, u, "login", d)
                pool = feats if story != "declining" or d < date(2026, 10, 25) else feats[:1]
                for f in rng.sample(pool, min(len(pool), 1 if rng.random() < 0.7 else 2)):
                    emit(aid, u, "feature_used", d, {"feature": f})
                if rng.random() < (0.6 if story in ("thriving", "advocate", "limits") else 0.35):
                    emit(aid, u, "key_action", d)
            d += timedelta(days=1)
        # plan limits
        if story == "limits":
            for k in range(rng.randint(3, 6)):
                day = END - timedelta(days=rng.randint(0, 40))
                if day >= first:
                    emit(aid, owner, "limit_reached", day, {"limit": rng.choice(LIMITS[plan])})
        elif story == "thriving" and plan in ("pro", "starter") and rng.random() < 0.5:
            emit(aid, owner, "limit_reached", END - timedelta(days=rng.randint(0, 20)), {"limit": "users"})
        # feedback
        if story == "advocate":
            emit(aid, owner, "nps_submitted", date(2026, 11, rng.randint(1, 28)), {"score": rng.choice([9, 10])})
            emit(aid, owner, "csat_submitted", date(2026, 10, rng.randint(1, 28)), {"score": 5})
        elif story == "thriving":
            emit(aid, owner, "nps_submitted", date(2026, 10, rng.randint(1, 28)), {"score": rng.choice([8, 9, 10])})
        elif story == "unhappy":
            emit(aid, owner, "nps_submitted", date(2026, 11, rng.randint(1, 28)), {"score": rng.randint(1, 5)})
            emit(aid, owner, "csat_submitted", date(2026, 11, rng.randint(10, 30)), {"score": rng.choice([1, 2])})
        elif story in ("steady", "declining") and rng.random() < 0.5:
            emit(aid, owner, "nps_submitted", date(2026, 9, rng.randint(1, 30)), {"score": rng.randint(6, 8)})
            emit(aid, owner, "csat_submitted", date(2026, 10, rng.randint(1, 30)), {"score": rng.randint(3, 5)})

    events = [e for e in events if START.isoformat() <= e["timestamp"][:10] <= END.isoformat()]
    events.sort(key=lambda e: (e["timestamp"], e["account_id"], e["user_id"], e["name"]))
    out = os.path.join(HERE, "events.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, e in enumerate(events, 1):
            row = {"event_id": f"e-{i:06d}"}
            row.update(e)
            f.write(json.dumps(row, separators=(",", ":")) + "\n")
    print(f"{len(events)} events -> {out} ({os.path.getsize(out)} bytes)")


if __name__ == "__main__":
    main()
