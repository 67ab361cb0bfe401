#!/usr/bin/env python3
"""Validate the Bookwise product data folder against SPEC (shared/SPEC.md). Standard library only.
Exits non-zero on any error. Usage: python3 tools/check.py [folder]"""
import json, math, os, re, sys
from collections import Counter
from datetime import date, datetime

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["how_to", "account_access", "billing", "bug_report", "outage", "integration", "feature_request",
        "onboarding", "cancellation", "data_privacy", "other"]
PRIOS = ["low", "normal", "high", "urgent"]
RES = ["answer", "escalate"]
CHANNELS = ["email", "chat", "in_app"]
PLANS = ["free", "starter", "pro", "enterprise"]
EVENT_NAMES = {"login": None, "profile_completed": None, "key_action": None, "feature_used": "feature",
               "integration_connected": "integration", "workspace_created": None, "user_invited": None,
               "limit_reached": "limit", "nps_submitted": "score", "csat_submitted": "score"}
LANGS = ["en", "es", "fr", "de", "pt", "it", "nl"]
errors, notes = [], []


def err(msg):
    errors.append(msg)


def parse_ts(s, where):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$", s):
        err(f"{where}: timestamp without timezone or malformed: {s!r}")
        return None
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def read_jsonl(name):
    path = os.path.join(ROOT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: malformed JSON ({e})")
                continue
            if not isinstance(obj, dict):
                err(f"{name}:{n}: not an object")
                continue
            rows.append((n, obj))
    return rows


# ---------------------------------------------------------------- KB
def parse_front_matter(text, where):
    if not text.startswith("---\n"):
        err(f"{where}: no front matter")
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(f"{where}: unterminated front matter")
        return {}, text
    fm = {}
    for raw in text[4:end].splitlines():
        line = re.sub(r"\s+#.*$", "", raw).rstrip()
        if not line.strip():
            continue
        m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
        if not m:
            err(f"{where}: bad front matter line {raw!r}")
            continue
        k, v = m.group(1), m.group(2).strip()
        if v.startswith("[") and v.endswith("]"):
            v = [x.strip().strip("'\"") for x in v[1:-1].split(",") if x.strip()]
        elif len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        if k in fm:
            err(f"{where}: duplicate key {k}")
        fm[k] = v
    return fm, text[end + 5:]


def check_kb():
    kb_dir = os.path.join(ROOT, "kb")
    arts = {}
    for dp, _dn, fns in os.walk(kb_dir):
        for fn in sorted(fns):
            if not fn.endswith(".md"):
                continue
            p = os.path.join(dp, fn)
            rel = os.path.relpath(p, ROOT)
            text = open(p, encoding="utf-8").read()
            fm, body = parse_front_matter(text, rel)
            aid = fm.get("id") or fn[:-3]
            if aid in arts:
                err(f"kb: duplicate id {aid} in {arts[aid]['path']} and {rel}")
            allowed = {"id", "title", "type", "category", "tags", "status", "updated"}
            for k in fm:
                if k not in allowed:
                    err(f"{rel}: unknown front matter key {k}")
            typ = fm.get("type", "article")
            if typ not in ("article", "known_issue", "policy"):
                err(f"{rel}: bad type {typ}")
            if "category" in fm and fm["category"] not in CATS:
                err(f"{rel}: bad category {fm['category']}")
            if "status" in fm:
                if typ != "known_issue":
                    err(f"{rel}: status only allowed on known_issue")
                elif fm["status"] not in ("open", "fixed"):
                    err(f"{rel}: bad status {fm['status']}")
            if typ == "known_issue" and "status" not in fm:
                err(f"{rel}: known_issue without status")
            if "tags" in fm and not isinstance(fm["tags"], list):
                err(f"{rel}: tags must be a list")
            if "updated" in fm:
                try:
                    date.fromisoformat(fm["updated"])
                except ValueError:
                    err(f"{rel}: bad updated date {fm['updated']}")
            if not re.search(r"^# \S", body, re.M):
                err(f"{rel}: no '# ' heading")
            if len(body.split()) < 60:
                err(f"{rel}: article body too short ({len(body.split())} words)")
            workaround = bool(re.search(r"^#+ .*Workaround", body, re.M))
            for link in re.findall(r"\]\(([a-z0-9-]+)\)", body):
                pass  # cross-links checked after all ids are known
            arts[aid] = {"path": rel, "type": typ, "category": fm.get("category"), "status": fm.get("status"),
                         "workaround": workaround, "text": re.sub(r"\s+", " ", fm.get("title", "") + "\n" + body).lower(), "body": body}
    for aid, a in arts.items():
        for link in re.findall(r"\]\(([a-z0-9-]+)\)", a["body"]):
            if link not in arts:
                err(f"{a['path']}: link to unknown article {link}")
    types = Counter(a["type"] for a in arts.values())
    ki = [a for a in arts.values() if a["type"] == "known_issue"]
    if len(arts) < 40:
        err(f"kb: {len(arts)} articles, need >= 40")
    if types["known_issue"] < 8:
        err("kb: need >= 8 known_issue articles")
    if types["policy"] < 6:
        err("kb: need >= 6 policy articles")
    if sum(a["workaround"] for a in ki) <= len(ki) / 2:
        err("kb: most known issues need a Workaround section")
    if not any(not a["workaround"] for a in ki):
        err("kb: some known issues must have no workaround")
    if not any(a["status"] == "fixed" for a in ki):
        err("kb: need one fixed known issue")
    notes.append(f"kb: {len(arts)} articles {dict(types)}; known issues with workaround "
                 f"{sum(a['workaround'] for a in ki)}/{len(ki)}, fixed {sum(a['status'] == 'fixed' for a in ki)}")
    return arts


# ---------------------------------------------------------------- features
def check_features():
    p = os.path.join(ROOT, "features.yaml")
    lists = {}
    for raw in open(p, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(basic|core|advanced):\s*\[(.*)\]$", line)
        if not m:
            err(f"features.yaml: unexpected line {raw.strip()!r}")
            continue
        lists[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
    allf = [f for k in ("basic", "core", "advanced") for f in lists.get(k, [])]
    for k in ("basic", "core", "advanced"):
        if not lists.get(k):
            err(f"features.yaml: missing or empty list {k}")
    if len(allf) != len(set(allf)):
        err("features.yaml: duplicate feature")
    if not 15 <= len(allf) <= 25:
        err(f"features.yaml: {len(allf)} features, want 15-25")
    notes.append(f"features: {len(allf)} ({', '.join(f'{k} {len(v)}' for k, v in lists.items())})")
    return set(allf)


# ---------------------------------------------------------------- accounts
def check_accounts():
    rows = read_jsonl("accounts.jsonl")
    accs = {}
    for n, a in rows:
        w = f"accounts.jsonl:{n}"
        for k, t in (("id", str), ("name", str), ("plan", str), ("seats", int), ("signup_date", str),
                     ("industry", str), ("contact", dict)):
            if not isinstance(a.get(k), t):
                err(f"{w}: field {k} missing or wrong type")
        if not isinstance(a.get("mrr"), (int, float)) or a.get("mrr", -1) < 0:
            err(f"{w}: bad mrr")
        if a.get("id") in accs:
            err(f"{w}: duplicate id {a.get('id')}")
        if a.get("plan") not in PLANS:
            err(f"{w}: bad plan {a.get('plan')}")
        if isinstance(a.get("seats"), int) and a["seats"] < 1:
            err(f"{w}: seats < 1")
        if a.get("plan") == "free" and a.get("mrr") not in (0, 0.0):
            err(f"{w}: free plan with mrr")
        try:
            sd = date.fromisoformat(a.get("signup_date", ""))
            if not date(2023, 12, 1) <= sd <= date(2026, 12, 5):
                err(f"{w}: signup_date out of range")
        except ValueError:
            err(f"{w}: bad signup_date")
        c = a.get("contact") or {}
        if not c.get("name") or not re.match(r"^[^@\s]+@[a-z0-9.-]+\.example$", c.get("email", "")):
            err(f"{w}: contact needs name and an @*.example email")
        accs[a.get("id")] = a
    if not 30 <= len(accs) <= 40:
        err(f"accounts: {len(accs)}, want 30-40")
    plans = Counter(a["plan"] for a in accs.values())
    if set(plans) != set(PLANS):
        err(f"accounts: not all plans present {dict(plans)}")
    years = Counter(a["signup_date"][:4] for a in accs.values())
    notes.append(f"accounts: {len(accs)} plans {dict(plans)} signup years {dict(sorted(years.items()))}")
    return accs


# ---------------------------------------------------------------- events
def check_events(accs, features):
    p = os.path.join(ROOT, "events.jsonl")
    size = os.path.getsize(p)
    if size >= 3 * 1024 * 1024:
        err(f"events.jsonl: {size} bytes, must be < 3 MB")
    rows = read_jsonl("events.jsonl")
    ids, names, per_acc = set(), Counter(), Counter()
    lo, hi = datetime.fromisoformat("2026-08-01T00:00:00+00:00"), datetime.fromisoformat("2026-12-06T23:59:59+00:00")
    for n, e in rows:
        w = f"events.jsonl:{n}"
        eid = e.get("event_id")
        if eid is not None:
            if eid in ids:
                err(f"{w}: duplicate event_id {eid}")
            ids.add(eid)
        if e.get("account_id") not in accs:
            err(f"{w}: unknown account {e.get('account_id')}")
        if not isinstance(e.get("user_id"), str):
            err(f"{w}: user_id missing")
        name = e.get("name")
        if name not in EVENT_NAMES:
            err(f"{w}: unknown event name {name}")
            continue
        t = parse_ts(e.get("timestamp"), w)
        if t and not lo <= t <= hi:
            err(f"{w}: timestamp out of range")
        props = e.get("properties", {})
        if not isinstance(props, dict):
            err(f"{w}: properties must be an object")
            continue
        need = EVENT_NAMES[name]
        if need and need not in props:
            err(f"{w}: {name} needs property {need}")
        if name == "feature_used" and props.get("feature") not in features:
            err(f"{w}: feature {props.get('feature')} not in features.yaml")
        if name == "nps_submitted" and not (isinstance(props.get("score"), int) and 0 <= props["score"] <= 10):
            err(f"{w}: nps score out of 0-10")
        if name == "csat_submitted" and not (isinstance(props.get("score"), int) and 1 <= props["score"] <= 5):
            err(f"{w}: csat score out of 1-5")
        if t and e.get("account_id") in accs and t.date() < date.fromisoformat(accs[e["account_id"]]["signup_date"]):
            err(f"{w}: event before the account's signup")
        names[name] += 1
        per_acc[e.get("account_id")] += 1
    quiet = [a for a in accs if per_acc[a] == 0]
    notes.append(f"events: {len(rows)} ({size} bytes) {dict(names)}; accounts without events: {quiet}")


# ---------------------------------------------------------------- tickets
def check_tickets(accs, arts):
    rows = read_jsonl("tickets.jsonl")
    meta = json.load(open(os.path.join(ROOT, "tools", "ticket_meta.json"), encoding="utf-8"))
    seen = set()
    ev, hist = [], []
    ev_lo, ev_hi = datetime.fromisoformat("2026-09-01T00:00:00+00:00"), datetime.fromisoformat("2026-12-06T23:59:59+00:00")
    h_lo = datetime.fromisoformat("2026-09-08T00:00:00+00:00")  # 90 days up to 2026-12-06
    for n, t in rows:
        w = f"tickets.jsonl:{n}"
        tid = t.get("id")
        if not isinstance(tid, str) or not re.match(r"^[TH]-\d{4}$", tid):
            err(f"{w}: bad id {tid!r}")
            continue
        if tid in seen:
            err(f"{w}: duplicate id {tid}")
        seen.add(tid)
        w = f"{w} {tid}"
        if t.get("account_id") is not None and t.get("account_id") not in accs:
            err(f"{w}: unknown account {t.get('account_id')}")
        if t.get("channel") not in CHANNELS:
            err(f"{w}: bad channel")
        for k in ("subject", "body"):
            if not isinstance(t.get(k), str) or not t[k].strip():
                err(f"{w}: empty {k}")
        ts = parse_ts(t.get("created_at"), w)
        if tid not in meta:
            err(f"{w}: no entry in ticket_meta.json")
            continue
        m = meta[tid]
        if m.get("lang") not in LANGS:
            err(f"{w}: bad lang in meta")
        if tid.startswith("T-"):
            exp = t.get("expected")
            if not isinstance(exp, dict):
                err(f"{w}: evaluation ticket without expected")
                continue
            for k in ("category", "priority", "resolution", "kb_ids", "must_mention", "must_not_mention"):
                if k in t:
                    err(f"{w}: {k} at top level of an evaluation ticket")
            unknown = set(exp) - {"category", "priority", "resolution", "kb_ids", "must_mention", "must_not_mention"}
            if unknown:
                err(f"{w}: unknown expected keys {unknown}")
            cat, pr, res = exp.get("category"), exp.get("priority"), exp.get("resolution")
            if cat not in CATS or pr not in PRIOS or res not in RES:
                err(f"{w}: expected needs valid category/priority/resolution")
                continue
            if ts and not ev_lo <= ts <= ev_hi:
                err(f"{w}: created_at out of 2026-09-01..2026-12-06")
            for k in ("kb_ids", "must_mention", "must_not_mention"):
                if k in exp and (not isinstance(exp[k], list) or not all(isinstance(x, str) and x for x in exp[k])):
                    err(f"{w}: {k} must be a list of non-empty strings")
            kb = exp.get("kb_ids", [])
            for k in kb:
                if k not in arts:
                    err(f"{w}: kb_id {k} does not exist")
            for s in exp.get("must_mention", []):
                for s2 in exp.get("must_not_mention", []):
                    if s2.lower() in s.lower():
                        err(f"{w}: must_mention {s!r} conflicts with must_not_mention {s2!r}")
            if res == "answer" and exp.get("must_mention") and kb:
                for s in exp["must_mention"]:
                    if not any(s.lower() in arts[k]["text"] for k in kb if k in arts):
                        err(f"{w}: must_mention {s!r} not found in any cited article")
            rules = m.get("rules", [])
            if any(r not in range(1, 8) for r in rules):
                err(f"{w}: bad rule numbers {rules}")
            if (res == "escalate") != bool(rules):
                err(f"{w}: resolution {res} but rules {rules}")
            # SPEC consistency checks
            if cat == "outage" and (res != "escalate" or pr != "urgent" or 4 not in rules):
                err(f"{w}: outage must be urgent and escalate (rule 4)")
            if 4 in rules and cat != "outage":
                err(f"{w}: rule 4 only for outage")
            if cat == "cancellation" and (3 not in rules or pr != "high"):
                err(f"{w}: cancellation must escalate under rule 3 with high priority")
            if 3 in rules and cat != "cancellation":
                err(f"{w}: rule 3 only for cancellation")
            if 5 in rules and cat != "bug_report":
                err(f"{w}: rule 5 only for bug_report")
            if cat == "bug_report" and res == "answer":
                if not any(arts.get(k, {}).get("type") == "known_issue" and arts[k]["workaround"] for k in kb):
                    err(f"{w}: answered bug must cite a known issue with a workaround")
            if cat == "bug_report" and 5 in rules:
                if any(arts.get(k, {}).get("type") == "known_issue" and arts[k]["workaround"] and arts[k]["status"] == "open" for k in kb):
                    err(f"{w}: rule 5 but cites an open known issue with a workaround")
            if cat == "feature_request" and pr != "low":
                err(f"{w}: feature requests are low priority")
            if res == "answer" and not kb and cat not in ("other",):
                err(f"{w}: answered ticket without kb_ids")
            if 6 in rules and any(arts.get(k, {}).get("type") == "article" and False for k in kb):
                pass
            ev.append((t, m))
        else:
            if "expected" in t:
                err(f"{w}: history ticket with expected")
            for k in ("category", "priority", "resolution"):
                if k in t and t[k] not in {"category": CATS, "priority": PRIOS, "resolution": RES}[k]:
                    err(f"{w}: bad {k}")
            if ts and not h_lo <= ts <= ev_hi:
                err(f"{w}: history created_at not within the past 90 days")
            hist.append((t, m))
    # counts
    cats = Counter(t["expected"]["category"] for t, _ in ev)
    if len(ev) < 220:
        err(f"tickets: {len(ev)} evaluation tickets, need >= 220")
    if len(hist) < 50:
        err(f"tickets: {len(hist)} history tickets, need >= 50")
    for c in CATS:
        need = 4 if c == "other" else 8
        if cats[c] < need:
            err(f"tickets: category {c} has {cats[c]}, need >= {need}")
    rules = Counter(r for _, m in ev for r in m["rules"])
    for r in range(1, 8):
        if rules[r] < 10:
            err(f"tickets: rule {r} has {rules[r]} tickets, need >= 10")
    res = Counter(t["expected"]["resolution"] for t, _ in ev)
    share = res["answer"] / max(1, len(ev))
    if not 0.45 <= share <= 0.55:
        err(f"tickets: answer share {share:.2f} outside 0.45-0.55")
    langs = Counter(m["lang"] for _, m in ev)
    if not 0.65 <= langs["en"] / max(1, len(ev)) <= 0.75:
        err(f"tickets: English share {langs['en'] / len(ev):.2f} not about 70%")
    for l in LANGS[1:]:
        if langs[l] < 8:
            err(f"tickets: language {l} has {langs[l]}, need >= 8")
    prios = Counter(t["expected"]["priority"] for t, _ in ev)
    accs_used = sum(1 for t, _ in ev if t["account_id"])
    chans = Counter(t["channel"] for t, _ in ev)
    styles = Counter(s for _, m in ev for s in m["style"])
    hcats = Counter(t.get("category") for t, _ in hist)
    notes.append(f"tickets: {len(ev)} evaluation, {len(hist)} history")
    notes.append(f"  categories {dict(sorted(cats.items()))}")
    notes.append(f"  resolution {dict(res)} (answer {share:.1%}); priority {dict(prios)}")
    notes.append(f"  rules {dict(sorted(rules.items()))}")
    notes.append(f"  languages {dict(langs)}; channels {dict(chans)}; with account {accs_used}, anonymous {len(ev) - accs_used}")
    notes.append(f"  styles {dict(styles.most_common())}")
    notes.append(f"  history categories {dict(hcats)}")


def main():
    arts = check_kb()
    feats = check_features()
    accs = check_accounts()
    check_events(accs, feats)
    check_tickets(accs, arts)
    for n in notes:
        print(n)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
