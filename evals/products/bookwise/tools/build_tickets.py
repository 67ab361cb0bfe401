#!/usr/bin/env python3
"""Build tickets.jsonl and tools/ticket_meta.json from the sources in tools/tickets/. Seeded, stdlib only."""
import json, os, random, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from tickets import common  # noqa: E402
from tickets import a_howto, b_access_billing, c_bugs_outages, d_integ_feat_priv_other, e_extra, h_history  # noqa: E402,F401


def rand_ts(rng, start, end):
    span = (end - start).days
    d = start + timedelta(days=rng.randint(0, span))
    if d.weekday() >= 5 and rng.random() < 0.7:
        d -= timedelta(days=d.weekday() - 4)
    t = datetime(d.year, d.month, d.day, rng.randint(6, 20), rng.randint(0, 59), rng.randint(0, 59), tzinfo=timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    rng = random.Random(4242)
    rows, meta = [], {}
    ev_start, ev_end = datetime(2026, 9, 1), datetime(2026, 12, 6)
    h_start, h_end = datetime(2026, 9, 10), datetime(2026, 12, 5)
    for i, t in enumerate(common.EVAL, 1):
        tid = f"T-{i:04d}"
        exp = {"category": t["category"], "priority": t["priority"], "resolution": t["resolution"]}
        if t["kb_ids"]:
            exp["kb_ids"] = t["kb_ids"]
        if t["must_mention"]:
            exp["must_mention"] = t["must_mention"]
        if t["must_not_mention"]:
            exp["must_not_mention"] = t["must_not_mention"]
        rows.append({"id": tid, "account_id": t["account_id"], "channel": t["channel"], "subject": t["subject"],
                     "body": t["body"], "created_at": t["date"] or rand_ts(rng, ev_start, ev_end), "expected": exp})
        meta[tid] = {"lang": t["lang"], "rules": t["rules"], "style": t["style"]}
    for i, h in enumerate(common.HIST, 1):
        hid = f"H-{i:04d}"
        rows.append({"id": hid, "account_id": h["account_id"], "channel": h["channel"], "subject": h["subject"],
                     "body": h["body"], "created_at": h["date"] or rand_ts(rng, h_start, h_end),
                     "category": h["category"], "priority": h["priority"], "resolution": h["resolution"]})
        meta[hid] = {"lang": h["lang"], "rules": [], "style": h["style"]}
    with open(os.path.join(ROOT, "tickets.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ticket_meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"{len(common.EVAL)} evaluation + {len(common.HIST)} history tickets")


if __name__ == "__main__":
    main()
