#!/usr/bin/env python3
"""Seeded generator for Stallfront's events.jsonl (standard library only).

Run from this folder:  python3 generate_events.py
Reads accounts.jsonl and features.yaml's feature names (hard-coded below to stay dependency-free)
and writes events.jsonl covering 2026-08-08 .. 2026-12-06 (plus a few set-up milestones that
happened before the window, dated shortly after each account's signup).
"""
import json
import random
from datetime import date, datetime, timedelta, timezone

SEED = 20261207
WINDOW_START = date(2026, 8, 8)
WINDOW_END = date(2026, 12, 6)

BASIC = ["dashboard", "product_editor", "order_list", "customer_list", "theme_studio", "discount_codes", "mobile_app"]
CORE = ["shipping_profiles", "inventory_tracking", "analytics_reports", "tax_settings", "custom_domain",
        "shipping_labels", "notification_templates"]
ADVANCED = ["abandoned_checkout", "gift_cards", "api_access", "marketplace_channels", "theme_code_editor",
            "multi_location_inventory", "bulk_discount_codes", "custom_reports", "saml_sso"]

PLAN_FEATURES = {
    "free": BASIC[:6],
    "starter": BASIC + ["shipping_profiles", "inventory_tracking", "analytics_reports", "tax_settings",
                        "custom_domain", "notification_templates"],
    "pro": BASIC + CORE + ["abandoned_checkout", "gift_cards", "api_access", "marketplace_channels",
                           "theme_code_editor", "multi_location_inventory", "bulk_discount_codes"],
    "enterprise": BASIC + CORE + ADVANCED,
}

# Behaviour profile of each account:
#   kind: healthy | growing | declining | dormant | new | low | steady | spike
#   users: how many distinct people use the admin
#   integrations: integration_connected events (set-up)
#   collections: workspace_created events (a collection created)
#   limits: (limit name, how many limit_reached events, only in the last N days)
#   nps: list of (days before WINDOW_END, score)
#   csat: list of (days before WINDOW_END, score)
#   stop: for dormant accounts, the last active day
#   decline_from: for declining accounts, the day activity drops
P = {
 "acc_001": dict(kind="healthy", users=4, integrations=["stallfront_payments", "xero", "meta_channel"], collections=4,
                 nps=[(20, 10)], csat=[(45, 5)]),
 "acc_002": dict(kind="growing", users=2, integrations=["stallfront_payments", "google_analytics"], collections=2,
                 limits=[("staff_accounts", 3, 25)], nps=[(15, 8)]),
 "acc_003": dict(kind="healthy", users=18, integrations=["stallfront_payments", "quickbooks", "google_shopping", "ebay"],
                 collections=9, limits=[("api_rate_limit", 4, 28)], nps=[(30, 9)], csat=[(12, 4)]),
 "acc_004": dict(kind="growing", users=1, integrations=["stallfront_payments"], collections=1,
                 limits=[("active_products", 5, 29)], nps=[(10, 9)]),
 "acc_005": dict(kind="declining", users=6, integrations=["stallfront_payments", "quickbooks"], collections=3,
                 decline_from=date(2026, 10, 25), csat=[(18, 2)]),
 "acc_006": dict(kind="steady", users=2, integrations=["stallfront_payments"], collections=2, nps=[(50, 8)]),
 "acc_007": dict(kind="dormant", users=1, integrations=[], collections=1, stop=date(2026, 9, 14)),
 "acc_008": dict(kind="healthy", users=10, integrations=["stallfront_payments", "xero", "google_shopping"], collections=5,
                 nps=[(40, 9)]),
 "acc_009": dict(kind="steady", users=2, integrations=["stallfront_payments", "google_analytics"], collections=2,
                 nps=[(35, 7)]),
 "acc_010": dict(kind="steady", users=3, integrations=["stallfront_payments", "etsy"], collections=3,
                 nps=[(9, 4)], csat=[(25, 3)]),
 "acc_011": dict(kind="healthy", users=14, integrations=["stallfront_payments", "xero", "meta_channel", "google_analytics"],
                 collections=7, nps=[(60, 9)]),
 "acc_012": dict(kind="growing", users=2, integrations=["stallfront_payments"], collections=2, nps=[(22, 8)]),
 "acc_013": dict(kind="spike", users=5, integrations=["stallfront_payments", "meta_channel"], collections=3,
                 csat=[(6, 1), (20, 2)], nps=[(14, 5)]),
 "acc_014": dict(kind="new", users=1, integrations=[], collections=0),
 "acc_015": dict(kind="growing", users=4, integrations=["stallfront_payments", "meta_channel", "google_analytics"],
                 collections=3, nps=[(25, 9)]),
 "acc_016": dict(kind="declining", users=4, integrations=["stallfront_payments", "quickbooks"], collections=3,
                 decline_from=date(2026, 10, 30), narrow=True, nps=[(70, 7)]),
 "acc_017": dict(kind="declining", users=2, integrations=["stallfront_payments"], collections=1,
                 decline_from=date(2026, 11, 5)),
 "acc_018": dict(kind="steady", users=1, integrations=["stallfront_payments"], collections=2, nps=[(40, 8)]),
 "acc_019": dict(kind="healthy", users=24, integrations=["stallfront_payments", "quickbooks", "ebay", "google_shopping"],
                 collections=12, nps=[(33, 9)], csat=[(40, 5)]),
 "acc_020": dict(kind="steady", users=4, integrations=["stallfront_payments", "mollie"], collections=2, nps=[(55, 8)]),
 "acc_021": dict(kind="new", users=1, integrations=[], collections=0),
 "acc_022": dict(kind="declining", users=2, integrations=["paypal"], collections=1, decline_from=date(2026, 10, 15),
                 narrow=True),
 "acc_023": dict(kind="steady", users=3, integrations=["stallfront_payments", "etsy"], collections=3, nps=[(28, 6)]),
 "acc_024": dict(kind="healthy", users=15, integrations=["stallfront_payments", "quickbooks", "google_shopping"],
                 collections=8, nps=[(45, 8)]),
 "acc_025": dict(kind="dormant", users=1, integrations=[], collections=0, stop=date(2026, 8, 30)),
 "acc_026": dict(kind="healthy", users=12, integrations=["stallfront_payments", "xero", "etsy", "tiktok"], collections=6,
                 limits=[("staff_accounts", 2, 20)], nps=[(18, 10)]),
 "acc_027": dict(kind="growing", users=2, integrations=["stallfront_payments"], collections=2,
                 limits=[("staff_accounts", 2, 26)]),
 "acc_028": dict(kind="new", users=2, integrations=["stallfront_payments"], collections=1),
 "acc_029": dict(kind="low", users=1, integrations=[], collections=0),
 "acc_030": dict(kind="dormant", users=2, integrations=["stallfront_payments"], collections=1, stop=date(2026, 10, 20),
                 nps=[(75, 3)]),
 "acc_031": dict(kind="healthy", users=5, integrations=["stallfront_payments", "xero", "google_analytics"], collections=4,
                 limits=[("api_rate_limit", 3, 15)], nps=[(11, 9)]),
 "acc_032": dict(kind="steady", users=2, integrations=["stallfront_payments", "etsy"], collections=2,
                 nps=[(16, 5)], csat=[(30, 2)]),
 "acc_033": dict(kind="declining", users=11, integrations=["stallfront_payments", "quickbooks", "meta_channel"],
                 collections=5, decline_from=date(2026, 10, 28), narrow=True, nps=[(8, 6)]),
 "acc_034": dict(kind="growing", users=4, integrations=["stallfront_payments", "etsy", "meta_channel"], collections=3,
                 limits=[("inventory_locations", 1, 12)], nps=[(21, 9)]),
 "acc_035": dict(kind="new", users=1, integrations=[], collections=0),
 "acc_036": dict(kind="steady", users=2, integrations=["stallfront_payments"], collections=2, nps=[(65, 7)]),
}

rng = random.Random(SEED)
events = []


def ts(d, hour_lo=7, hour_hi=22):
    t = datetime(d.year, d.month, d.day, rng.randint(hour_lo, hour_hi), rng.randint(0, 59), rng.randint(0, 59),
                 tzinfo=timezone.utc)
    return t


def add(acc, user, name, when, props=None):
    events.append({"account_id": acc, "user_id": user, "name": name, "when": when, "properties": props or {}})


def activity(kind, d, prof, signup):
    """Probability that the account is active on day d."""
    span = (WINDOW_END - WINDOW_START).days
    t = (d - WINDOW_START).days / span
    if kind == "healthy":
        return 0.7
    if kind == "steady":
        return 0.45
    if kind == "spike":
        return 0.6 if d < WINDOW_END - timedelta(days=30) else 0.8
    if kind == "growing":
        return 0.15 + 0.75 * t
    if kind == "declining":
        return 0.7 if d < prof["decline_from"] else 0.12
    if kind == "dormant":
        return 0.35 if d <= prof["stop"] else 0.0
    if kind == "new":
        age = (d - signup).days
        return 0.9 if age < 6 else 0.55
    if kind == "low":
        return 0.12
    return 0.3


accounts = [json.loads(line) for line in open("accounts.jsonl", encoding="utf-8") if line.strip()]
for a in accounts:
    acc = a["id"]
    prof = P[acc]
    plan = a["plan"]
    signup = date.fromisoformat(a["signup_date"])
    num = acc.split("_")[1]
    users = [f"u_{num}_{k}" for k in range(1, prof["users"] + 1)]
    owner = users[0]
    feats = PLAN_FEATURES[plan]
    # The features this account actually uses: larger accounts use more of what their plan offers.
    k = {"free": 4, "starter": 7, "pro": 12, "enterprise": 17}[plan]
    if prof["kind"] in ("low", "dormant"):
        k = 3
    used = BASIC[:3] + rng.sample([f for f in feats if f not in BASIC[:3]], max(0, min(k, len(feats)) - 3))
    narrow_set = used[:2]

    # Set-up milestones, shortly after signup (may precede the window for older accounts).
    setup = signup + timedelta(days=rng.randint(0, 3))
    if prof["kind"] != "new" or rng.random() < 0.6:
        add(acc, owner, "profile_completed", ts(setup))
    for j, integ in enumerate(prof["integrations"]):
        add(acc, owner, "integration_connected", ts(setup + timedelta(days=2 + 9 * j)), {"integration": integ})
    for j in range(prof["collections"]):
        add(acc, rng.choice(users), "workspace_created", ts(setup + timedelta(days=1 + 11 * j)))
    for u in users[1:]:
        add(acc, owner, "user_invited", ts(setup + timedelta(days=rng.randint(1, 40))))

    # Daily activity inside the window.
    d = max(WINDOW_START, signup)
    while d <= WINDOW_END:
        p = activity(prof["kind"], d, prof, signup)
        if rng.random() < p:
            # how many people work that day
            if prof["kind"] == "growing":
                span_t = (d - WINDOW_START).days / (WINDOW_END - WINDOW_START).days
                pool = users[:max(1, round(len(users) * (0.4 + 0.6 * span_t)))]
            else:
                pool = users
            n_today = max(1, min(len(pool), int(rng.gauss(min(len(pool) * 0.25, 2.2), 0.8))))
            for u in rng.sample(pool, n_today):
                add(acc, u, "login", ts(d))
                late_decline = prof["kind"] == "declining" and prof.get("narrow") and d >= prof["decline_from"]
                repertoire = narrow_set if late_decline else used
                for _ in range(rng.randint(1, 2)):
                    add(acc, u, "feature_used", ts(d), {"feature": rng.choice(repertoire)})
                # key_action: an order fulfilled in the admin
                if rng.random() < (0.4 if plan in ("pro", "enterprise") else 0.3):
                    for _ in range(rng.randint(1, 2)):
                        add(acc, u, "key_action", ts(d))
        d += timedelta(days=1)

    # Plan limits hit recently.
    for limit, count, within in prof.get("limits", []):
        for _ in range(count):
            day = WINDOW_END - timedelta(days=rng.randint(0, within - 1))
            add(acc, rng.choice(users), "limit_reached", ts(day), {"limit": limit})

    # NPS and CSAT answers.
    for back, score in prof.get("nps", []):
        add(acc, owner, "nps_submitted", ts(WINDOW_END - timedelta(days=back)), {"score": score})
    for back, score in prof.get("csat", []):
        add(acc, rng.choice(users), "csat_submitted", ts(WINDOW_END - timedelta(days=back)), {"score": score})

# An extra wave of activity for the growing free store (acc_004) and new Pro store (acc_028):
# a new integration in the last weeks.
add("acc_004", "u_004_1", "integration_connected", ts(WINDOW_END - timedelta(days=9)), {"integration": "google_analytics"})
add("acc_028", "u_028_1", "integration_connected", ts(WINDOW_END - timedelta(days=6)), {"integration": "meta_channel"})

# Nothing after the end of the window.
events = [e for e in events if e["when"].date() <= WINDOW_END]
events.sort(key=lambda e: (e["when"], e["account_id"], e["user_id"], e["name"]))
with open("events.jsonl", "w", encoding="utf-8") as f:
    for i, e in enumerate(events, 1):
        f.write(json.dumps({"event_id": f"e-{i:06d}", "account_id": e["account_id"], "user_id": e["user_id"],
                            "name": e["name"], "timestamp": e["when"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                            "properties": e["properties"]}) + "\n")
print(len(events), "events written")
