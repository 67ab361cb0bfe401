"""Product-agnostic cues in the customer's words (en, es, fr, de, pt, it, nl) for the SPEC's rules.

The offline triage learns the category from examples; these cues carry what a nearest neighbour cannot:
the escalation rules (money, a person, security, data requests) and the priority rules (blocked, wrong
charge, data loss, a threat to leave). Each is a plain regular expression over lower-cased text.
"""

from __future__ import annotations

import re


def _cue(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


MONEY = _cue(
    r"\brefund",
    r"money back",
    r"reimburs",
    r"\bcredit (?:us|me|our account|back)",
    r"\b(?:sla|service) credit",
    r"(?:account|a|some) credit for",
    r"\bcompensat",
    r"\bdiscount",
    r"\bprice match",
    r"cheaper (?:deal|price|rate)",
    r"waive (?:the )?(?:fee|charge|invoice)",
    r"contract (?:change|amendment)",
    r"change (?:our|the) contract",
    r"\breembols",
    r"devoluci[oó]n",
    r"\bdescuento",
    r"\brembours",
    r"\bremise\b",
    r"geste commercial",
    r"r[üu]ckerstatt",
    r"\berstatt",
    r"\bgutschrift",
    r"\brabatt",
    r"\bestorno",
    r"\bdesconto",
    r"\brimbors",
    r"\bsconto",
    r"\bterugbetal",
    r"\brestitutie",
    r"\bkorting",
    r"\bgeld terug",
    r"dinero de vuelta",
)
HUMAN = _cue(
    r"\b(?:talk|speak|chat) (?:to|with) (?:a |an |someone|somebody|a real|an actual|your)",
    r"\b(?:real|actual|live) (?:person|human|agent)",
    r"\bhuman\b",
    r"not a bot",
    r"\bno (?:more )?bots?\b",
    r"(?:phone|video) call",
    r"call me",
    r"\bcall (?:us|back)\b",
    r"\bescalate\b",
    r"\bsupervisor\b",
    r"(?:hablar|llamar) con (?:una persona|alguien|un humano|un agente)",
    r"persona real",
    r"parler (?:à|a) (?:quelqu|un humain|une personne|un conseiller)",
    r"\bmit einem menschen",
    r"echte[nr]? person",
    r"\bmit jemandem (?:sprechen|telefonieren)",
    r"falar com (?:algu[eé]m|uma pessoa|um humano|um atendente)",
    r"parlare con (?:una persona|qualcuno|un operatore)",
    r"met een (?:mens|medewerker|persoon)",
)
SECURITY = _cue(
    r"\bhack",
    r"\bcompromis",
    r"someone (?:else )?(?:logged|signed|got) in",
    r"logged in from",
    r"(?:login|sign-?in|access) (?:i|we) (?:didn'?t|did not) (?:make|do|recogni[sz]e)",
    r"unauthori[sz]ed",
    r"\bphishing",
    r"stolen (?:password|credentials|account)",
    r"\bbreach",
    r"suspicious (?:login|sign-?in|activity)",
    r"(?:wasn'?t|was not|weren'?t) me",
    r"\bhackead",
    r"alguien (?:entr[oó]|accedi[oó]|inici[oó])",
    r"\bpirat",
    r"quelqu'un (?:s'est connecté|a accédé)",
    r"\bgehackt",
    r"die ich nicht war",
    r"unbefugt",
    r"\binvadid",
    r"algu[eé]m (?:entrou|acessou)",
    r"\bviolat",
    r"accesso non autorizzato",
    r"\bgehackt",
    r"niet (?:door )?mij",
)
DATA_LOSS = _cue(
    r"(?:data|records|entries|hours|shifts|schedules?|invoices|files|history|everything) (?:is |are |got |has |have |was |were )?(?:gone|lost|vanished|disappeared|deleted|wiped)",
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
OUTAGE_SCOPE = _cue(
    r"(?:nobody|no one|none of (?:us|our \w+)|everyone|all (?:of )?(?:our|my) (?:\w+ )?(?:users|staff|stores|locations|sites|clinics|restaurants|servers)|any of our)",
    r"(?:whole|entire) (?:app|site|service|system|platform)|\bis (?:it|\w+) down\b|\bdown for\b|\b50[234]\b|bad gateway",
    r"no funciona nada|ninguno de|nadie puede|personne ne peut|rien ne (?:marche|fonctionne)|niemand kann|nichts geht",
    r"ningu[eé]m consegue|nada funciona|nessuno (?:può|riesce)|non funziona niente|niemand kan|niets werkt",
)
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
LEAVE = _cue(
    r"\bcancel",
    r"switch(?:ing)? to (?:another|a different|a competitor|\w+ instead)",
    r"\bleave (?:you|rosterly|your)",
    r"move (?:to|away)",
    r"\bchurn",
    r"\bterminate (?:our|the) (?:contract|subscription)",
    r"not renew",
    r"\bcancelar|\bdarnos de baja|\bdar de baja|\brésili|\bannuler (?:notre|mon|l')abonnement|\bk[üu]ndig",
    r"\bcancelamento|\bdisdett|\bdisdire|\bopzeggen|\bopzegging",
)
DATA_REQUEST = _cue(
    r"\b(?:delete|erase|remove|wipe) (?:all )?(?:of )?(?:my|our|the|his|her|their|all)? ?(?:personal )?(?:data|account|information|records)",
    r"right to (?:be forgotten|erasure|access)",
    r"data (?:subject|access) request",
    r"\bdsar\b",
    r"subject access",
    r"court order",
    r"subpoena",
    r"\blawyer",
    r"\blegal (?:request|action|hold)",
    r"\bpolice\b",
    r"law enforcement",
    r"export (?:all|every|our) (?:data|records)",
    r"\bquestionnaire|\bcuestionario|\bfragebogen|\bquestionário|\bquestionario|\bvragenlijst",
    r"(?:sign|review|mark(?:ed)? up|redlin|negotiat|chang)\w* (?:to |of )?(?:our |your |the )?(?:dpa|data processing agreement|contract|msa)",
    r"(?:dpa|contract|agreement)\b.{0,40}\b(?:our|their) (?:changes|edits|redlines)",
    r"(?:complete|full|entire) (?:data )?export",
    r"export (?:of )?(?:every|all|everything)\b",
    r"\bborr(?:ar|en) (?:todos )?(?:los |mis |nuestros )?datos",
    r"supprim(?:er|ez) (?:toutes )?(?:nos|mes|les) données",
    r"(?:daten|konto) (?:löschen|loeschen)",
    r"auskunft",
    r"apagar (?:os |todos os )?(?:meus |nossos )?dados",
    r"cancellare (?:i |tutti i )?(?:miei |nostri )?dati",
    r"gegevens (?:verwijderen|wissen)",
    r"\bavocat|\banwalt|\babogad",
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


def has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7
