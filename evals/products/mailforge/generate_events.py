#!/usr/bin/env python3
"""Seeded generator for Quillsend product events (events.jsonl).

Standard library only. Usage: python3 generate_events.py [--seed 20261206] [--out events.jsonl]
Each account follows a "story" (thriving, dormant, declining, new, limits, unhappy, steady) so the
lifecycle rules of SPEC section 5 have something to find as of 2026-12-06.
"""
import argparse, json, random
from datetime import date, datetime, timedelta, timezone

START = date(2026, 8, 1)
END = date(2026, 12, 6)

BASIC = ["dashboard", "audience_list", "campaign_editor", "template_library", "contact_import", "signup_forms", "send_test"]
CORE = ["segments", "journeys", "split_tests", "insights_reports", "preference_centre", "sending_domains", "shop_sync", "saved_blocks"]
ADVANCED = ["api_access", "webhooks", "agency_hub", "smart_send", "custom_html", "scheduled_reports"]
INTEGRATIONS = ["shopvana", "cartnest", "relaylead_crm", "pipeharbor_crm", "zapwire", "formbird"]

STORIES = {
    "thriving": ["acc_001", "acc_002", "acc_003", "acc_006", "acc_011", "acc_015", "acc_019", "acc_027"],
    "dormant": ["acc_009", "acc_012", "acc_018", "acc_021"],
    "declining": ["acc_005", "acc_013", "acc_014", "acc_033", "acc_035"],
    "new": ["acc_029", "acc_030", "acc_031", "acc_032", "acc_034"],
    "limits": ["acc_004", "acc_007", "acc_008", "acc_016", "acc_022"],
    "unhappy": ["acc_010", "acc_017", "acc_024"],
    "steady": ["acc_020", "acc_023", "acc_025", "acc_026", "acc_028", "acc_036"],
}
ADVOCATES = {"acc_001", "acc_002", "acc_006", "acc_011", "acc_019"}  # age >= 365 days, NPS 9-10
LIMITS = {"acc_004": "monthly_sends", "acc_007": "client_spaces", "acc_008": "contacts",
          "acc_016": "monthly_sends", "acc_022": "seats"}


def ts(rng, d):
    t = datetime(d.year, d.month, d.day, rng.randint(6, 20), rng.randint(0, 59), rng.randint(0, 59),
                 tzinfo=timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.events = []

    def add(self, acc, user, name, d, props=None):
        self.events.append({"account_id": acc, "user_id": user, "name": name,
                            "timestamp": ts(self.rng, d), "properties": props or {}})

    def days(self, a, b):
        d = a
        while d <= b:
            yield d
            d += timedelta(days=1)

    def activity(self, acc, users, a, b, p_day, features, key_rate):
        """Daily activity between a and b: logins, feature use and key actions."""
        r = self.rng
        for d in self.days(a, b):
            if d.weekday() >= 5 and r.random() < 0.7:
                continue
            if r.random() > p_day:
                continue
            for u in r.sample(users, k=r.randint(1, min(4, len(users)))):
                self.add(acc, u, "login", d)
                for f in r.sample(features, k=min(len(features), r.randint(1, 2))):
                    self.add(acc, u, "feature_used", d, {"feature": f})
                if r.random() < key_rate:
                    self.add(acc, u, "key_action", d)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--out", default="events.jsonl")
    ap.add_argument("--accounts", default="accounts.jsonl")
    args = ap.parse_args()
    accounts = {}
    with open(args.accounts, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                a = json.loads(line)
                accounts[a["id"]] = a
    g = Gen(args.seed)
    r = g.rng
    story_of = {acc: s for s, accs in STORIES.items() for acc in accs}
    for acc, a in sorted(accounts.items()):
        story = story_of.get(acc, "steady")
        signup = date.fromisoformat(a["signup_date"])
        first = max(START, signup)
        n_users = {"free": 1, "starter": 3, "pro": 6, "enterprise": 14}[a["plan"]]
        if story in ("thriving",):
            n_users = min(a["seats"], n_users + 3)
        users = [f"u_{acc[4:]}_{i:02d}" for i in range(1, n_users + 1)]
        owner = users[0]
        # milestones that happened before the window are replayed on the first day for established accounts
        if story != "dormant" or r.random() < 0.5:
            g.add(acc, owner, "profile_completed", first)
        if story == "new":
            # first 30 days: setup bursts, some milestones still missing
            g.add(acc, owner, "login", signup)
            g.add(acc, owner, "feature_used", signup, {"feature": "dashboard"})
            feats = BASIC[:4] + (["segments", "sending_domains"] if acc in ("acc_031", "acc_032") else [])
            g.activity(acc, users[:2], signup + timedelta(days=1), END, 0.6, feats, 0.15 if acc != "acc_034" else 0.0)
            if acc in ("acc_031", "acc_032"):
                g.add(acc, owner, "integration_connected", signup + timedelta(days=2), {"integration": r.choice(INTEGRATIONS)})
                g.add(acc, owner, "workspace_created", signup + timedelta(days=1))
                for u in users[1:3]:
                    g.add(acc, owner, "user_invited", signup + timedelta(days=1), {"invitee": u})
            continue
        if story == "thriving":
            feats = BASIC + CORE + r.sample(ADVANCED, 3)
            g.activity(acc, users, first, END, 0.9, feats, 0.5)
            for i in range(r.randint(2, 4)):
                g.add(acc, owner, "workspace_created", first + timedelta(days=r.randint(0, 60)))
            for integ in r.sample(INTEGRATIONS, 2):
                g.add(acc, owner, "integration_connected", first + timedelta(days=r.randint(0, 40)), {"integration": integ})
            for u in users[-2:]:
                g.add(acc, owner, "user_invited", first + timedelta(days=r.randint(5, 90)), {"invitee": u})
        elif story == "dormant":
            stop = date(2026, 9, 20) + timedelta(days=r.randint(0, 25))
            g.activity(acc, users[:2], first, stop, 0.5, BASIC[:5] + ["segments"], 0.2)
        elif story == "declining":
            feats = BASIC[:5] + CORE[:5]
            g.activity(acc, users, first, date(2026, 10, 31), 0.8, feats, 0.35)
            g.activity(acc, users[:1], date(2026, 11, 1), END, 0.25, ["dashboard", "campaign_editor"], 0.2)
            g.add(acc, owner, "integration_connected", first + timedelta(days=3), {"integration": r.choice(INTEGRATIONS)})
        elif story == "limits":
            feats = BASIC + CORE[:4] + (["agency_hub"] if acc == "acc_007" else [])
            g.activity(acc, users, first, END, 0.85, feats, 0.45)
            g.add(acc, owner, "integration_connected", first + timedelta(days=2), {"integration": r.choice(INTEGRATIONS)})
            lim = LIMITS[acc]
            for k in range(r.randint(2, 4)):
                g.add(acc, owner, "limit_reached", END - timedelta(days=r.randint(0, 25)), {"limit": lim})
            if acc == "acc_007":
                g.add(acc, owner, "workspace_created", first + timedelta(days=4))
                g.add(acc, owner, "workspace_created", first + timedelta(days=30))
        elif story == "unhappy":
            feats = BASIC[:5] + CORE[:3]
            g.activity(acc, users, first, END, 0.55, feats, 0.25)
            g.add(acc, owner, "integration_connected", first + timedelta(days=5), {"integration": r.choice(INTEGRATIONS)})
            g.add(acc, owner, "nps_submitted", END - timedelta(days=r.randint(5, 40)), {"score": r.choice([2, 3, 4, 5, 6])})
            for _ in range(2):
                g.add(acc, users[-1], "csat_submitted", END - timedelta(days=r.randint(1, 30)), {"score": r.choice([1, 2])})
        else:  # steady
            feats = BASIC[:5] + r.sample(CORE, 3)
            g.activity(acc, users, first, END, 0.6, feats, 0.3)
            if r.random() < 0.6:
                g.add(acc, owner, "integration_connected", first + timedelta(days=r.randint(1, 30)), {"integration": r.choice(INTEGRATIONS)})
            g.add(acc, owner, "nps_submitted", END - timedelta(days=r.randint(10, 80)), {"score": r.choice([7, 8])})
        if acc in ADVOCATES:
            g.add(acc, owner, "nps_submitted", END - timedelta(days=r.randint(3, 60)), {"score": r.choice([9, 10])})
            g.add(acc, users[1], "csat_submitted", END - timedelta(days=r.randint(3, 60)), {"score": 5})
    # drop anything before signup (safety) and sort
    out = []
    for e in g.events:
        if e["timestamp"][:10] < accounts[e["account_id"]]["signup_date"]:
            continue
        out.append(e)
    out.sort(key=lambda e: (e["timestamp"], e["account_id"], e["user_id"], e["name"]))
    with open(args.out, "w", encoding="utf-8") as fh:
        for i, e in enumerate(out, 1):
            rec = {"event_id": f"e-{i:06d}", **e}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} events to {args.out}")


if __name__ == "__main__":
    main()
