#!/usr/bin/env python3
"""Build tickets.jsonl (and tools/ticket_meta.json) from the sources in tools/tickets_src/.

Standard library only, deterministic. Each source file is executed with two helpers:

  t(account_id, channel, subject, body, category, priority, resolution, kb=(), mm=(), mnm=(),
    lang="en", rules=(), tags=())                      -> an evaluation ticket (T-xxxx)
  h(account_id, channel, subject, body, created_at, category, priority, resolution, lang="en")
                                                       -> a history ticket (H-xxxx)

`lang`, `rules` (the SPEC 2 escalation rules that apply) and `tags` (near_miss, injection, no_kb ...)
are not ticket fields: they go to tools/ticket_meta.json, which tools/check.py uses for its counts.
Evaluation tickets are shuffled with a fixed seed before ids are given, so languages and categories
are mixed through the file.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL, HIST = [], []


def t(acc, ch, subject, body, cat, pri, res, kb=(), mm=(), mnm=(), lang="en", rules=(), tags=()):
    exp = {"category": cat, "priority": pri, "resolution": res, "kb_ids": list(kb)}
    if mm:
        exp["must_mention"] = list(mm)
    if mnm:
        exp["must_not_mention"] = list(mnm)
    EVAL.append(({"account_id": acc, "channel": ch, "subject": subject, "body": body.strip("\n"),
                  "expected": exp}, {"lang": lang, "rules": sorted(rules), "tags": list(tags)}))


def h(acc, ch, subject, body, created_at, cat, pri, res, lang="en"):
    HIST.append(({"account_id": acc, "channel": ch, "subject": subject, "body": body.strip("\n"),
                  "created_at": created_at, "category": cat, "priority": pri, "resolution": res},
                 {"lang": lang}))


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "tickets_src", "*.py"))):
        exec(compile(open(path, encoding="utf-8").read(), path, "exec"), {"t": t, "h": h})
    rng = random.Random(4242)
    rng.shuffle(EVAL)
    HIST.sort(key=lambda x: x[0]["created_at"])
    rows, meta = [], {}
    for i, (tk, m) in enumerate(EVAL, 1):
        tid = "T-%04d" % i
        rows.append(dict(id=tid, **tk))
        meta[tid] = m
    for i, (tk, m) in enumerate(HIST, 1):
        tid = "H-%04d" % i
        rows.append(dict(id=tid, **tk))
        meta[tid] = m
    with open(os.path.join(ROOT, "tickets.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ticket_meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote %d evaluation and %d history tickets" % (len(EVAL), len(HIST)))


if __name__ == "__main__":
    main()
