#!/usr/bin/env python3
"""Validate the fleetops (Rovana) product folder against SPEC.md and print its counts.

Standard library only.   python3 tools/check.py [folder]   (default: the folder above tools/)

Checks
- kb/: front matter (id, title, type, category, tags, status, updated), unique ids, vocabularies,
  known issues with and without a "Workaround" section, links between articles resolve.
- features.yaml: the three lists, no feature in two lists.
- accounts.jsonl: exact fields, plans, seats, dates, unique ids.
- events.jsonl: fields, event names, properties per name, score ranges, timestamps with a timezone,
  known accounts, unique event ids.
- tickets.jsonl: ids (T-xxxx evaluation, H-xxxx history), channels, accounts, expected (vocabularies,
  kb_ids exist), history labels, and the SPEC 2 labelling rules using tools/ticket_meta.json (the
  escalation rules and language of each ticket): escalate iff a rule applies, cancellation <-> rule 3,
  outage <-> rule 4 + urgent, rule 5 only for bug reports, answered bug reports cite a known issue
  with a workaround, feature requests are low, rule 7 cites the support policy, every must_mention
  phrase of an answered ticket occurs in one of its cited articles.
- the language of each ticket (a stop-word guess) against the declared language, and sentences
  repeated across tickets.
Exit status 1 when an error is found; warnings do not fail.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ["how_to", "account_access", "billing", "bug_report", "outage", "integration",
              "feature_request", "onboarding", "cancellation", "data_privacy", "other"]
PRIORITIES = ["low", "normal", "high", "urgent"]
RESOLUTIONS = ["answer", "escalate"]
CHANNELS = ["email", "chat", "in_app"]
PLANS = ["free", "starter", "pro", "enterprise"]
KB_TYPES = ["article", "known_issue", "policy"]
EVENT_NAMES = ["login", "profile_completed", "key_action", "feature_used", "integration_connected",
               "workspace_created", "user_invited", "limit_reached", "nps_submitted", "csat_submitted"]
LANGS = ["en", "es", "fr", "de", "pt", "it", "nl"]

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def iso_ts(s):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", s):
        return False
    try:
        dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def iso_date(s):
    try:
        dt.date.fromisoformat(str(s))
        return True
    except ValueError:
        return False


def read_jsonl(name):
    rows = []
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        err("%s: missing" % name)
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err("%s:%d: malformed JSON (%s)" % (name, n, e))
                continue
            if not isinstance(obj, dict):
                err("%s:%d: not an object" % (name, n))
                continue
            rows.append((n, obj))
    return rows


# ---------------------------------------------------------------- kb
def parse_scalar(v):
    v = v.strip()
    if " #" in v:
        v = v.split(" #", 1)[0].strip()
    if v.startswith("[") and v.endswith("]"):
        return [x.strip().strip("'\"") for x in v[1:-1].split(",") if x.strip()]
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        return v[1:-1]
    return v


def load_kb():
    kb = {}
    kb_dir = os.path.join(ROOT, "kb")
    for dirpath, _, files in os.walk(kb_dir):
        for fn in sorted(files):
            if not fn.endswith(".md"):
                continue
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, ROOT)
            text = open(path, encoding="utf-8").read()
            meta, body = {}, text
            if text.startswith("---\n"):
                end = text.find("\n---\n", 4)
                if end < 0:
                    err("%s: front matter not closed" % rel)
                    continue
                for line in text[4:end].splitlines():
                    if not line.strip() or line.strip().startswith("#"):
                        continue
                    m = re.match(r"^([a-z_]+):\s*(.*)$", line)
                    if not m:
                        err("%s: front matter line not understood: %r" % (rel, line))
                        continue
                    meta[m.group(1)] = parse_scalar(m.group(2))
                body = text[end + 5:]
            else:
                err("%s: no front matter" % rel)
            unknown = set(meta) - {"id", "title", "type", "category", "tags", "status", "updated"}
            if unknown:
                err("%s: unknown front matter keys %s" % (rel, sorted(unknown)))
            aid = meta.get("id") or os.path.splitext(fn)[0]
            if aid != os.path.splitext(fn)[0]:
                warn("%s: id %s differs from the file name" % (rel, aid))
            if aid in kb:
                err("duplicate article id %s in %s and %s" % (aid, kb[aid]["path"], rel))
            typ = meta.get("type", "article")
            if typ not in KB_TYPES:
                err("%s: type %r" % (rel, typ))
            if "category" in meta and meta["category"] not in CATEGORIES:
                err("%s: category %r" % (rel, meta["category"]))
            if "tags" in meta and not isinstance(meta["tags"], list):
                err("%s: tags must be a list" % rel)
            if "status" in meta and typ != "known_issue":
                err("%s: status is for known_issue only" % rel)
            if typ == "known_issue" and meta.get("status") not in ("open", "fixed"):
                err("%s: known_issue needs status open|fixed" % rel)
            if "updated" in meta and not iso_date(meta["updated"]):
                err("%s: updated %r is not a date" % (rel, meta["updated"]))
            if not re.search(r"^# ", body, re.M):
                warn("%s: no '# ' heading" % rel)
            workaround = bool(re.search(r"^#+ .*Workaround", body, re.M))
            kb[aid] = dict(path=rel, type=typ, status=meta.get("status"), category=meta.get("category"),
                           text=text, body=body, workaround=workaround, title=meta.get("title", aid))
    # internal links
    for aid, a in kb.items():
        for target in re.findall(r"\]\(([a-z0-9-]+)\)", a["body"]):
            if target not in kb:
                err("%s: link to unknown article %s" % (a["path"], target))
    return kb


# ---------------------------------------------------------------- features
def load_features():
    path = os.path.join(ROOT, "features.yaml")
    cat = {}
    if not os.path.exists(path):
        err("features.yaml: missing")
        return cat
    seen_keys = set()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^(basic|core|advanced):\s*\[(.*)\]\s*$", line)
        if not m:
            err("features.yaml:%d: expected 'basic|core|advanced: [a, b]'" % n)
            continue
        seen_keys.add(m.group(1))
        for f in [x.strip() for x in m.group(2).split(",") if x.strip()]:
            if f in cat:
                err("features.yaml: %s is listed twice" % f)
            cat[f] = m.group(1)
    if seen_keys != {"basic", "core", "advanced"}:
        err("features.yaml: needs the three lists basic, core, advanced")
    return cat


# ---------------------------------------------------------------- accounts
def check_accounts():
    accs = {}
    for n, a in read_jsonl("accounts.jsonl"):
        where = "accounts.jsonl:%d" % n
        keys = {"id", "name", "plan", "seats", "mrr", "signup_date", "industry", "contact"}
        if set(a) != keys:
            err("%s: fields %s (expected %s)" % (where, sorted(a), sorted(keys)))
        if not re.match(r"^acc_\d{3}$", str(a.get("id"))):
            err("%s: id %r" % (where, a.get("id")))
        if a.get("id") in accs:
            err("%s: duplicate id %s" % (where, a.get("id")))
        if a.get("plan") not in PLANS:
            err("%s: plan %r" % (where, a.get("plan")))
        if not isinstance(a.get("seats"), int) or a["seats"] < 1:
            err("%s: seats %r" % (where, a.get("seats")))
        if not isinstance(a.get("mrr"), (int, float)) or a["mrr"] < 0:
            err("%s: mrr %r" % (where, a.get("mrr")))
        if a.get("plan") == "free" and a.get("mrr"):
            err("%s: free plan with mrr" % where)
        if not iso_date(a.get("signup_date")):
            err("%s: signup_date %r" % (where, a.get("signup_date")))
        c = a.get("contact") or {}
        if set(c) != {"name", "email"} or not str(c.get("email", "")).endswith(".example"):
            err("%s: contact %r" % (where, c))
        accs[a.get("id")] = a
    return accs


# ---------------------------------------------------------------- events
def check_events(accs, catalog):
    ids = set()
    per_name = collections.Counter()
    per_acc = collections.Counter()
    unknown_features = collections.Counter()
    rows = read_jsonl("events.jsonl")
    for n, e in rows:
        where = "events.jsonl:%d" % n
        if set(e) - {"event_id", "account_id", "user_id", "name", "timestamp", "properties"}:
            err("%s: unknown fields %s" % (where, sorted(set(e) - {"event_id", "account_id", "user_id", "name", "timestamp", "properties"})))
        eid = e.get("event_id")
        if eid is not None:
            if eid in ids:
                err("%s: duplicate event_id %s" % (where, eid))
            ids.add(eid)
        if e.get("account_id") not in accs:
            err("%s: unknown account %r" % (where, e.get("account_id")))
        if not isinstance(e.get("user_id"), str):
            err("%s: user_id %r" % (where, e.get("user_id")))
        name = e.get("name")
        if name not in EVENT_NAMES:
            err("%s: name %r" % (where, name))
        if not iso_ts(e.get("timestamp")):
            err("%s: timestamp %r" % (where, e.get("timestamp")))
        p = e.get("properties", {})
        if not isinstance(p, dict):
            err("%s: properties must be an object" % where)
            continue
        need = {"feature_used": "feature", "integration_connected": "integration", "limit_reached": "limit",
                "nps_submitted": "score", "csat_submitted": "score"}.get(name)
        if need and need not in p:
            err("%s: %s needs properties.%s" % (where, name, need))
        if name == "nps_submitted" and not (isinstance(p.get("score"), int) and 0 <= p["score"] <= 10):
            err("%s: NPS score %r" % (where, p.get("score")))
        if name == "csat_submitted" and not (isinstance(p.get("score"), int) and 1 <= p["score"] <= 5):
            err("%s: CSAT score %r" % (where, p.get("score")))
        if name == "feature_used" and p.get("feature") not in catalog:
            unknown_features[p.get("feature")] += 1
        if accs.get(e.get("account_id")) and iso_ts(e.get("timestamp")):
            if e["timestamp"][:10] < accs[e["account_id"]]["signup_date"]:
                err("%s: event before the account's signup_date" % where)
        per_name[name] += 1
        per_acc[e.get("account_id")] += 1
    for f, c in unknown_features.items():
        warn("events: feature %r (%d events) is not in features.yaml (counts as basic)" % (f, c))
    for a in accs:
        if not per_acc[a]:
            warn("events: account %s has no events" % a)
    return len(rows), per_name


# ---------------------------------------------------------------- language guess
STOP = {
    "en": "the and you is are to of for it this that with have not can our we my how what please thanks".split(),
    "es": "el la los las que de y en es por para con una del nos no se al lo como pero gracias hola".split(),
    "fr": "le la les des et est pour que une dans pas nous vous sur avec on il ce qui merci bonjour du au mais ou combien sont avez peut".split(),
    "de": "der die das und ist nicht wir ich sie mit für auf ein eine es den dem bei wie bitte hallo".split(),
    "pt": "o a os as que de e do da em não para com um uma os nos no na como obrigado olá está".split(),
    "it": "il la le che di e è per non un una con del della sono ci si come grazie buongiorno anche".split(),
    "nl": "de het een en van is niet wij we ik je ons voor met op dat die kan hoe bij graag hallo".split(),
}


def guess_lang(text):
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    scores = {l: sum(1 for w in words if w in set(s)) for l, s in STOP.items()}
    best = max(scores, key=scores.get)
    return best, scores


# ---------------------------------------------------------------- tickets
def check_tickets(accs, kb):
    meta_path = os.path.join(ROOT, "tools", "ticket_meta.json")
    meta = json.load(open(meta_path, encoding="utf-8")) if os.path.exists(meta_path) else {}
    if not meta:
        warn("tools/ticket_meta.json missing: rule and language counts are skipped")
    rows = read_jsonl("tickets.jsonl")
    seen = set()
    c = collections.defaultdict(collections.Counter)
    sentences = collections.defaultdict(set)
    n_eval = n_hist = 0
    for n, tk in rows:
        where = "tickets.jsonl:%d" % n
        tid = tk.get("id")
        if not re.match(r"^[TH]-\d{4}$", str(tid)):
            err("%s: id %r" % (where, tid))
            continue
        if tid in seen:
            err("%s: duplicate id %s" % (where, tid))
        seen.add(tid)
        where = "%s (%s)" % (where, tid)
        allowed = {"id", "account_id", "channel", "subject", "body", "created_at", "expected", "category", "priority", "resolution"}
        if set(tk) - allowed:
            err("%s: unknown fields %s" % (where, sorted(set(tk) - allowed)))
        if tk.get("account_id") is not None and tk["account_id"] not in accs:
            err("%s: unknown account %r" % (where, tk["account_id"]))
        if tk.get("channel") not in CHANNELS:
            err("%s: channel %r" % (where, tk.get("channel")))
        for f in ("subject", "body"):
            if not isinstance(tk.get(f), str) or not tk[f].strip():
                err("%s: %s empty" % (where, f))
        if "created_at" in tk and not iso_ts(tk["created_at"]):
            err("%s: created_at %r" % (where, tk["created_at"]))
        m = meta.get(tid, {})
        lang = m.get("lang")
        if meta and lang not in LANGS:
            err("%s: no language in ticket_meta.json" % where)
        if lang:
            g, scores = guess_lang(tk.get("subject", "") + " " + tk.get("body", ""))
            if g != lang and scores[g] > scores.get(lang, 0) + 1:
                warn("%s: declared %s, text looks like %s %s" % (where, lang, g, scores))
        for s in re.split(r"(?<=[.!?])\s+|\n+", tk.get("body", "")):
            s = s.strip().lower()
            if not re.search(r"[.!?:]$", s) and len(s.split()) <= 7:
                continue  # signature and sign-off lines ("Head of Field Operations | Lumen Telecom")
            if len(s) >= 30:
                sentences[s].add(tid)
        anon = tk.get("account_id") is None
        if tid.startswith("T-"):
            n_eval += 1
            exp = tk.get("expected")
            if not isinstance(exp, dict):
                err("%s: evaluation ticket without expected" % where)
                continue
            for f in ("category", "priority", "resolution"):
                if f in tk:
                    err("%s: top-level %s on an evaluation ticket" % (where, f))
            if "created_at" in tk:
                warn("%s: evaluation ticket with created_at counts as support history" % where)
            if set(exp) - {"category", "priority", "resolution", "kb_ids", "must_mention", "must_not_mention"}:
                err("%s: unknown expected fields %s" % (where, sorted(set(exp) - {"category", "priority", "resolution", "kb_ids", "must_mention", "must_not_mention"})))
            cat, pri, res = exp.get("category"), exp.get("priority"), exp.get("resolution")
            if cat not in CATEGORIES:
                err("%s: category %r" % (where, cat))
            if pri not in PRIORITIES:
                err("%s: priority %r" % (where, pri))
            if res not in RESOLUTIONS:
                err("%s: resolution %r" % (where, res))
            kb_ids = exp.get("kb_ids", [])
            for k in kb_ids:
                if k not in kb:
                    err("%s: kb_id %s does not exist" % (where, k))
            for f in ("must_mention", "must_not_mention"):
                v = exp.get(f, [])
                if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                    err("%s: %s must be a list of strings" % (where, f))
            rules = set(m.get("rules", [])) if meta else set()
            tags = set(m.get("tags", []))
            # --- SPEC 2 labelling rules
            if meta:
                if (res == "escalate") != bool(rules):
                    err("%s: resolution %s but rules %s" % (where, res, sorted(rules)))
                if (cat == "cancellation") != (3 in rules):
                    err("%s: cancellation <-> rule 3 broken (%s, %s)" % (where, cat, sorted(rules)))
                if (cat == "outage") != (4 in rules):
                    err("%s: outage <-> rule 4 broken (%s, %s)" % (where, cat, sorted(rules)))
                if 5 in rules and cat != "bug_report":
                    err("%s: rule 5 on a %s ticket" % (where, cat))
                if 7 in rules and "policy-support-escalation" not in kb_ids:
                    err("%s: rule 7 without policy-support-escalation in kb_ids" % where)
                if 6 in rules and rules == {6} and any(kb[k]["type"] != "policy" for k in kb_ids if k in kb):
                    err("%s: rule 6 (not covered) but cites non-policy articles %s" % (where, kb_ids))
                if cat == "bug_report" and res == "escalate" and not rules & {5, 7}:
                    err("%s: escalated bug report without rule 5 or 7" % where)
                if cat == "bug_report" and 5 in rules:
                    kis = [k for k in kb_ids if k in kb and kb[k]["type"] == "known_issue"]
                    if any(kb[k]["workaround"] for k in kis):
                        err("%s: rule 5 but the known issue %s has a workaround" % (where, kis))
            if cat == "bug_report" and res == "answer":
                if not any(k in kb and kb[k]["type"] == "known_issue" and kb[k]["workaround"] for k in kb_ids):
                    err("%s: answered bug report must cite a known issue with a workaround" % where)
            if cat == "outage" and pri != "urgent":
                err("%s: outage must be urgent" % where)
            if cat == "cancellation" and pri not in ("high", "urgent"):
                err("%s: cancellation must be high" % where)
            if cat == "feature_request" and pri != "low":
                err("%s: feature request must be low" % where)
            if "compromise" in tags and (cat, pri, res) != ("account_access", "urgent", "escalate"):
                err("%s: suspected compromise must be account_access/urgent/escalate" % where)
            if "data_loss" in tags and pri != "urgent":
                err("%s: data loss must be urgent" % where)
            if res == "answer" and not kb_ids and cat != "other":
                warn("%s: answer without kb_ids" % where)
            if res == "answer":
                cited = " ".join(kb[k]["text"].lower() for k in kb_ids if k in kb)
                for phrase in exp.get("must_mention", []):
                    if phrase.lower() not in cited:
                        err("%s: must_mention %r is in none of the cited articles" % (where, phrase))
            for phrase in exp.get("must_mention", []):
                for bad in exp.get("must_not_mention", []):
                    if bad.lower() in phrase.lower():
                        err("%s: must_mention %r contains must_not_mention %r" % (where, phrase, bad))
            c["category"][cat] += 1
            c["priority"][pri] += 1
            c["resolution"][res] += 1
            c["channel"][tk.get("channel")] += 1
            c["language"][lang] += 1
            c["anonymous"]["yes" if anon else "no"] += 1
            for r in rules:
                c["rule"][r] += 1
            for tg in tags:
                c["tag"][tg] += 1
            c["cat_res"]["%s/%s" % (cat, res)] += 1
            if not kb_ids:
                c["kb_ids"]["none"] += 1
        else:
            n_hist += 1
            if "expected" in tk:
                err("%s: history ticket with expected" % where)
            if "created_at" not in tk:
                err("%s: history ticket without created_at" % where)
            for f, vocab in (("category", CATEGORIES), ("priority", PRIORITIES), ("resolution", RESOLUTIONS)):
                if f in tk and tk[f] not in vocab:
                    err("%s: %s %r" % (where, f, tk[f]))
            if tk.get("account_id") in accs and iso_ts(tk.get("created_at")) and tk["created_at"][:10] < accs[tk["account_id"]]["signup_date"]:
                err("%s: created before the account's signup_date" % where)
            c["h_category"][tk.get("category")] += 1
            c["h_language"][lang] += 1
            c["h_channel"][tk.get("channel")] += 1
    for s, tids in sentences.items():
        if len(tids) > 1:
            err("sentence repeated in %s: %r" % (sorted(tids), s[:80]))
    return n_eval, n_hist, c


def table(title, counter, total=None, order=None):
    keys = order or sorted(counter, key=lambda k: (-counter[k], str(k)))
    total = total or sum(counter.values())
    print("\n%s" % title)
    for k in keys:
        print("  %-22s %4d  %5.1f%%" % (k, counter.get(k, 0), 100.0 * counter.get(k, 0) / max(1, total)))


def main():
    kb = load_kb()
    catalog = load_features()
    accs = check_accounts()
    n_events, per_name = check_events(accs, catalog)
    n_eval, n_hist, c = check_tickets(accs, kb)

    types = collections.Counter(a["type"] for a in kb.values())
    ki_wa = sum(1 for a in kb.values() if a["type"] == "known_issue" and a["workaround"])
    ki_no = types["known_issue"] - ki_wa
    # minimums from the brief
    if len(kb) < 35:
        err("kb: %d articles, at least 35 expected" % len(kb))
    if types["known_issue"] < 7:
        err("kb: %d known issues, at least 7 expected" % types["known_issue"])
    if types["policy"] < 6:
        err("kb: %d policies, at least 6 expected" % types["policy"])
    if not ki_wa or not ki_no:
        err("kb: known issues with and without a workaround are both needed")
    if n_eval < 200:
        err("tickets: %d evaluation tickets, at least 200 expected" % n_eval)
    if n_hist < 50:
        err("tickets: %d history tickets, at least 50 expected" % n_hist)
    for cat in CATEGORIES:
        if not c["category"][cat]:
            err("tickets: no evaluation ticket of category %s" % cat)
    for r in range(1, 8):
        if c["rule"][r] < 3:
            err("tickets: escalation rule %d used %d times" % (r, c["rule"][r]))

    print("Folder: %s" % ROOT)
    print("kb articles: %d (article %d, known_issue %d [%d with workaround, %d without], policy %d)"
          % (len(kb), types["article"], types["known_issue"], ki_wa, ki_no, types["policy"]))
    print("features: %d (%s)" % (len(catalog), ", ".join("%s %d" % (k, v) for k, v in sorted(collections.Counter(catalog.values()).items()))))
    print("accounts: %d (%s)" % (len(accs), ", ".join("%s %d" % (p, sum(1 for a in accs.values() if a["plan"] == p)) for p in PLANS)))
    print("events: %d (%s)" % (n_events, ", ".join("%s %d" % kv for kv in sorted(per_name.items()))))
    print("tickets: %d evaluation, %d history" % (n_eval, n_hist))
    table("Evaluation tickets per category", c["category"], n_eval, CATEGORIES)
    table("per priority", c["priority"], n_eval, PRIORITIES)
    table("per resolution", c["resolution"], n_eval, RESOLUTIONS)
    table("per escalation rule (a ticket may have several)", c["rule"], n_eval, list(range(1, 8)))
    table("per language", c["language"], n_eval, LANGS)
    table("per channel", c["channel"], n_eval, CHANNELS)
    table("anonymous (account_id null)", c["anonymous"], n_eval, ["yes", "no"])
    table("category/resolution", c["cat_res"], n_eval)
    table("tags", c["tag"], n_eval)
    table("History tickets per category", c["h_category"], n_hist)
    table("History tickets per language", c["h_language"], n_hist, LANGS)
    for w in warnings:
        print("WARNING: " + w)
    for e in errors:
        print("ERROR: " + e)
    print("\n%d error(s), %d warning(s)" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
