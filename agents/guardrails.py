"""Input and output screens around every reply.

Input: control characters stripped, length limited, card numbers and other secrets masked before the text
is stored or shown to any model, instructions aimed at the assistant flagged (and treated as data).
Output: no promise of what needs approval, no other account's identifiers, only citations that exist.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

MAX_INPUT_CHARS = 8000

# Control characters, zero-width and bidi controls, and lone surrogates (JSON can carry "\ud800", which no
# database or encoder accepts).
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
)
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_SECRETS = [
    re.compile(r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}\b"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}\b"),
    re.compile(r"\b(?:ghp|gho|xox[abp])[-_][A-Za-z0-9-]{10,}\b"),
    re.compile(r"\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*", re.IGNORECASE),
]
_CREDENTIAL = re.compile(
    r"\b(password|passwort|contraseña|mot de passe|senha|wachtwoord|api[ _-]?key|secret|token)(\s*[:=]\s*|\s+(?:is|ist|es|est|é|è)\s+)(\S+)",
    re.IGNORECASE,
)
_INJECTION = re.compile(
    r"ignore (?:all |any |the |your |these |those )*(?:(?:previous|prior|above|earlier|preceding|system|safety|escalation) )?"
    r"(?:instructions|rules?|prompts?|guidelines|polic(?:y|ies))"
    r"|(?:do not|don'?t|never) (?:escalate|hand (?:this|it|me) (?:to|over))"
    r"|disregard (?:all |any |the |your )?(?:previous |prior |above )?(?:instructions|rules|policies)"
    r"|(?:system|hidden|initial) prompt|you are now|developer mode|admin(?:istrator)? mode|act as (?:an? )?(?:admin|developer|system)"
    r"|new instructions|jailbreak|override (?:your|the) (?:rules|policy|instructions)|pretend (?:you are|to be)"
    r"|ignora (?:las|todas las) instrucciones|ignore[zr]? (?:les|toutes les) instructions|ignoriere (?:alle |die )?(?:vorherigen |bisherigen )?anweisungen"
    r"|ignore as instruções|ignora (?:le|tutte le) istruzioni|negeer (?:alle |de )?(?:vorige )?instructies"
    r"|ignorez (?:les|toutes les) instructions|игнорируй\w* (?:все )?(?:предыдущие )?инструкции"
    r"|忽略.{0,8}(?:指令|指示|说明|提示)|(?:以前|前|上)の指示を無視",
    re.IGNORECASE,
)
# Letters that look like Latin ones (Cyrillic, Greek) and are used to slip words past filters.
_CONFUSABLES = str.maketrans(
    "АВЕКМНОРСТХаеорсухіІјЈѕЅԁӏΑΒΕΗΙΚΜΝΟΡΤΧΥΖαοιν",
    "ABEKMHOPCTXaeopcyxiIjJsSdlABEHIKMNOPTXYZaoiv",
)
_SPACED = re.compile(r"\b(?:\w ){3,}\w\b")  # "i g n o r e": one letter at a time


def _unobfuscated(text: str) -> str:
    """The text as a filter should read it: compatibility forms folded, look-alike letters made Latin,
    letters spelled out one by one joined back into words."""
    text = unicodedata.normalize("NFKC", text).translate(_CONFUSABLES)
    return " ".join(_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text).split())


def looks_like_injection(text: str) -> bool:
    """Instructions aimed at the assistant, in plain or obfuscated form."""
    return _INJECTION.search(text) is not None or _INJECTION.search(_unobfuscated(text)) is not None


@dataclass
class Screened:
    subject: str
    body: str
    flags: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.body}".strip() if self.subject else self.body


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mask_secrets(text: str) -> tuple[str, int]:
    """Mask card numbers (Luhn-checked), IBANs, SSNs, API keys and 'password: x' style credentials."""
    count = 0

    def card(match: re.Match[str]) -> str:
        nonlocal count
        digits = re.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and _luhn_ok(digits):
            count += 1
            return f"[card ending {digits[-4:]}]"
        return match.group(0)

    def replace(label: str) -> Callable[[re.Match[str]], str]:
        def inner(_match: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return label

        return inner

    text = _CARD.sub(card, text)
    text = _IBAN.sub(replace("[bank account masked]"), text)
    text = _SSN.sub(replace("[id number masked]"), text)
    for pattern in _SECRETS:
        text = pattern.sub(replace("[secret masked]"), text)

    def credential(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{match.group(1)}{match.group(2)}[masked]"

    return _CREDENTIAL.sub(credential, text), count


def _clean(text: str) -> str:
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).replace("\r\n", "\n").strip()


def screen_input(subject: str, body: str, max_chars: int = MAX_INPUT_CHARS) -> Screened:
    flags: list[str] = []
    subject, body = _clean(subject)[:500], _clean(body)
    if len(body) > max_chars:
        body = body[:max_chars]
        flags.append("truncated")
    subject, masked_subject = mask_secrets(subject)
    body, masked_body = mask_secrets(body)
    if masked_subject or masked_body:
        flags.append("pii_masked")
    if looks_like_injection(subject) or looks_like_injection(body):
        flags.append("prompt_injection")
    return Screened(subject, body, flags)


# --- output -----------------------------------------------------------------------------------------

# The promise itself; the whole sentence around it is removed (found by _sentence_span, not by a leading
# `[^.!?\n]*` in the pattern, which made every search quadratic in the reply's length).
_PROMISE = re.compile(
    r"\b(?:"
    r"(?:refund|credit|discount|reimbursement|compensation|cancellation|deletion)s?\b[^.!?\n]{0,40}\b(?:has|have) been (?:approved|processed|issued|granted|completed|applied)"
    r"|(?:refund|credit|discount|reimbursement|compensation)s?\b[^.!?\n]{0,20}\b(?:is|are|was|were) (?:approved|granted|applied|being processed|on (?:its|their) way)"
    r"|I(?:'ve| have) (?:refunded|credited|approved|cancell?ed|deleted|issued|applied|waived)"
    r"|we(?:'ve| have) (?:refunded|credited|approved|cancell?ed|deleted|applied|waived)"
    r"|(?:I|we)(?:'ll| will) (?:refund|credit|reimburse|compensate|waive)"
    r"|(?:your|the) (?:subscription|account|data) (?:has been|is now|was) (?:cancell?ed|deleted|erased)"
    r")",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")  # a sentence surely over: its punctuation and a space
PROMPT_REFUSAL = "I can't share how I am set up, but I'm glad to help with your question about the product."
SAFE_SENTENCE = "A person on our team reviews this and will get back to you; nothing has been changed yet."
_ACCOUNT_ID = re.compile(r"\bacc_[A-Za-z0-9_-]+\b")


_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
_URL = re.compile(
    r"\b(?:https?|ftp)://[^\s<>()\[\]\"']+|\b(?:javascript|data|vbscript|file):[^\s<>()\[\]]*", re.I
)
_WORDS = re.compile(r"[a-z']+")
PROMPT_SHINGLE = 6  # this many words in a row of a system prompt in a reply is a leak, not a coincidence


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower())
    return {tuple(words[i : i + PROMPT_SHINGLE]) for i in range(len(words) - PROMPT_SHINGLE + 1)}


@lru_cache(maxsize=1)
def _prompt_shingles() -> frozenset[tuple[str, ...]]:
    # Imported here: the prompts live with their agents, which import far more than this module needs.
    from agents.customer_success.reply import SYSTEM
    from agents.customer_success.triage import TRIAGE_SYSTEM

    return frozenset(_shingles(SYSTEM) | _shingles(TRIAGE_SYSTEM))


def _allowed(url: str, sources: Sequence[str]) -> bool:
    return url.lower().startswith(("http://", "https://")) and any(url in text for text in sources)


def _screen_markup(reply: str, sources: Sequence[str], flags: list[str]) -> str:
    """Replies are Markdown a chat window renders: no HTML, no images (a URL fetched on display can carry
    data out), and only links that the knowledge base itself gives."""
    before = reply
    reply = _HTML_TAG.sub("", _MD_IMAGE.sub("", reply))
    reply = _MD_LINK.sub(lambda m: m.group(0) if _allowed(m.group(2), sources) else m.group(1), reply)
    reply = _URL.sub(lambda m: m.group(0) if _allowed(m.group(0), sources) else "[link removed]", reply)
    if reply != before:
        flags.append("markup_removed")
    return reply


def strip_markup(text: str) -> str:
    """Customer text as plain words for a draft: no HTML, no images, links reduced to their text and bare
    URLs removed, so nothing a customer wrote becomes a link in the knowledge base (whose links the reply
    screen then trusts)."""
    return _screen_markup(text, (), [])


def _promise_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence holding a promise: from after the previous `.!?` or line break
    to its own `.!?` (kept) or line break (not kept)."""
    spans: list[tuple[int, int]] = []
    position = 0
    while (found := _PROMISE.search(text, position)) is not None:
        start = max(text.rfind(c, 0, found.start()) for c in ".!?\n") + 1
        stop = _SENTENCE_END.search(text, found.end())
        end = len(text) if stop is None else stop.end() if stop.group(0) != "\n" else stop.start()
        spans.append((max(start, spans[-1][1]) if spans else start, end))
        position = max(end, found.end())
    return spans


def complete_sentences(text: str) -> str:
    """The part of a reply still being written that ends with a whole sentence (empty if none has ended):
    what the output screen can judge as it will judge the finished reply, since its rules read sentences,
    words and links, none of which runs across a sentence's end followed by a space. The cut keeps that
    space, so cutting again changes nothing."""
    ends = [match.end() for match in _SENTENCE_BREAK.finditer(text)]
    return text[: ends[-1]] if ends else ""


def screen_output(
    reply: str,
    own_account: str | None,
    other_account_names: list[str],
    sources: Sequence[str] | None = None,
) -> tuple[str, list[str]]:
    """Remove promises that need approval, any other account's identifiers (ids, names, contacts, emails
    given in `other_account_names`), text of the system prompts and, when `sources` (the texts the reply
    may quote: the retrieved articles) is given, markup and links that do not come from them."""
    flags: list[str] = []
    spans = _promise_sentences(reply)
    if spans:
        for i, (start, end) in enumerate(reversed(spans)):  # from the end, so earlier offsets hold
            reply = reply[:start] + (" " + SAFE_SENTENCE if i == len(spans) - 1 else "") + reply[end:]
        flags.append("promise_removed")

    def account_id(match: re.Match[str]) -> str:
        if match.group(0) == own_account:
            return match.group(0)
        flags.append("other_account_removed")
        return "[another account]"

    reply = _ACCOUNT_ID.sub(account_id, reply)
    lowered = reply.lower()
    for name in other_account_names:
        if len(name) >= 4 and name.lower() in lowered:
            reply = re.sub(re.escape(name), "[another account]", reply, flags=re.IGNORECASE)
            lowered = reply.lower()
            flags.append("other_account_removed")
    leaked = _shingles(reply) & _prompt_shingles()
    if leaked and sources:
        # Words the knowledge base itself says ("a whole account or many users") are quoted, not leaked.
        leaked -= set().union(*(_shingles(text) for text in sources))
    if leaked:
        # A reply quoting the instructions is not an answer: say so instead of showing any of it.
        reply = PROMPT_REFUSAL
        flags.append("prompt_leak_removed")
    if sources is not None:
        reply = _screen_markup(reply, sources, flags)
    return re.sub(r"[ \t]{2,}", " ", reply).strip(), sorted(set(flags))
