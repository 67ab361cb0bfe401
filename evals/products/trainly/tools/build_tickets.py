#!/usr/bin/env python3
"""Builds tickets.jsonl and tools/ticket_meta.json from tools/tickets_src/*.txt (standard library).

Source format, one ticket per block:
  @@ lang|channel|account|category|priority|resolution|kb=a,b|mm=x;y|mnm=x;y|r=1,6|s=tag,tag|d=2026-10-01T09:00:00Z
  Subject line
  body ...
History tickets start with '@@H lang|channel|account|category|priority|resolution|d=...|s=...'.
account '-' means null. Fields after the sixth are optional. Evaluation tickets are shuffled with a
fixed seed before ids are assigned; dates not given are drawn (seeded) between the account's signup and
2026-12-06.
"""
import glob, json, os, random
from datetime import date, datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(4711)
accounts = {}
with open(os.path.join(ROOT, "accounts.jsonl"), encoding="utf-8") as f:
    for line in f:
        if line.strip():
            a = json.loads(line)
            accounts[a["id"]] = a
# accounts whose support load spikes in the last 30 days (matches their event story)
SPIKE = {"acc_021", "acc_008", "acc_034"}


def draw_date(acc, lo, hi):
    if acc and acc in accounts:
        lo = max(lo, date.fromisoformat(accounts[acc]["signup_date"]) + timedelta(days=1))
    if acc in SPIKE and rng.random() < 0.8:
        lo = max(lo, date(2026, 11, 9))
    if lo > hi:
        lo = hi
    d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
    if d.weekday() >= 5 and rng.random() < 0.7:
        d = d - timedelta(days=d.weekday() - 4)
        if d < lo:
            d = lo
    ts = datetime(d.year, d.month, d.day, rng.randint(5, 21), rng.randint(0, 59), rng.randint(0, 59), tzinfo=timezone.utc)
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse():
    blocks = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tools", "tickets_src", "*.txt"))):
        cur = None
        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                if line.startswith("@@"):
                    if cur:
                        blocks.append(cur)
                    cur = {"head": line, "lines": [], "src": os.path.basename(path)}
                elif cur is not None:
                    cur["lines"].append(line)
        if cur:
            blocks.append(cur)
    evals, hist = [], []
    for b in blocks:
        head = b["head"]
        is_hist = head.startswith("@@H")
        parts = [p.strip() for p in head[3:].split("|")]
        lang, channel, acc, cat, prio, res = parts[:6]
        opt = {}
        for p in parts[6:]:
            k, _, v = p.partition("=")
            opt[k.strip()] = v.strip()
        lines = b["lines"]
        while lines and not lines[-1].strip():
            lines.pop()
        if len([l for l in lines if l.strip()]) == 1:
            # a one-line block is a bare chat / in-app message: it is the body; chats carry no subject
            body = lines[0].strip()
            subject = "" if channel == "chat" else (body if len(body) <= 70 else body[:67].rsplit(" ", 1)[0] + "...")
        else:
            subject = lines[0].strip() if lines else ""
            body = "\n".join(lines[1:]).strip("\n")
        t = {"lang": lang, "channel": channel, "account_id": None if acc == "-" else acc, "category": cat,
             "priority": prio, "resolution": res, "subject": subject, "body": body, "opt": opt, "src": b["src"]}
        (hist if is_hist else evals).append(t)
    return evals, hist


def split(v, sep):
    return [x.strip() for x in v.split(sep) if x.strip()] if v else []


def main():
    evals, hist = parse()
    rng.shuffle(evals)
    out, meta = [], {}
    for i, t in enumerate(evals, 1):
        tid = f"T-{i:04d}"
        o = t["opt"]
        created = o.get("d") or draw_date(t["account_id"], date(2026, 9, 1), date(2026, 12, 6))
        exp = {"category": t["category"], "priority": t["priority"], "resolution": t["resolution"]}
        if o.get("kb"):
            exp["kb_ids"] = split(o["kb"], ",")
        if o.get("mm"):
            exp["must_mention"] = split(o["mm"], ";")
        mnm = split(o.get("mnm", ""), ";")
        rules = [int(x) for x in split(o.get("r", ""), ",")]
        # replies must never promise what needs approval (SPEC section 2)
        if 1 in rules and not any("approved" in x for x in mnm):
            mnm.append("refund has been approved")
        if 3 in rules and "has been cancelled" not in mnm:
            mnm.append("has been cancelled")
        if mnm:
            exp["must_not_mention"] = mnm
        out.append({"id": tid, "account_id": t["account_id"], "channel": t["channel"], "subject": t["subject"],
                    "body": t["body"], "created_at": created, "expected": exp})
        meta[tid] = {"language": t["lang"], "rules": [int(x) for x in split(o.get("r", ""), ",")],
                     "styles": split(o.get("s", ""), ","), "source": t["src"]}
    hist.sort(key=lambda t: t["opt"].get("d", ""))
    hrows = []
    for t in hist:
        o = t["opt"]
        created = o.get("d") or draw_date(t["account_id"], date(2026, 9, 10), date(2026, 12, 5))
        hrows.append((created, t))
    hrows.sort(key=lambda x: x[0])
    for i, (created, t) in enumerate(hrows, 1):
        tid = f"H-{i:04d}"
        out.append({"id": tid, "account_id": t["account_id"], "channel": t["channel"], "subject": t["subject"],
                    "body": t["body"], "created_at": created, "category": t["category"],
                    "priority": t["priority"], "resolution": t["resolution"]})
        meta[tid] = {"language": t["lang"], "rules": [], "styles": split(t["opt"].get("s", ""), ","),
                     "source": t["src"], "history": True}
    with open(os.path.join(ROOT, "tickets.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "tools", "ticket_meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"{len(evals)} evaluation tickets, {len(hist)} history tickets")


if __name__ == "__main__":
    main()
