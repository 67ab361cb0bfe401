#!/usr/bin/env python3
"""Generate events.jsonl for the Relaywire sample product.

Deterministic (seeded), standard library only. Reads accounts.jsonl next to this
file and writes events.jsonl covering 2026-05-17 .. 2026-09-14 (plus the few
milestone events of older accounts, dated when they really happened).

Each account gets a behaviour profile:
  power      many active users, advanced features, several workspaces
  steady     regular weekday use by a few people
  growing    usage ramps up, hits plan limits in the last 30 days
  declining  busy at first, then little activity in the last 30 days
  dormant    stopped using the product 35-80 days before the end
  new        signed up during the window and onboards normally
  stalled    signed up during the window and never really started
  tinkerer   free account used now and then for experiments
"""
import json
import os
import random
from datetime import date, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
START = date(2026, 5, 17)
END = date(2026, 9, 14)
SEED = 20260914

BASIC = ["dashboard", "message_log", "api_keys", "template_editor", "usage_page", "send_test"]
CORE = ["webhooks", "template_versions", "scheduled_sends", "suppression_list", "sender_domains",
        "batch_sending", "usage_alerts", "sms_senders", "push_credentials"]
ADVANCED = ["sso_saml", "audit_log", "webhook_replay", "template_translations", "spend_cap",
            "data_retention_controls", "multi_workspace"]
INTEGRATIONS = ["node_sdk", "python_sdk", "go_sdk", "php_sdk", "webhook_endpoint", "slack_alerts",
                "apns", "fcm"]

PROFILES = {
    "acc_rw1001": ("power", 14), "acc_rw1002": ("steady", 8), "acc_rw1003": ("growing", 6),
    "acc_rw1004": ("steady", 5), "acc_rw1005": ("declining", 3), "acc_rw1006": ("steady", 4),
    "acc_rw1007": ("declining", 5), "acc_rw1008": ("growing", 6), "acc_rw1009": ("steady", 2),
    "acc_rw1010": ("steady", 5), "acc_rw1011": ("new", 2), "acc_rw1012": ("power", 10),
    "acc_rw1013": ("steady", 3), "acc_rw1014": ("growing", 7), "acc_rw1015": ("declining", 2),
    "acc_rw1016": ("steady", 4), "acc_rw1017": ("new", 2), "acc_rw1018": ("steady", 4),
    "acc_rw1019": ("stalled", 1), "acc_rw1020": ("dormant", 1), "acc_rw1021": ("tinkerer", 1),
    "acc_rw1022": ("dormant", 2), "acc_rw1023": ("steady", 2), "acc_rw1024": ("growing", 13),
    "acc_rw1025": ("power", 18), "acc_rw1026": ("declining", 4), "acc_rw1027": ("steady", 9),
    "acc_rw1028": ("growing", 3), "acc_rw1029": ("new", 1), "acc_rw1030": ("steady", 3),
    "acc_rw1031": ("new", 4), "acc_rw1032": ("new", 6), "acc_rw1033": ("dormant", 2),
    "acc_rw1034": ("declining", 1), "acc_rw1035": ("steady", 5), "acc_rw1036": ("stalled", 1),
}

# latest NPS answers chosen per profile (score ranges)
NPS_RANGE = {"power": (8, 10), "steady": (6, 9), "growing": (8, 10), "declining": (2, 6),
             "dormant": (3, 7), "new": (7, 10), "stalled": (4, 8), "tinkerer": (5, 9)}


def ts(day, rng, hour_lo=7, hour_hi=20):
    t = datetime(day.year, day.month, day.day, rng.randint(hour_lo, hour_hi),
                 rng.randint(0, 59), rng.randint(0, 59), tzinfo=timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    rng = random.Random(SEED)
    accounts = [json.loads(l) for l in open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") if l.strip()]
    events = []

    def add(acc, user, name, day, props=None, hour_lo=7, hour_hi=20):
        day = min(day, END)
        events.append({"account_id": acc, "user_id": user, "name": name,
                       "timestamp": ts(day, rng, hour_lo, hour_hi), "properties": props or {}})

    n_days = (END - START).days + 1
    for a in accounts:
        acc = a["id"]
        kind, n_users = PROFILES[acc]
        n_users = min(n_users, max(a["seats"], 1))
        signup = date.fromisoformat(a["signup_date"])
        num = acc[-4:]
        users = [f"u_{num}_{i:02d}" for i in range(1, n_users + 1)]
        owner = users[0]

        # feature repertoire per profile
        if kind == "power":
            feats = BASIC + CORE + rng.sample(ADVANCED, 5)
        elif kind in ("steady", "growing"):
            feats = BASIC + rng.sample(CORE, rng.randint(3, 6)) + rng.sample(ADVANCED, rng.randint(0, 2))
        elif kind == "declining":
            feats = BASIC + rng.sample(CORE, 4)
        elif kind == "new":
            feats = BASIC[:4] + rng.sample(CORE, 3)
        else:
            feats = rng.sample(BASIC, 3) + rng.sample(CORE, 1)

        # ---- milestones (dated when they happened, even before the window) ----
        first = max(signup, START) if kind in ("new", "stalled") else signup
        if kind != "stalled" or rng.random() < 0.5:
            add(acc, owner, "profile_completed", first + timedelta(days=rng.randint(0, 2)))
        ws_count = {"power": 4, "steady": 2, "growing": 2, "declining": 1, "dormant": 1,
                    "new": 1, "stalled": 0, "tinkerer": 1}[kind]
        for w in range(ws_count):
            add(acc, owner, "workspace_created", first + timedelta(days=w * rng.randint(5, 40)))
        n_int = {"power": 4, "steady": 2, "growing": 2, "declining": 1, "dormant": 1,
                 "new": 1, "stalled": 0, "tinkerer": 1}[kind]
        for it in rng.sample(INTEGRATIONS, n_int):
            add(acc, rng.choice(users), "integration_connected", first + timedelta(days=rng.randint(1, 20)),
                {"integration": it})
        for u in users[1:]:
            add(acc, owner, "user_invited", first + timedelta(days=rng.randint(1, 30)))

        # ---- daily activity ----
        if kind == "dormant":
            stop = END - timedelta(days=rng.randint(35, 80))
        else:
            stop = END
        for d in range(n_days):
            day = START + timedelta(days=d)
            if day < signup or day > stop:
                continue
            weekday = day.weekday() < 5
            age_frac = d / n_days
            days_left = (END - day).days
            if kind == "power":
                p = 0.22 if weekday else 0.05
            elif kind == "steady":
                p = 0.2 if weekday else 0.03
            elif kind == "growing":
                p = (0.08 + 0.3 * age_frac) if weekday else 0.03
            elif kind == "declining":
                p = (0.3 if weekday else 0.05) if days_left >= 30 else (0.04 if weekday else 0.0)
            elif kind == "dormant":
                p = 0.2 if weekday else 0.03
            elif kind == "new":
                since = (day - signup).days
                p = 0.6 if since < 7 else (0.25 if weekday else 0.04)
            elif kind == "stalled":
                since = (day - signup).days
                p = 0.5 if since < 3 else 0.02
            else:  # tinkerer
                p = 0.08
            for u in users:
                if rng.random() > p:
                    continue
                add(acc, u, "login", day)
                k = rng.randint(1, 2)
                if kind == "declining" and days_left < 30:
                    k = 1
                for f in rng.sample(feats, min(k, len(feats))):
                    if kind == "declining" and days_left < 30 and f not in BASIC:
                        f = "message_log"
                    add(acc, u, "feature_used", day, {"feature": f})
                if kind != "stalled" and rng.random() < 0.6:
                    add(acc, u, "key_action", day)
                    if kind in ("power", "growing") and rng.random() < 0.3:
                        add(acc, u, "key_action", day)

            # plan limits for growing accounts, late in the window
            if kind == "growing" and days_left < 40 and rng.random() < 0.08:
                limit = {"starter": "monthly_messages", "pro": rng.choice(["monthly_messages", "seats", "rate_limit"]),
                         "free": "monthly_messages", "enterprise": "rate_limit"}[a["plan"]]
                add(acc, owner, "limit_reached", day, {"limit": limit})
            if kind == "tinkerer" and rng.random() < 0.02:
                add(acc, owner, "limit_reached", day, {"limit": "monthly_messages"})

        # ---- feedback ----
        lo, hi = NPS_RANGE[kind]
        last_active = min(stop, END)
        if kind != "stalled" and rng.random() < 0.85:
            for _ in range(rng.randint(1, 2)):
                day = max(signup, START) + timedelta(days=rng.randint(0, max(0, (last_active - max(signup, START)).days)))
                add(acc, owner, "nps_submitted", day, {"score": rng.randint(lo, hi)})
        if kind in ("declining",):
            add(acc, owner, "nps_submitted", END - timedelta(days=rng.randint(3, 20)), {"score": rng.randint(2, 5)})
        if kind == "power" and acc == "acc_rw1025":
            add(acc, owner, "nps_submitted", END - timedelta(days=12), {"score": 10})
        for _ in range(rng.randint(0, 3)):
            day = max(signup, START) + timedelta(days=rng.randint(0, max(0, (last_active - max(signup, START)).days)))
            score = rng.randint(1, 3) if kind == "declining" else rng.randint(3, 5)
            add(acc, rng.choice(users), "csat_submitted", day, {"score": score})

    events.sort(key=lambda e: (e["timestamp"], e["account_id"], e["user_id"], e["name"]))
    with open(os.path.join(HERE, "events.jsonl"), "w", encoding="utf-8") as f:
        for i, e in enumerate(events, 1):
            row = {"event_id": f"evt-rw-{i:06d}"}
            row.update(e)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(events)} events for {len(accounts)} accounts")


if __name__ == "__main__":
    main()
