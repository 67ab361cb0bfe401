#!/usr/bin/env python3
"""Write events.jsonl for the Rovana (fleetops) product folder.

Standard library only and seeded, so every run writes the same file.

    python3 generate_events.py            # writes events.jsonl next to this script
    python3 generate_events.py --out x.jsonl --seed 7 --end 2026-12-06

The data is meant to be evaluated as of END (default 2026-12-06). Activity (logins, features, key
actions) covers 2026-08-15 .. END; milestone events (profile_completed, integration_connected,
workspace_created, user_invited) are written at their real dates, which for older accounts lie
before the activity window.

Conventions:
- user ids are office users (seat holders) only: "u_<account number>_<n>". Drivers are not users.
- key_action = a dispatch run of work orders completed (Free plan: a live location link shared).
- each account follows an archetype (healthy, decline, dormant, expanding, advocate, new ...); see
  PROFILES below and the README.
"""
import argparse
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

BASIC = ["live_map", "vehicle_list", "trip_history", "alerts", "driver_app", "zones"]

# Per account: users = office users active in the period; p = chance a user is active on a weekday;
# ka = mean key actions per weekday; feats = features used; trend = shape over time.
# trend: flat | growing | decline (activity and features drop in the last 32 days)
#        soft_decline (activity drops in the last 30 days, features kept) | dormant (stops at 'stop')
# milestones: profile (bool), integ [(offset days after signup, name)], hubs (count of
# workspace_created), invites; nps / csat: [(date, score)]; limits: [(date, limit)].
PROFILES = {
    "acc_001": dict(users=10, p=.7, ka=8, trend="flat", profile=True, hubs=2, invites=9,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "arrival_notices", "insights_reports", "safescore", "fuellink", "api_access", "webhooks"],
                    integ=[(20, "ledgerline"), (45, "fuellink_petropass")], nps=[("2026-06-02", 9), ("2026-11-18", 10)]),
    "acc_002": dict(users=3, p=.75, ka=4, trend="flat", profile=True, hubs=1, invites=2,
                    feats=BASIC[:3] + ["dispatch_board", "service_plans", "arrival_notices", "expenses"],
                    integ=[(12, "tallybook")], nps=[("2026-10-21", 8)]),
    "acc_003": dict(users=28, p=.6, ka=20, trend="flat", profile=True, hubs=6, invites=40,
                    feats=BASIC + ["dispatch_board", "route_planner", "insights_reports", "safescore", "job_forms", "sightline_video", "api_access", "sso_saml", "custom_roles", "multi_hub_reports"],
                    integ=[(30, "corvid_crm"), (60, "sso_saml")], nps=[("2026-09-15", 8)]),
    "acc_004": dict(users=2, p=.5, ka=2, trend="dormant", stop="2026-10-20", profile=True, hubs=1, invites=1,
                    feats=BASIC[:3] + ["dispatch_board", "service_plans"], integ=[]),
    "acc_005": dict(users=24, p=.75, ka=10, trend="flat", profile=True, hubs=3, invites=26,
                    feats=BASIC + ["dispatch_board", "route_planner", "arrival_notices", "job_forms", "insights_reports", "api_access"],
                    integ=[(25, "ledgerline")], nps=[("2026-11-02", 9)]),
    "acc_006": dict(users=9, p=.7, ka=6, trend="flat", profile=True, hubs=2, invites=8,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "arrival_notices", "job_forms", "service_plans", "insights_reports"],
                    integ=[(15, "ledgerline")], nps=[("2026-10-12", 8)]),
    "acc_007": dict(users=4, p=.8, ka=14, trend="growing", profile=True, hubs=1, invites=3,
                    feats=BASIC[:4] + ["dispatch_board", "arrival_notices", "job_forms", "expenses"],
                    integ=[(40, "tallybook")], limits=[("2026-10-27", "work_orders_per_month"), ("2026-11-26", "work_orders_per_month"), ("2026-11-29", "zones")]),
    "acc_008": dict(users=9, p=.65, ka=6, trend="decline", profile=True, hubs=2, invites=8,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "service_plans", "safescore", "insights_reports"],
                    integ=[(30, "ledgerline")], nps=[("2026-07-14", 7)]),
    "acc_009": dict(users=35, p=.6, ka=25, trend="flat", profile=True, hubs=8, invites=50,
                    feats=BASIC + ["dispatch_board", "route_planner", "service_plans", "insights_reports", "safescore", "fuellink", "sightline_video", "api_access", "webhooks", "meridian_erp_sync", "multi_hub_reports", "sso_saml"],
                    integ=[(20, "meridian_erp"), (40, "sso_saml"), (90, "fuellink_roadfuel")], nps=[("2026-10-30", 9)]),
    "acc_010": dict(users=8, p=.65, ka=5, trend="flat", profile=True, hubs=1, invites=7,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "job_forms", "service_plans"],
                    integ=[(22, "ledgerline")], nps=[("2026-11-20", 4)], csat=[("2026-11-21", 3)]),
    "acc_011": dict(users=4, p=.85, ka=16, trend="flat", profile=True, hubs=1, invites=3,
                    feats=BASIC[:4] + ["dispatch_board", "arrival_notices", "job_forms"],
                    integ=[(10, "tallybook")]),
    "acc_012": dict(users=10, p=.7, ka=9, trend="flat", profile=True, hubs=2, invites=9,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "fuellink", "safescore", "insights_reports", "logbook_hos"],
                    integ=[(18, "fuellink_eurotank"), (50, "tallybook")], nps=[("2026-09-28", 8)]),
    "acc_013": dict(users=12, p=.7, ka=8, trend="flat", profile=True, hubs=3, invites=14,
                    feats=BASIC[:4] + ["dispatch_board", "service_plans", "job_forms", "insights_reports", "api_access", "sso_saml"],
                    integ=[(14, "sso_saml"), (35, "corvid_crm")], nps=[("2026-11-09", 8)]),
    "acc_014": dict(users=1, p=.25, ka=0.2, trend="flat", profile=False, hubs=0, invites=0,
                    feats=["live_map"], integ=[]),
    "acc_015": dict(users=8, p=.7, ka=5, trend="flat", profile=True, hubs=1, invites=8,
                    feats=BASIC[:4] + ["dispatch_board", "arrival_notices", "job_forms", "route_planner"],
                    integ=[(30, "corvid_crm")], csat=[("2026-11-24", 3)]),
    "acc_016": dict(users=10, p=.7, ka=12, trend="growing", profile=True, hubs=2, invites=10,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "arrival_notices", "fuellink", "insights_reports"],
                    integ=[(20, "ledgerline")], limits=[("2026-11-25", "route_planner_stops"), ("2026-11-30", "route_planner_stops"), ("2026-12-03", "zones")]),
    "acc_017": dict(users=2, p=.55, ka=2, trend="flat", profile=True, hubs=1, invites=1,
                    feats=["live_map", "vehicle_list", "alerts", "dispatch_board"], integ=[]),
    "acc_018": dict(users=3, p=.7, ka=4, trend="flat", profile=True, hubs=1, invites=2,
                    feats=BASIC[:3] + ["dispatch_board", "service_plans", "job_forms"],
                    integ=[(21, "tallybook")], nps=[("2026-08-30", 7)]),
    "acc_019": dict(users=60, p=.5, ka=30, trend="flat", profile=True, hubs=12, invites=80,
                    feats=BASIC + ["dispatch_board", "route_planner", "service_plans", "insights_reports", "job_forms", "api_access", "webhooks", "sso_saml", "custom_roles", "multi_hub_reports"],
                    integ=[(10, "sso_saml"), (30, "corvid_crm"), (200, "meridian_erp")], nps=[("2026-10-05", 8)]),
    "acc_020": dict(users=3, p=.75, ka=5, trend="soft_decline", profile=True, hubs=1, invites=2,
                    feats=BASIC[:4] + ["dispatch_board", "arrival_notices", "expenses"],
                    integ=[(30, "tallybook")]),
    "acc_021": dict(users=2, p=.8, ka=3, trend="growing", profile=True, hubs=1, invites=1,
                    feats=["live_map", "vehicle_list", "trip_history", "zones", "alerts"],
                    integ=[], limits=[("2026-11-20", "vehicles"), ("2026-12-02", "vehicles"), ("2026-11-27", "zones")]),
    "acc_022": dict(users=9, p=.65, ka=6, trend="soft_decline", profile=True, hubs=1, invites=8,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "job_forms", "service_plans"],
                    integ=[(40, "ledgerline")], nps=[("2026-08-20", 7)]),
    "acc_023": dict(users=16, p=.65, ka=9, trend="flat", profile=True, hubs=4, invites=18,
                    feats=BASIC + ["dispatch_board", "service_plans", "insights_reports", "fuellink", "safescore", "sso_saml", "multi_hub_reports"],
                    integ=[(20, "sso_saml"), (60, "fuellink_petropass")], nps=[("2026-10-15", 8)]),
    "acc_024": dict(users=3, p=.8, ka=6, trend="growing", profile=True, hubs=1, invites=2,
                    feats=BASIC[:4] + ["dispatch_board", "arrival_notices", "job_forms"],
                    integ=[(9, "tallybook")]),
    "acc_025": dict(users=8, p=.7, ka=5, trend="flat", profile=True, hubs=1, invites=7,
                    feats=BASIC[:4] + ["dispatch_board", "service_plans", "job_forms", "logbook_hos"],
                    integ=[(25, "tallybook")], csat=[("2026-11-10", 2), ("2026-11-26", 1)]),
    "acc_026": dict(users=8, p=.75, ka=6, trend="flat", profile=True, hubs=2, invites=8,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "service_plans", "arrival_notices", "api_access"],
                    integ=[(15, "ledgerline")], nps=[("2026-11-05", 10)]),
    "acc_027": dict(users=1, p=.7, ka=2, trend="flat", profile=True, hubs=1, invites=0,
                    feats=["live_map", "vehicle_list", "dispatch_board", "service_plans"], integ=[]),
    "acc_028": dict(users=24, p=.75, ka=12, trend="flat", profile=True, hubs=3, invites=25,
                    feats=BASIC + ["dispatch_board", "route_planner", "arrival_notices", "service_plans", "job_forms", "insights_reports", "webhooks"],
                    integ=[(20, "corvid_crm"), (40, "ledgerline")], nps=[("2026-10-25", 8)],
                    limits=[("2026-11-30", "seats")]),
    "acc_029": dict(users=20, p=.6, ka=14, trend="decline", profile=True, hubs=5, invites=30,
                    feats=BASIC + ["dispatch_board", "route_planner", "fuellink", "logbook_hos", "insights_reports", "api_access"],
                    integ=[(20, "meridian_erp"), (40, "fuellink_eurotank")], nps=[("2026-07-30", 7)]),
    "acc_030": dict(users=1, p=.5, ka=0.5, trend="dormant", stop="2026-10-20", profile=True, hubs=0, invites=0,
                    feats=["live_map", "vehicle_list"], integ=[]),
    "acc_031": dict(users=14, p=.65, ka=9, trend="flat", profile=True, hubs=3, invites=15,
                    feats=BASIC + ["dispatch_board", "service_plans", "insights_reports", "job_forms", "safescore", "api_access", "sso_saml"],
                    integ=[(12, "sso_saml"), (45, "meridian_erp")], nps=[("2026-09-18", 8)]),
    "acc_032": dict(users=8, p=.7, ka=6, trend="flat", profile=True, hubs=2, invites=8,
                    feats=BASIC[:4] + ["dispatch_board", "arrival_notices", "job_forms", "service_plans", "insights_reports"],
                    integ=[(30, "tallybook")], nps=[("2026-10-01", 7)]),
    "acc_033": dict(users=3, p=.7, ka=2, trend="new", profile=True, hubs=1, invites=2,
                    feats=["live_map", "vehicle_list", "driver_app", "dispatch_board"], integ=[]),
    "acc_034": dict(users=1, p=.5, ka=0.0, trend="new", profile=False, hubs=0, invites=0,
                    feats=["live_map", "vehicle_list"], integ=[]),
    "acc_035": dict(users=10, p=.7, ka=4, trend="new", profile=True, hubs=2, invites=12,
                    feats=BASIC[:4] + ["dispatch_board", "route_planner", "job_forms", "sso_saml"],
                    integ=[(6, "sso_saml"), (15, "corvid_crm")]),
    "acc_036": dict(users=2, p=.8, ka=1, trend="new", profile=True, hubs=0, invites=1,
                    feats=["live_map", "vehicle_list", "dispatch_board"], integ=[]),
}

ACTIVITY_START = dt.date(2026, 8, 15)


def d(s):
    return dt.date.fromisoformat(s)


def ts(day, rng, lo=6, hi=19):
    t = dt.datetime(day.year, day.month, day.day, rng.randint(lo, hi), rng.randint(0, 59), rng.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--end", default="2026-12-06", help="last day with events (the intended as-of date)")
    ap.add_argument("--accounts", default=os.path.join(HERE, "accounts.jsonl"))
    ap.add_argument("--out", default=os.path.join(HERE, "events.jsonl"))
    args = ap.parse_args()
    end = d(args.end)
    rng = random.Random(args.seed)
    accounts = [json.loads(line) for line in open(args.accounts, encoding="utf-8") if line.strip()]
    events = []

    def add(acc, user, name, when, props=None):
        events.append({"account_id": acc, "user_id": user, "name": name, "timestamp": when,
                       "properties": props or {}})

    for a in accounts:
        acc = a["id"]
        prof = PROFILES[acc]
        num = acc.split("_")[1]
        users = ["u_%s_%02d" % (num, i + 1) for i in range(prof["users"])]
        owner = users[0]
        signup = d(a["signup_date"])
        # milestones at their real dates
        add(acc, owner, "login", ts(signup, rng))
        if prof["profile"]:
            add(acc, owner, "profile_completed", ts(signup + dt.timedelta(days=rng.randint(0, 2)), rng))
        for k in range(prof["invites"]):
            day = signup + dt.timedelta(days=min(rng.randint(0, 40), max(0, (end - signup).days)))
            add(acc, owner, "user_invited", ts(day, rng))
        for k in range(prof["hubs"]):
            day = signup + dt.timedelta(days=min(k * rng.randint(5, 60), max(0, (end - signup).days)))
            add(acc, owner, "workspace_created", ts(day, rng))
        for off, integ in prof["integ"]:
            day = signup + dt.timedelta(days=off)
            if day <= end:
                add(acc, owner, "integration_connected", ts(day, rng), {"integration": integ})
        for day_s, score in prof.get("nps", []):
            add(acc, rng.choice(users), "nps_submitted", ts(d(day_s), rng), {"score": score})
        for day_s, score in prof.get("csat", []):
            add(acc, rng.choice(users), "csat_submitted", ts(d(day_s), rng), {"score": score})
        for day_s, limit in prof.get("limits", []):
            add(acc, owner, "limit_reached", ts(d(day_s), rng), {"limit": limit})

        # daily activity
        start = max(ACTIVITY_START, signup)
        stop = d(prof["stop"]) if prof["trend"] == "dormant" else end
        feats = prof["feats"]
        day = start
        while day <= stop:
            days_to_end = (end - day).days
            mult = 1.0
            day_feats = feats
            if prof["trend"] == "decline" and days_to_end <= 31:
                mult = 0.3
                day_feats = feats[:1] if days_to_end <= 29 else feats
            elif prof["trend"] == "soft_decline" and days_to_end <= 29:
                mult = 0.45
            elif prof["trend"] == "growing":
                mult = 0.6 + 0.5 * (day - start).days / max(1, (end - start).days)
            weekend = day.weekday() >= 5
            day_p = prof["p"] * mult * (0.15 if weekend else 1.0)
            if prof["trend"] == "soft_decline" and days_to_end <= 29 and rng.random() < 0.55:
                day_p = 0.0  # whole account quiet that day
            active = [u for u in users if rng.random() < min(1.0, day_p)]
            for u in active:
                add(acc, u, "login", ts(day, rng))
                for _ in range(rng.randint(1, 2)):
                    add(acc, u, "feature_used", ts(day, rng), {"feature": rng.choice(day_feats)})
            if active and not weekend:
                lam = prof["ka"] * mult
                n = int(lam) + (1 if rng.random() < lam - int(lam) else 0)
                n = max(0, n + rng.randint(-2, 2)) if lam >= 3 else n
                for _ in range(n):
                    add(acc, rng.choice(active[:3]), "key_action", ts(day, rng))
            day += dt.timedelta(days=1)

    events.sort(key=lambda e: (e["timestamp"], e["account_id"], e["user_id"], e["name"]))
    with open(args.out, "w", encoding="utf-8") as f:
        for i, e in enumerate(events, 1):
            row = {"event_id": "e-%06d" % i}
            row.update(e)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d events to %s" % (len(events), args.out))


if __name__ == "__main__":
    main()
