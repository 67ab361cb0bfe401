"""Product-agnostic cues in the customer's words (en, es, fr, de, pt, it, nl) for SPEC's priority rules.

The escalation rules have detectors of their own (`agents.detectors`); these cues carry the priority rules
(blocked, wrong charge, data loss), the sentiment and the shape of a question (how-to, a wish, a symptom).
Each is a plain regular expression over lower-cased text.
"""

from __future__ import annotations

import re


def _cue(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


DATA_LOSS = _cue(
    r"(?:data|records|entries|invoices|files|history|everything|documents|reports) (?:is |are |got |has |have |was |were )?(?:gone|lost|vanished|disappeared|deleted|wiped)",
    r"\b(?:lost|deleted|wiped) (?:all|our|my|the) (?:data|records|work|history)",
    r"\bdata loss",
    r"desaparec",
    r"se (?:borr|perdi)",
    r"datos perdidos",
    r"disparu",
    r"perdu (?:toutes|tous|nos)",
    r"(?:sind|ist) (?:weg|verschwunden|gelöscht)",
    r"\bverloren",
    r"sumiram",
    r"\bperdemos",
    r"scompars",
    r"\bverdwenen",
    r"\bkwijt\b",
)
BLOCKING = _cue(
    r"can'?t|cannot|can not|unable to|not able to|won'?t (?:let|load|open|work|save)|doesn'?t work|does not work",
    r"not working|stopped working|broken|blocked|stuck|fails?\b|failing|failed|error|crash|nobody can|no one can",
    r"no (?:puedo|podemos|funciona)|bloquead|imposible",
    r"(?:ne )?(?:peux|pouvons) pas|impossible|bloqué|ne fonctionne",
    r"kann nicht|können nicht|funktioniert nicht|gesperrt|geht nicht",
    r"não (?:consigo|conseguimos|funciona)|bloquead",
    r"non (?:riesco|riusciamo|funziona)|bloccat",
    r"kan (?:niet|geen)|werkt niet|geblokkeerd",
)
# Symptoms of a defect (not just "can't", which how-to questions say too).
SYMPTOM = _cue(
    r"\berror\b|\bcrash|\bbroken\b|not working|stopped working|doesn'?t work|does not work|\bfail(?:s|ed|ing)?\b",
    r"\b(?:arriv\w*|come|came|show\w*) (?:hours |days |way )?late\b|delayed|\bwrong\b|incorrect|duplicat|twice",
    r"\bblank\b|disappear|not (?:showing|syncing|arriving|updating|saving|loading)|\bbug\b|glitch|since (?:the|yesterday'?s?) update",
    r"does nothing|nothing happens|still shows|keeps? (?:crashing|freezing|spinning|loading)|\bfreez|spins? forever",
    r"si blocca|se bloquea|se cierra|plante|stürzt ab|trava|loopt vast|crasht|no funciona|ne fonctionne|funktioniert nicht",
    r"não funciona|non funziona|werkt niet|tard[ea]|retras|falsch|verspät|errad|sbagliat|te laat|\bfout\b",
)
DEFECT = _cue(SYMPTOM.pattern, BLOCKING.pattern)
WRONG_CHARGE = _cue(
    r"charged (?:us |me )?(?:twice|double|two times|again|after|for (?:seats|users|something)|the wrong|more|too much)",
    r"double[- ]?(?:charge|charged|billed|payment)",
    r"\b(?:wrong|incorrect|unexpected|unauthori[sz]ed) (?:charge|amount|invoice|bill)",
    r"overcharg",
    r"billed (?:twice|double|after|for)",
    r"still (?:being )?(?:charged|billed)",
    r"cobr(?:o|aron|ado) (?:dos veces|doble|de más|incorrect)",
    r"cobro (?:incorrecto|duplicado|doble)",
    r"(?:prélev|factur)é (?:deux fois|en double|à tort)",
    r"doppelt (?:abgebucht|berechnet)",
    r"falsche (?:abbuchung|rechnung)",
    r"cobrad[oa]s? (?:duas vezes|em dobro)",
    r"addebitat[oi] (?:due volte|in doppio)",
    r"dubbel (?:afgeschreven|betaald|gefactureerd)",
)
FEATURE_WISH = _cue(
    r"would (?:be|love) (?:great|nice|amazing|awesome|helpful)",
    r"would love",
    r"please add",
    r"feature request",
    r"any plans (?:to|for)",
    r"on (?:the|your) roadmap",
    r"\bwish\b",
    r"suggestion",
    r"could you (?:add|build|make)",
    r"it would help if",
    r"\bidea\b",
    r"ser[ií]a (?:genial|bueno|útil)",
    r"sugerencia",
    r"serait (?:bien|génial|utile)",
    r"suggestion",
    r"wäre (?:toll|schön|super|gut)",
    r"vorschlag",
    r"seria (?:ótimo|bom|útil)",
    r"sugestão",
    r"sarebbe (?:bello|utile|fantastico)",
    r"suggerimento",
    r"zou (?:fijn|handig|mooi) zijn",
    r"\bsuggestie",
)
HOW_QUESTION = _cue(
    r"^\W*(?:how (?:do|can|should|to)|where (?:do|can|is)|is (?:it|there) (?:possible|a way)|can (?:i|we) )",
    r"\bhow (?:do|can) (?:i|we)\b",
    r"\bc[oó]mo (?:puedo|podemos|se)\b",
    r"\bcomment (?:faire|puis|pouvons)",
    r"\bwie (?:kann|können)\b",
    r"\bcomo (?:posso|podemos)\b",
    r"\bcome (?:posso|possiamo)\b",
    r"\bhoe (?:kan|kunnen)\b",
)
NEGATIVE = _cue(
    r"\bfrustrat|\bangry|\bfurious|\bunacceptable|\bridiculous|\bterrible|\bawful|\bhorrible|\bworst|\bdisappoint",
    r"\bannoy|\bfed up|\bsick of|\bwaste of|\bstill (?:not|no|broken)|\bagain\b|!!|\bwtf\b|\bseriously\b|😡|😤|😠|😒",
    r"inaceptable|\bharto|\benfadad|\bhorrible",
    r"inadmissible|\bmarre\b|\bfurieux|\bnul\b",
    r"unzumutbar|\bärgerlich|\bfrech",
    r"inaceitável|\bpéssimo",
    r"inaccettabile|\bpessimo",
    r"onacceptabel|\bbelachelijk",
)
POSITIVE = _cue(
    r"\bthank|\bthanks|\bgreat\b|\blove\b|\bawesome|\bappreciate|\bexcellent|\bamazing|\bhelpful|🙏|😊|🙂|❤",
    r"\bgracias|\bgenial|\bmerci|\bsuper\b|\bdanke|\bobrigad|\bgrazie|\bbedankt|\bdank je",
)

# The customer already tried the known issue's workaround or fix and it did not help: the known issue no
# longer answers the report (SPEC rule 5, a defect with no working workaround). Over `detectors.normalise`d
# text (accents folded, quoted earlier messages dropped).
FIX_FAILED = _cue(
    r"\b(?:workaround|fix|patch|suggested steps|steps|your (?:article|known issue)|the (?:article|known issue))\b.{0,60}\b(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not|won'?t) (?:\w+ )?(?:help|work|fix|solve|change|make a difference)",
    r"\b(?:tried|applied|followed|used|did|installed|updated to)\b.{0,60}\b(?:workaround|fix|patch|steps|article)\b.{0,80}\b(?:still|no luck|same (?:problem|issue|thing|error))\b",
    r"\b(?:says|said|supposed to be|should (?:be|have been)) (?:\w+ ){0,3}fixed\b.{0,120}\bstill\b",
    r"\bstill\b.{0,80}\b(?:after|despite|even with) (?:the |your |applying |using )?(?:workaround|fix|patch)\b",
    r"\b(?:where|which|but) (?:your|the) (?:article|known issue|docs?|documentation) says (?:it|this|that) (?:doesn'?t|does not|won'?t|can'?t|shouldn'?t|isn'?t)",
    r"\b(?:solucion|workaround|parche|articulo)\b.{0,60}\bno (?:ha |nos ha )?(?:funcionado|funciona|sirve|servido|resuelto|ayudado)",
    r"\b(?:aplica\w*|probamos|probado|seguimos|seguido|hicimos|hecho)\b.{0,60}\b(?:solucion|workaround|pasos|parche)\b.{0,80}\b(?:sigue|todavia|aun)\b",
    r"\b(?:contournement|correctif|solution|article)\b.{0,60}\b(?:n'a rien change|ne (?:fonctionne|marche) pas|n'a pas (?:fonctionne|marche|aide|resolu))",
    r"\b(?:applique|suivi|essaye|fait)\w*\b.{0,60}\b(?:contournement|correctif|solution|etapes)\b.{0,80}\btoujours\b",
    r"\b(?:workaround|umgehung|losung|fix|artikel)\b.{0,60}\b(?:hat nicht geholfen|hilft nicht|funktioniert nicht|bringt nichts)",
    r"\b(?:workaround|umgehung|fix|losung)\b.{0,80}\b(?:immer noch|weiterhin|trotzdem)\b",
    r"\b(?:solucao|contorno|workaround|artigo|correcao)\b.{0,60}\bnao (?:funcionou|resolveu|ajudou|adiantou)",
    r"\b(?:solucao|contorno|workaround|correcao)\b.{0,80}\bcontinua\b",
    r"\b(?:soluzione|workaround|correzione|articolo)\b.{0,60}\bnon (?:ha )?(?:funzionato|funziona|risolto|aiutato)",
    r"\b(?:soluzione|workaround|correzione)\b.{0,80}\b(?:ancora|continua)\b",
    r"\b(?:oplossing|workaround|fix|artikel)\b.{0,60}\b(?:werkt niet|hielp niet|helpt niet|niets veranderd)",
    r"\b(?:oplossing|workaround|fix)\b.{0,80}\b(?:nog steeds|nog altijd|blijft)\b",
)


def has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7
