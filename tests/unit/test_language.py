"""Offline language detection: seven languages, short and mixed texts, pasted English errors, defaults."""

import pytest

from agents.language import LANGUAGES, detect_language, language_scores

SENTENCES = {
    "en": [
        "I can't log into my account since this morning.",
        "We were charged twice for the same invoice, please fix it.",
        "How do I export a report to CSV?",
        "The whole platform is down for everyone in our office.",
        "It would be great if you could add a dark mode.",
        "Thanks for the quick help yesterday!",
    ],
    "es": [
        "No puedo entrar en mi cuenta desde esta mañana.",
        "Nos habéis cobrado dos veces la misma factura, por favor revisadlo.",
        "¿Cómo puedo exportar un informe a Excel?",
        "La plataforma está caída para todo el equipo.",
        "Estaría genial poder programar los envíos para más tarde.",
        "Muchas gracias por la ayuda de ayer.",
    ],
    "fr": [
        "Je n'arrive plus à me connecter à mon compte depuis ce matin.",
        "Nous avons été prélevés deux fois pour la même facture.",
        "Comment est-ce que je peux exporter un rapport en CSV ?",
        "Le service est indisponible pour tous nos utilisateurs.",
        "Ce serait pratique de pouvoir programmer l'envoi des e-mails.",
        "Merci beaucoup pour votre aide d'hier !",
    ],
    "de": [
        "Ich kann mich seit heute Morgen nicht mehr anmelden.",
        "Uns wurde dieselbe Rechnung zweimal abgebucht, bitte prüfen Sie das.",
        "Wie kann ich einen Bericht als CSV exportieren?",
        "Die Plattform ist für alle Kollegen nicht erreichbar.",
        "Es wäre toll, wenn man eigene Rollen anlegen könnte.",
        "Vielen Dank für die schnelle Hilfe gestern!",
    ],
    "pt": [
        "Não consigo entrar na minha conta desde hoje de manhã.",
        "Vocês cobraram duas vezes a mesma fatura, por favor verifiquem.",
        "Como faço para exportar um relatório para o Excel?",
        "O sistema está fora do ar para toda a empresa.",
        "Seria ótimo poder agendar o envio dos e-mails para mais tarde.",
        "Obrigado pela ajuda de ontem!",
    ],
    "it": [
        "Non riesco ad accedere al mio account da stamattina.",
        "Ci avete addebitato due volte la stessa fattura, potete controllare?",
        "Come posso esportare un report in CSV?",
        "La piattaforma non è raggiungibile per nessuno dei nostri utenti.",
        "Sarebbe utile poter programmare l'invio delle email.",
        "Grazie mille per l'aiuto di ieri!",
    ],
    "nl": [
        "Ik kan sinds vanochtend niet meer inloggen op mijn account.",
        "We zijn twee keer gefactureerd voor dezelfde factuur, kunnen jullie dat nakijken?",
        "Hoe exporteer ik een rapport naar CSV?",
        "Het platform is voor al onze medewerkers onbereikbaar.",
        "Het zou fijn zijn als we e-mails konden inplannen.",
        "Bedankt voor de snelle hulp gisteren!",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, texts in SENTENCES.items() for text in texts]
)
def test_sentences(language, text):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("cant login", "en"),
        ("site down", "en"),
        ("help", "en"),
        ("hola", "es"),
        ("no funciona", "es"),
        ("no puedo entrar", "es"),
        ("merci !", "fr"),
        ("ça ne marche pas", "fr"),
        ("danke", "de"),
        ("geht nicht", "de"),
        ("não consigo entrar", "pt"),
        ("obrigado", "pt"),
        ("grazie", "it"),
        ("non funziona", "it"),
        ("werkt niet", "nl"),
        ("bedankt", "nl"),
        ("NAO CONSIGO FAZER LOGIN", "pt"),
        ("NO PUEDO ENTRAR A MI CUENTA", "es"),
        ("HOW DO I CHANGE MY PASSWORD", "en"),
    ],
)
def test_short_texts(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "ok", "?!", "12345", "502", "CSV", "T-0001"])
def test_empty_or_no_evidence_is_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # English error messages pasted inside the customer's own words.
        (
            'Al exportar me sale "Error: Could not connect to the server, please try again later" y no puedo hacer nada.',
            "es",
        ),
        (
            "Hola, cuando guardo la factura aparece esto:\nError: The request could not be completed because the session has expired.\n¿Qué hago?",
            "es",
        ),
        ("Der PDF-Export bricht immer mit 'Request failed with status code 500' ab.", "de"),
        (
            "Bonjour, depuis ce matin j'ai ce message : « Something went wrong, please try again » quand je clique sur Enregistrer.",
            "fr",
        ),
        (
            "Quando tento salvar aparece Unable to process the request, please try again later e não consigo continuar.",
            "pt",
        ),
        (
            "Ciao, il pulsante `Save changes` non fa niente e in console vedo:\n```\nTypeError: Cannot read properties of undefined (reading 'id')\n    at saveForm (app.js:120)\n```\nCome posso fare?",
            "it",
        ),
        (
            'Onze webhooks geven sinds gisteren dit terug:\n{"error": "invalid_signature", "message": "The signature does not match"}\nWat moeten we doen?',
            "nl",
        ),
        (
            "No se puede. Error: Access denied for user. Please contact your administrator to request access.",
            "es",
        ),
        ("Me sale este error: The server could not process your request at this time, please wait", "es"),
        (
            "Cuando intento exportar aparece Unable to process the request, please try again later y no puedo seguir.",
            "es",
        ),
        # The reverse: an English message quoting a foreign label or name stays English.
        (
            "Our Spanish customers see 'No se ha podido completar el pago' at checkout. What does it mean?",
            "en",
        ),
        ("Please add our client Müller & Söhne GmbH to the invoice, the address is Hauptstraße 5.", "en"),
        ("Are your servers in the EU? Our DPO at acme.com.br wants to know.", "en"),
        ("We'd like to upgrade to Pro. Is the price per seat or per account?", "en"),
    ],
)
def test_mixed_texts(text, language):
    assert detect_language(text) == language


def test_urls_and_code_do_not_count():
    text = (
        "Ik krijg een fout op https://app.example.com/the/page/for/you?with=the&query=that en het werkt niet."
    )
    assert detect_language(text) == "nl"


def test_scores_cover_only_known_languages():
    scores = language_scores("Bonjour, je ne peux pas me connecter depuis hier. Merci d'avance.")
    assert set(scores) <= set(LANGUAGES)
    assert max(scores, key=lambda lang: scores[lang]) == "fr"


def test_curly_apostrophes_and_elisions():
    assert detect_language("Je n’arrive pas à m’identifier, l’application refuse mon mot de passe") == "fr"
    assert detect_language("Non riesco ad accedere all’area riservata dell’azienda") == "it"
    assert detect_language("I can’t find where to change it, it’s not in settings") == "en"
