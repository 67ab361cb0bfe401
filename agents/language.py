"""Offline language detection for support messages: en, es, fr, de, pt, it or nl.

Only the standard library. Word tokens are scored against per-language lists of frequent function words
(plus greetings, thanks and a few everyday support words); a word on several lists counts for each of them,
split evenly, so "de", "no" or "a" weigh little and "niet", "não" or "perché" weigh a full point. A few
letters that only some of the languages use (ñ, ß, ã/õ, the Dutch "ij" ...) add a little, capped.

Support messages in other languages often carry English inside them: pasted error messages, log lines,
code, URLs, quoted button labels. Those are set aside first and only the customer's own words are scored;
when nothing is left, the whole text is. English is also the language such leftovers leak into, so it must
clearly outweigh another language to win. Text that is empty, too short or has no clear evidence is
English, the default.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Final

LANGUAGES: Final = ("en", "es", "fr", "de", "pt", "it", "nl")
DEFAULT: Final = "en"

# The least evidence (in points) another language needs, and how much of English's score it must reach.
MIN_SCORE: Final = 0.75
SHARE_OF_ENGLISH: Final = 0.6
CHAR_CAP: Final = 1.5  # at most this many points per language from characters

_WORD_LISTS: Final[dict[str, str]] = {
    "en": """
        the a an and or but is are was were be been being am i i'm im i've ive i'd i'll me my mine we we're
        we've our ours us you you're your yours he she it it's its they they're them their this that these
        those there here to of in on at for with from by about as into after before since until up out off
        not no yes can can't cant cannot could couldn't would wouldn't should will won't wont do does did
        don't dont doesn't doesnt didn't didnt have has had haven't hasn't isn't isnt aren't wasn't what
        what's which who whom whose when where why how all any some every each more most other such only
        just also very too still again already even please pls plz thanks thank thx hi hello hey dear
        regards cheers get got getting need needs want wants trying tried if then than so because while
        anyone someone anything something nothing everything same now today yesterday keeps seems able per
        come plus there's that's let's
    """,
    "es": """
        el la los las lo un una unos unas del al de y o es son está esta están estan estoy estamos era fue
        ser estar hay he ha hemos han tengo tiene tenemos tienen yo me mi mis nos nuestro nuestra nuestros
        nuestras su sus tu te usted ustedes le les que qué quien quién cual cuál como cómo cuando cuándo
        donde dónde por para con sin sobre entre desde hasta pero más mas muy ya también tambien tampoco no
        sí si se esto este estos estas eso ese esa aquí aqui hola gracias buenas buenos días dias día dia
        tardes saludos favor puedo puede podemos podéis podeis pueden quiero queremos necesito necesitamos
        hacer hago funciona cuenta factura facturas contraseña cliente clientes todo todos nada algo siempre
        nunca hoy ayer mañana porque pues vez cada otra otro habéis os vuestro vuestra mes ellos ellas uno
        dos nosotros vosotros habeis había ahora luego después despues entonces aún aun sigue estáis tenéis
        sois somos soy usuario usuarios empresa equipo sido hace gustaría gustaria podríais quería queria
        saber ningún ninguna ninguno mucho muchas muchos nuevo nueva mismo solo sólo
    """,
    "fr": """
        le la les l' un une des du de d' et est sont était je j' moi me mon ma mes nous notre nos vous votre
        vos il elle ils elles on ce cet cette ces c' c'est ne n' pas plus que qu' qui quoi dont pour avec
        sans sur dans par au aux en y se s' si mais ou où donc très tres aussi depuis toujours encore déjà
        deja bien tout tous toute toutes peux peut pouvez pouvons fait faire avoir être ai avons avez ont
        suis sommes êtes bonjour bonsoir merci cordialement salut svp stp madame monsieur compte facture
        factures abonnement problème fonctionne marche hier aujourd'hui rien quand comment pourquoi lors
        chez leur leurs ça cela ceci te tu m' t' jusqu' lorsqu' puisqu' mois besoin été entreprise équipe
        utilisateur utilisateurs quelqu'un chaque après avant comme veuillez souhaitons souhaite pourriez
    """,
    "de": """
        der die das den dem des ein eine einen einem einer und ist sind war ich mich mir wir uns unser
        unsere unseren unserer ihr ihre ihnen sie es er nicht kein keine keinen mit auf für fur von vom zu
        zum zur bei im am an auch aber oder wie wenn dass weil kann können konnen könnt muss müssen habe
        haben hat hatte wird werden wurde wurden sich schon noch nur seit leider bitte danke dank vielen
        hallo guten tag morgen grüße gruesse gruß freundlichen geht gibt funktioniert mehr alle alles jetzt
        heute gestern hier da nach über ueber wo warum was wann welche diese dieser dieses also so will
        möchte möchten moechte würde wäre gerne gern sehr immer wieder ganz bereits rechnung konto passwort
        anmelden kunden nutzer mitarbeiter abonnement ja nein du dann doch mal bekommen bekomme kollegen
        firma unternehmen monat woche viel jemand niemand nichts etwas ob damit denn sein dort zwei
    """,
    "pt": """
        o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas de em e é ou que
        não nao sim se com sem por para eu você voce vocês voces nós meu minha meus minhas nosso nossa
        nossos nossas seu sua ele ela eles elas isso isto esse essa este esta aqui lá já ja mais muito muita
        também tambem até ate quando como onde porque mas foi são sao está estou estamos estão estao tem têm
        temos tenho ter ser fazer faço consigo consegue conseguimos pode podem posso preciso precisamos
        gostaria olá ola oi obrigado obrigada bom boa dia tarde favor conta fatura faturas senha cliente
        clientes hoje ontem agora sempre nada tudo ainda depois então entao há te tu vocês seria desse cada
        trabalho empresa equipe usuário usuários ninguém ninguem nenhum nenhuma alguém alguem algum alguma
        coisa vez dois duas estava fiz foram dá dar pra né gente fica ficam sido
    """,
    "it": """
        il lo la i gli le un uno una l' dell' nell' all' dall' sull' un' quest' di del dello della dei degli
        delle da dal dalla dai al allo alla ai agli alle nel nello nella nei negli nelle sul sulla su con
        per tra fra e è ed o ma che chi cosa non più piu anche ancora già gia sempre mai io mi me ci noi vi
        voi lui lei loro mio mia miei mie nostro nostra nostri nostre vostro vostra suo sua questo questa
        questi queste quello quella sono sei siamo siete era ho hai ha abbiamo avete hanno essere avere fare
        posso può puo possiamo potete riesco riusciamo vorrei vorremmo grazie ciao buongiorno buonasera
        salve gentili cordiali saluti perché perche come quando dove oggi ieri domani tutto tutti tutte
        fattura fatture abbonamento funziona c' c'è ce se si no te tu dopo prima ogni solo nessuno qualcuno
        qualcosa molto poco nuovo nuova stato stata sia sto stiamo dobbiamo devo bisogno azienda utente
        utenti ufficio va vedo potreste cortesemente però invece quindi così ecco ne
    """,
    "nl": """
        de het een en is ik niet van op met voor dat die we wij ons onze mijn je jij jullie uw zijn kan
        kunnen kunt hebben heb hebt heeft had bij naar ook maar of als er nog al geen wel dit deze graag
        bedankt dank groet groeten hallo hoi goedemorgen goedemiddag werkt lukt sinds omdat wordt worden zou
        moet moeten om te hoe wat waarom wanneer waar alle meer uit aan tot welke vandaag gisteren weer nu
        staat krijg krijgen krijgt zie zien factuur facturen wachtwoord inloggen gebruiker gebruikers
        medewerkers klanten abonnement hier was twee iets niets iemand niemand ze zij hij ben bent waren zal
        zullen gaat gaan doen doet maken even toch dus zo nou heel erg veel bedrijf collega collega's maand
        week zeker misschien alvast vriendelijke
    """,
}

# Letters (or, for Dutch, a letter pair inside a word) that point at some of the languages.
_CHAR_CUES: Final[dict[str, tuple[str, ...]]] = {
    "ñ": ("es",),
    "¿": ("es",),
    "¡": ("es",),
    "ã": ("pt",),
    "õ": ("pt",),
    "ç": ("fr", "pt"),
    "ß": ("de",),
    "ä": ("de",),
    "ö": ("de",),
    "ü": ("de",),
    "œ": ("fr",),
    "î": ("fr",),
    "û": ("fr",),
    "ê": ("fr", "pt"),
    "â": ("fr", "pt"),
    "ô": ("fr", "pt"),
    "ë": ("fr", "nl"),
    "è": ("fr", "it"),
    "ù": ("fr", "it"),
    "à": ("fr", "it", "pt"),
    "ò": ("it",),
    "ì": ("it",),
}
CHAR_POINTS: Final = 0.5
IJ_POINTS: Final = 0.5


def _word_weights() -> dict[str, dict[str, float]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for lang, words in _WORD_LISTS.items():
        for word in words.split():
            owners[word].add(lang)
    return {word: {lang: 1.0 / len(langs) for lang in langs} for word, langs in owners.items()}


_WEIGHTS: Final = _word_weights()
_ELISIONS: Final = frozenset(w for w in _WEIGHTS if w.endswith("'"))
_EN_SUFFIXES: Final = ("n't", "'re", "'ve", "'ll", "'m", "'d", "'s")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "´": "'"})
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_CODE_BLOCK = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
# URLs, e-mail addresses and dotted names (domains, files, versions, module paths): never prose.
_URL_OR_EMAIL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\S+|\S*\w\.\w\S*", re.IGNORECASE)
_QUOTED = re.compile(
    r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|«[^»\n]{1,300}»|‹[^›\n]{1,300}›"
    r"|(?<![^\W_])'[^'\n]{1,300}?'(?![^\W_])"
)
_ERROR_TAIL = re.compile(r"\b[\w.]*(?:error|exception)\b\s*:[^\n]*", re.IGNORECASE)
_LOG_LINE = re.compile(
    r"^\s*(?:at\s+[\w.$<>]+[(:]|File \"|Traceback\b|[\w.]*(?:Error|Exception)\b[:\s]|[\[{<]"
    r"|\d{4}-\d\d-\d\d[T ]\d|\[?(?:ERROR|WARN(?:ING)?|INFO|DEBUG|FATAL|CRITICAL)\]?[\s:]"
    r"|(?:GET|POST|PUT|PATCH|DELETE|HTTP/\d)\s|\$ |>>> )"
)


@lru_cache(maxsize=1024)  # a ticket asks about its text several times (triage, translation, reply)
def detect_language(text: str) -> str:
    """ISO 639-1 code of the language the customer wrote in: en, es, fr, de, pt, it or nl (default en)."""
    if not text or not text.strip():
        return DEFAULT
    text = text.translate(_APOSTROPHES)
    without_code = _URL_OR_EMAIL.sub(" ", _INLINE_CODE.sub(" ", _CODE_BLOCK.sub(" ", text)))
    scores = _score(_own_words(without_code))
    if sum(scores.values()) < MIN_SCORE:
        scores = _score(without_code)
    return _decide(scores)


def language_scores(text: str) -> dict[str, float]:
    """The points each language gets from `text` as it is (no stripping); for tests and debugging."""
    return dict(_score(text.translate(_APOSTROPHES)))


def _own_words(text: str) -> str:
    """The text less quoted strings, pasted log, trace or request lines and "Error: ..." to the line's end."""
    kept = [line for line in text.splitlines() if not _LOG_LINE.match(line)]
    return _ERROR_TAIL.sub(" ", _QUOTED.sub(" ", "\n".join(kept)))


def _score(text: str) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    shouting = _shouting(text)
    tokens = [t.lower() for t in _TOKEN.findall(text) if shouting or len(t) < 2 or not t.isupper()]
    for token in tokens:
        _score_token(token, scores)
    chars: dict[str, float] = defaultdict(float)
    for char in text.lower():
        langs = _CHAR_CUES.get(char)
        if langs:
            for lang in langs:
                chars[lang] += CHAR_POINTS / len(langs)
    chars["nl"] += IJ_POINTS * sum(1 for token in tokens if "ij" in token)
    for lang, points in chars.items():
        scores[lang] += min(points, CHAR_CAP)
    return scores


def _shouting(text: str) -> bool:
    """Mostly capitals: then "NAO CONSIGO" is words, otherwise "EU", "CI" or "DE" are acronyms."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _score_token(token: str, scores: dict[str, float]) -> None:
    weights = _WEIGHTS.get(token)
    if weights is None and "'" in token:
        head, _, rest = token.partition("'")
        elision = head + "'"
        if elision in _ELISIONS:
            _add(_WEIGHTS[elision], scores)
            _score_token(rest, scores)
            return
        if token.endswith(_EN_SUFFIXES):
            scores["en"] += 1.0
            return
        _score_token(head, scores)
        return
    if weights is not None:
        _add(weights, scores)


def _add(weights: dict[str, float], scores: dict[str, float]) -> None:
    for lang, weight in weights.items():
        scores[lang] += weight


def _decide(scores: dict[str, float]) -> str:
    english = scores.get("en", 0.0)
    others = [(scores.get(lang, 0.0), lang) for lang in LANGUAGES if lang != "en"]
    best_score, best = max(others)
    if best_score >= MIN_SCORE and best_score >= SHARE_OF_ENGLISH * english:
        return best
    return DEFAULT
