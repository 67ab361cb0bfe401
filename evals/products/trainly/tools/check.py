#!/usr/bin/env python3
"""Validates the Learnwick sample product folder against the data contract (SPEC sections 1-6).

Standard library only. Prints every problem and a summary; exits 1 if there is any error.
Usage: python3 tools/check.py [folder]   (default: the folder this script lives in, one level up)
"""
import collections, json, math, os, re, sys
from datetime import date, datetime, timedelta

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ["how_to", "account_access", "billing", "bug_report", "outage", "integration", "feature_request",
              "onboarding", "cancellation", "data_privacy", "other"]
PRIORITIES = ["low", "normal", "high", "urgent"]
RESOLUTIONS = ["answer", "escalate"]
CHANNELS = ["email", "chat", "in_app"]
PLANS = ["free", "starter", "pro", "enterprise"]
EVENT_NAMES = {"login": None, "profile_completed": None, "key_action": None, "feature_used": "feature",
               "integration_connected": "integration", "workspace_created": None, "user_invited": None,
               "limit_reached": "limit", "nps_submitted": "score", "csat_submitted": "score"}
LANGS = ["en", "es", "fr", "de", "pt", "it", "nl"]
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
AS_OF = date(2026, 12, 6)

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def parse_ts(s, where):
    if not isinstance(s, str) or not TS_RE.match(s):
        err(f"{where}: timestamp without timezone or malformed: {s!r}")
        return None
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def read_jsonl(name):
    rows = []
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        err(f"{name}: missing")
        return rows
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
            obj["__line"] = n
            rows.append(obj)
    return rows


# ---------------------------------------------------------------- knowledge base
def parse_front_matter(text, where):
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(f"{where}: front matter not closed")
        return {}, text
    fm = {}
    for ln in text[4:end].splitlines():
        if not ln.strip() or ln.strip().startswith("#"):
            continue
        m = re.match(r"^([A-Za-z_]+):\s*(.*?)\s*(#.*)?$", ln)
        if not m:
            err(f"{where}: front matter line not understood: {ln!r}")
            continue
        k, v = m.group(1), m.group(2)
        if v.startswith("[") and v.endswith("]"):
            v = [x.strip().strip("'\"") for x in v[1:-1].split(",") if x.strip()]
        elif len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        fm[k] = v
    return fm, text[end + 5:]


kb = {}
kb_dir = os.path.join(ROOT, "kb")
for dp, _, files in os.walk(kb_dir):
    for fn in sorted(files):
        if not fn.endswith(".md"):
            continue
        path = os.path.join(dp, fn)
        rel = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        fm, body = parse_front_matter(text, rel)
        aid = fm.get("id") or fn[:-3]
        if aid in kb:
            err(f"kb: duplicate id {aid!r} in {kb[aid]['path']} and {rel}")
        typ = fm.get("type", "article")
        if typ not in ("article", "known_issue", "policy"):
            err(f"{rel}: type {typ!r} not allowed")
        if "category" in fm and fm["category"] not in CATEGORIES:
            err(f"{rel}: category {fm['category']!r} not a ticket category")
        if "status" in fm and (typ != "known_issue" or fm["status"] not in ("open", "fixed")):
            err(f"{rel}: status {fm['status']!r} only allowed on known_issue as open|fixed")
        if typ == "known_issue" and "status" not in fm:
            err(f"{rel}: known_issue without status")
        if "updated" in fm:
            try:
                date.fromisoformat(fm["updated"])
            except ValueError:
                err(f"{rel}: updated {fm['updated']!r} is not a date")
        if "tags" in fm and not isinstance(fm["tags"], list):
            err(f"{rel}: tags must be a list")
        if not fm.get("title") and not re.search(r"^# ", body, re.M):
            warn(f"{rel}: no title and no '# ' heading")
        workaround = bool(re.search(r"^#+ .*Workaround", body, re.M))
        kb[aid] = {"path": rel, "type": typ, "status": fm.get("status"), "text": text.lower(),
                   "workaround": workaround, "category": fm.get("category")}
types = collections.Counter(a["type"] for a in kb.values())
ki = [a for a in kb.values() if a["type"] == "known_issue"]
if len(kb) < 40:
    err(f"kb: {len(kb)} articles, need at least 40")
if types["known_issue"] < 8:
    err("kb: fewer than 8 known_issue articles")
if types["policy"] < 6:
    err("kb: fewer than 6 policy articles")
if sum(1 for a in ki if a["workaround"]) <= len(ki) / 2:
    err("kb: most known issues should have a Workaround section")
if not any(not a["workaround"] for a in ki):
    err("kb: no known issue without a workaround")
if not any(a["status"] == "fixed" for a in ki):
    err("kb: no known issue with status fixed")

# ---------------------------------------------------------------- features
features = {}
fpath = os.path.join(ROOT, "features.yaml")
if os.path.exists(fpath):
    with open(fpath, encoding="utf-8") as f:
        for ln in f:
            if not ln.strip() or ln.lstrip().startswith("#"):
                continue
            m = re.match(r"^(basic|core|advanced):\s*\[(.*)\]\s*$", ln.strip())
            if not m:
                err(f"features.yaml: line not understood: {ln.strip()!r}")
                continue
            for x in m.group(2).split(","):
                x = x.strip()
                if x in features:
                    err(f"features.yaml: {x} listed twice")
                features[x] = m.group(1)
    if set(features.values()) != {"basic", "core", "advanced"}:
        err("features.yaml: needs basic, core and advanced lists")
    if not 15 <= len(features) <= 25:
        err(f"features.yaml: {len(features)} features, want 15-25")
else:
    err("features.yaml missing")

# ---------------------------------------------------------------- accounts
accounts = {}
for a in read_jsonl("accounts.jsonl"):
    w = f"accounts.jsonl:{a['__line']}"
    for k in ("id", "name", "plan", "seats", "mrr", "signup_date", "industry", "contact"):
        if k not in a:
            err(f"{w}: missing {k}")
    if a.get("id") in accounts:
        err(f"{w}: duplicate id {a.get('id')}")
    if a.get("plan") not in PLANS:
        err(f"{w}: plan {a.get('plan')!r}")
    if not isinstance(a.get("seats"), int) or a.get("seats", 0) < 1:
        err(f"{w}: seats must be an integer >= 1")
    if not isinstance(a.get("mrr"), (int, float)) or a.get("mrr", -1) < 0:
        err(f"{w}: mrr must be a number >= 0")
    try:
        sd = date.fromisoformat(a.get("signup_date", ""))
        if sd > date(2026, 12, 5):
            err(f"{w}: signup after 2026-12-05")
        a["_signup"] = sd
    except ValueError:
        err(f"{w}: signup_date not a date")
        a["_signup"] = date(2000, 1, 1)
    c = a.get("contact") or {}
    if not c.get("name") or not str(c.get("email", "")).endswith(".example"):
        err(f"{w}: contact needs a name and an *.example e-mail")
    accounts[a.get("id")] = a
if not 30 <= len(accounts) <= 40:
    err(f"accounts: {len(accounts)}, want 30-40")
if set(a.get("plan") for a in accounts.values()) != set(PLANS):
    err("accounts: not all four plans used")
signups = sorted(a["_signup"] for a in accounts.values())
if signups and (signups[-1] - signups[0]).days < 2 * 365:
    err("accounts: signups do not spread over ~3 years")

# ---------------------------------------------------------------- events
epath = os.path.join(ROOT, "events.jsonl")
if os.path.exists(epath) and os.path.getsize(epath) >= 3 * 1024 * 1024:
    err("events.jsonl is 3 MB or larger")
events = read_jsonl("events.jsonl")
seen_eids = set()
ev_by_acc = collections.Counter()
unknown_features = collections.Counter()
for e in events:
    w = f"events.jsonl:{e['__line']}"
    eid = e.get("event_id")
    if eid is not None:
        if eid in seen_eids:
            err(f"{w}: duplicate event_id {eid}")
        seen_eids.add(eid)
    if e.get("account_id") not in accounts:
        err(f"{w}: unknown account {e.get('account_id')}")
    name = e.get("name")
    if name not in EVENT_NAMES:
        err(f"{w}: unknown event name {name!r}")
        continue
    if not e.get("user_id"):
        err(f"{w}: no user_id")
    ts = parse_ts(e.get("timestamp"), w)
    if ts and not (date(2026, 8, 1) <= ts.date() <= AS_OF):
        err(f"{w}: timestamp outside 2026-08-01..2026-12-06")
    if ts and e.get("account_id") in accounts and ts.date() < accounts[e["account_id"]]["_signup"]:
        err(f"{w}: event before the account's signup")
    props = e.get("properties") or {}
    need = EVENT_NAMES[name]
    if need and need not in props:
        err(f"{w}: {name} without properties.{need}")
    if name == "nps_submitted" and not (isinstance(props.get("score"), int) and 0 <= props["score"] <= 10):
        err(f"{w}: NPS score out of range")
    if name == "csat_submitted" and not (isinstance(props.get("score"), int) and 1 <= props["score"] <= 5):
        err(f"{w}: CSAT score out of range")
    if name == "feature_used" and props.get("feature") not in features:
        unknown_features[props.get("feature")] += 1
    ev_by_acc[e.get("account_id")] += 1
for f_, n in unknown_features.items():
    warn(f"events: feature {f_!r} not in features.yaml ({n} events; counts as basic)")

# ---------------------------------------------------------------- tickets
tickets = read_jsonl("tickets.jsonl")
mpath = os.path.join(ROOT, "tools", "ticket_meta.json")
meta = json.load(open(mpath, encoding="utf-8")) if os.path.exists(mpath) else {}
if not meta:
    err("tools/ticket_meta.json missing or empty")
ids = set()
T, H = [], []
for t in tickets:
    tid = t.get("id")
    w = f"tickets.jsonl:{t['__line']} ({tid})"
    if tid in ids:
        err(f"{w}: duplicate id")
    ids.add(tid)
    for k in ("id", "account_id", "channel", "subject", "body", "created_at"):
        if k not in t:
            err(f"{w}: missing {k}")
    if t.get("channel") not in CHANNELS:
        err(f"{w}: channel {t.get('channel')!r}")
    acc = t.get("account_id")
    if acc is not None and acc not in accounts:
        err(f"{w}: unknown account {acc}")
    if not str(t.get("body", "")).strip():
        err(f"{w}: empty body")
    ts = parse_ts(t.get("created_at"), w)
    if ts and acc in accounts and ts.date() <= accounts[acc]["_signup"] - timedelta(days=0) and ts.date() < accounts[acc]["_signup"]:
        err(f"{w}: ticket before the account's signup")
    if re.match(r"^T-\d{4}$", str(tid)):
        T.append(t)
        exp = t.get("expected")
        if not isinstance(exp, dict):
            err(f"{w}: evaluation ticket without expected")
            continue
        for k in ("category", "priority", "resolution"):
            if k not in exp:
                err(f"{w}: expected.{k} missing")
        if exp.get("category") not in CATEGORIES:
            err(f"{w}: category {exp.get('category')!r}")
        if exp.get("priority") not in PRIORITIES:
            err(f"{w}: priority {exp.get('priority')!r}")
        if exp.get("resolution") not in RESOLUTIONS:
            err(f"{w}: resolution {exp.get('resolution')!r}")
        for k in ("kb_ids", "must_mention", "must_not_mention"):
            if k in exp and (not isinstance(exp[k], list) or not all(isinstance(x, str) and x for x in exp[k])):
                err(f"{w}: expected.{k} must be a list of non-empty strings")
        for k in exp:
            if k not in ("category", "priority", "resolution", "kb_ids", "must_mention", "must_not_mention"):
                err(f"{w}: unknown expected field {k}")
        for kid in exp.get("kb_ids", []):
            if kid not in kb:
                err(f"{w}: kb id {kid!r} does not exist")
        if ts and not (date(2026, 9, 1) <= ts.date() <= AS_OF):
            err(f"{w}: created_at outside 2026-09-01..2026-12-06")
        # must_mention of answers must be backed by a cited article
        if exp.get("resolution") == "answer" and exp.get("kb_ids"):
            texts = " ".join(kb[k]["text"] for k in exp["kb_ids"] if k in kb)
            for mm in exp.get("must_mention", []):
                if mm.lower() not in texts:
                    err(f"{w}: must_mention {mm!r} not found in cited articles")
        for mm in exp.get("must_mention", []):
            for mn in exp.get("must_not_mention", []):
                if mn.lower() in mm.lower():
                    err(f"{w}: must_mention {mm!r} contains must_not_mention {mn!r}")
        if "category" in t or "priority" in t or "resolution" in t:
            err(f"{w}: evaluation tickets carry labels only inside expected")
    elif re.match(r"^H-\d{4}$", str(tid)):
        H.append(t)
        if "expected" in t:
            err(f"{w}: history ticket with expected")
        for k, voc in (("category", CATEGORIES), ("priority", PRIORITIES), ("resolution", RESOLUTIONS)):
            if k in t and t[k] not in voc:
                err(f"{w}: {k} {t[k]!r}")
        if ts and not (AS_OF - timedelta(days=89) <= ts.date() <= AS_OF):
            err(f"{w}: history created_at not within the past 90 days")
    else:
        err(f"{w}: id must be T-0000 or H-0000")

if len(T) < 220:
    err(f"tickets: {len(T)} evaluation tickets, need 220")
if len(H) < 50:
    err(f"tickets: {len(H)} history tickets, need 50")

# labelling consistency using the per-ticket metadata
cat_c, res_c, lang_c, rule_c, prio_c = (collections.Counter() for _ in range(5))
for t in T:
    exp = t.get("expected") or {}
    m = meta.get(t["id"])
    w = f"{t['id']}"
    if m is None:
        err(f"{w}: no entry in ticket_meta.json")
        continue
    cat, pri, res, rules = exp.get("category"), exp.get("priority"), exp.get("resolution"), m.get("rules", [])
    cat_c[cat] += 1; res_c[res] += 1; lang_c[m.get("language")] += 1; prio_c[pri] += 1
    for r in rules:
        rule_c[r] += 1
        if r not in range(1, 8):
            err(f"{w}: rule {r} is not 1-7")
    if m.get("language") not in LANGS:
        err(f"{w}: language {m.get('language')!r}")
    if (res == "escalate") != bool(rules):
        err(f"{w}: resolution {res} but rules {rules}")
    if (cat == "cancellation") != (3 in rules):
        err(f"{w}: rule 3 must hold exactly for cancellation tickets")
    if (cat == "outage") != (4 in rules):
        err(f"{w}: rule 4 must hold exactly for outage tickets")
    if cat == "outage" and pri != "urgent":
        err(f"{w}: outage must be urgent")
    if cat == "cancellation" and pri not in ("high", "urgent"):
        err(f"{w}: cancellation must be high")
    if cat == "feature_request" and pri != "low":
        err(f"{w}: feature requests are low")
    if 5 in rules and cat != "bug_report":
        err(f"{w}: rule 5 only applies to bug_report")
    if cat == "bug_report":
        kis = [k for k in exp.get("kb_ids", []) if k in kb and kb[k]["type"] == "known_issue"]
        with_wa = [k for k in kis if kb[k]["workaround"]]
        if res == "answer" and not with_wa:
            err(f"{w}: answered bug_report must cite a known issue with a workaround")
        if not with_wa and 5 not in rules:
            err(f"{w}: bug_report with no known issue with workaround must carry rule 5")
    if res == "escalate" and 2 in rules and cat not in ("data_privacy", "account_access", "other"):
        warn(f"{w}: rule 2 on category {cat}")
    if t.get("account_id") is None:
        lang_c["_anon"] += 1

total = len(T) or 1
for c in CATEGORIES:
    need = 4 if c == "other" else 8
    if cat_c[c] < need:
        err(f"tickets: category {c} has {cat_c[c]}, need {need}")
for r in range(1, 8):
    if rule_c[r] < 10:
        err(f"tickets: rule {r} has {rule_c[r]} tickets, need 10")
share = res_c["answer"] / total
if not 0.45 <= share <= 0.55:
    err(f"tickets: answer share {share:.0%} outside 45-55%")
en = lang_c["en"] / total
if not 0.62 <= en <= 0.76:
    err(f"tickets: English share {en:.0%} is not about 70%")
for l in LANGS[1:]:
    if lang_c[l] < 8:
        err(f"tickets: language {l} has {lang_c[l]}, need 8")
for tid in meta:
    if tid not in ids:
        err(f"ticket_meta.json: {tid} not in tickets.jsonl")

# ---------------------------------------------------------------- report
print(f"kb: {len(kb)} articles {dict(types)}; known issues with workaround: "
      f"{sum(1 for a in ki if a['workaround'])}/{len(ki)}, fixed: {sum(1 for a in ki if a['status'] == 'fixed')}")
print(f"features: {len(features)} ({dict(collections.Counter(features.values()))})")
print(f"accounts: {len(accounts)} plans {dict(collections.Counter(a.get('plan') for a in accounts.values()))}, "
      f"signups {signups[0] if signups else '-'} .. {signups[-1] if signups else '-'}")
print(f"events: {len(events)} ({os.path.getsize(epath) / 1e6:.2f} MB), accounts with events: {len(ev_by_acc)}")
print(f"tickets: {len(T)} evaluation, {len(H)} history")
print("  categories:", dict(sorted(cat_c.items())))
print("  priorities:", dict(prio_c))
print(f"  resolution: {dict(res_c)} (answer {share:.0%})")
print("  languages:", {k: v for k, v in lang_c.items() if not k.startswith('_')}, f"(anonymous: {lang_c['_anon']})")
print("  rules:", {f"rule {k}": v for k, v in sorted(rule_c.items())})
for w_ in warnings:
    print("WARNING:", w_)
for e_ in errors:
    print("ERROR:", e_)
print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
sys.exit(1 if errors else 0)
