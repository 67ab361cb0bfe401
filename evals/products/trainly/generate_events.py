#!/usr/bin/env python3
"""Seeded generator for Learnwick product events (SPEC section 4).

Writes events.jsonl next to this script: events from 2026-08-01 to 2026-12-06 for the accounts in
accounts.jsonl, each account following a story (thriving, advocate, limits, dormant, declining,
unhappy, new, steady). Standard library only; same seed -> same file.
"""
import json, os, random
from datetime import date, datetime, timedelta, timezone

SEED = 20261206
START, END = date(2026, 8, 1), date(2026, 12, 6)
ROOT = os.path.dirname(os.path.abspath(__file__))

BASIC = ["dashboard", "course_catalog", "learner_profile", "mobile_app", "notifications", "standard_reports"]
CORE = ["course_studio", "pathways", "enrolment_rules", "quizzes", "certificates", "classroom_sessions", "reminders"]
ADV = ["scorm_xapi_import", "audit_room", "people_sync", "sso", "api_access", "webhooks", "content_shelf", "auditor_links"]
LEARNER_FEATURES = ["course_catalog", "mobile_app", "quizzes", "certificates", "dashboard"]
INTEGRATIONS = ["peoplegrid", "staffledger", "workvine_hr", "sftp_csv", "saml_sso", "meetspace", "huddlechat", "xapi_forwarding"]

# story, share of seats that are learners in the pool, learner active days per month
STORIES = {
    "acc_001": "thriving", "acc_007": "thriving", "acc_013": "thriving", "acc_016": "thriving",
    "acc_027": "thriving", "acc_009": "thriving", "acc_004": "thriving", "acc_026": "thriving",
    "acc_002": "advocate", "acc_017": "advocate", "acc_003": "advocate", "acc_036": "advocate",
    "acc_014": "limits", "acc_018": "limits", "acc_024": "limits", "acc_015": "limits", "acc_023": "limits",
    "acc_019": "dormant", "acc_022": "dormant", "acc_010": "dormant",
    "acc_005": "declining", "acc_012": "declining", "acc_020": "declining", "acc_011": "declining",
    "acc_021": "unhappy", "acc_008": "unhappy", "acc_006": "unhappy", "acc_034": "unhappy",
    "acc_030": "new", "acc_031": "new", "acc_032": "new", "acc_033": "new", "acc_035": "new",
    "acc_025": "steady", "acc_028": "steady", "acc_029": "steady",
}


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.events = []

    def emit(self, acc, user, name, day, props=None):
        r = self.rng
        day = min(day, END)  # nothing after the end of the window
        ts = datetime(day.year, day.month, day.day, r.randint(6, 19), r.randint(0, 59), r.randint(0, 59),
                      tzinfo=timezone.utc)
        self.events.append({"account_id": acc, "user_id": user, "name": name,
                            "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "properties": props or {}})

    def account(self, a):
        r, acc, story = self.rng, a["id"], STORIES[a["id"]]
        signup = date.fromisoformat(a["signup_date"])
        first = max(START, signup)
        n = a["seats"]
        share = {"thriving": 0.6 if n > 300 else 0.95, "advocate": 0.6, "limits": 1.0, "dormant": 0.3,
                 "declining": 0.5, "unhappy": 0.4, "new": 0.35, "steady": 0.5}[story]
        learners = [f"u_{acc[4:]}_{i:03d}" for i in range(1, max(2, int(n * share)) + 1)]
        admins = [f"u_{acc[4:]}_a{i}" for i in range(1, (4 if a["plan"] in ("pro", "enterprise") else 2) + 1)]
        main = admins[0]
        # --- setup milestones
        setup_day = first if signup >= START else START + timedelta(days=r.randint(0, 6))
        if story != "new" or r.random() < 0.7:
            self.emit(acc, main, "profile_completed", setup_day)
        if story in ("thriving", "advocate", "declining", "unhappy", "steady"):
            for k in range(2 if story != "steady" else 1):
                self.emit(acc, admins[k % len(admins)], "workspace_created", setup_day + timedelta(days=k * 9))
            if a["plan"] in ("pro", "enterprise"):
                for integ in r.sample(INTEGRATIONS, 2 if story != "thriving" else 3):
                    self.emit(acc, main, "integration_connected", setup_day + timedelta(days=r.randint(1, 20)), {"integration": integ})
        if story == "new":
            self.emit(acc, main, "workspace_created", first)
            for k in range(min(6, len(learners))):
                self.emit(acc, main, "user_invited", first + timedelta(days=r.randint(0, 3)))
            if a["plan"] in ("pro", "enterprise") and r.random() < 0.6:
                self.emit(acc, main, "integration_connected", first + timedelta(days=2), {"integration": "saml_sso"})

        # --- activity curve: multiplier per day
        def level(d):
            if story == "dormant":
                return 1.0 if d <= date(2026, 9, 20) else 0.0
            if story == "declining":
                return 1.0 if d < date(2026, 11, 7) else 0.25
            if story == "unhappy":
                return 0.7 if d < date(2026, 10, 15) else 0.45
            if story == "new":
                return 1.3
            return 1.0

        learner_rate = {"thriving": 1.1, "advocate": 1.2, "limits": 2.0, "dormant": 0.8, "declining": 1.2,
                        "unhappy": 0.8, "new": 1.5, "steady": 0.9}[story] / 30.0
        admin_feats = BASIC[:2] + CORE + (ADV if a["plan"] in ("pro", "enterprise") else ADV[:1])
        if story in ("declining",):
            late_feats = ["dashboard", "standard_reports"]
        else:
            late_feats = None
        for d in days(first, END):
            lv = level(d)
            # only the last ~60 days are at full learner volume; earlier months are sampled lightly
            early = 0.1 if d < date(2026, 10, 8) and story not in ("dormant",) else 1.0
            if lv == 0:
                continue
            weekday = d.weekday() < 5
            for u in learners:
                if r.random() < learner_rate * lv * early * (1.3 if weekday else 0.2):
                    self.emit(acc, u, "login", d)
                    if r.random() < 0.2:
                        self.emit(acc, u, "feature_used", d, {"feature": r.choice(LEARNER_FEATURES)})
                    if r.random() < 0.25:
                        self.emit(acc, u, "key_action", d)
            for u in admins:
                if weekday and r.random() < 0.25 * lv:
                    self.emit(acc, u, "login", d)
                    feats = late_feats if (late_feats and d >= date(2026, 11, 7)) else admin_feats
                    for f in r.sample(feats, min(len(feats), r.randint(1, 2))):
                        self.emit(acc, u, "feature_used", d, {"feature": f})
        # --- growth and feedback signals
        if story == "limits":
            lim = {"free": "active_learners", "starter": "published_courses"}[a["plan"]]
            for k in range(r.randint(2, 4)):
                self.emit(acc, main, "limit_reached", date(2026, 11, 8) + timedelta(days=r.randint(0, 27)), {"limit": lim})
        if acc == "acc_009":
            self.emit(acc, main, "limit_reached", date(2026, 11, 30), {"limit": "api_rate_limit"})
        if story == "advocate":
            self.emit(acc, main, "nps_submitted", date(2026, 10, 1) + timedelta(days=r.randint(0, 50)), {"score": r.choice([9, 10])})
            self.emit(acc, admins[1], "csat_submitted", date(2026, 11, 10) + timedelta(days=r.randint(0, 20)), {"score": 5})
        if story == "thriving" and r.random() < 0.6:
            self.emit(acc, main, "nps_submitted", date(2026, 9, 15) + timedelta(days=r.randint(0, 60)), {"score": r.choice([7, 8, 9])})
        if story == "unhappy":
            self.emit(acc, main, "nps_submitted", date(2026, 10, 20) + timedelta(days=r.randint(0, 30)), {"score": r.choice([2, 3, 4, 5])})
            self.emit(acc, admins[-1], "csat_submitted", date(2026, 11, 15) + timedelta(days=r.randint(0, 18)), {"score": r.choice([1, 2])})
        if story == "declining" and r.random() < 0.5:
            self.emit(acc, main, "csat_submitted", date(2026, 10, 25), {"score": 3})
        if story == "steady":
            self.emit(acc, main, "nps_submitted", date(2026, 11, 2) + timedelta(days=r.randint(0, 20)), {"score": r.choice([7, 8])})


def main():
    with open(os.path.join(ROOT, "accounts.jsonl"), encoding="utf-8") as f:
        accounts = [json.loads(l) for l in f if l.strip()]
    g = Gen()
    for a in accounts:
        g.account(a)
    g.events.sort(key=lambda e: (e["timestamp"], e["account_id"], e["user_id"]))
    with open(os.path.join(ROOT, "events.jsonl"), "w", encoding="utf-8") as f:
        for i, e in enumerate(g.events, 1):
            rec = {"event_id": f"e-{i:06d}", **e}
            f.write(json.dumps(rec, separators=(",", ":")) + "\n")
    print(f"wrote {len(g.events)} events")


if __name__ == "__main__":
    main()
