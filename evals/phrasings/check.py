"""Validate tickets.jsonl against SPEC section 2 and the product's kb; print counts.

Usage: python3 check.py [--product DIR] [--tickets FILE] [--meta FILE]
Standard library only. Exit status 1 when any error is found (warnings don't fail).
"""

import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PRODUCT = "/work/main/cs_agents/sample_product"

CATEGORIES = {
    "how_to",
    "account_access",
    "billing",
    "bug_report",
    "outage",
    "integration",
    "feature_request",
    "onboarding",
    "cancellation",
    "data_privacy",
    "other",
}
PRIORITIES = {"low", "normal", "high", "urgent"}
RESOLUTIONS = {"answer", "escalate"}
CHANNELS = {"email", "chat", "in_app"}
TICKET_KEYS = {
    "id",
    "account_id",
    "channel",
    "subject",
    "body",
    "created_at",
    "expected",
    "category",
    "priority",
    "resolution",
}
EXPECTED_KEYS = {"category", "priority", "resolution", "kb_ids", "must_mention", "must_not_mention"}
LANGS = {"en", "es", "fr", "de", "pt", "it", "nl"}


def front_matter(text):
    """Very small YAML front-matter reader: top-level `key: value` pairs only."""
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    meta = {}
    for line in text[3:end].splitlines():
        m = re.match(r"^([A-Za-z_]+):\s*(.*?)\s*(#.*)?$", line)
        if m:
            meta[m.group(1)] = m.group(2).strip().strip('"').strip("'")
    return meta, text[end + 4 :]


def load_kb(kb_dir, errors):
    kb = {}
    for root, _dirs, files in os.walk(kb_dir):
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            meta, body = front_matter(text)
            aid = meta.get("id") or name[:-3]
            if aid in kb:
                errors.append(f"kb: duplicate id {aid!r} in {kb[aid]['path']} and {path}")
            has_workaround = any(re.match(r"^#+ .*workaround", l, re.I) for l in body.splitlines())
            kb[aid] = {
                "path": path,
                "type": meta.get("type", "article"),
                "status": meta.get("status"),
                "text": text.lower(),
                "workaround": has_workaround,
            }
    return kb


def load_accounts(path):
    ids = {}
    if not os.path.exists(path):
        return ids
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                ids[a["id"]] = a.get("plan")
    return ids


def norm(s):
    return re.sub(r"[^0-9a-zà-ÿ]+", " ", s.lower()).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--product", default=DEFAULT_PRODUCT)
    ap.add_argument("--tickets", default=os.path.join(HERE, "tickets.jsonl"))
    ap.add_argument("--meta", default=os.path.join(HERE, "meta.jsonl"))
    args = ap.parse_args()

    errors, warnings = [], []
    kb = load_kb(os.path.join(args.product, "kb"), errors)
    accounts = load_accounts(os.path.join(args.product, "accounts.jsonl"))

    tickets = []
    with open(args.tickets, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: malformed JSON ({e})")
                continue
            if not isinstance(obj, dict):
                errors.append(f"line {n}: not a JSON object")
                continue
            tickets.append((n, obj))

    meta = {}
    if os.path.exists(args.meta):
        with open(args.meta, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    m = json.loads(line)
                    meta[m["id"]] = m
    else:
        warnings.append(f"no meta file {args.meta}: intent/language counts skipped")

    seen_ids, seen_bodies = {}, {}
    gap_reported = False
    for i, (n, t) in enumerate(tickets, 1):
        where = f"line {n} ({t.get('id', '?')})"
        extra = set(t) - TICKET_KEYS
        if extra:
            errors.append(f"{where}: unknown top-level fields {sorted(extra)}")
        tid = t.get("id")
        if not isinstance(tid, str) or not re.fullmatch(r"P-\d{4}", tid):
            errors.append(f"{where}: id must look like P-0001")
        elif tid in seen_ids:
            errors.append(f"{where}: duplicate id (also line {seen_ids[tid]})")
        else:
            seen_ids[tid] = n
            if tid != f"P-{i:04d}" and not gap_reported:
                gap_reported = True
                warnings.append(f"{where}: ids are not consecutive from here (expected P-{i:04d})")
        if "created_at" in t:
            errors.append(f"{where}: evaluation tickets omit created_at")
        for k in ("category", "priority", "resolution"):
            if k in t:
                errors.append(f"{where}: top-level {k} is for history tickets; labels go in expected")
        acc = t.get("account_id", "missing")
        if acc == "missing":
            errors.append(f"{where}: account_id missing (use null for anonymous)")
        elif acc is not None and acc not in accounts:
            errors.append(f"{where}: unknown account_id {acc!r}")
        ch = t.get("channel")
        if ch not in CHANNELS:
            errors.append(f"{where}: channel {ch!r} not in {sorted(CHANNELS)}")
        if ch == "chat" and acc and accounts.get(acc) in ("free", "starter"):
            warnings.append(f"{where}: live chat is a Pro/Enterprise channel but {acc} is {accounts[acc]}")
        if ch == "in_app" and acc is None:
            warnings.append(f"{where}: in_app ticket without an account")
        if not isinstance(t.get("subject", ""), str):
            errors.append(f"{where}: subject must be a string")
        body = t.get("body")
        if not isinstance(body, str) or not body.strip():
            errors.append(f"{where}: body must be a non-empty string")
        else:
            key = norm(body)
            if key in seen_bodies:
                errors.append(f"{where}: body repeats line {seen_bodies[key]}")
            seen_bodies[key] = n

        e = t.get("expected")
        if not isinstance(e, dict):
            errors.append(f"{where}: expected missing")
            continue
        extra = set(e) - EXPECTED_KEYS
        if extra:
            errors.append(f"{where}: unknown expected fields {sorted(extra)}")
        cat, pri, res = e.get("category"), e.get("priority"), e.get("resolution")
        if cat not in CATEGORIES:
            errors.append(f"{where}: category {cat!r}")
        if pri not in PRIORITIES:
            errors.append(f"{where}: priority {pri!r}")
        if res not in RESOLUTIONS:
            errors.append(f"{where}: resolution {res!r}")
        kb_ids = e.get("kb_ids", [])
        if not isinstance(kb_ids, list) or not all(isinstance(k, str) for k in kb_ids):
            errors.append(f"{where}: kb_ids must be a list of strings")
            kb_ids = []
        if len(set(kb_ids)) != len(kb_ids):
            errors.append(f"{where}: kb_ids repeat an id")
        for k in kb_ids:
            if k not in kb:
                errors.append(f"{where}: kb id {k!r} not in the kb")
        for field in ("must_mention", "must_not_mention"):
            if field in e:
                v = e[field]
                if not isinstance(v, list) or not v or not all(isinstance(s, str) and s.strip() for s in v):
                    errors.append(f"{where}: {field} must be a non-empty list of non-empty strings")
        for phrase in e.get("must_mention", []) or []:
            if not any(phrase.lower() in kb[k]["text"] for k in kb_ids if k in kb):
                errors.append(f"{where}: must_mention {phrase!r} is in none of its kb articles")
        clash = {s.lower() for s in e.get("must_mention", []) or []} & {
            s.lower() for s in e.get("must_not_mention", []) or []
        }
        if clash:
            errors.append(f"{where}: phrases both required and forbidden: {sorted(clash)}")

        # SPEC consistency rules
        if cat == "outage" and (pri != "urgent" or res != "escalate"):
            errors.append(f"{where}: outage must be urgent and escalate (rule 4, priorities)")
        if cat == "cancellation" and (res != "escalate" or pri != "high"):
            errors.append(f"{where}: cancellation must be high and escalate (rule 3, priorities)")
        if cat == "feature_request" and pri != "low":
            errors.append(f"{where}: feature requests are low priority")
        if res == "answer" and not kb_ids:
            errors.append(f"{where}: an answer must cite at least one kb article")
        if (
            res == "answer"
            and kb_ids
            and all(kb.get(k, {}).get("type") == "policy" for k in kb_ids)
            and cat not in ("billing", "other")
        ):
            warnings.append(f"{where}: answer cites only policies")
        kis = [k for k in kb_ids if kb.get(k, {}).get("type") == "known_issue"]
        if cat == "bug_report":
            fixable = [k for k in kis if kb[k]["workaround"] or kb[k]["status"] == "fixed"]
            if res == "answer" and not fixable:
                errors.append(f"{where}: bug answered without a known issue that has a workaround (rule 5)")
            if res == "escalate" and fixable:
                errors.append(f"{where}: bug escalated although {fixable} has a workaround")
        if res == "escalate" and not kb_ids:
            # rule 5 (unknown bug) or rule 6 (kb gap): fine, just counted
            pass
        m = meta.get(tid)
        if meta and not m:
            errors.append(f"{where}: no meta entry")
        elif m and m.get("lang") not in LANGS:
            errors.append(f"{where}: language {m.get('lang')!r}")

    # counts
    total = len(tickets)

    def show(title, counter):
        print(f"\n{title}")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {str(k):24s} {v:4d}  {100.0 * v / max(total, 1):5.1f}%")

    exp = [t["expected"] if isinstance(t.get("expected"), dict) else {} for _, t in tickets]
    print(f"tickets: {total}")
    if meta:
        intents = collections.Counter(meta.get(t.get("id"), {}).get("intent") for _, t in tickets)
        show("per intent", intents)
        for k, v in intents.items():
            if not 8 <= v <= 16:
                warnings.append(f"intent {k}: {v} phrasings (brief asks 8-15)")
        show("per language", collections.Counter(meta.get(t.get("id"), {}).get("lang") for _, t in tickets))
        en = sum(1 for _, t in tickets if meta.get(t.get("id"), {}).get("lang") == "en")
        print(f"  non-English share: {100.0 * (total - en) / max(total, 1):.1f}%")
        cross = collections.defaultdict(collections.Counter)
        for _, t in tickets:
            e = t.get("expected") if isinstance(t.get("expected"), dict) else {}
            cross[meta.get(t.get("id"), {}).get("intent")][f"{e.get('category')}/{e.get('resolution')}"] += 1
        print("\nintent -> category/resolution")
        for k in sorted(cross, key=str):
            print(f"  {str(k):24s} " + ", ".join(f"{c} {n}" for c, n in cross[k].most_common()))
    show("per category", collections.Counter(e.get("category") for e in exp))
    show("per resolution", collections.Counter(e.get("resolution") for e in exp))
    show("per priority", collections.Counter(e.get("priority") for e in exp))
    show("per channel", collections.Counter(t.get("channel") for _, t in tickets))
    print(f"\nanonymous (account_id null): {sum(1 for _, t in tickets if t.get('account_id') is None)}")
    print(
        f"with must_mention: {sum(1 for e in exp if e.get('must_mention'))}, "
        f"with must_not_mention: {sum(1 for e in exp if e.get('must_not_mention'))}, "
        f"escalations with no kb id (kb gap / unknown bug): "
        f"{sum(1 for e in exp if e.get('resolution') == 'escalate' and not e.get('kb_ids'))}"
    )
    used = collections.Counter(k for e in exp for k in e.get("kb_ids", []))
    unused = sorted(set(kb) - set(used))
    print(f"kb articles cited: {len(used)} of {len(kb)}; never cited: {', '.join(unused) or '-'}")

    for w in warnings:
        print(f"WARNING: {w}")
    for e in errors:
        print(f"ERROR: {e}")
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
