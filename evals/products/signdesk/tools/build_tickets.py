#!/usr/bin/env python3
"""Builds ../tickets.jsonl and ticket_meta.json from tickets_src.py (standard library, seeded)."""
import datetime as dt, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tickets_src as src  # noqa: E402

SEED = 4711
EVAL_START, EVAL_END = dt.datetime(2026, 9, 1, 7), dt.datetime(2026, 12, 6, 18)
HIST_START, HIST_END = dt.datetime(2026, 9, 8, 7), dt.datetime(2026, 12, 5, 18)
# tickets whose text refers to a date get a floor (subject -> earliest day) or a ceiling
NOT_BEFORE = {
    "Re: Renewal": "2026-12-01", "Re: seats": "2026-11-18", "Re: Re: Data deletion confirmation": "2026-11-27",
    "ID checks failed on your side": "2026-11-21", "Overage charged wrongly": "2026-12-01",
    "What is this usage line on our invoice?": "2026-12-01", "Overage this month": "2026-12-01",
    "Charged twice in November": "2026-11-02", "Dubbele afschrijving": "2026-11-02",
    "Addebito dopo il downgrade": "2026-11-02", "Rechnung mit USt-IdNr.": "2026-11-02",
    "Former recruiter still sending from our account?": "2026-11-01",
    "Missed Driftbox copies in early October": "2026-10-13", "Driftbox error": "2026-10-13",
    "Certificate times wrong": "2026-11-05", "Certificat en UTC": "2026-11-05",
    "Remove a former employee's personal data": "2026-09-15",
}
NOT_AFTER = {"Renewed without warning": "2026-09-04", "unused envelopes": "2026-11-27",
             "Outage today - SLA": "2026-12-06"}


def pick(rng, lo, hi):
    span = int((hi - lo).total_seconds())
    t = lo + dt.timedelta(seconds=rng.randint(0, span))
    if t.weekday() >= 5 and rng.random() < 0.7:  # fewer tickets at weekends
        t -= dt.timedelta(days=2)
        if t < lo:
            t = lo
    return t.replace(hour=max(6, min(t.hour, 21)))


def main():
    rng = random.Random(SEED)
    accounts = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(HERE, "..", "accounts.jsonl"), encoding="utf-8") if l.strip()}
    ev = list(src.EVAL)
    rng.shuffle(ev)
    hist = list(src.HIST)
    rng.shuffle(hist)
    rows, meta = [], {}

    def window(t, start, end):
        lo, hi = start, end
        if t["acc"]:
            su = dt.datetime.fromisoformat(accounts[t["acc"]]["signup_date"])
            lo = max(lo, su + dt.timedelta(hours=8))
        if t["subj"] in NOT_BEFORE:
            lo = max(lo, dt.datetime.fromisoformat(NOT_BEFORE[t["subj"]]) + dt.timedelta(hours=7))
        if t["subj"] in NOT_AFTER:
            hi = min(hi, dt.datetime.fromisoformat(NOT_AFTER[t["subj"]]) + dt.timedelta(hours=18))
        return lo, hi

    for i, t in enumerate(hist, 1):
        tid = "H-%04d" % i
        lo, hi = window(t, HIST_START, HIST_END)
        at = t["at"] or pick(rng, lo, hi).strftime("%Y-%m-%dT%H:%M:%SZ")
        rows.append({"id": tid, "account_id": t["acc"], "channel": t["ch"], "subject": t["subj"], "body": t["body"],
                     "created_at": at, "category": t["cat"], "priority": t["pri"], "resolution": t["res"]})
        meta[tid] = {"kind": "history", "language": t["lang"]}
    for i, t in enumerate(ev, 1):
        tid = "T-%04d" % i
        lo, hi = window(t, EVAL_START, EVAL_END)
        at = t["at"] or pick(rng, lo, hi).strftime("%Y-%m-%dT%H:%M:%SZ")
        exp = {"category": t["cat"], "priority": t["pri"], "resolution": t["res"]}
        if t["kb"]:
            exp["kb_ids"] = t["kb"]
        if t["mm"]:
            exp["must_mention"] = t["mm"]
        if t["mnm"]:
            exp["must_not_mention"] = t["mnm"]
        rows.append({"id": tid, "account_id": t["acc"], "channel": t["ch"], "subject": t["subj"], "body": t["body"],
                     "created_at": at, "expected": exp})
        meta[tid] = {"kind": "evaluation", "language": t["lang"], "rules": t["rules"], "style": t["style"]}
    rows.sort(key=lambda r: (r["id"][0] != "T", r["id"]))
    with open(os.path.join(HERE, "..", "tickets.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ticket_meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote %d evaluation + %d history tickets" % (len(ev), len(hist)))


if __name__ == "__main__":
    main()
