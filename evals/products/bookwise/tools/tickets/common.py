"""Ticket source helpers. T() = evaluation ticket, H() = history ticket.
Fields: lang, account, channel, subject, body, category, priority, resolution, kb, must_mention,
must_not_mention, rules (SPEC section 2 escalation rules that hold), style tags, optional date."""
EVAL, HIST = [], []
NO_PROMISE = ["refund has been approved", "has been refunded", "credit has been applied"]


def T(lang, acc, ch, subj, body, cat, prio, res, kb=(), mm=(), mnm=(), rules=(), style=(), date=None):
    assert res in ("answer", "escalate")
    assert (res == "escalate") == bool(rules), (subj, res, rules)
    EVAL.append(dict(lang=lang, account_id=acc, channel=ch, subject=subj, body=body.strip("\n"),
                     category=cat, priority=prio, resolution=res, kb_ids=list(kb), must_mention=list(mm),
                     must_not_mention=list(mnm), rules=list(rules), style=list(style), date=date))


def H(lang, acc, ch, subj, body, cat, prio, res, date=None, style=()):
    HIST.append(dict(lang=lang, account_id=acc, channel=ch, subject=subj, body=body.strip("\n"),
                     category=cat, priority=prio, resolution=res, date=date, style=list(style)))
