#!/usr/bin/env python3
"""Seeded generator for Paylark product events (standard library only).

Reads accounts.jsonl and writes events.jsonl covering 2026-08-08 .. 2026-12-05.
Each account follows a behaviour profile (healthy, advocate, growing, declining,
dormant, unhappy, low_engagement, new) so that activation tiers, churn-risk
signals and growth signals come out varied. Setup milestones of accounts that
signed up before the window are back-dated to their signup period.

Run:  python3 generate_events.py
"""
import json
import random
from datetime import date, datetime, timedelta, timezone

SEED = 20261205
START = date(2026, 8, 8)
END = date(2026, 12, 5)

PROFILE = {
    "acc_001": "advocate", "acc_014": "advocate", "acc_020": "advocate", "acc_023": "advocate",
    "acc_002": "healthy", "acc_004": "healthy", "acc_007": "healthy", "acc_012": "healthy",
    "acc_017": "healthy", "acc_024": "healthy", "acc_028": "healthy", "acc_034": "healthy",
    "acc_036": "healthy",
    "acc_006": "growing", "acc_008": "growing", "acc_022": "growing", "acc_035": "growing",
    "acc_011": "growing",
    "acc_003": "declining", "acc_015": "declining", "acc_026": "declining",
    "acc_005": "dormant", "acc_013": "dormant", "acc_025": "dormant", "acc_032": "dormant",
    "acc_010": "unhappy", "acc_018": "unhappy", "acc_030": "unhappy",
    "acc_009": "low_engagement", "acc_021": "low_engagement", "acc_031": "low_engagement",
    "acc_016": "new", "acc_019": "new", "acc_027": "new", "acc_033": "new", "acc_029": "new",
}

# Last day with any activity for dormant accounts.
DORMANT_UNTIL = {"acc_005": date(2026, 10, 2), "acc_013": date(2026, 9, 19),
                 "acc_025": date(2026, 10, 24), "acc_032": date(2026, 9, 6)}

ACCOUNTING = {"UK": "xero", "IE": "xero", "DE": "datev", "NL": "exact_online",
              "FR": "sage", "ES": "sage", "PT": "quickbooks_online", "IT": "quickbooks_online"}
COUNTRY = {}  # filled from the contact domain list below
COUNTRY_BY_ID = {
    "acc_001": "UK", "acc_002": "ES", "acc_003": "FR", "acc_004": "DE", "acc_005": "PT",
    "acc_006": "IT", "acc_007": "NL", "acc_008": "UK", "acc_009": "UK", "acc_010": "UK",
    "acc_011": "IE", "acc_012": "ES", "acc_013": "FR", "acc_014": "DE", "acc_015": "PT",
    "acc_016": "IT", "acc_017": "NL", "acc_018": "UK", "acc_019": "UK", "acc_020": "UK",
    "acc_021": "ES", "acc_022": "FR", "acc_023": "DE", "acc_024": "PT", "acc_025": "IT",
    "acc_026": "NL", "acc_027": "IE", "acc_028": "UK", "acc_029": "UK", "acc_030": "FR",
    "acc_031": "DE", "acc_032": "PT", "acc_033": "IT", "acc_034": "NL", "acc_035": "UK",
    "acc_036": "UK",
}

BASIC = ["dashboard", "people_directory", "staff_hub", "payslips", "time_off", "org_chart", "announcements"]
CORE = ["pay_runs", "off_cycle_pay_runs", "expense_claims", "leave_policies", "filing_centre",
        "payslip_designer", "reports", "benefits_hub"]
ADVANCED = ["api_access", "approval_flows", "signdesk", "bank_connect", "multi_entity", "sso",
            "audit_log_export"]

PLAN_FEATURES = {
    "free": ["dashboard", "people_directory", "staff_hub", "payslips", "time_off", "org_chart",
             "pay_runs"],
    "starter": BASIC + ["pay_runs", "off_cycle_pay_runs", "expense_claims", "leave_policies",
                        "filing_centre", "payslip_designer", "reports", "signdesk"],
    "pro": BASIC + CORE + ["api_access", "approval_flows", "signdesk", "bank_connect"],
    "enterprise": BASIC + CORE + ADVANCED,
}


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.events = []

    def ts(self, d, hour_lo=7, hour_hi=19):
        h = self.rng.randint(hour_lo, hour_hi - 1)
        m = self.rng.randint(0, 59)
        s = self.rng.randint(0, 59)
        return datetime(d.year, d.month, d.day, h, m, s, tzinfo=timezone.utc)

    def emit(self, acc, user, name, when, **props):
        lo = datetime(self.signup.year, self.signup.month, self.signup.day, tzinfo=timezone.utc)
        hi = datetime(END.year, END.month, END.day, 23, 59, 59, tzinfo=timezone.utc)
        if when < lo:
            when = lo + timedelta(hours=9)
        if when > hi:
            return
        self.events.append({"account_id": acc, "user_id": user, "name": name,
                            "timestamp": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                            "properties": props})


def last_working_day(y, m):
    d = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def paydays(start, end):
    out = []
    y, m = start.year, start.month
    while True:
        p = last_working_day(y, m)
        if p > end:
            break
        if p >= start:
            out.append(p)
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


def main():
    g = Gen()
    rng = g.rng
    accounts = [json.loads(l) for l in open("accounts.jsonl", encoding="utf-8") if l.strip()]
    for acc in accounts:
        aid, plan, seats = acc["id"], acc["plan"], acc["seats"]
        prof = PROFILE[aid]
        country = COUNTRY_BY_ID[aid]
        signup = date.fromisoformat(acc["signup_date"])
        g.signup = signup
        num = int(aid.split("_")[1])
        n_admins = 1 if seats <= 12 else 2 if seats <= 40 else 3 if seats <= 100 else 4
        admins = [f"u_{num:03d}_a{i + 1}" for i in range(n_admins)]
        # how many employees use Staff Hub and how eagerly
        emp_share = {"healthy": 0.55, "advocate": 0.6, "growing": 0.5, "declining": 0.45,
                     "dormant": 0.3, "unhappy": 0.4, "low_engagement": 0.04, "new": 0.4}[prof]
        n_emp = max(0, min(seats - n_admins, 140))
        if prof == "growing":
            n_emp_start = int(n_emp * 0.7)
        else:
            n_emp_start = n_emp
        employees = [f"u_{num:03d}_e{i + 1:03d}" for i in range(n_emp)]
        feats = list(PLAN_FEATURES[plan])
        if prof in ("declining", "low_engagement", "unhappy"):
            feats = [f for f in feats if f not in ("api_access", "multi_entity", "audit_log_export")]

        active_from = max(signup, START)
        active_to = DORMANT_UNTIL.get(aid, END)

        # ---- setup milestones (back-dated for older accounts) ----
        owner = admins[0]
        s0 = signup
        if prof != "new" or aid in ("acc_019", "acc_029"):
            g.emit(aid, owner, "profile_completed", g.ts(s0 + timedelta(days=1)))
            g.emit(aid, owner, "workspace_created", g.ts(s0 + timedelta(days=1)))
            if plan in ("pro", "enterprise") and prof not in ("dormant",):
                g.emit(aid, owner, "workspace_created", g.ts(s0 + timedelta(days=rng.randint(20, 200))))
            if plan == "enterprise":
                g.emit(aid, owner, "workspace_created", g.ts(s0 + timedelta(days=rng.randint(30, 90))))
            for a in admins[1:]:
                g.emit(aid, owner, "user_invited", g.ts(s0 + timedelta(days=2)))
            for e in employees[: min(len(employees), 6)]:
                g.emit(aid, owner, "user_invited", g.ts(s0 + timedelta(days=rng.randint(3, 12))))
            if plan != "free" and prof not in ("low_engagement", "dormant"):
                g.emit(aid, owner, "integration_connected", g.ts(s0 + timedelta(days=rng.randint(5, 25))),
                       integration=ACCOUNTING[country])
            if plan in ("pro", "enterprise") and prof in ("healthy", "advocate", "growing"):
                g.emit(aid, admins[-1], "integration_connected", g.ts(s0 + timedelta(days=rng.randint(20, 60))),
                       integration=rng.choice(["slack", "microsoft_teams"]))
                g.emit(aid, owner, "integration_connected", g.ts(s0 + timedelta(days=rng.randint(30, 120))),
                       integration="bank_connect")
            if plan == "enterprise" and prof != "new":
                g.emit(aid, owner, "integration_connected", g.ts(s0 + timedelta(days=rng.randint(10, 40))),
                       integration=rng.choice(["okta", "entra_id"]))
            if prof == "dormant" and plan == "starter":
                g.emit(aid, owner, "integration_connected", g.ts(s0 + timedelta(days=9)),
                       integration=ACCOUNTING[country])
            # first pay runs for accounts older than the window
            if signup < START:
                g.emit(aid, owner, "key_action", g.ts(last_working_day(signup.year, signup.month) - timedelta(days=2)))
        else:
            # brand-new accounts onboard inside the window
            if aid == "acc_016":  # starter, got to first pay run
                g.emit(aid, owner, "profile_completed", g.ts(signup + timedelta(days=1)))
                g.emit(aid, owner, "workspace_created", g.ts(signup + timedelta(days=1)))
                for e in employees:
                    g.emit(aid, owner, "user_invited", g.ts(signup + timedelta(days=5)))
            elif aid == "acc_033":  # enterprise, heavy setup
                g.emit(aid, owner, "profile_completed", g.ts(signup))
                for k in range(3):
                    g.emit(aid, owner, "workspace_created", g.ts(signup + timedelta(days=1 + k)))
                g.emit(aid, owner, "integration_connected", g.ts(signup + timedelta(days=4)), integration="quickbooks_online")
                g.emit(aid, admins[1], "integration_connected", g.ts(signup + timedelta(days=6)), integration="entra_id")
                for a in admins[1:]:
                    g.emit(aid, owner, "user_invited", g.ts(signup + timedelta(days=1)))
                for e in employees[:60]:
                    g.emit(aid, admins[1], "user_invited", g.ts(signup + timedelta(days=rng.randint(8, 14))))
            elif aid == "acc_027":  # stuck: only profile and a pay group
                g.emit(aid, owner, "profile_completed", g.ts(signup + timedelta(days=2)))
                g.emit(aid, owner, "workspace_created", g.ts(signup + timedelta(days=3)))

        # ---- daily activity ----
        pdays = set(paydays(active_from, active_to))
        new_pay_start = {"acc_016": date(2026, 11, 27), "acc_027": date(2027, 1, 1),
                         "acc_033": date(2026, 11, 26)}
        for d in daterange(active_from, active_to):
            t = (d - START).days / max(1, (END - START).days)
            if prof == "growing":
                intensity = 0.6 + 0.8 * t
            elif prof == "declining":
                intensity = 1.0 if d < END - timedelta(days=32) else 0.25
            elif prof == "unhappy":
                intensity = 0.7
            elif prof == "low_engagement":
                intensity = 0.5
            elif prof == "new":
                intensity = 1.2 if (d - signup).days < 21 else 0.8
                if aid == "acc_027":
                    intensity = 0.25
            else:
                intensity = 1.0
            weekday = d.weekday() < 5
            # admins
            act_admins = admins if prof not in ("low_engagement", "declining") else admins[:1]
            if prof == "declining" and d < END - timedelta(days=32):
                act_admins = admins
            for a in act_admins:
                p = (0.30 if weekday else 0.03) * intensity
                if rng.random() < p:
                    g.emit(aid, a, "login", g.ts(d))
                    pool = feats
                    if prof == "declining" and d >= END - timedelta(days=32):
                        pool = ["dashboard", "payslips"]
                    for f in rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2, 2, 3]))):
                        g.emit(aid, a, "feature_used", g.ts(d), feature=f)
            # pay run preparation and payday
            in_pay = d >= new_pay_start.get(aid, date(2000, 1, 1))
            if in_pay and (d + timedelta(days=3)) in pdays or (in_pay and d in (new_pay_start.get(aid),)):
                a = admins[0] if len(admins) == 1 else admins[1]
                g.emit(aid, a, "feature_used", g.ts(d), feature="pay_runs")
                if not (prof == "declining" and d >= END - timedelta(days=32) and aid == "acc_015"):
                    g.emit(aid, a, "key_action", g.ts(d, 14, 19))
                if plan != "free":
                    g.emit(aid, a, "feature_used", g.ts(d, 15, 19), feature="filing_centre")
            if plan == "enterprise" and d.weekday() == 3 and (d.isocalendar()[1] % 2 == 0) and in_pay:
                g.emit(aid, admins[-1], "key_action", g.ts(d))  # bi-weekly hourly pay group
            if d in pdays and in_pay:
                n_now = n_emp if prof != "growing" else int(n_emp_start + (n_emp - n_emp_start) * t)
                for e in employees[:n_now]:
                    if rng.random() < emp_share:
                        g.emit(aid, e, "login", g.ts(d, 6, 22))
                        g.emit(aid, e, "feature_used", g.ts(d, 6, 22), feature="payslips")
            # employees: leave and expenses
            if weekday and in_pay or (weekday and prof != "new"):
                n_now = n_emp if prof != "growing" else int(n_emp_start + (n_emp - n_emp_start) * t)
                for e in employees[:n_now]:
                    r = rng.random()
                    if r < 0.007 * intensity * (2 if prof in ("healthy", "advocate", "growing") else 1):
                        g.emit(aid, e, "login", g.ts(d))
                        g.emit(aid, e, "feature_used", g.ts(d), feature="time_off")
                    elif plan != "free" and r < 0.011 * intensity:
                        g.emit(aid, e, "login", g.ts(d))
                        g.emit(aid, e, "feature_used", g.ts(d), feature="expense_claims")
            # growing accounts invite people and hit limits
            if prof == "growing" and weekday and rng.random() < 0.05:
                g.emit(aid, admins[0], "user_invited", g.ts(d))

        # ---- limits ----
        if aid in ("acc_008", "acc_035", "acc_006"):
            for k in range(rng.randint(1, 3)):
                g.emit(aid, admins[0], "limit_reached", g.ts(END - timedelta(days=rng.randint(1, 25))), limit="seats")
        if aid == "acc_011":
            g.emit(aid, admins[0], "limit_reached", g.ts(date(2026, 11, 20)), limit="employees")
            g.emit(aid, admins[0], "limit_reached", g.ts(date(2026, 11, 28)), limit="employees")
        if aid == "acc_017":
            g.emit(aid, admins[0], "limit_reached", g.ts(date(2026, 11, 14)), limit="signdesk_documents")
        if aid == "acc_022":
            g.emit(aid, admins[0], "limit_reached", g.ts(date(2026, 9, 3)), limit="api_rate")
        if aid == "acc_029":
            g.emit(aid, admins[0], "limit_reached", g.ts(date(2026, 11, 26)), limit="employees")

        # ---- feedback ----
        nps_range = {"advocate": (9, 10), "healthy": (7, 9), "growing": (8, 10), "declining": (5, 7),
                     "unhappy": (1, 5), "low_engagement": (6, 8), "new": (7, 9), "dormant": (5, 8)}[prof]
        nps_dates = [date(2026, 9, rng.randint(8, 25)), date(2026, 11, rng.randint(10, 28))]
        for nd in nps_dates:
            if active_from <= nd <= active_to and rng.random() < 0.8:
                g.emit(aid, rng.choice(admins), "nps_submitted", g.ts(nd), score=rng.randint(*nps_range))
        csat_range = {"unhappy": (1, 2), "declining": (2, 4)}.get(prof, (4, 5))
        for k in range(rng.randint(0, 3)):
            cd = active_from + timedelta(days=rng.randint(0, max(0, (active_to - active_from).days)))
            g.emit(aid, admins[0], "csat_submitted", g.ts(cd), score=rng.randint(*csat_range))

    g.events.sort(key=lambda e: (e["timestamp"], e["account_id"], e["user_id"]))
    with open("events.jsonl", "w", encoding="utf-8") as f:
        for i, e in enumerate(g.events, 1):
            row = {"event_id": f"e-{i:06d}", **e}
            if not row["properties"]:
                row["properties"] = {}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(g.events)} events")


if __name__ == "__main__":
    main()
