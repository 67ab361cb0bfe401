"""Cross-lingual query expansion: the English words of a support message written in another language.

The offline path embeds with an English-only sentence model (MiniLM) and ranks with English BM25, so a
message in Spanish, French, German, Portuguese, Italian or Dutch shares few words with the English examples
and help-centre articles. `expand` appends, on a new line, the English equivalents of the words and phrases a
bilingual glossary knows (`agents/data/glossary.yaml`: generic B2B SaaS support vocabulary, per language);
the original text stays first and whole, so nothing the customer wrote is lost.

Matching is case-insensitive and ignores diacritics on both sides ("contrasena" finds "contraseña"), splits
words on anything that is not a letter or digit (Unicode-aware), and tries the longest glossary phrase
starting at each word before the word alone ("no funciona" before "funciona"). A word the glossary lacks is
tried once more without a common plural or adjective ending ("facturas" -> "factura"), and in German and
Dutch as a compound of two known words ("Kundenkonto" -> "kunden" + "konto"). German keys also match with
"ae", "oe", "ue" typed for "ä", "ö", "ü". The glossary is loaded once per process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

import yaml

from agents.language import detect_language

GLOSSARY_PATH: Final = Path(__file__).resolve().parent / "data" / "glossary.yaml"

# libyaml's safe loader when PyYAML was built with it: five times faster than the pure-Python one.
_SAFE_LOADER: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_WORD: Final = re.compile(r"[^\W_]+")
_COMBINING: Final = re.compile(r"[\u0300-\u036f]")
# Letters that decomposition leaves alone; casefold() already turns "ß" into "ss".
_LETTERS: Final = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})
_UMLAUTS: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})

# Endings tried, in order, on a word the glossary lacks: (ending, replacement). Applied once, never leaving
# fewer than MIN_STEM letters.
_ENDINGS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "es": (("s", ""), ("es", "")),
    "fr": (("s", ""), ("x", "")),
    "pt": (("s", ""), ("oes", "ao"), ("aes", "ao"), ("ais", "al")),
    "it": (("che", "ca"), ("ghe", "ga"), ("chi", "co"), ("ghi", "go"), ("i", "o"), ("i", "e"), ("e", "a")),
    "de": (("en", ""), ("n", ""), ("e", ""), ("s", ""), ("er", ""), ("es", "")),
    "nl": (("en", ""), ("s", ""), ("e", ""), ("n", "")),
}
_COMPOUNDING: Final = frozenset({"de", "nl"})
MIN_STEM: Final = 3
MIN_PART: Final = 3  # shortest part of a compound
MIN_COMPOUND: Final = 7  # shortest word tried as a compound


def normalize(text: str) -> str:
    """Case-folded text without diacritics: the form glossary keys and message words are compared in."""
    text = text.casefold().translate(_LETTERS)
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def words(text: str) -> list[str]:
    """The normalized words of `text`, split on anything that is not a letter or a digit."""
    return _WORD.findall(normalize(text))


@dataclass(frozen=True)
class _Index:
    """One language's glossary, keyed by normalized words joined with single spaces."""

    entries: dict[str, str]
    # First word of each multi-word key -> the word counts of the keys starting with it, longest first.
    phrase_lengths: dict[str, tuple[int, ...]]
    endings: tuple[tuple[str, str], ...]
    compounds: bool

    def lookup(self, word: str) -> tuple[str, ...]:
        """Glosses of one word the glossary may lack as such: inflected or (German, Dutch) compound."""
        meaning = self.entries.get(word)
        if meaning is not None:
            return (meaning,)
        if word.isalpha():
            meaning = self._uninflected(word)
            if meaning is not None:
                return (meaning,)
            if self.compounds and len(word) >= MIN_COMPOUND:
                return self._compound(word, depth=2)
        return ()

    def _uninflected(self, word: str) -> str | None:
        for ending, replacement in self.endings:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                meaning = self.entries.get(word[: len(word) - len(ending)] + replacement)
                if meaning is not None:
                    return meaning
        return None

    def _compound(self, word: str, depth: int) -> tuple[str, ...]:
        """Head + tail, both known (the head perhaps with a linking "s" or "en", or itself a compound)."""
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):  # longest tail first: the tail is the noun
            tail, head = word[cut:], word[:cut]
            tail_meaning = self.entries.get(tail) or self._uninflected(tail)
            if tail_meaning is None:
                continue
            head_meaning = self.entries.get(head) or self._uninflected(head)
            if head_meaning is not None:
                return (head_meaning, tail_meaning)
            if depth > 1 and len(head) >= MIN_COMPOUND:
                parts = self._compound(head, depth - 1)
                if parts:
                    return (*parts, tail_meaning)
        return ()


def gloss(text: str, language: str) -> str:
    """English glosses of the glossary words and phrases in `text`, space-separated, each once, in text order.

    "" for English, for a language without a glossary, and when nothing is found.
    """
    index = _indexes().get(_base(language))
    if index is None or not text:
        return ""
    tokens = words(text)
    found: dict[str, None] = {}  # ordered set
    i, count = 0, len(tokens)
    while i < count:
        meanings: tuple[str, ...] = ()
        step = 1
        for length in index.phrase_lengths.get(tokens[i], ()):
            if i + length <= count:
                meaning = index.entries.get(" ".join(tokens[i : i + length]))
                if meaning is not None:
                    meanings, step = (meaning,), length
                    break
        if not meanings:
            meanings = index.lookup(tokens[i])
        for meaning in meanings:
            found[meaning] = None
        i += step
    return " ".join(found)


def expand(text: str, language: str | None = None) -> str:
    """`text`, plus a new line with its English glosses when it is not English (detected when `language` is
    None) and the glossary knows any of its words."""
    glosses = gloss(text, detect_language(text) if language is None else language)
    return f"{text}\n{glosses}" if glosses else text


def native(text: str, language: str | None = None) -> str | None:
    """`text` when it is not English (detected when `language` is None), else None: what the knowledge
    base's multilingual space ranks, where the English glosses `expand` adds are not needed."""
    return text if (detect_language(text) if language is None else language) != "en" else None


def languages() -> tuple[str, ...]:
    """The languages the glossary covers (ISO 639-1)."""
    return tuple(_indexes())


def _base(language: str) -> str:
    """ "pt-BR", "es_MX" or "DE" -> "pt", "es", "de"."""
    return language.strip().lower().replace("_", "-").split("-", 1)[0]


@cache
def _indexes() -> dict[str, _Index]:
    return {language: _build(language, entries) for language, entries in load_glossary().items()}


def load_glossary(path: Path = GLOSSARY_PATH) -> dict[str, dict[str, str]]:
    """The glossary file as written: language -> {word or phrase: English}. Raises ValueError if malformed."""
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping of languages")
    glossary: dict[str, dict[str, str]] = {}
    for language, entries in raw.items():
        if not isinstance(language, str) or not isinstance(entries, dict):
            raise ValueError(f"{path}: {language!r} must map to a mapping of words")
        for key, value in entries.items():
            if not isinstance(key, str) or not isinstance(value, str) or not key.strip() or not value.strip():
                raise ValueError(f"{path}: {language}: {key!r}: {value!r} is not a pair of words")
        glossary[language] = entries
    return glossary


def _build(language: str, glossary: dict[str, str]) -> _Index:
    entries: dict[str, str] = {}
    lengths: dict[str, set[int]] = {}
    for key, meaning in glossary.items():
        spellings = [key]
        if language == "de":
            spellings.append(key.casefold().translate(_UMLAUTS))  # "Rueckerstattung"
        for spelling in spellings:
            tokens = words(spelling)
            if not tokens:
                continue
            entries.setdefault(" ".join(tokens), meaning.strip())
            if len(tokens) > 1:
                lengths.setdefault(tokens[0], set()).add(len(tokens))
    return _Index(
        entries=entries,
        phrase_lengths={first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()},
        endings=_ENDINGS.get(language, ()),
        compounds=language in _COMPOUNDING,
    )
