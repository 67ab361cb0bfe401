# ruff: noqa: E501  (one alternation per line reads better than regular expressions split mid-word)
"""SPEC section 2's escalation rules as detectors over the customer's own words, whatever the category.

Each detector answers one question about the message (does the customer ask us for money? want to leave?
report something down for many users? ask for a person? ask to delete or export data, raise a legal
matter or a security incident? describe something broken?) in the seven languages the product handles
(en, es, fr, de, pt, it, nl) and in the styles customers write: typos, keywords only, no accents, rude.
Rule 5 (a defect no known issue works around) and rule 6 (the knowledge base does not cover it) also need
the knowledge base; the ticket flow adds those signals.

Why rules and not the classifier: a missed escalation is the dangerous error, and these rules must hold
when a model (or the offline classifier) picks the wrong category. So the detectors decide the escalation,
and the triaged category is corrected to match them (`correct_category`).

How a detector reads: the text is lower-cased, accents are folded ("résilier" and "resilier" match the
same pattern), quoted earlier messages ("> ...") are dropped, and then, per sentence, the near-miss
patterns are blanked out before the positive patterns are searched: "how do I refund my customer's order"
loses "refund my customer" and with it the money request, while "refund us" in another sentence still
counts. Patterns say what customers say, not any one product's vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

Rule = Literal["money", "privacy", "security", "leave", "outage", "defect", "human"]
RULES: Final[tuple[Rule, ...]] = ("security", "privacy", "money", "leave", "outage", "defect", "human")


def _any(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


# Words that name the customer's own relationship with us (what they pay for, what they would leave).
_OURS = r"(?:subscr\w*|sub\b|account|acc(?:oun)?t\b|acount|plan\b|contract|membership|service|renewal|licen[cs]e\w*|seats?|workspace|organi[sz]ation|company account|tenant)"
# Third parties a customer serves with the product: their refunds, cancellations and contacts are how-tos.
_THEIRS = (
    r"(?:customer|client|buyer|shopper|tenant|student|learner|employee|worker|member|guest|patient|driver"
    r"|user|attendee|participant|recipient|subscriber|contact|lead|vendor|supplier|order|booking|shipment"
    r"|delivery|transaction|payment of|cliente|klant|kunde|kunden|client[ea]?|mitarbeiter|medewerker"
    r"|funcionario|dipendente|empleado|pedido|bestelling|bestellung|commande|ordine|encomenda)s?"
)

# --- rule 1: the customer asks us for money -------------------------------------------------------------

MONEY_POSITIVE = _any(
    r"\b(?:refund|refnd|refound|refunf|reimburse|reimbursement)\b(?! (?:policy|policies)\b)",
    r"\brefund(?:ed|s|ing)?\b",
    r"money back|\bpay(?:ing)? (?:us|me) back|\bcharge ?back",
    r"\bcredit(?:ed)? (?:us|me|our|my|back|the (?:account|invoice|difference))",
    r"\b(?:sla|service|account|downtime|outage) credits?\b",
    r"\bcredits? for (?:the|this|that|our|those|all|lost|downtime|outage|days?|hours?|month)",
    r"\b(?:compensat|make (?:it|this) (?:up|right) to us)",
    r"\b(?:give|offer|get|want|need|expect|deserve|ask(?:ing)? for|have)\w* (?:us |me )?(?:a |some |any |an? )?(?:\w+ )?(?:discount|reduction|rebate|price cut|better (?:price|rate|deal)|lower price|goodwill)",
    r"\bdiscount (?:for us|on (?:our|my) (?:renewal|plan|subscription|bill|invoice))",
    r"\bprice ?match|\bmatch (?:their|the|a|that) (?:price|offer|quote|competitor)",
    r"\bwaive\w* (?:the |this |our |my |that )?(?:fee|charge|invoice|bill|cost|overage|penalt)",
    r"\b(?:take|knock) (?:it|that|this|something|\w+ %?) off (?:the|my|our) (?:bill|invoice)",
    r"\b(?:shouldn'?t|should not|won'?t|will not|refuse to|not going to|not gonna) (?:have to )?pay (?:for|this|that|the)",
    r"\b(?:not|never) paying (?:for|this|that)",
    r"\b(?:renegotiat|re-negotiat)|\b(?:change|amend|adjust|revise|rewrite) (?:to )?(?:our|the|my) (?:contract|agreement|pricing|terms|rate)",
    r"\bcontract (?:change|amendment)|\b(?:amendment|addendum) to (?:our|the) (?:contract|agreement)",
    # a charge taken back: "reverse that charge", "remove this fee from our bill"
    rf"\b(?:reverse|void|refund)\w* (?:that|this|the|these|those) (?:\w+ ){{0,2}}(?:charges?|debits?|fees?)\b(?! (?:for|to|on|of|from) (?:\w+ ){{0,3}}{_THEIRS})",
    rf"\b(?:remove|cancel|drop|undo)\w* (?:that|this|these|those) (?:\w+ ){{0,2}}(?:charges?|debits?)\b(?! (?:for|to|on|of|from) (?:\w+ ){{0,3}}{_THEIRS})",
    r"\b(?:charged|billed|invoiced) (?:us |me )?(?:\S+ ){0,6}(?:we|i) (?:never|didn'?t|did not) (?:order|ask|sign|add|subscribe|agree|use|want)\w*",
    # es
    r"\breembols|\bdevoluci[o]n (?:del|de mi|de nuestro|de lo)|\bdevolv\w+ (?:el|nuestro|mi) dinero|\bdinero de vuelta",
    r"\b(?:un |algun )?descuento (?:para (?:nosotros|mi)|en (?:la|nuestra) renovaci)|\b(?:dar|den|hagan|ofrecer)\w* (?:un )?descuento",
    r"\b(?:compensaci|abon(?:o|ar|en)\b|bonificaci)",
    r"\bno (?:vamos a|voy a|deberiamos) pagar",
    r"\banul\w* (?:ese|este|el|los|esos|estos) (?:\w+ ){0,2}(?:cargos?|cobros?)\b|\bdevuelv\w* (?:el|los|nuestro) (?:importe|cargo|cobro|pago)s?\b",
    # fr
    r"\brembours|\bgeste commercial|\bavoir sur (?:notre|ma|la) facture|\bdedommag|\bindemnis",
    r"\b(?:une )?(?:remise|reduction|ristourne) (?:pour nous|sur (?:notre|mon|le) (?:renouvellement|abonnement|contrat))",
    r"\bne (?:devrions|devrait|vais|allons) pas payer",
    r"\bannul\w* (?:ce|cette|le|la|ces|les) (?:\w+ ){0,2}(?:prelevements?|debits?|frais|facturations?)\b",
    # de
    r"\b(?:ruck|rueck)erstatt|\berstatt|\bgutschrift|\bgeld zuruck|\bentschadig",
    r"\b(?:einen |etwas )?(?:rabatt|nachlass|preisnachlass)\b",
    r"\b(?:nicht|nichts) (?:mehr )?(?:bezahlen|zahlen)",
    r"\b(?:betrag|abbuchung|lastschrift|belastung)\w* (?:\w+ ){0,3}(?:zuruck|zurueck|storn)",
    # pt
    r"\breembols|\bestorn|\bdinheiro de volta|\bdevolu[c]ao do (?:valor|dinheiro)|\bcompensa[c]ao",
    r"\b(?:um |algum )?desconto (?:para nos|na (?:renova|nossa))|\b(?:dar|deem|oferecer|queremos)\w* (?:um )?desconto",
    r"\bnao (?:vamos|deveriamos|vou) pagar",
    r"\bcancel\w* (?:essa|esta|a|essas|as|estas) (?:\w+ ){0,2}cobrancas?",
    # it
    r"\brimbors|\brestituzione (?:dei|del)|\bsoldi indietro|\bindennizz|\bristoro",
    r"\b(?:uno )?sconto (?:per noi|sul (?:rinnovo|nostro))|\b(?:fate|dateci|darci|concedere|vogliamo)\w* (?:uno )?sconto",
    r"\bnon (?:dovremmo|vogliamo|intendiamo) pagare",
    r"\bstorn\w* (?:l'|quest[oa] |il |la |gli |le )?(?:\w+ ){0,2}(?:addebit|importo|pagament)",
    # nl
    r"\bterugbetal|\bgeld terug|\brestitutie|\bcompensatie|\bvergoeding voor",
    r"\b(?:korting) (?:voor ons|op (?:onze|de) (?:verlenging|factuur))|\b(?:geef|krijgen|willen)\w* (?:we |ons )?(?:een |wat )?korting",
    r"\bniet (?:betalen voor|gaan betalen)",
    r"\b(?:bedrag|afschrijving|incasso)\w* (?:\w+ ){0,3}(?:terugstorten|terugboeken|storneren|terugdraaien)|\b(?:stort|boek)\w* (?:\w+ ){0,3}(?:bedrag|geld) terug",
)
MONEY_NEAR_MISS = _any(
    # the customer's own customers, orders and codes: a how-to about the product
    rf"\b(?:refund|reimburs|credit|compensat|discount|reembols|rembours|erstatt|rimbors|terugbetal|estorn)\w* (?:\w+ ){{0,3}}{_THEIRS}",
    rf"\b{_THEIRS} (?:\w+ ){{0,5}}(?:refunds?|reimbursements?|credits?|discounts?|chargebacks?|disputes?|litige)",
    # money going to the customer's own customer: "give her money back", "so he gets his money back"
    r"\b(?:give|send|pay|get)s? (?:her|him|them) (?:\w+ )?(?:money|refund|credit)|\b(?:her|his|their) money back",
    # a shop's refunds ("shop refunds", "store refund settings") are the customer's own sales
    r"\b(?:shop|store|webshop|online store|marketplace|pos|checkout|till)s? refunds?\b",
    # the customer already gave the money back themselves: "I refunded her", "we've refunded the order"
    r"\b(?:i|we|i'?ve|we'?ve|i have|we have|i had|we had) (?:already |just |since |then )?(?:refunded|reimbursed|credited) (?:her|him|them|the|a|an|their|his|this|that|those)\b",
    r"\brefund (?:confirmation|receipt|notification|email|button|reason)s?\b",
    r"\b(?:issue|process|create|set up|setup|add|apply|configure)\w* (?:a |an |partial |automatic |bulk )+(?:refunds?|reimbursements?|discount codes?|discounts?|coupons?|credit notes?)",
    r"\b(?:discount|promo|coupon) (?:codes?|rules?|campaigns?)|\bcredit notes?|\bstore credit|\bdown ?payment|\bexpense (?:claim|report)s?",
    r"\b(?:refund|cancellation|credit|discount) polic(?:y|ies)\b(?! (?:says|states))",
    # "how do I refund the shipping" (the customer refunds), not "how do I get a refund" (asks us for one)
    r"\bhow (?:do|can|to|does|should) (?:i |we )?(?!(?:\w+ ){0,2}(?:get|obtain|receive|claim|request|ask|apply)\b)(?:\w+ ){0,3}(?:refund|reimburs|discount)\w*(?! (?:me|us)\b)",
    # how refunds work in general: a question about the policy, not a request for money
    r"\bhow (?:long|soon|quickly) (?:do|does|will|would|until|before) (?:\w+ ){0,3}(?:refunds?|credits?)\b|\b(?:when|once|after) (?:a|the) refunds? (?:is|has been|gets?|was) (?:granted|approved|issued|processed|made)",
    r"\bhow (?:do|does) (?:\w+ ){0,2}refunds? work|\brefund (?:timing|terms|rules|process|times?|window|conditions|eligibility)\b",
    r"\bcomo funciona(?:n|m) (?:los|os) reembolsos|\bcomment fonctionnent (?:les )?remboursements|\bwie funktionier\w* (?:die )?erstattungen|\bcome funzionano i rimborsi|\bhoe werken (?:de )?terugbetalingen",
    r"\b(?:question|frage|pregunta|pergunta|domanda|vraag) (?:about |sur (?:les )?|zu(?:r|m)? |sobre (?:os |los )?|sui |over )?(?:refunds?|remboursements?|erstattung\w*|reembolsos?|rimborsi|terugbetaling\w*)",
    # pricing questions: "is there a discount for paying yearly?" is answered by the price list
    r"\b(?:is there|are there|do you (?:have|offer|give)) (?:a |any )?(?:\w+ )?discounts? (?:for|if|when|on) (?:paying|pay|annual|yearly|annually|a year|nonprofits?|non-profits?|charities|education|schools?|students?|startups?)",
)

# --- rule 3: the customer wants to cancel, downgrade or leave ---------------------------------------------

LEAVE_POSITIVE = _any(
    rf"\b(?:cancel|cancle|cancell|cansel|terminate|end|close|stop|discontinue|quit)\w* (?:\w+ ){{0,2}}{_OURS}",
    r"\b(?:want|like|need|going|wish|trying|how|asking|request)\w* (?:\w+ ){0,2}(?:to )?(?:cancel|cancle|cansel)\w*\s*(?:$|[.!?,;]|pls|please|asap|now|today|immediately|effective)",
    r"^\W*(?:cancel|cancle|cansel|cancellation)\w*\W*(?:$|pls|please|now|asap|request|it)",
    r"\bcancell?ation (?:request|notice|of (?:our|my|the) (?:account|subscription|plan|contract))",
    r"\b(?:not|won'?t|will not|don'?t|do not|aren'?t|are not|isn'?t) (?:be )?(?:going to )?renew",
    r"\b(?:non-?renewal|notice of termination|termination notice|terminate (?:the |our )?agreement)",
    r"\b(?:switch|switching|move|moving|migrat\w*|go|going|jump\w*) (?:\w+ ){0,3}(?:to|over to) (?:a |an )?(?:another|different|other|competitor|cheaper|new) (?:provider|platform|vendor|tool|product|solution|system|app|service|company|one)",
    r"\b(?:to|with|for) (?:a |your )?competitor|\bcompetitors?\b.{0,40}\b(?:instead|cheaper|switch|move|offer)",
    r"\b(?:leav|quit)\w* (?:you|your (?:platform|service|product|company|app))\b",
    r"\btake (?:our|my) business elsewhere|\bwe(?:'re| are) (?:done|out)\b|\bdone with (?:you|your)|\bfind (?:another|a different) (?:provider|vendor|tool|solution)",
    r"\blooking (?:at|for|into) (?:alternatives|other (?:providers|vendors|tools|options|solutions))",
    r"\bdowngrad\w*|\bbajar de plan|\bretrograder|\bherabstufen",
    r"\bfermer (?:notre|mon|ma) (?:boutique|compte|entreprise|magasin)|\bcerrar (?:nuestra|mi) (?:tienda|cuenta)|\b(?:unseren?|meinen?) (?:shop|laden|konto|account) (?:\w+ )?schlie(?:ss|ß)en|\bfechar (?:a nossa|a minha|nossa|minha) (?:loja|conta)|\bchiudere (?:il nostro|il mio|la nostra) (?:negozio|account)|\b(?:onze|mijn) (?:winkel|account) (?:\w+ )?sluiten",
    r"\b(?:reduce|cut|drop|going down|go down)\w* (?:\w+ ){0,3}(?:to )?\d+ (?:seats?|users?|licen[cs]es?)\b.{0,60}\b(?:or|otherwise|else)\b",
    r"\b(?:or|otherwise) (?:we(?:'ll| will)?|i(?:'ll| will)?) (?:leave|walk|go|cancel|switch|move|churn)",
    r"\bchurn",
    rf"\b(?:don'?t|do not|no longer) (?:want|wish|intend) to (?:keep )?pay(?:ing)? (?:for )?(?:(?:\w+ ){{0,3}}{_OURS}(?: \w+)?|(?:\w+ )?\d[\d,.]*(?: \w+){{0,2}}) (?:anymore|any ?more|any longer)\b",
    rf"\bno longer (?:want|wish|intend) to (?:keep )?pay(?:ing)? for (?:\w+ ){{0,3}}{_OURS}",
    r"\bclose (?:down )?(?:our|my|the) (?:account|business account|shop|store|company account)\b",
    # "we won't be continuing after the trial": the customer's own decision, in the first person
    r"\b(?:we|i)(?:'ll|'re| will| are| am|'m)? (?:won'?t|will not|not going to|aren'?t going to|don'?t plan to|do not plan to|don'?t intend to|do not intend to|not|won'?t be|will not be) (?:be )?(?:continu(?:e|ing)|carry(?:ing)? on)(?= *(?:$|[.!,;]|after|past|beyond|with (?:you|the (?:subscription|service|platform)|your)|using|next|into|once|when))|\b(?:we|i)(?:'ll| will)? (?:won'?t|will not|not going to) (?:be )?(?:stay(?:ing)? with you|keep(?:ing)? (?:the (?:subscription|account|plan)|using (?:you|your)))\b",
    # es
    r"\b(?:cancelar|anular|dar(?:nos|me)? de baja|terminar|rescindir)\w* (?:\w+ ){0,2}(?:suscrip\w*|cuenta|plan|contrato|servicio|licencia)",
    r"\bdar(?:nos|me)? de baja|\bbaja del servicio|\bno (?:vamos|voy) a renovar|\bno renovaremos|\bcambiar(?:nos|me)? (?:a|de) (?:otro|otra) (?:proveedor|plataforma|herramienta)",
    r"\b(?:irnos|nos vamos) (?:con|a) (?:otro|la competencia)|\bla competencia",
    r"\bno (?:vamos a |voy a )?(?:continuar|seguir) (?:con ustedes|con el servicio|con la suscripcion|usando)",
    # fr
    r"\bresili|\b(?:annuler|arreter|mettre fin a|terminer)\w* (?:\w+ ){0,2}(?:abonnement|compte|contrat|forfait|licence)",
    r"\bne (?:pas|plus) renouveler|\bne (?:continuerons|continuerai) pas|\bne (?:allons|vais) pas renouveler|\bpasser (?:chez|a) (?:un concurrent|un autre (?:outil|fournisseur|prestataire))|\bchanger de (?:fournisseur|prestataire|solution)",
    # de
    r"\bkundig|\bkuendig|\b(?:vertrag|abo|abonnement|konto) (?:\w+ ){0,2}(?:beenden|auflosen|stornieren|kundigen)",
    r"\bnicht (?:mehr )?verlangern|\b(?:wir|ich) (?:\w+ ){0,6}nicht (?:mehr )?weiter ?(?:machen|nutzen|verwenden)|\bwechseln (?:\w+ ){0,3}(?:zu einem anderen|zur konkurrenz|zu einem wettbewerber)|\banbieter wechseln|\bzur konkurrenz",
    # pt
    r"\b(?:cancelar|encerrar|rescindir)\w* (?:\w+ ){0,2}(?:assinatura|conta|plano|contrato|servi[c]o|licen[c]a)",
    r"\bnao (?:vamos|vou) renovar|\bnao (?:vamos|vou) continuar|\bmudar (?:para|de) (?:outro|outra) (?:fornecedor|plataforma|ferramenta)|\bconcorrencia",
    # it
    r"\bdisdett|\bdisdire|\b(?:annullare|cancellare|chiudere|terminare|recedere)\w* (?:\w+ ){0,2}(?:abbonamento|account|contratto|piano|licenz\w*)",
    r"\bnon (?:rinnoveremo|rinnovero|vogliamo rinnovare)|\bnon (?:continueremo|proseguiremo)|\bpassare (?:a|ad) (?:un altro|un concorrente|la concorrenza)|\bcambiare (?:fornitore|piattaforma)",
    # nl
    r"\bopzeg|\b(?:abonnement|account|contract) (?:\w+ ){0,2}(?:stopzetten|beeindigen|opheffen|annuleren)",
    r"\bniet (?:meer )?verlengen|\b(?:we|ik) (?:\w+ ){0,3}niet (?:mee )?(?:door|verder)(?:gaan)?\b|\boverstappen (?:naar|op) (?:een )?(?:andere|concurrent)|\bconcurrent",
)
LEAVE_NEAR_MISS = _any(
    # "cancel a shift / an invoice / the meeting": cancelling a thing in the product, not the relationship
    r"\b(?:cancel|cancle|annul|cancelar|annuler|stornieren|cancellare|annuleren)\w* (?:a|an|the|this|that|these|those|one|some|all|every|each|un|una|une|le|la|les|el|los|las|o|il|lo|einen|eine|den|die|das|een|de|het) (?!(?:\w+ )?(?:subscr|sub\b|account|acc\b|plan|contract|membership|service|renewal|licen|seat|workspace|organi|suscrip|cuenta|contrato|abonnement|compte|contrat|abo\b|vertrag|konto|assinatura|conta|abbonamento|contratto))\w+",
    rf"\b(?:cancel|cancle|end|close|stop|terminate|annul\w*|cancelar|annuler|stornier\w*|cancellare|annuleren)\w* (?:a |an |the |my |our |this |that |all )?(?:\w+ ){{0,2}}(?:{_THEIRS}|meeting|task|invoice|campaign|event|job|session|appointment|envelope|request|draft|run|message|email|job|upload|export|import|sync|recording|course|enrol\w*|share link|link|reminder|schedule)s?\b",
    r"\b(?:cancel|close)\w* (?:the |a )?(?:\w+ )?(?:button|dialog|popup|modal|window|tab)",
    r"\bhow (?:do|can) (?:i|we) (?:cancel|close) (?:a|an|the) (?!subscr|account|plan|contract)",
    r"\b(?:downgrade|cancell?ation) (?:polic(?:y|ies)|fees?|terms) (?:for|of) (?:my|our) (?:customers|clients)",
    r"\bcancell?ed (?:order|booking|payment|shipment)s?",
    # the customer's own client leaving them: "a client has ended their contract with us"
    r"\b(?:end|cancel|terminat|stopp?|clos)\w* (?:their|his|her) (?:\w+ )?(?:contract|subscription|account|plan|membership|retainer) with (?:us|me)\b",
)

# --- rule 4: the service is down or degraded for a whole account or many users ---------------------------

_SCOPE = (
    r"(?:nobody|no ?one|noone|none of (?:us|our|my|the)|every ?one|every ?body|all (?:of )?(?:our|my|the) (?:\w+ )?"
    r"(?:users|staff|team|colleagues|employees|people|customers|clients|stores|shops|sites|locations|offices|accounts|workspaces|agents|requests|calls|pages|emails|messages|jobs|webhooks|devices)"
    r"|(?:the )?(?:whole|entire) (?:team|company|office|org\w*|account|app|site|platform|service|system|dashboard|workspace)"
    r"|(?:every|all|any) (?:single )?(?:request|api call|call|page|user|login|sign-?in|attempt|endpoint|store|customer|message|job|webhook)s?"
    r"|company-?wide|across (?:the|our) (?:board|company|team)|for (?:all|everyone|everybody|us all)|not just me"
    r"|nadie|ninguno de|todos (?:los|nuestros)|toda la (?:empresa|plataforma|aplicacion)|todo el (?:equipo|sistema)"
    r"|personne ne|aucun (?:de nos|utilisateur)|tous (?:les|nos) (?:utilisateurs|clients|collaborateurs|employes)|toute l'equipe|toute la plateforme"
    r"|niemand|keiner (?:von uns|unserer)|alle (?:unsere|user|nutzer|benutzer|mitarbeiter|kunden|anfragen)|das ganze (?:team|system)|die ganze (?:firma|plattform)"
    r"|ninguem|nenhum (?:de nos|usuario|funcionario)|todos os (?:nossos|usuarios|clientes|funcionarios)|toda a (?:equipe|empresa|plataforma)"
    r"|nessuno|tutti (?:i|gli) (?:nostri|utenti|clienti|dipendenti)|tutto il (?:team|sistema)|tutta (?:l'azienda|la piattaforma)"
    r"|niemand|geen (?:enkele )?(?:gebruiker|medewerker)|alle (?:gebruikers|medewerkers|klanten|verzoeken)|het hele (?:team|bedrijf|platform))"
)
_SYMPTOM = (
    r"(?:(?:can'?t|cannot|can not|cant|unable to|not able to|isn'?t able to|won'?t|couldn'?t) (?:\w+ ){0,2}(?:log ?in|login|sign ?in|access|load|open|connect|send|reach|use|get in)"
    r"|(?:is |are |it'?s |its |went |goes |keeps )?(?:down|offline|unreachable|unavailable|inaccessible)\b|\bnot (?:loading|working|responding|reachable|available|arriving|delivered|syncing|sending|going out)"
    r"|\b(?:5\d\d|server) errors?|\b(?:50[0-4])\b|bad gateway|service unavailable|gateway time-?out|time(?:s|d)? ?out|timing out|blank (?:page|screen)|white (?:page|screen)"
    r"|\bfail(?:s|ed|ing)?\b|\berrors?\b|\bbroken\b|spinning|won'?t load|nothing (?:loads|works|is (?:delivered|sent|arriving|coming))|stopped (?:working|sending|syncing|arriving|loading|firing|triggering|processing|running|updating|coming)"
    r"|no (?:emails?|messages?|orders?|notifications?|data|payments?|requests?|deliveries) (?:\w+ )?(?:since|for|in the last|today|this morning|have|has|came|went|arriving|delivered|received)"
    r"|no (?:puede|podemos|pueden|funciona|carga)|caid[oa]|fuera de servicio|sin servicio|error(?:es)?|no se (?:puede|carga)"
    r"|ne (?:peut|peuvent|pouvons|fonctionne|marche|charge)|en panne|hors service|inaccessible|erreurs?"
    r"|kann (?:sich )?nicht|konnen (?:uns )?nicht|funktioniert nicht|geht nicht|nicht erreichbar|ausgefallen|fehler|ausfall"
    r"|nao (?:consegue|conseguem|conseguimos|funciona|carrega)|fora do ar|caiu|erros?\b|indisponivel"
    r"|non (?:riesce|riescono|riusciamo|funziona|carica)|non raggiungibile|errori?\b|in tilt|inaccessibile"
    r"|kan (?:niet|geen)|kunnen (?:niet|geen)|werkt niet|onbereikbaar|(?:een|de|grote) storing|foutmelding|fouten?\b|plat\b)"
)
_NOBODY = (
    r"(?:nobody|no ?one|noone|none of (?:us|our \w+|my \w+|the \w+)|not a single (?:user|person|one)|nadie|ninguno|personne|aucun\w*"
    r"|niemand|keiner|ninguem|nenhum\w*|nessuno)"
)
_CAN_DO = (
    r"(?:(?:can|could|is able to|are able to|manages? to|puede|pueden|podemos|peut|peuvent|arrive a|kann|konnen|kan|kunnen"
    r"|consegue|conseguem|pode|podem|riesce|riescono|puo) (?:\w+ ){0,2}(?:log ?in|login|sign ?in|access|acced|conect|connect"
    r"|se connecter|anmelden|einloggen|inloggen|entrar|acessar|logar|use|usar|utiliser|nutzen|gebruiken|usare|load|open|send"
    r"|work|trabajar|travailler|arbeiten|werken|trabalhar|lavorare|get|receive|reach|pay|check ?out|submit|upload|download)"
    r"|(?:is |are )?(?:gets?|getting|receiv\w*|recib\w*|recoit|re[cç]oivent|bekommt|erhalt|ontvangt|recebe\w*|riceve\w*)"
    r" (?:\w+ ){0,2}(?:emails?|messages?|notifications?|codes?|orders?|payments?|data|alerts?|sms|texts?|correos?|mails?))"
)
OUTAGE_POSITIVE = _any(
    rf"\b{_NOBODY}\b.{{0,40}}\b{_CAN_DO}",
    rf"\b{_SCOPE}\b.{{0,80}}{_SYMPTOM}",
    rf"{_SYMPTOM}.{{0,60}}\b{_SCOPE}\b",
    r"\b(?:is|are) (?:the |your )?(?:\w+ )?(?:service|site|app|platform|system|api|server|servers|website|dashboard) (?:down|offline)\b",
    r"\b(?:service|site|app|platform|system|api|servers?|website|dashboard|everything) (?:is |are |has |seems |went |'s )?(?:completely |totally )?(?:down|offline|unreachable|unavailable)\b",
    r"\b(?:(?:is|there'?s) (?:an? |the )?(?:outage|incident)|(?:current|ongoing|major|another|an?) (?:outage|incident)|degraded (?:performance|service))\b",
    r"\b(?:caida|caido) (?:del|de la|general)|\bcaida (?:total|general)|\bpanne (?:generale|totale)|\bstorung|\bausfall\b|\bqueda (?:geral|total)|\bdisservizio|\binterruzione del servizio|\b(?:een|de|grote|algemene) storing\b|\bstoring (?:bij|in|op|van|met)\b",
)
OUTAGE_NEAR_MISS = _any(
    r"\b(?:every ?one|all (?:of )?(?:our|my) (?:\w+ )?users) (?:needs?|should|must|wants?) (?:to )?(?:\w+ )?(?:access|log ?in|sign ?in)",
    r"\bhow (?:do|can|to|should) (?:i |we )?(?:\w+ ){0,4}(?:every ?one|all (?:users|staff|employees))",
    r"\bdown ?(?:load|grade|payment|time report|side)",
    r"\b(?:outage|incident|status page) (?:notification|subscription|alerts?) (?:settings?|preferences?)",
    # asking to hear about future incidents is not reporting one
    r"\b(?:when|if|whenever|every time) (?:you|there|your \w+) (?:guys )?(?:have|has|is|are) (?:an? |any )?(?:outage|incident|downtime)s?",
)

# --- rule 7: the customer asks for a person ------------------------------------------------------------

HUMAN_POSITIVE = _any(
    r"\b(?:talk|speak|chat|get|connect|put) (?:me |us )?(?:to|with|through to) (?:a |an |some )?(?:real |actual |live |human )?(?:person|human|people|someone|somebody|agent|representative|rep|manager|supervisor|engineer|support (?:person|agent|rep|team member)|account manager|csm)",
    r"\b(?:real|actual|live|human) (?:person|human|agent|being|support|rep|representative|people)\b",
    r"\b(?:want|need|would like|like|demand|insist on|expect) (?:to (?:have|get) )?(?:a |an )?(?:person|human|someone|somebody|an? (?:engineer|specialist|expert)) (?:to |who |that |from )",
    r"\b(?:don'?t|do not|stop|quit) (?:send|sending|pointing) (?:me )?(?:\w+ )?(?:another |more |any more |the same )?(?:article|link|faq|help (?:doc|page))s?",
    r"\b(?:not|no|stop|enough) (?:a |with |talking to )?(?:the |your |a )?(?:bot|robot|ai|chatbot|automated (?:reply|replies|answers?))s?\b",
    r"\b(?:bot|robot|chatbot|automated) (?:answers?|replies|responses)\b",
    r"\bcall (?:me|us)\b(?! (?:back )?(?:later )?(?:when|if) (?:my|our) (?:customer|client))|\bgive (?:me|us) a (?:call|ring)|\bring (?:me|us)\b",
    r"\b(?:schedule|book|arrange|set up|have|get|jump on|hop on|want|need|like|prefer|request)\w* (?:a |an )?(?:quick |short )?(?:phone|video|zoom|teams) call\b|\b(?:phone|video|zoom|teams) call with (?:you|someone|somebody|your|an?)\b",
    r"\b(?:jump|hop|get) on a (?:quick |short )?(?:\d+[- ]?min(?:ute)?s?[- ])?call\b|\bone of your (?:engineers|developers|experts|specialists|staff|people|consultants|team members) (?:\w+ ){0,3}(?:call|meet|join|review|look at|walk|speak|talk|help)",
    r"\b(?:speak|talk|meet)\w* (?:directly )?(?:to|with) (?:your|one of your) (?:\w+ )?(?:dpo|data protection officer|engineers?|developers?|lawyers?|legal (?:team|counsel)|security (?:team|officer)|specialists?|experts?|ceo|cto|founders?|sales team)\b",
    r"\byour (?:manager|supervisor|superior|boss)\b|\bescalat(?:e|ion)\b",
    r"\bhuman\b(?! (?:resources?|error|readable|capital))",
    # es
    r"\b(?:hablar|habla|hable|comunicarme|contactar) con (?:una persona|alguien|un humano|un agente|un responsable|un encargado|su (?:jefe|supervisor|gerente)|un asesor)",
    r"\bpersona real|\bno (?:un|con el|quiero un) (?:bot|robot)|\bllamenme|\bllamadnos|\bllamada telefonica",
    # fr
    r"\bparler (?:a|avec) (?:quelqu'?un|un humain|une personne|un conseiller|un responsable|un agent|votre (?:responsable|superieur|manager))",
    r"\bvraie personne|\bpas (?:un|a un) (?:bot|robot)|\brappelez-moi|\bappelez-moi|\bappel telephonique",
    # de
    r"\bmit (?:einem |einer )?(?:menschen|mensch|person|mitarbeiter\w*|berater\w*|vorgesetzten|manager|jemandem)\b.{0,20}\b(?:sprechen|reden|telefonieren|verbinden)",
    r"\becht(?:e|en|er) (?:person|mensch\w*|mitarbeiter)|\bkein(?:en)? (?:bot|roboter)|\brufen sie (?:mich|uns) an|\bruckruf|\brueckruf",
    # pt
    r"\bfalar com (?:algu[e]m|uma pessoa|um humano|um atendente|um agente|o (?:gerente|supervisor|responsavel))",
    r"\bpessoa real|\bnao (?:um|com o|quero um) (?:bot|robo)|\bme liguem|\bliguem para (?:mim|nos)",
    # it
    r"\bparlare con (?:una persona|qualcuno|un operatore|un umano|un responsabile|il (?:responsabile|supervisore|manager))",
    r"\bpersona (?:reale|vera)|\bnon (?:un|con un) (?:bot|robot)|\bchiamatemi|\bmi (?:chiami|richiami)",
    # nl
    r"\b(?:spreken|praten|bellen) met (?:een )?(?:mens|medewerker|persoon|iemand|manager|leidinggevende)|\bmet een (?:mens|medewerker|persoon) (?:spreken|praten)",
    r"\becht(?:e)? (?:persoon|mens|medewerker)|\bgeen (?:bot|robot)|\bbel (?:me|mij|ons) (?:terug|op)",
    r"\b(?:mij|me|ons) (?:even |eventjes |vandaag |morgen |zsm |asap |alsjeblieft |graag |snel )?(?:bellen|terugbellen|opbellen)\b|\b(?:jemand|sie) (?:\w+ ){0,3}(?:mich|uns) (?:\w+ ){0,2}(?:anrufen|zuruckrufen)\b|\b(?:mich|uns) (?:\w+ ){0,2}jemand (?:\w+ )?(?:anrufen|zuruckrufen)\b",
    r"\b(?:quelqu'un|vous) (?:\w+ ){0,3}(?:me|nous) (?:rappeler|appeler|telephoner)\b|\b(?:llamarme|llamarnos|chiamarmi|chiamarci|richiamarmi|richiamarci)\b|\b(?:me|nos) ligar\b",
)
HUMAN_NEAR_MISS = _any(
    rf"\b(?:contact|call|email|message|reach|phone|ring|notify|talk to|speak to|chat with) (?:my |our |the |a |an |each |every |all )?(?:\w+ )?{_THEIRS}",
    r"\b(?:contactar|llamar|contacter|appeler|kontaktieren|anrufen|contatar|ligar para|contattare|chiamare|contact opnemen met|bellen) (?:a )?(?:mis |nos |mes |meine |unsere |os meus |i miei |mijn |onze )?(?:\w+ )?(?:clientes?|klanten?|kunden|client[ei]?|mitarbeiter|empleados|funcionarios|dipendenti|medewerkers)",
    r"\bhuman resources|\bhuman error|\b(?:talk|speak|chat) (?:to|with) (?:my|our|the) team\b|\bcall (?:recording|log|center|centre|queue|routing|transcript)s?",
    r"\b(?:manager|supervisor) (?:role|permission|access|approval|account|view|dashboard)s?\b|\b(?:as|for) (?:a |the |our )?(?:manager|supervisor)s?\b|\bescalation (?:rules?|polic\w*|paths?|workflows?|settings?)",
    r"\bvideo calls? (?:feature|quality|recording|link|integration|button|settings?)",
    # the customer's own customers calling them: "how do my clients call us from the booking page?"
    rf"\b(?:my|our|the) (?:\w+ )?{_THEIRS} (?:\w+ ){{0,2}}(?:call|ring|phone|contact|reach|email)\w* (?:me|us)\b",
    # a person on the customer's own side ("reach a real person on our support team")
    r"\b(?:real |actual |live )?(?:person|human|people|someone) (?:on|in|from|at) (?:our|my) (?:own )?(?:\w+ )?(?:team|side|staff|company|end|office)",
)

# --- rule 2: data deletion or export, legal matters -----------------------------------------------------

PRIVACY_POSITIVE = _any(
    # a law named alone ("is it GDPR compliant?") is a question; a request under it is not
    r"\b(?:gdpr|dsgvo|rgpd|lgpd|ccpa|avg)\W{1,3}(?:\w+ )?(?:request|article|art\b|anfrage|antrag|verzoek|demande|solicitud|richiesta|pedido)|\bunder (?:the )?(?:gdpr|ccpa|lgpd)\b",
    r"\b(?:per|according to|pursuant to|nos termos da|conforme (?:a|el|la)|ai sensi del(?:la)?|gem(?:a|ae)ss|selon le|volgens de)\s+(?:the )?(?:gdpr|dsgvo|rgpd|lgpd|ccpa|avg)\b|\bart(?:ikel|icle|\.)?\s?1[5-7]\b.{0,12}\b(?:gdpr|dsgvo|rgpd|avg|lgpd)\b|\bauskunftsersuch",
    r"\bportabili(?:ty|dad|te|tat|dade|ta)\b|\boverdraagbaarheid|\bbusiness associate agreement|\bbaa\b",
    r"\b(?:delete|erase|remove|close and delete)\w* (?:my|our) (?:entire |whole )?(?:account|workspace|organi[sz]ation|company account)\b(?! (?:settings|page|button|menu))",
    r"\b(?:delete|erase|remove|wipe|purge|destroy)\w* (?:\w+ ){0,2}(?:all|every|everything)\b (?:(?:of )?(?:the|my|our|its|his|her|their) )?(?:\w+ )?(?:data|information|records|files)\b|\ball (?:its|his|her|their) data\b|\bexport\w* everything\b",
    # changes to a contract or DPA: a person negotiates them
    r"\b(?:changes?|mark(?:ed|s)? ?up|redlines?|redlined|amendments?|edits) (?:\w+ ){0,4}(?:dpa|data processing agreement|contract|agreement|terms)\b|\b(?:dpa|data processing agreement|contract|agreement) (?:\w+ ){0,3}(?:with (?:our|their) changes|redline\w*|marked up)",
    r"\bdsar\b|\bsubject access|\bdata subject (?:access |rights? )?request|\bright (?:to|of) (?:be forgotten|erasure|access|portability)|\bdata portability",
    r"\b(?:delete|erase|remove|wipe|purge|destroy)\w* (?:\w+ ){0,3}(?:personal (?:data|information|details)|(?:all|every) (?:of )?(?:my|our|the|his|her|their) (?:data|information|records|files)|(?:my|our|his|her|their) (?:personal )?(?:data|information)\b)",
    r"\b(?:delete|erase|close and delete|remove)\w* (?:my|our|the) (?:entire |whole )?(?:account|workspace|organi[sz]ation) (?:and|with|including) (?:all )?(?:the |our |my )?(?:data|information|records|everything)",
    r"\b(?:export|copy|download|send (?:us|me))\w* (?:\w+ ){0,2}(?:all|every|everything|the (?:entire|whole|full|complete)|a (?:full|complete)|our (?:entire|whole|full|complete))\b (?:\w+ ){0,3}(?:data|information|records|everything|you (?:hold|have|store|keep))",
    r"\b(?:what|which|all) (?:personal )?(?:data|information) (?:do )?you (?:hold|have|store|keep|process)",
    r"\b(?:complete|full|entire|whole) (?:data |account )?(?:export|copy|dump|backup) of (?:all|every|our|my)",
    r"\b(?:deleted|removed|wiped|erased|purged|scrubbed)\b (?:\w+ ){0,2}from (?:all )?(?:your|the vendor'?s) (?:systems?|servers?|databases?|backups?|platform)",
    # the customer's own contract or questionnaire, for a person to sign or fill in (the standard DPA, the
    # certificates and the subprocessor list are questions the knowledge base answers)
    r"\b(?:sign|review|countersign|redline|approve|accept|negotiat)\w* (?:\w+ ){0,2}(?:our|my|the attached|this|these) (?:own |amended |custom )?(?:data processing agreement|dpa|sccs?|standard contractual clauses|addendum|contract)",
    r"\b(?:fill|complete|answer|respond to)\w* (?:in |out )?(?:\w+ ){0,2}(?:our|my|the attached|this|these|a) (?:\w+ )?(?:security |vendor |privacy |risk )?questionnaires?|\bquestionnaires? (?:\w+ ){0,2}(?:filled|completed|answered)",
    r"\bquestionnaire\b.{0,80}\b(?:fill|complete|answer|return)\w*|\b(?:attached|here) is (?:our|the|a) (?:\w+ ){0,3}questionnaire",
    r"\b(?:lawyers?|attorneys?|solicitors?|legal (?:counsel|action|request|hold|notice|proceedings?)|court order|subpoena|lawsuit|sue you|suing|law enforcement|police|litigation|cease and desist|data protection authority|supervisory authority)\b",
    r"\b(?:preserve|(?:is|are|be) not deleted|don'?t delete|do not delete|not to delete)\w* (?:\w+ ){0,5}(?:data|records|footage|logs|recordings|evidence|history|invoices|files|documents|messages|emails|chats)\b.{0,80}\b(?:claim|lawsuit|litigation|dispute|tribunal|insurer|court)\b",
    r"\b(?:data|records|footage|logs|recordings|evidence|history|invoices|files|documents|messages|emails|chats)\b.{0,60}\b(?:preserved|(?:is|are|be) not deleted)\b.{0,80}\b(?:claim|lawsuit|litigation|dispute|tribunal|insurer|court)\b",
    # es, fr, de, pt, it, nl
    r"\b(?:borr|elimin|suprim)\w* (?:\w+ ){0,3}(?:datos personales|todos (?:los|nuestros|mis) datos|(?:mis|nuestros|sus) datos)|\bexport\w* (?:\w+ ){0,2}todos (?:los|nuestros) datos|\babogad|\bdemanda judicial|\borden judicial",
    r"\bsupresion (?:\w+ ){0,2}de (?:\w+ ){0,2}datos|\bderecho (?:al olvido|de supresion)",
    r"\b(?:supprim|effac)\w* (?:\w+ ){0,3}(?:donnees personnelles|toutes (?:les|nos|mes) donnees|(?:mes|nos|ses|leurs) donnees)|\bexport\w* (?:\w+ ){0,2}(?:toutes (?:nos|les) donnees)|\bavocat|\bdroit a l'oubli|\bdroit d'acces",
    r"\b(?:losch|loesch)\w* (?:\w+ ){0,3}(?:personenbezogenen daten|alle[rn]? (?:unsere[rn]? |meine[rn]? )?daten|(?:meine|unsere|seine|ihre) daten)|\b(?:meine|unsere|seine|ihre) daten (?:\w+ ){0,2}(?:losch|loesch)|\bexport\w* (?:\w+ ){0,2}alle[rn]? (?:unsere[rn]? )?daten|\banwalt|\bauskunft (?:uber|nach)",
    r"\b(?:apag|exclu|elimin)\w* (?:\w+ ){0,3}(?:dados pessoais|todos os (?:nossos |meus )?dados|(?:meus|nossos|seus) dados)|\bexport\w* (?:\w+ ){0,2}todos os (?:nossos )?dados|\badvogad",
    r"\b(?:cancell|elimin)\w* (?:\w+ ){0,3}(?:dati personali|tutti i (?:nostri |miei )?dati|(?:i miei|i nostri|i suoi) dati)|\besport\w* (?:\w+ ){0,2}tutti i (?:nostri )?dati|\bavvocat|\bdiritto all'oblio",
    r"\b(?:verwijder|wis)\w* (?:\w+ ){0,3}(?:persoonsgegevens|al (?:onze|mijn) gegevens|(?:mijn|onze|zijn|haar) gegevens)|\bexport\w* (?:\w+ ){0,2}al (?:onze )?gegevens|\badvocaat|\binzageverzoek",
)
PRIVACY_NEAR_MISS = _any(
    r"\bhow long (?:\w+ ){0,6}(?:deleted|removed|wiped|erased|purged) from",
    r"\b(?:export|download)\w* (?:\w+ ){0,3}(?:to|as|in|into) (?:a )?(?:csv|excel|xlsx|pdf|spreadsheet|json)\b",
    r"\b(?:delete|remove)\w* (?:a |an |the |this |that |one |some |old |test |duplicate |draft )(?:\w+ ){0,2}(?:record|contact|file|folder|document|entry|row|item|template|report|project|user|page|post|product|draft|webhook|key|test)s?\b(?! (?:and|with) all)",
)

# --- rule 2: a suspected security incident (an account compromise is account_access, urgent) ----------------

SECURITY_POSITIVE = _any(
    r"\bhack(?:ed|er|ers|ing)?\b|\bcompromis|\bbreach(?:ed)?\b|\bphish|\bmalware|\bransomware|\bleak(?:ed)? (?:data|credentials|passwords?|keys?|tokens?)|\b(?:credentials|password|api key|token)s? (?:were |was |got )?(?:leaked|stolen|exposed)",
    r"\b(?:pushed|committed|posted|published|exposed|shared|pasted|uploaded)\b.{0,80}\bpublic(?:ly)?\b.{0,80}\b(?:key|token|password|credential|secret)s?\b|\b(?:key|token|password|credential|secret)s?\b.{0,60}\b(?:public (?:repo|repository|github|gitlab|channel|forum)|publicly)",
    r"\bdata (?:leak|breach)|\bfuite de donnees|\bfiltracion de datos|\bfuga de datos|\bdatenleck|\bdatenpanne|\bvazamento de dados|\bviolazione dei dati|\bdatalek",
    r"\bunauthori[sz]ed (?:access|login|sign-?in|charges? on (?:our|my) account|changes?|user|transfer|payment)",
    r"\b(?:someone|somebody|an? (?:unknown|stranger)|a third party) (?:else )?(?:has |had )?(?:logged|signed|got|gained|accessed|changed|is using|used) (?:in|into|access|our|my|the)",
    r"\b(?:login|sign-?in|logins|access)\w* (?:from|in) (?:an? )?(?:unknown|unfamiliar|strange|foreign|suspicious) (?:location|country|device|ip)",
    r"\bsuspicious (?:login|sign-?in|activity|access|emails?|logins)|\b(?:wasn'?t|was not|weren'?t|were not) (?:me|us)\b|\bi (?:didn'?t|did not) (?:make|do|authori[sz]e) (?:this|that|these|those)",
    r"\b(?:bank (?:details|account)|payout (?:account|details))\w* (?:\w+ ){0,3}(?:changed|modified|updated) (?:by someone|without|and we didn'?t|that we didn'?t|we didn'?t)",
    r"\bhacke|\bpirat(?:e|ee|eado|eada|ato|ata)|\bgehackt|\bkompromittiert|\bcomprometid|\bcompromess|\bgecompromitteerd|\bingebroken",
    r"\b(?:alguien|quelqu'un|jemand|algu[e]m|qualcuno|iemand) (?:\w+ ){0,3}(?:accedio|entro|inicio sesion|s'est connecte|a accede|hat sich (?:\w+ )?eingeloggt|eingeloggt|zugegriffen|acessou|entrou|ha (?:fatto )?accesso|ha effettuato l'accesso|ingelogd|toegang)",
    r"\bacceso no autorizado|\bacces non autorise|\bunbefugte[rn]? zugriff|\bacesso nao autorizado|\baccesso non autorizzato|\bongeautoriseerde toegang|\bno fui yo|\bce n'etait pas moi|\bdas war ich nicht|\bnao fui eu|\bnon sono stato io|\bdat was ik niet",
)
SECURITY_NEAR_MISS = _any(
    r"\b(?:security|phishing|hack\w*) (?:settings?|training|awareness|questionnaire|review|page|features?|options?)\b",
    r"\b(?:hackathon|growth hack|life ?hack)",
    r"\bhow (?:do|can) (?:i|we) (?:\w+ ){0,4}(?:prevent|protect|secure|avoid)\b.*",
)

# --- rule 5 (text half): the message describes something broken ----------------------------------------

DEFECT_POSITIVE = _any(
    r"\berror(?:s| message| code)?\b|\bexception\b|\bstack ?trace|\bcrash\w*|\bbroken\b|\bbug\b|\bbugg(?:y|ed)\b|\bglitch",
    r"\b(?:not|isn'?t|aren'?t|doesn'?t|won'?t|didn'?t|stopped|never) (?:\w+ )?(?:working|work|load|loading|save|saving|sync\w*|send\w*|arriv\w*|show\w*|display\w*|updat\w*|open\w*|respond\w*|calculat\w*|generat\w*|print\w*|deliver\w*|appear\w*|trigger\w*|fir(?:e|ing))\b",
    r"\b(?:fails?|failed|failing|failure)\b|\bkeeps? (?:crashing|freezing|spinning|loading|failing|logging (?:me )?out|timing out|reverting|resetting|duplicating)|\bfreez\w*|\bhangs?\b|\bstuck (?:on|at|in)\b",
    r"\b(?:wrong|incorrect|inaccurate) (?:total|amount|number|date|time|value|result|calculation|tax|figure|data|currency|format)s?|\bduplicat\w*|\b(?:shows?|showing|displays?) (?:the )?wrong|\b(?:blank|empty|white) (?:page|screen|pdf|report|export|file)|\b(?:is|are|comes? out|came out) (?:completely )?(?:blank|empty)\b",
    r"\b(?:disappear\w*|vanish\w*|missing (?:from|after|since))|\bnothing happens|\bdoes nothing|\b(?:since|after) (?:the|your|yesterday'?s?|last|today'?s?) (?:update|release|upgrade|deploy)|\b(?:4\d\d|5\d\d)\b (?:error|response|status)",
    r"\b(?:goes|go|going|leads?|leading|takes?|sends?|redirects?|points?) (?:me |us |them |people |users )?to (?:an? |the )?(?:\W?(?:404|500|502|503)|page not found|not found page|error page|dead end|blank page)",
    r"\bno funciona|\bfalla\b|\bse (?:cuelga|bloquea|cierra)|\berror\b|\bfallo\b|\bno (?:carga|guarda|aparece|se (?:muestra|guarda|envia|sincroniza))",
    r"\bne (?:fonctionne|marche|charge|s'affiche|s'enregistre) (?:pas|plus)|\bbug(?:ue)?\b|\bplant(?:e|age)\b|\berreur\b",
    r"\bfunktioniert nicht|\bgeht nicht|\bfehler(?:meldung)?\b|\bsturzt ab|\bhangt sich auf|\bwird nicht (?:angezeigt|gespeichert|gesendet|geladen|synchronisiert)",
    r"\bnao (?:funciona|carrega|salva|aparece|sincroniza|envia)|\bdeu erro|\bo erro\b|\btrava\b|\btravando",
    r"\bnon (?:funziona|carica|salva|appare|si (?:apre|sincronizza|aggiorna))|\berrore\b|\bsi blocca|\bva in crash",
    r"\bwerkt niet|\bwerkt (?:het )?niet meer|\bfoutmelding|\bfout\b|\blaadt niet|\bloopt vast|\bcrasht",
)
DEFECT_NEAR_MISS = _any(
    r"\bhow (?:do|can|should) (?:i|we) (?:\w+ ){0,3}(?:avoid|prevent|handle|fix|resolve|report|troubleshoot) (?:\w+ ){0,2}errors?",
    r"\berror (?:handling|logs? settings?|notifications? settings?|rate)\b|\bbug (?:bounty|tracker)\b",
)

_DETECTORS: Final[dict[Rule, tuple[re.Pattern[str], re.Pattern[str]]]] = {
    "money": (MONEY_POSITIVE, MONEY_NEAR_MISS),
    "privacy": (PRIVACY_POSITIVE, PRIVACY_NEAR_MISS),
    "security": (SECURITY_POSITIVE, SECURITY_NEAR_MISS),
    "leave": (LEAVE_POSITIVE, LEAVE_NEAR_MISS),
    "outage": (OUTAGE_POSITIVE, OUTAGE_NEAR_MISS),
    "defect": (DEFECT_POSITIVE, DEFECT_NEAR_MISS),
    "human": (HUMAN_POSITIVE, HUMAN_NEAR_MISS),
}

_QUOTED = re.compile(
    r"^\s*>.*$|^\s*on .{5,120} wrote:\s*$|^-{2,}\s*(?:original message|forwarded).*$", re.I | re.M
)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, accents folded, quoted earlier messages dropped, curly apostrophes made straight."""
    text = _QUOTED.sub(" ", text).replace("’", "'").replace("‘", "'").lower()
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("ß", "ss")


@dataclass(frozen=True)
class Detection:
    """One rule that fired and the words that made it fire (shown to reviewers in the handoff)."""

    rule: Rule
    evidence: str


def detect_rule(rule: Rule, text: str) -> Detection | None:
    positive, near_miss = _DETECTORS[rule]
    for sentence in _SENTENCES.split(normalise(text)):
        cleaned = near_miss.sub(lambda m: " " * len(m.group(0)), sentence)
        found = positive.search(cleaned)
        if found:
            return Detection(rule, sentence[max(0, found.start() - 30) : found.end() + 30].strip())
    return None


@lru_cache(maxsize=2048)
def detect(text: str) -> tuple[Detection, ...]:
    """Every rule that fires on the customer's words, in `RULES` order."""
    return tuple(d for rule in RULES if (d := detect_rule(rule, text)) is not None)


def fired(text: str) -> frozenset[Rule]:
    return frozenset(d.rule for d in detect(text))


def explained_away(rule: str, text: str) -> bool:
    """The words that suggest `rule` are one of its near misses ("cancel a shift", "refund my customer",
    "contact my client") and nothing else in the text says it: a trained intent that fires on such a text
    read the topic, not the request."""
    if rule not in _DETECTORS or rule in fired(text):
        return False
    return _DETECTORS[rule][1].search(normalise(text)) is not None


def confirm(intents: frozenset[str], text: str) -> frozenset[str]:
    """The trained intents that no near miss explains away."""
    return frozenset(i for i in intents if not explained_away(i, text))


# Which category a rule's finding implies, in precedence order: a threat to leave over a refund is a
# cancellation; a compromise is an access problem (SPEC); an incident wins over a defect.
_IMPLIED: Final[tuple[tuple[Rule, str, frozenset[str]], ...]] = (
    ("leave", "cancellation", frozenset()),
    ("outage", "outage", frozenset()),
    ("security", "account_access", frozenset({"data_privacy"})),
    ("privacy", "data_privacy", frozenset()),
    ("money", "billing", frozenset({"outage", "bug_report", "cancellation", "data_privacy"})),
    # "How do I fix error X" is often a how-to the knowledge base answers: only categories that cannot
    # describe a symptom are corrected.
    (
        "defect",
        "bug_report",
        frozenset({"how_to", "outage", "integration", "account_access", "billing", "data_privacy"}),
    ),
)


def correct_category(category: str, rules: frozenset[str]) -> str:
    """The category that agrees with the detectors; `category` when none implies another.

    A rule's implied category replaces the triaged one unless the triaged one is already compatible
    with it (listed beside the rule): a refund asked for during an outage stays an outage; a defect in
    an integration stays an integration problem.
    """
    for rule, implied, compatible in _IMPLIED:
        if rule in rules:
            return category if category == implied or category in compatible else implied
    return category
