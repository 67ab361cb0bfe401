#!/usr/bin/env python3
"""Preview SPEC section 5 lifecycle signals for this folder (standard library only).

An independent reading of the SPEC, used only to check that the generated events give the intended
mix of healthy, at-risk and expanding accounts. The service's own numbers are authoritative.

    python3 tools/lifecycle_preview.py [--as-of 2026-12-06]
"""
import argparse, datetime as dt, json, math, os, re
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_catalog():
    cat = {}
    for line in open(os.path.join(ROOT, "features.yaml"), encoding="utf-8"):
        m = re.match(r"^(basic|core|advanced):\s*\[(.*)\]", line)
        if m:
            for f in m.group(2).split(","):
                if f.strip():
                    cat[f.strip()] = m.group(1)
    return cat


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--as-of", default="2026-12-06")
    D = dt.date.fromisoformat(ap.parse_args().as_of)
    cat = load_catalog()
    accs = [json.loads(l) for l in open(os.path.join(ROOT, "accounts.jsonl"), encoding="utf-8") if l.strip()]
    ev = defaultdict(list)
    for l in open(os.path.join(ROOT, "events.jsonl"), encoding="utf-8"):
        if l.strip():
            e = json.loads(l)
            day = dt.date.fromisoformat(e["timestamp"][:10])
            if day <= D:
                ev[e["account_id"]].append((day, e))
    tickets = defaultdict(list)
    for l in open(os.path.join(ROOT, "tickets.jsonl"), encoding="utf-8"):
        if l.strip():
            t = json.loads(l)
            if t.get("created_at") and t.get("account_id"):
                tickets[t["account_id"]].append(dt.date.fromisoformat(t["created_at"][:10]))
    inL30 = lambda day: D - dt.timedelta(days=29) <= day <= D
    inP30 = lambda day: D - dt.timedelta(days=59) <= day <= D - dt.timedelta(days=30)
    in90 = lambda day: D - dt.timedelta(days=89) <= day <= D
    ka_l30 = {a["id"]: sum(1 for day, e in ev[a["id"]] if e["name"] == "key_action" and inL30(day)) for a in accs}
    vals = sorted(ka_l30.values())
    q = vals[math.ceil(0.75 * len(vals)) - 1]
    print("key_action L30 75th percentile:", q)
    print("%-8s %-5s %-10s %4s %-6s %s" % ("account", "tier", "plan", "age", "risk", "signals"))
    for a in accs:
        E = ev[a["id"]]
        age = (D - dt.date.fromisoformat(a["signup_date"])).days
        names = lambda n: [e for day, e in E if e["name"] == n]
        feats = {e["properties"].get("feature") for e in names("feature_used")}
        kind = lambda f: cat.get(f, "basic")
        weeks = sum(1 for w in range(4) if any(D - dt.timedelta(days=7 * w + 6) <= day <= D - dt.timedelta(days=7 * w) for day, e in E))
        users30 = {e["user_id"] for day, e in E if inL30(day)}
        t1 = bool(names("profile_completed")) and bool(names("key_action")) and any(kind(f) == "basic" for f in feats)
        t2 = t1 and len({f for f in feats if kind(f) == "core"}) >= 2 and weeks >= 3 and bool(names("integration_connected"))
        t3 = t2 and any(kind(f) == "advanced" for f in feats) and len(names("workspace_created")) >= 2 and len(users30) >= 3
        tier = 3 if t3 else 2 if t2 else 1 if t1 else 0
        sig = []
        l30 = [e for day, e in E if inL30(day)]
        if age >= 30 and not l30:
            sig.append("dormant")
        tl, tp = sum(1 for x in tickets[a["id"]] if inL30(x)), sum(1 for x in tickets[a["id"]] if inP30(x))
        if tl >= 3 and tl >= 2 * tp:
            sig.append("ticket_spike(%d/%d)" % (tl, tp))
        fp = {e["properties"]["feature"] for day, e in E if e["name"] == "feature_used" and inP30(day)}
        fl = {e["properties"]["feature"] for day, e in E if e["name"] == "feature_used" and inL30(day)}
        if len(fp) >= 2 and len(fl) <= len(fp) / 2:
            sig.append("feature_decline(%d->%d)" % (len(fp), len(fl)))
        nps = sorted((e["timestamp"], e["properties"]["score"]) for day, e in E if e["name"] == "nps_submitted" and in90(day))
        csat = sorted((e["timestamp"], e["properties"]["score"]) for day, e in E if e["name"] == "csat_submitted" and in90(day))
        if (nps and nps[-1][1] <= 6) or (csat and csat[-1][1] <= 2):
            sig.append("negative_feedback")
        high = bool(sig)
        dp = {day for day, e in E if inP30(day)}
        dl = {day for day, e in E if inL30(day)}
        if "dormant" not in sig and len(dp) >= 4 and len(dl) < 0.7 * len(dp):
            sig.append("usage_decline(%d->%d)" % (len(dp), len(dl)))
        if (age > 7 and tier == 0) or (age > 30 and tier < 2):
            sig.append("missed_milestone")
        if age >= 14 and len(fl) < 3:
            sig.append("low_adoption")
        if len(users30) < 0.3 * a["seats"]:
            sig.append("low_engagement(%d/%d)" % (len(users30), a["seats"]))
        risk = "high" if high else "medium" if sig else "low"
        g = []
        if any(e["name"] == "limit_reached" and inL30(day) for day, e in E):
            g.append("limit_reached")
        if len(users30) >= 0.9 * a["seats"]:
            g.append("seat_utilization")
        if ka_l30[a["id"]] >= q and ka_l30[a["id"]] > 0 and a["seats"] <= 5:
            g.append("product_qualified")
        if age >= 365 and nps and nps[-1][1] >= 9:
            g.append("advocate")
        print("%-8s %-5s %-10s %4d %-6s %s | %s" % (a["id"], tier, a["plan"], age, risk, ", ".join(sig), ", ".join(g)))


if __name__ == "__main__":
    main()
