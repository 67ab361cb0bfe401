#!/usr/bin/env python3
"""Validate the Quillsend product data folder against /work/shared/SPEC.md (standard library only).

Usage: python3 tools/check.py [folder]   (default: the folder above this script)
Exits 1 on any error, prints a summary of counts otherwise.
"""
import json, math, os, re, sys
from collections import Counter
from datetime import date, datetime

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ["how_to", "account_access", "billing", "bug_report", "outage", "integration", "feature_request",
              "onboarding", "cancellation", "data_privacy", "other"]
PRIORITIES = {"low", "normal", "high", "urgent"}
RESOLUTIONS = {"answer", "escalate"}
CHANNELS = {"email", "chat", "in_app"}
PLANS = {"free", "starter", "pro", "enterprise"}
EVENT_NAMES = {"login", "profile_completed", "key_action", "feature_used", "integration_connected",
               "workspace_created", "user_invited", "limit_reached", "nps_submitted", "csat_submitted"}
LANGS = ["en", "es", "fr", "de", "pt", "it", "nl"]
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def parse_ts(s, where):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", s):
        err(f"{where}: timestamp {s!r} is not ISO-8601 with a timezone")
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        err(f"{where}: timestamp {s!r} does not parse")
        return None


def parse_date(s, where):
    try:
        return date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: date {s!r} is not YYYY-MM-DD")
        return None


def read_jsonl(name):
    out = []
    path = os.path.join(ROOT, name)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: malformed JSON ({e})")
    return out


# ------------------------------------------------------------------ knowledge base
def parse_front_matter(text, where):
    if not text.startswith("---\n"):
        err(f"{where}: no front matter")
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(f"{where}: front matter not closed")
        return {}, text
    fm = {}
    for ln in text[4:end].splitlines():
        if not ln.strip() or ln.strip().startswith("#"):
            continue
        m = re.match(r"^([a-z_]+):\s*(.*)$", ln)
        if not m:
            err(f"{where}: bad front matter line {ln!r}")
            continue
        k, v = m.group(1), m.group(2).strip()
        if v.startswith("[") and v.endswith("]"):
            v = [x.strip().strip("'\"") for x in v[1:-1].split(",") if x.strip()]
        elif len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        fm[k] = v
    return fm, text[end + 5:]


kb = {}
kb_dir = os.path.join(ROOT, "kb")
for dp, _, fns in os.walk(kb_dir):
    for fn in sorted(fns):
        if not fn.endswith(".md"):
            continue
        path = os.path.join(dp, fn)
        rel = os.path.relpath(path, ROOT)
        text = open(path, encoding="utf-8").read()
        fm, body = parse_front_matter(text, rel)
        aid = fm.get("id", fn[:-3])
        if aid in kb:
            err(f"duplicate article id {aid!r}: {kb[aid]['path']} and {rel}")
        typ = fm.get("type", "article")
        if typ not in ("article", "known_issue", "policy"):
            err(f"{rel}: type {typ!r} invalid")
        if "category" in fm and fm["category"] not in CATEGORIES:
            err(f"{rel}: category {fm['category']!r} invalid")
        if "status" in fm and (typ != "known_issue" or fm["status"] not in ("open", "fixed")):
            err(f"{rel}: status {fm['status']!r} only allowed on known_issue as open|fixed")
        if typ == "known_issue" and "status" not in fm:
            err(f"{rel}: known_issue without status")
        if "updated" in fm:
            parse_date(fm["updated"], rel)
        if "tags" in fm and not isinstance(fm["tags"], list):
            err(f"{rel}: tags must be a list")
        if not re.search(r"^# ", body, re.M):
            err(f"{rel}: no '# ' heading")
        workaround = bool(re.search(r"^#+ .*Workaround", body, re.M))
        kb[aid] = {"path": rel, "type": typ, "status": fm.get("status"), "workaround": workaround,
                   "text": text.lower(), "category": fm.get("category")}

types = Counter(a["type"] for a in kb.values())
ki = [a for a in kb.values() if a["type"] == "known_issue"]
if len(kb) < 40:
    err(f"kb: {len(kb)} articles, need at least 40")
if types["known_issue"] < 8:
    err(f"kb: {types['known_issue']} known_issue articles, need 8")
if types["policy"] < 6:
    err(f"kb: {types['policy']} policy articles, need 6")
if not any(a["status"] == "fixed" for a in ki):
    err("kb: no known_issue with status: fixed")
if not any(not a["workaround"] for a in ki):
    err("kb: every known_issue has a workaround; need a few without")
if sum(a["workaround"] for a in ki) <= len(ki) / 2:
    err("kb: most known_issue articles should have a Workaround section")

# ------------------------------------------------------------------ features.yaml
feat = {}
with open(os.path.join(ROOT, "features.yaml"), encoding="utf-8") as fh:
    for ln in fh:
        ln = ln.split("#", 1)[0].strip()
        if not ln:
            continue
        m = re.match(r"^(basic|core|advanced):\s*\[(.*)\]$", ln)
        if not m:
            err(f"features.yaml: unexpected line {ln!r}")
            continue
        feat[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
all_feats = [f for k in ("basic", "core", "advanced") for f in feat.get(k, [])]
if set(feat) != {"basic", "core", "advanced"}:
    err("features.yaml: needs basic, core and advanced lists")
if not 15 <= len(all_feats) <= 25:
    err(f"features.yaml: {len(all_feats)} features, need 15-25")
if len(set(all_feats)) != len(all_feats):
    err("features.yaml: a feature is listed twice")

# ------------------------------------------------------------------ accounts
accounts = {}
for n, a in read_jsonl("accounts.jsonl"):
    w = f"accounts.jsonl:{n}"
    for k in ("id", "name", "plan", "seats", "mrr", "signup_date", "industry", "contact"):
        if k not in a:
            err(f"{w}: missing {k}")
    if a.get("id") in accounts:
        err(f"{w}: duplicate id {a.get('id')}")
    if a.get("plan") not in PLANS:
        err(f"{w}: plan {a.get('plan')!r}")
    if not isinstance(a.get("seats"), int) or a["seats"] < 1:
        err(f"{w}: seats must be an int >= 1")
    if not isinstance(a.get("mrr"), (int, float)) or a["mrr"] < 0:
        err(f"{w}: mrr must be a number >= 0")
    if a.get("plan") == "free" and a.get("mrr") not in (0, 0.0):
        err(f"{w}: free plan with mrr")
    d = parse_date(a.get("signup_date"), w)
    if d and not date(2023, 12, 1) <= d <= date(2026, 12, 5):
        err(f"{w}: signup_date {d} outside 3 years up to 2026-12-05")
    c = a.get("contact") or {}
    if not c.get("name") or not str(c.get("email", "")).endswith(".example"):
        err(f"{w}: contact needs name and an @*.example email")
    accounts[a.get("id")] = a
if not 30 <= len(accounts) <= 40:
    err(f"accounts: {len(accounts)}, need 30-40")
if {a["plan"] for a in accounts.values()} != PLANS:
    err("accounts: not all four plans present")

# ------------------------------------------------------------------ events
ev_path = os.path.join(ROOT, "events.jsonl")
if os.path.getsize(ev_path) >= 3 * 1024 * 1024:
    err("events.jsonl: 3 MB or larger")
ev_ids, ev_count, ev_names = set(), 0, Counter()
for n, e in read_jsonl("events.jsonl"):
    w = f"events.jsonl:{n}"
    ev_count += 1
    if e.get("event_id") in ev_ids:
        err(f"{w}: duplicate event_id")
    ev_ids.add(e.get("event_id"))
    if e.get("account_id") not in accounts:
        err(f"{w}: unknown account {e.get('account_id')}")
    if e.get("name") not in EVENT_NAMES:
        err(f"{w}: event name {e.get('name')!r}")
    ev_names[e.get("name")] += 1
    t = parse_ts(e.get("timestamp"), w)
    if t and not (date(2026, 8, 1) <= t.date() <= date(2026, 12, 6)):
        err(f"{w}: timestamp outside 2026-08-01..2026-12-06")
    if t and e.get("account_id") in accounts and t.date().isoformat() < accounts[e["account_id"]]["signup_date"]:
        err(f"{w}: event before the account's signup")
    p = e.get("properties") or {}
    nm = e.get("name")
    if nm == "feature_used" and p.get("feature") not in all_feats:
        err(f"{w}: feature {p.get('feature')!r} not in features.yaml")
    if nm == "integration_connected" and not p.get("integration"):
        err(f"{w}: integration missing")
    if nm == "limit_reached" and not p.get("limit"):
        err(f"{w}: limit missing")
    if nm == "nps_submitted" and not (isinstance(p.get("score"), int) and 0 <= p["score"] <= 10):
        err(f"{w}: nps score")
    if nm == "csat_submitted" and not (isinstance(p.get("score"), int) and 1 <= p["score"] <= 5):
        err(f"{w}: csat score")

# ------------------------------------------------------------------ tickets
meta = json.load(open(os.path.join(ROOT, "tools", "ticket_meta.json"), encoding="utf-8"))
ids, ev_t, hist_t = set(), [], []
for n, t in read_jsonl("tickets.jsonl"):
    w = f"tickets.jsonl:{n} ({t.get('id')})"
    tid = t.get("id")
    if tid in ids:
        err(f"{w}: duplicate id")
    ids.add(tid)
    if t.get("channel") not in CHANNELS:
        err(f"{w}: channel {t.get('channel')!r}")
    if t.get("account_id") is not None and t["account_id"] not in accounts:
        err(f"{w}: unknown account {t['account_id']}")
    if not isinstance(t.get("body"), str) or not t["body"].strip():
        err(f"{w}: empty body")
    if not isinstance(t.get("subject"), str):
        err(f"{w}: subject must be a string")
    ts = parse_ts(t.get("created_at"), w)
    if ts and t.get("account_id") in accounts and ts.date().isoformat() < accounts[t["account_id"]]["signup_date"]:
        err(f"{w}: created before the account's signup")
    if tid not in meta:
        err(f"{w}: no entry in tools/ticket_meta.json")
        continue
    m = meta[tid]
    if m.get("language") not in LANGS:
        err(f"{w}: language {m.get('language')!r}")
    if re.match(r"^T-\d{4}$", tid or ""):
        ev_t.append((t, m))
        if ts and not (date(2026, 9, 1) <= ts.date() <= date(2026, 12, 6)):
            err(f"{w}: created_at outside 2026-09-01..2026-12-06")
        for k in ("category", "priority", "resolution"):
            if k in t:
                err(f"{w}: evaluation ticket carries top-level {k}")
        x = t.get("expected")
        if not isinstance(x, dict):
            err(f"{w}: no expected")
            continue
        unknown = set(x) - {"category", "priority", "resolution", "kb_ids", "must_mention", "must_not_mention"}
        if unknown:
            err(f"{w}: unknown expected keys {unknown}")
        if x.get("category") not in CATEGORIES or x.get("priority") not in PRIORITIES or x.get("resolution") not in RESOLUTIONS:
            err(f"{w}: expected category/priority/resolution missing or invalid")
        for k in ("kb_ids", "must_mention", "must_not_mention"):
            if k in x and (not isinstance(x[k], list) or not all(isinstance(s, str) and s for s in x[k])):
                err(f"{w}: {k} must be a list of non-empty strings")
        for k in x.get("kb_ids", []):
            if k not in kb:
                err(f"{w}: kb_id {k!r} does not exist")
        rules = m.get("rules", [])
        cat, res, pri = x.get("category"), x.get("resolution"), x.get("priority")
        if (res == "escalate") != bool(rules):
            err(f"{w}: resolution {res} but rules {rules}")
        if (cat == "cancellation") != (3 in rules):
            err(f"{w}: rule 3 iff category cancellation")
        if (cat == "outage") != (4 in rules):
            err(f"{w}: rule 4 iff category outage")
        if 5 in rules and cat != "bug_report":
            err(f"{w}: rule 5 on a non-bug_report")
        if cat == "bug_report" and res == "answer":
            good = [k for k in x.get("kb_ids", []) if kb.get(k, {}).get("type") == "known_issue" and kb[k]["workaround"]]
            if not good:
                err(f"{w}: answered bug_report without a known issue that has a workaround")
        if cat == "bug_report" and res == "escalate" and 5 not in rules and 7 not in rules:
            err(f"{w}: escalated bug_report without rule 5/7")
        if cat == "outage" and pri != "urgent":
            err(f"{w}: outage must be urgent")
        if cat == "cancellation" and pri != "high":
            err(f"{w}: cancellation must be high")
        if cat in ("feature_request",) and pri != "low":
            err(f"{w}: feature_request must be low")
        if res == "answer" and not x.get("kb_ids"):
            err(f"{w}: answer without kb_ids")
        if res == "answer":
            texts = " ".join(kb[k]["text"] for k in x.get("kb_ids", []) if k in kb)
            for s in x.get("must_mention", []):
                if s.lower() not in texts:
                    err(f"{w}: must_mention {s!r} not found in its kb articles")
        for s in x.get("must_not_mention", []):
            if any(s.lower() == mm.lower() for mm in x.get("must_mention", [])):
                err(f"{w}: {s!r} both required and forbidden")
    elif re.match(r"^H-\d{4}$", tid or ""):
        hist_t.append((t, m))
        if "expected" in t:
            err(f"{w}: history ticket with expected")
        if ts and not (date(2026, 9, 8) <= ts.date() <= date(2026, 12, 6)):
            err(f"{w}: history created_at outside the past 90 days (2026-09-08..2026-12-06)")
        if t.get("category") not in CATEGORIES or t.get("priority") not in PRIORITIES or t.get("resolution") not in RESOLUTIONS:
            err(f"{w}: history labels missing or invalid")
    else:
        err(f"{w}: id must be T-NNNN or H-NNNN")

cats = Counter(t["expected"]["category"] for t, _ in ev_t)
ress = Counter(t["expected"]["resolution"] for t, _ in ev_t)
langs = Counter(m["language"] for _, m in ev_t)
rules = Counter(r for _, m in ev_t for r in m.get("rules", []))
pris = Counter(t["expected"]["priority"] for t, _ in ev_t)
chans = Counter(t["channel"] for t, _ in ev_t)
anon = sum(1 for t, _ in ev_t if t["account_id"] is None)
if len(ev_t) < 220:
    err(f"tickets: {len(ev_t)} evaluation tickets, need 220")
if len(hist_t) < 50:
    err(f"tickets: {len(hist_t)} history tickets, need 50")
for c in CATEGORIES:
    need = 4 if c == "other" else 8
    if cats[c] < need:
        err(f"tickets: category {c} has {cats[c]}, need {need}")
for r in range(1, 8):
    if rules[r] < 10:
        err(f"tickets: rule {r} has {rules[r]} tickets, need 10")
share = ress["escalate"] / max(1, len(ev_t))
if not 0.45 <= share <= 0.55:
    err(f"tickets: escalate share {share:.2%} outside 45-55%")
if not 0.65 <= langs["en"] / max(1, len(ev_t)) <= 0.75:
    err(f"tickets: English share {langs['en'] / len(ev_t):.1%} not about 70%")
for l in LANGS[1:]:
    if langs[l] < 8:
        err(f"tickets: language {l} has {langs[l]}, need 8")

print(f"kb: {len(kb)} articles {dict(types)}; known issues with workaround {sum(a['workaround'] for a in ki)}/{len(ki)}, fixed {sum(a['status'] == 'fixed' for a in ki)}")
print(f"features: {len(all_feats)} ({', '.join(f'{k} {len(v)}' for k, v in feat.items())})")
print(f"accounts: {len(accounts)} plans {dict(Counter(a['plan'] for a in accounts.values()))}")
print(f"events: {ev_count} ({os.path.getsize(ev_path) / 1e6:.2f} MB) {dict(ev_names)}")
print(f"evaluation tickets: {len(ev_t)}; history: {len(hist_t)}; anonymous eval: {anon}")
print(f"  categories: {dict(sorted(cats.items()))}")
print(f"  resolution: {dict(ress)} (escalate {share:.1%})")
print(f"  priority: {dict(pris)}  channels: {dict(chans)}")
print(f"  languages: {dict(langs)}")
print(f"  rules: {dict(sorted(rules.items()))}")
print(f"  history categories: {dict(Counter(t['category'] for t, _ in hist_t))}")
for w_ in warnings:
    print("WARNING", w_)
if errors:
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK: no errors")
