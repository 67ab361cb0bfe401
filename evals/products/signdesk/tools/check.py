#!/usr/bin/env python3
"""Validates the Signwright sample product folder against /work/shared/SPEC.md. Exits 1 on any error."""
import collections, datetime as dt, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["how_to", "account_access", "billing", "bug_report", "outage", "integration", "feature_request",
        "onboarding", "cancellation", "data_privacy", "other"]
PRIOS = ["low", "normal", "high", "urgent"]
RESOL = ["answer", "escalate"]
CHANNELS = ["email", "chat", "in_app"]
PLANS = ["free", "starter", "pro", "enterprise"]
EVENT_NAMES = ["login", "profile_completed", "key_action", "feature_used", "integration_connected",
               "workspace_created", "user_invited", "limit_reached", "nps_submitted", "csat_submitted"]
LANGS = ["en", "es", "fr", "de", "pt", "it", "nl"]
errors, notes = [], []


def err(msg):
    errors.append(msg)


def ts(value, where):
    if not isinstance(value, str):
        err("%s: timestamp is not a string" % where)
        return None
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        err("%s: bad timestamp %r" % (where, value))
        return None
    if t.tzinfo is None:
        err("%s: timestamp without timezone %r" % (where, value))
        return None
    return t.astimezone(dt.timezone.utc)


def read_jsonl(name):
    rows = []
    path = os.path.join(ROOT, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err("%s:%d: malformed JSON (%s)" % (name, n, e))
    return rows


def parse_scalar(v):
    v = v.strip()
    if " #" in v:
        v = v.split(" #", 1)[0].strip()
    if v.startswith("[") and v.endswith("]"):
        return [x.strip().strip("'\"") for x in v[1:-1].split(",") if x.strip()]
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        return v[1:-1]
    return v


# ---------------------------------------------------------------- kb
def check_kb():
    ids, by_type, info = {}, collections.Counter(), {}
    for dirpath, _, files in os.walk(os.path.join(ROOT, "kb")):
        for fn in sorted(files):
            if not fn.endswith(".md"):
                continue
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, ROOT)
            text = open(path, encoding="utf-8").read()
            if not text.startswith("---\n"):
                err("%s: no front matter" % rel)
                continue
            end = text.find("\n---\n", 4)
            if end < 0:
                err("%s: unterminated front matter" % rel)
                continue
            fm = {}
            for line in text[4:end].splitlines():
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                m = re.match(r"^([a-z_]+):\s*(.*)$", line)
                if not m:
                    err("%s: cannot parse front matter line %r" % (rel, line))
                    continue
                fm[m.group(1)] = parse_scalar(m.group(2))
            body = text[end + 5:]
            aid = fm.get("id") or fn[:-3]
            if aid in ids:
                err("duplicate kb id %r in %s and %s" % (aid, ids[aid], rel))
            ids[aid] = rel
            for k in fm:
                if k not in ("id", "title", "type", "category", "tags", "status", "updated"):
                    err("%s: unknown front matter key %r" % (rel, k))
            typ = fm.get("type", "article")
            if typ not in ("article", "known_issue", "policy"):
                err("%s: bad type %r" % (rel, typ))
            if "category" in fm and fm["category"] not in CATS:
                err("%s: bad category %r" % (rel, fm["category"]))
            if "status" in fm:
                if typ != "known_issue":
                    err("%s: status on a %s" % (rel, typ))
                elif fm["status"] not in ("open", "fixed"):
                    err("%s: bad status %r" % (rel, fm["status"]))
            if typ == "known_issue" and "status" not in fm:
                err("%s: known_issue without status" % rel)
            if "tags" in fm and not isinstance(fm["tags"], list):
                err("%s: tags must be a list" % rel)
            if "updated" in fm:
                try:
                    dt.date.fromisoformat(fm["updated"])
                except ValueError:
                    err("%s: bad updated date %r" % (rel, fm["updated"]))
            if not fm.get("title") and not re.search(r"^# ", body, re.M):
                err("%s: no title" % rel)
            for link in re.findall(r"\]\(([a-z0-9-]+)\)", body):
                info.setdefault("_links", []).append((rel, link))
            workaround = bool(re.search(r"^#+ .*Workaround", body, re.M))
            by_type[typ] += 1
            info[aid] = {"type": typ, "status": fm.get("status"), "workaround": workaround}
    for rel, link in info.pop("_links", []):
        if link not in ids:
            err("%s: link to unknown article %r" % (rel, link))
    kis = [v for v in info.values() if v["type"] == "known_issue"]
    if len(ids) < 40:
        err("kb: %d articles, need at least 40" % len(ids))
    if by_type["known_issue"] < 8:
        err("kb: %d known_issue articles, need 8" % by_type["known_issue"])
    if by_type["policy"] < 6:
        err("kb: %d policy articles, need 6" % by_type["policy"])
    with_w = sum(1 for v in kis if v["workaround"])
    if not (with_w > len(kis) / 2 and with_w < len(kis)):
        err("kb: known issues with workaround %d of %d (need most, not all)" % (with_w, len(kis)))
    if not any(v["status"] == "fixed" for v in kis):
        err("kb: no fixed known issue")
    notes.append("kb: %d articles (%s); known issues with workaround %d/%d" % (
        len(ids), ", ".join("%s %d" % kv for kv in sorted(by_type.items())), with_w, len(kis)))
    return info


# ---------------------------------------------------------------- features
def check_features():
    cat = {}
    for n, line in enumerate(open(os.path.join(ROOT, "features.yaml"), encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^(basic|core|advanced):\s*(\[.*\])\s*$", line)
        if not m:
            err("features.yaml:%d: unexpected line" % n)
            continue
        cat[m.group(1)] = parse_scalar(m.group(2))
    allf = [f for k in ("basic", "core", "advanced") for f in cat.get(k, [])]
    if set(cat) != {"basic", "core", "advanced"}:
        err("features.yaml: need basic, core and advanced lists")
    if len(allf) != len(set(allf)):
        err("features.yaml: duplicate feature")
    if not 15 <= len(allf) <= 25:
        err("features.yaml: %d features, need 15-25" % len(allf))
    notes.append("features: %d (basic %d, core %d, advanced %d)" % (
        len(allf), len(cat.get("basic", [])), len(cat.get("core", [])), len(cat.get("advanced", []))))
    return set(allf)


# ---------------------------------------------------------------- accounts
def check_accounts():
    accs = {}
    for n, a in read_jsonl("accounts.jsonl"):
        w = "accounts.jsonl:%d" % n
        for k in ("id", "name", "plan", "seats", "mrr", "signup_date", "industry", "contact"):
            if k not in a:
                err("%s: missing %s" % (w, k))
        if a.get("id") in accs:
            err("%s: duplicate id %s" % (w, a.get("id")))
        if a.get("plan") not in PLANS:
            err("%s: bad plan %r" % (w, a.get("plan")))
        if not isinstance(a.get("seats"), int) or a["seats"] < 1:
            err("%s: seats must be an int >= 1" % w)
        if not isinstance(a.get("mrr"), (int, float)) or a["mrr"] < 0:
            err("%s: bad mrr" % w)
        if a.get("plan") == "free" and a.get("mrr") != 0:
            err("%s: free plan with mrr" % w)
        try:
            d = dt.date.fromisoformat(a.get("signup_date", ""))
            if not dt.date(2023, 12, 1) <= d <= dt.date(2026, 12, 5):
                err("%s: signup_date out of range" % w)
        except ValueError:
            err("%s: bad signup_date" % w)
        c = a.get("contact") or {}
        if not c.get("name") or not re.match(r"^[^@\s]+@[^@\s]+\.example$", c.get("email", "")):
            err("%s: contact needs name and an *.example email" % w)
        accs[a.get("id")] = a
    if not 30 <= len(accs) <= 40:
        err("accounts: %d, need 30-40" % len(accs))
    plans = collections.Counter(a["plan"] for a in accs.values())
    if set(plans) != set(PLANS):
        err("accounts: not all four plans present")
    years = sorted({a["signup_date"][:4] for a in accs.values()})
    if len(years) < 3:
        err("accounts: signups not spread over 3 years")
    notes.append("accounts: %d (%s), signup years %s, industries %d" % (
        len(accs), ", ".join("%s %d" % kv for kv in sorted(plans.items())), "/".join(years),
        len({a["industry"] for a in accs.values()})))
    return accs


# ---------------------------------------------------------------- events
def check_events(accs, feats):
    path = os.path.join(ROOT, "events.jsonl")
    size = os.path.getsize(path)
    if size >= 3 * 1024 * 1024:
        err("events.jsonl is %d bytes (limit 3 MB)" % size)
    seen, names, per_acc = set(), collections.Counter(), collections.Counter()
    lo, hi = dt.datetime(2026, 8, 1, tzinfo=dt.timezone.utc), dt.datetime(2026, 12, 7, tzinfo=dt.timezone.utc)
    for n, e in read_jsonl("events.jsonl"):
        w = "events.jsonl:%d" % n
        if e.get("event_id") in seen:
            err("%s: duplicate event_id" % w)
        seen.add(e.get("event_id"))
        if e.get("account_id") not in accs:
            err("%s: unknown account %r" % (w, e.get("account_id")))
        if not e.get("user_id"):
            err("%s: no user_id" % w)
        nm = e.get("name")
        if nm not in EVENT_NAMES:
            err("%s: bad event name %r" % (w, nm))
        t = ts(e.get("timestamp"), w)
        if t and not lo <= t < hi:
            err("%s: timestamp outside 2026-08-01..2026-12-06" % w)
        if t and e.get("account_id") in accs and t.date() < dt.date.fromisoformat(accs[e["account_id"]]["signup_date"]):
            err("%s: event before the account's signup" % w)
        p = e.get("properties", {})
        if not isinstance(p, dict):
            err("%s: properties must be an object" % w)
            p = {}
        if nm == "feature_used" and p.get("feature") not in feats:
            err("%s: feature %r not in features.yaml" % (w, p.get("feature")))
        if nm == "integration_connected" and not p.get("integration"):
            err("%s: integration missing" % w)
        if nm == "limit_reached" and not p.get("limit"):
            err("%s: limit missing" % w)
        if nm == "nps_submitted" and not (isinstance(p.get("score"), int) and 0 <= p["score"] <= 10):
            err("%s: nps score must be 0-10" % w)
        if nm == "csat_submitted" and not (isinstance(p.get("score"), int) and 1 <= p["score"] <= 5):
            err("%s: csat score must be 1-5" % w)
        names[nm] += 1
        per_acc[e.get("account_id")] += 1
    notes.append("events: %d (%.2f MB), accounts with events %d; %s" % (
        len(seen), size / 1048576, len(per_acc), ", ".join("%s %d" % kv for kv in sorted(names.items()))))


# ---------------------------------------------------------------- tickets
def check_tickets(accs, kb):
    meta = json.load(open(os.path.join(ROOT, "tools", "ticket_meta.json"), encoding="utf-8"))
    ids = set()
    ev, hist = [], []
    for n, t in read_jsonl("tickets.jsonl"):
        w = "tickets.jsonl:%d (%s)" % (n, t.get("id"))
        tid = t.get("id", "")
        if tid in ids:
            err("%s: duplicate id" % w)
        ids.add(tid)
        for k in ("id", "account_id", "channel", "subject", "body", "created_at"):
            if k not in t:
                err("%s: missing %s" % (w, k))
        if t.get("account_id") is not None and t["account_id"] not in accs:
            err("%s: unknown account %r" % (w, t["account_id"]))
        if t.get("channel") not in CHANNELS:
            err("%s: bad channel" % w)
        if not (t.get("subject") or "").strip() or not (t.get("body") or "").strip():
            err("%s: empty subject/body" % w)
        when = ts(t.get("created_at"), w)
        if when and t.get("account_id") in accs and when.date() < dt.date.fromisoformat(accs[t["account_id"]]["signup_date"]):
            err("%s: ticket before the account's signup" % w)
        if tid not in meta:
            err("%s: no entry in ticket_meta.json" % w)
        if re.match(r"^T-\d{4}$", tid):
            if when and not dt.date(2026, 9, 1) <= when.date() <= dt.date(2026, 12, 6):
                err("%s: created_at outside 2026-09-01..2026-12-06" % w)
            x = t.get("expected")
            if not isinstance(x, dict):
                err("%s: evaluation ticket without expected" % w)
                continue
            for k in x:
                if k not in ("category", "priority", "resolution", "kb_ids", "must_mention", "must_not_mention"):
                    err("%s: unknown expected key %r" % (w, k))
            if x.get("category") not in CATS or x.get("priority") not in PRIOS or x.get("resolution") not in RESOL:
                err("%s: expected category/priority/resolution missing or invalid" % w)
            for k in ("kb_ids", "must_mention", "must_not_mention"):
                if k in x and (not isinstance(x[k], list) or not x[k] or not all(isinstance(s, str) and s.strip() for s in x[k])):
                    err("%s: %s must be a non-empty list of strings" % (w, k))
            for k in x.get("kb_ids", []):
                if k not in kb:
                    err("%s: kb id %r does not exist" % (w, k))
            for k in ("category", "priority", "resolution"):
                if k in t:
                    err("%s: evaluation ticket with top-level %s" % (w, k))
            ev.append((t, x, meta.get(tid, {})))
        elif re.match(r"^H-\d{4}$", tid):
            if "expected" in t:
                err("%s: history ticket with expected" % w)
            if when and not dt.date(2026, 9, 8) <= when.date() <= dt.date(2026, 12, 6):
                err("%s: history created_at not within the past 90 days" % w)
            if t.get("category") not in CATS or t.get("priority") not in PRIOS or t.get("resolution") not in RESOL:
                err("%s: history labels missing or invalid" % w)
            hist.append((t, meta.get(tid, {})))
        else:
            err("%s: bad id format" % w)
    # counts
    if len(ev) < 220:
        err("tickets: %d evaluation tickets, need 220" % len(ev))
    if len(hist) < 50:
        err("tickets: %d history tickets, need 50" % len(hist))
    cats = collections.Counter(x["category"] for _, x, _ in ev)
    for c in CATS:
        need = 4 if c == "other" else 8
        if cats[c] < need:
            err("tickets: category %s has %d, need %d" % (c, cats[c], need))
    res = collections.Counter(x["resolution"] for _, x, _ in ev)
    share = res["answer"] / max(1, len(ev))
    if not 0.45 <= share <= 0.55:
        err("tickets: answer share %.2f outside 0.45-0.55" % share)
    rules, langs = collections.Counter(), collections.Counter()
    for t, x, m in ev:
        rs = m.get("rules", [])
        rules.update(rs)
        langs[m.get("language")] += 1
        w = t["id"]
        if m.get("language") not in LANGS:
            err("%s: bad language in meta" % w)
        if any(r not in range(1, 8) for r in rs):
            err("%s: bad rule number" % w)
        if (x["resolution"] == "escalate") != bool(rs):
            err("%s: resolution %s but rules %s" % (w, x["resolution"], rs))
        c, p = x["category"], x["priority"]
        if c == "outage" and (p != "urgent" or 4 not in rs):
            err("%s: outage must be urgent and rule 4" % w)
        if c == "cancellation" and (p != "high" or 3 not in rs):
            err("%s: cancellation must be high and rule 3" % w)
        if 3 in rs and c != "cancellation":
            err("%s: rule 3 on a non-cancellation ticket" % w)
        if 4 in rs and c != "outage":
            err("%s: rule 4 on a non-outage ticket" % w)
        if 5 in rs and c != "bug_report":
            err("%s: rule 5 on a non-bug ticket" % w)
        if c == "how_to" and p != "low":
            err("%s: how_to should be low" % w)
        if c == "feature_request" and p not in ("low", "high"):
            err("%s: feature_request should be low (high only with a threat to leave)" % w)
        if c == "bug_report" and x["resolution"] == "answer":
            kis = [k for k in x.get("kb_ids", []) if kb.get(k, {}).get("type") == "known_issue"]
            if not kis or not all(kb[k]["workaround"] or kb[k]["status"] == "fixed" for k in kis):
                err("%s: answered bug_report must cite a known issue with a workaround" % w)
        if 5 in rs and any(kb.get(k, {}).get("workaround") for k in x.get("kb_ids", []) if kb.get(k, {}).get("type") == "known_issue"):
            err("%s: rule 5 but cites a known issue with a workaround" % w)
        if 1 in rs and c not in ("billing", "cancellation", "outage", "data_privacy") :
            err("%s: money rule on unexpected category %s" % (w, c))
        if t["account_id"] and "must_not_mention" in x:
            pass
    for r in range(1, 8):
        if rules[r] < 10:
            err("tickets: rule %d covered by %d tickets, need 10" % (r, rules[r]))
    for l in LANGS[1:]:
        if langs[l] < 8:
            err("tickets: language %s has %d, need 8" % (l, langs[l]))
    en = langs["en"] / max(1, len(ev))
    if not 0.62 <= en <= 0.78:
        err("tickets: English share %.2f not about 70%%" % en)
    prios = collections.Counter(x["priority"] for _, x, _ in ev)
    chans = collections.Counter(t["channel"] for t, _, _ in ev)
    anon = sum(1 for t, _, _ in ev if t["account_id"] is None)
    hc = collections.Counter(t["category"] for t, _ in hist)
    notes.append("evaluation tickets: %d; answer %d / escalate %d (%.0f%% answer)" % (len(ev), res["answer"], res["escalate"], 100 * share))
    notes.append("  by category: " + ", ".join("%s %d" % (c, cats[c]) for c in CATS))
    notes.append("  by priority: " + ", ".join("%s %d" % (p, prios[p]) for p in PRIOS))
    notes.append("  by rule: " + ", ".join("R%d %d" % (r, rules[r]) for r in range(1, 8)))
    notes.append("  by language: " + ", ".join("%s %d" % (l, langs[l]) for l in LANGS) + " (en %.0f%%)" % (100 * en))
    notes.append("  by channel: " + ", ".join("%s %d" % kv for kv in sorted(chans.items())) + "; anonymous %d" % anon)
    notes.append("history tickets: %d; " % len(hist) + ", ".join("%s %d" % kv for kv in sorted(hc.items())))


def main():
    kb = check_kb()
    feats = check_features()
    accs = check_accounts()
    check_events(accs, feats)
    check_tickets(accs, kb)
    for n in notes:
        print(n)
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
