#!/usr/bin/env python3
"""Seeded generator for Signwright sample events (standard library only).

Writes events.jsonl with events from 2026-08-01 to 2026-12-06 (UTC). Each account follows a story:
thriving, steady, advocate, declining, dormant, new (first 30 days), limit (hits plan limits), unhappy.
Usage: python3 generate_events.py [--seed N] [--out events.jsonl]
"""
import argparse, datetime as dt, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 8, 1)
END = dt.date(2026, 12, 6)

BASIC = ["dashboard", "send_envelope", "document_upload", "inbox", "signature_profile", "contacts"]
CORE = ["templates", "signing_order", "reminders", "bulk_send", "contract_vault", "renewal_radar",
        "audit_export", "branding"]
ADV = ["api_access", "event_hooks", "approval_flows", "id_check", "sso", "harborline_sync",
       "cloud_storage_sync"]
PLAN_FEATURES = {
    "free": BASIC + ["templates", "reminders", "audit_export"],
    "starter": BASIC + ["templates", "signing_order", "reminders", "contract_vault", "audit_export",
                        "branding", "cloud_storage_sync", "id_check"],
    "pro": BASIC + CORE + ["api_access", "event_hooks", "approval_flows", "id_check",
                           "harborline_sync", "cloud_storage_sync"],
    "enterprise": BASIC + CORE + ADV,
}
PLAN_INTEGRATIONS = {
    "free": [], "starter": ["driftbox"],
    "pro": ["harborline_crm", "driftbox", "cloudcrate", "tallybook", "chatterly"],
    "enterprise": ["harborline_crm", "driftbox", "cloudcrate", "tallybook", "chatterly", "keystone_sso"],
}
LIMITS = {"free": ["envelopes_per_month", "templates"], "starter": ["envelopes_per_month", "seats", "templates",
          "vault_documents"], "pro": ["bulk_send_rows", "seats", "api_rate_limit"], "enterprise": ["api_rate_limit"]}

STORY = {
    "acc_001": "advocate", "acc_002": "thriving", "acc_003": "limit", "acc_004": "advocate",
    "acc_005": "declining", "acc_006": "unhappy", "acc_007": "advocate", "acc_008": "dormant",
    "acc_009": "advocate", "acc_010": "dormant", "acc_011": "thriving", "acc_012": "limit",
    "acc_013": "thriving", "acc_014": "steady", "acc_015": "declining", "acc_016": "thriving",
    "acc_017": "steady", "acc_018": "dormant", "acc_019": "unhappy", "acc_020": "thriving",
    "acc_021": "declining", "acc_022": "dormant", "acc_023": "limit", "acc_024": "unhappy",
    "acc_025": "unhappy", "acc_026": "steady", "acc_027": "declining", "acc_028": "limit",
    "acc_029": "thriving", "acc_030": "limit", "acc_031": "steady", "acc_032": "steady",
    "acc_033": "new", "acc_034": "new", "acc_035": "new", "acc_036": "new",
}
# (daily activity probability before/after 2026-11-06, max users active a day, key actions weight)
PROFILE = {
    "thriving": (0.85, 0.9, 5, 3), "advocate": (0.8, 0.8, 4, 2), "steady": (0.55, 0.5, 2, 1),
    "declining": (0.75, 0.15, 3, 2), "dormant": (0.35, 0.0, 2, 1), "limit": (0.8, 0.85, 3, 3),
    "unhappy": (0.5, 0.4, 2, 1), "new": (0.7, 0.7, 3, 1),
}
SPLIT = dt.date(2026, 11, 6)


def ts(rng, day):
    t = dt.datetime(day.year, day.month, day.day, rng.randint(6, 19), rng.randint(0, 59), rng.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--out", default=os.path.join(HERE, "events.jsonl"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    accounts = [json.loads(l) for l in open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") if l.strip()]
    events = []

    def add(acc, user, name, day, props=None):
        events.append({"account_id": acc, "user_id": user, "name": name, "timestamp": ts(rng, day),
                       "properties": props or {}})

    for a in accounts:
        aid, plan, seats = a["id"], a["plan"], a["seats"]
        story = STORY[aid]
        signup = dt.date.fromisoformat(a["signup_date"])
        p_before, p_after, max_users, ka = PROFILE[story]
        n_users = max(1, min(seats, {"thriving": 8, "advocate": 6, "limit": 5}.get(story, 3)))
        if story == "limit" and plan == "pro":
            n_users = seats  # uses every seat
        users = ["u_%s_%d" % (aid[-3:], i + 1) for i in range(n_users)]
        feats = PLAN_FEATURES[plan]
        # accounts use a subset of what their plan allows
        k = {"thriving": len(feats), "advocate": len(feats) - 2, "steady": 7, "declining": 9,
             "dormant": 5, "limit": 8, "unhappy": 5, "new": 6}[story]
        used = BASIC[:3] + rng.sample([f for f in feats if f not in BASIC[:3]], max(0, min(k, len(feats)) - 3))
        first = max(START, signup)
        # milestones: backfilled on the first day of the window for older accounts
        owner = users[0]
        if story != "new" or aid in ("acc_033", "acc_036"):
            add(aid, owner, "profile_completed", first)
        if story in ("thriving", "advocate", "limit", "declining") or (story == "new" and plan in ("pro", "enterprise")):
            for integ in rng.sample(PLAN_INTEGRATIONS[plan], min(len(PLAN_INTEGRATIONS[plan]), 2 if story == "thriving" else 1)):
                add(aid, owner, "integration_connected", first + dt.timedelta(days=rng.randint(0, 5)),
                    {"integration": integ})
        if plan in ("pro", "enterprise") and story in ("thriving", "advocate"):
            for _ in range(rng.randint(2, 4)):
                add(aid, owner, "workspace_created", first + dt.timedelta(days=rng.randint(0, 20)))
        if story in ("new", "thriving") and len(users) > 1:
            for u in users[1:]:
                add(aid, owner, "user_invited", first + dt.timedelta(days=rng.randint(0, 10)))
        day = first
        while day <= END:
            p = p_before if day < SPLIT else p_after
            if story == "new":
                p = 0.8 if (day - signup).days < 7 else 0.5
            if day.weekday() >= 5:
                p *= 0.25
            if rng.random() < p:
                active = rng.sample(users, rng.randint(1, min(max_users, len(users))))
                for u in active:
                    add(aid, u, "login", day)
                    for _ in range(rng.randint(0, ka)):
                        add(aid, u, "key_action", day)
                    pool = used if not (story == "declining" and day >= SPLIT) else used[:2]
                    if story == "new" and (day - signup).days < 3:
                        pool = used[:2]
                    for f in rng.sample(pool, min(len(pool), rng.randint(1, 2))):
                        add(aid, u, "feature_used", day, {"feature": f})
                if story == "limit" and rng.random() < 0.12:
                    add(aid, owner, "limit_reached", day, {"limit": rng.choice(LIMITS[plan])})
            day += dt.timedelta(days=1)
        if story == "limit":  # make sure the story shows in the last 30 days
            add(aid, owner, "limit_reached", END - dt.timedelta(days=rng.randint(2, 12)), {"limit": LIMITS[plan][0]})
        # feedback
        last = END - dt.timedelta(days=rng.randint(3, 40))
        if story == "dormant":
            last = dt.date(2026, 10, rng.randint(1, 25))
        if story == "advocate":
            add(aid, owner, "nps_submitted", last, {"score": rng.choice([9, 10])})
            add(aid, users[-1], "csat_submitted", last - dt.timedelta(days=9), {"score": 5})
        elif story == "thriving":
            add(aid, owner, "nps_submitted", last, {"score": rng.choice([8, 9, 10])})
        elif story == "unhappy":
            add(aid, owner, "nps_submitted", last - dt.timedelta(days=20), {"score": rng.choice([5, 7])})
            add(aid, owner, "nps_submitted", last, {"score": rng.choice([2, 3, 4])})
            add(aid, users[-1], "csat_submitted", last + dt.timedelta(days=2), {"score": rng.choice([1, 2])})
        elif story == "declining":
            add(aid, owner, "nps_submitted", last, {"score": rng.choice([6, 7])})
        elif story in ("steady", "limit") and rng.random() < 0.6:
            add(aid, owner, "nps_submitted", last, {"score": rng.choice([7, 8])})
            add(aid, users[-1], "csat_submitted", last, {"score": rng.choice([3, 4, 5])})

    events = [e for e in events if e["timestamp"][:10] <= END.isoformat()
              and e["timestamp"][:10] >= START.isoformat()]
    events.sort(key=lambda e: (e["timestamp"], e["account_id"], e["user_id"], e["name"]))
    with open(args.out, "w", encoding="utf-8") as f:
        for i, e in enumerate(events, 1):
            row = {"event_id": "e-%06d" % i}
            row.update(e)
            f.write(json.dumps(row, separators=(",", ":")) + "\n")
    print("wrote %d events to %s" % (len(events), args.out))


if __name__ == "__main__":
    main()
