"""The escalation detectors: each fires on the many ways customers say it and stays quiet on near misses.

Phrasings are written from how customers talk (typos, keywords only, rude, other languages), never copied
from any product's evaluation tickets.
"""

import pytest

from agents import cues
from agents.detectors import correct_category, detect, fired, normalise

FIRES = {
    "money": [
        "can you reverse that charge? it was a mistake",
        "please void these fees, we never agreed to them",
        "you billed us for the premium add-on but we never ordered it",
        "Por favor anulen este cargo, no lo reconocemos",
        "Merci d'annuler ce prélèvement en double",
        "Bitte buchen Sie den Betrag zurück",
        "Vi chiedo di stornare l'addebito di ottobre",
        "Kunnen jullie het bedrag terugstorten?",
        "I want a refund",
        "pls refnd last months charge",
        "Please credit us for the downtime last week",
        "we shouldn't pay for the days it was broken",
        "take it off my bill",
        "Can I get a discount if we pay annually?",
        "match their price or we have a problem",
        "waive the overage fee this month",
        "we need to amend our contract to 40 seats",
        "I was charged twice, I want my money back",
        "process my refund please",
        "how do I get a refund?",
        "how can i get my money back",
        "Quiero un reembolso del último mes",
        "Nous demandons un geste commercial",
        "Bitte um Gutschrift für den Ausfall",
        "Queremos o estorno da cobrança",
        "Chiediamo il rimborso",
        "Ik wil mijn geld terug",
    ],
    "leave": [
        "We won't be continuing after the pilot",
        "i'm not continuing with you next year",
        "Wir werden das Tool nach dem Projekt nicht weiter nutzen",
        "No vamos a seguir con ustedes el año que viene",
        "Nous ne continuerons pas après l'essai",
        "Não vamos continuar depois do teste",
        "Non continueremo dopo la prova",
        "We gaan niet verder na de proefperiode",
        "please cancel my subscription",
        "cancel pls",
        "We won't be renewing in March",
        "we're moving to another provider at year end",
        "cut us to 5 seats or we walk",
        "looking at alternatives, your pricing is a joke",
        "downgrade us to the free plan",
        "close our account",
        "Quiero cancelar mi suscripción",
        "Je veux résilier notre contrat",
        "Je veux resilier notre contrat",
        "Wir möchten kündigen",
        "Não vamos renovar o contrato",
        "Vogliamo disdire l'abbonamento",
        "Wij willen ons abonnement opzeggen",
        "quiero bajar de plan, de Pro a Starter",
        "Nous avons décidé de fermer notre boutique à la fin de l'année",
        "we don't want to pay for 25 seats anymore, move us down",
        "we no longer want to keep paying for the annual plan",
    ],
    "outage": [
        "nobody on my team can log in",
        "every request returns 503 since 9am",
        "Is the service down?",
        "all our users get a 502 error",
        "none of our customers receive emails since this morning",
        "checkout failing for every customer",
        "Todos nuestros usuarios ven un error 500",
        "Personne ne peut se connecter depuis ce matin",
        "Niemand kann sich anmelden",
        "Ninguém consegue acessar o sistema",
        "Nessuno riesce ad accedere",
        "Niemand kan inloggen, alles geeft een foutmelding",
        "Er is een storing, niemand kan inloggen",
    ],
    "human": [
        "kunt u mij morgen terugbellen?",
        "Könnte mich bitte jemand zurückrufen?",
        "quelqu'un peut me rappeler cet après-midi ?",
        "¿pueden llamarme al móvil?",
        "potete richiamarmi domani?",
        "alguém pode me ligar hoje?",
        "let me talk to someone real",
        "get me your manager",
        "I want a person to look at our numbers with me",
        "not a bot please, a real human",
        "call me asap",
        "can we schedule a phone call with someone from your team?",
        "Quiero hablar con una persona",
        "Je veux parler à un conseiller",
        "Ich möchte mit einem Menschen sprechen",
        "Quero falar com uma pessoa",
        "Voglio parlare con un operatore",
        "Ik wil met een medewerker spreken",
        "can one of your developers hop on a 15 minute call with us?",
        "We'd like to speak directly with your security officer before signing",
    ],
    "privacy": [
        "Our lawyers need every chat log from March preserved until the dispute is resolved",
        "please make sure the invoices are not deleted, we have a tribunal claim pending",
        "our solicitors will be in touch about this",
        "delete all our data under GDPR",
        "Please erase my personal data",
        "send us a complete export of every record you hold",
        "our lawyer will be in touch",
        "can you sign our DPA?",
        "this is a GDPR request: send us everything you hold on me",
        "our legal team marked up your DPA with their changes, who do we send it to?",
        "Ein Mitarbeiter hat ein Auskunftsersuchen nach Art. 15 DSGVO gestellt",
        "attached is our vendor questionnaire, can you fill it out by Friday?",
        "how do i delete my account",
        "wipe all data pls",
        "will you sign a HIPAA business associate agreement with us?",
        "nos termos da LGPD solicito a portabilidade dos meus dados",
        "we need your security questionnaire filled in",
        "Borren todos nuestros datos",
        "Bitte löschen Sie alle unsere Daten",
        "please make sure all our records are purged from your servers and backups",
        "Solicito la supresión de mis datos personales",
        "ejercemos nuestro derecho de supresión",
    ],
    "security": [
        "someone logged into our account from another country",
        "I think we were hacked",
        "there are logins I didn't make this morning",
        "Alguien accedió a nuestra cuenta",
        "Unser Konto wurde gehackt",
        "a contractor pushed our API key to a public GitHub repo last week",
        "la presse parle d'une fuite de données chez vous, nos clients sont-ils concernés ?",
    ],
    "defect": [
        "the export is blank",
        "the download button is broken",
        "report shows the wrong totals since the update",
        "app keeps crashing when I open settings",
        "the reset link in the email leads to a 404",
        "clicking Pay takes customers to an error page",
    ],
}

QUIET = {
    "money": [
        "how do I reverse a charge for my customer?",
        "how do I remove the fee from my checkout page",
        "void the fee for each of my clients",
        "how do I refund my customer's order",
        "how do I create a discount code",
        "how do I issue a partial refund",
        "where is your refund policy?",
        "create a credit note for my client",
        "how long does a refund usually take to show on the card once it is granted?",
        "Bonjour, comment fonctionnent les remboursements chez vous ?",
        "is there a discount if we pay yearly?",
        "a customer returned two mugs, how do I give her money back?",
        "how do I send refund confirmation emails to my shoppers?",
        "store refunds not showing in the sales report",
        "we already refunded him through our till, why is the sale still counted?",
    ],
    "leave": [
        "we won't continue the import until you confirm the mapping",
        "I'm not staying logged in after an hour, is that normal?",
        "cancel a shift",
        "how do I cancel an invoice",
        "how to cancel a scheduled message",
        "how do I cancel a meeting I created",
        "the cancel button in the dialog does nothing",
        "a customer of ours ended their subscription with us, how do I remove them?",
        "I don't want to pay for shipping anymore, how do I offer it free?",
    ],
    "outage": [
        "everyone needs access, how do I invite them",
        "is there a status page?",
        "the download button is broken",
        "one user gets an error on the reports page",
        "can we get an email when you have an incident?",
        "we would prefer that you stop storing message bodies",
    ],
    "human": [
        "kunnen we ons team bellen via de app?",
        "how do my clients call us from the booking page?",
        "contact my customer",
        "how do I call my client from the app",
        "our human resources team needs access",
        "how do I talk to my team in the app",
        "we let a manager go yesterday, how do I remove her access?",
        "como cambio el rol de un empleado a manager?",
        "replies should reach a real person on our support team",
        "could you add automated voice calls? a phone call would reach our older clients",
    ],
    "privacy": [
        "how long do you retain logs? our insurer asks",
        "do you keep backups in case of a dispute about an invoice?",
        "how do I delete a test record",
        "export a report to CSV",
        "delete the draft template",
        "where do I sign your standard DPA?",
        "where can I find your list of subprocessors?",
        "is our data stored in the EU? we need it for our GDPR assessment",
        "our DPO asks whether backups are encrypted",
        "how long until deleted files are removed from your backups?",
    ],
    "security": [
        "where are the security settings?",
        "how can we prevent phishing emails to staff?",
    ],
    "defect": [
        "how do I change my logo?",
        "Please dont send me another article",
    ],
}


@pytest.mark.parametrize(("rule", "text"), [(r, t) for r, texts in FIRES.items() for t in texts])
def test_fires(rule: str, text: str) -> None:
    assert rule in fired(text), detect(text)


@pytest.mark.parametrize(("rule", "text"), [(r, t) for r, texts in QUIET.items() for t in texts])
def test_near_miss_stays_quiet(rule: str, text: str) -> None:
    assert rule not in fired(text), detect(text)


def test_quoted_earlier_messages_are_not_the_customers_words() -> None:
    text = "Thanks, that worked.\n\nOn Mon, 3 Nov 2026, Support wrote:\n> Refunds are handled by billing."
    assert fired(text) == frozenset()


def test_near_miss_in_one_sentence_does_not_hide_a_request_in_another() -> None:
    assert "money" in fired("How do I refund my customer? Also I want a refund for our own plan.")


def test_category_follows_the_detectors() -> None:
    assert correct_category("billing", frozenset({"leave", "money"})) == "cancellation"
    assert correct_category("how_to", frozenset({"outage"})) == "outage"
    assert correct_category("other", frozenset({"security"})) == "account_access"
    assert correct_category("outage", frozenset({"money"})) == "outage"  # a credit asked for in an outage
    assert correct_category("integration", frozenset({"defect"})) == "integration"
    assert correct_category("feature_request", frozenset({"defect"})) == "bug_report"
    assert correct_category("how_to", frozenset()) == "how_to"


def test_a_trained_intent_on_a_near_miss_is_explained_away() -> None:
    from agents.detectors import confirm

    assert confirm(frozenset({"leave"}), "cancel a shift") == frozenset()
    assert confirm(frozenset({"money"}), "how do I refund my own client") == frozenset()
    assert confirm(frozenset({"human"}), "contact my customer") == frozenset()
    assert confirm(frozenset({"leave"}), "we are done with you, find another vendor") == {"leave"}
    assert confirm(frozenset({"money"}), "we expect something for the trouble") == {"money"}


def test_near_misses_match_every_form_of_the_word() -> None:
    from agents.detectors import confirm

    # "reimbursing" is not "reimburse" + letters: stems, not whole words, in the near-miss patterns
    assert confirm(frozenset({"money"}), "Reimbursing a staff member who paid for supplies") == frozenset()


FIX_FAILED = [
    "We applied the workaround from your known issue article but the export is still empty",
    "your article says this was fixed in 4.2, we're on 4.3 and it still happens",
    "the workaround didn't help at all",
    "Hemos aplicado la solución del artículo y sigue fallando",
    "Le contournement ne fonctionne pas chez nous",
    "Der Workaround hat nicht geholfen",
    "A solução do artigo não funcionou",
    "La soluzione indicata non ha funzionato",
    "De workaround helpt niet, nog steeds dezelfde fout",
]
FIX_NOT_FAILED = [
    "the workaround worked, thanks!",
    "is there a fix yet? it still happens every morning",
    "export broken since the update",
    "> We applied the workaround and it still fails\nThanks, all good now.",
]


@pytest.mark.parametrize("text", FIX_FAILED)
def test_a_workaround_that_did_not_help_is_recognised(text: str) -> None:
    assert cues.has(cues.FIX_FAILED, normalise(text))


@pytest.mark.parametrize("text", FIX_NOT_FAILED)
def test_a_workaround_that_helped_or_was_not_tried_is_not(text: str) -> None:
    assert not cues.has(cues.FIX_FAILED, normalise(text))
