"""Cross-lingual query expansion: glossary shape, realistic messages per language, phrases, accents (speed: scripts/bench_text.py)."""

import pytest
import yaml

from agents.translate import GLOSSARY_PATH, expand, gloss, languages, load_glossary, words

LANGS = ("es", "fr", "de", "pt", "it", "nl")


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def _has(glosses: str, *expected: str) -> bool:
    padded = f" {glosses} "
    return all(f" {e} " in padded for e in expected)


# --- the glossary file ------------------------------------------------------------------------------------


def test_glossary_covers_the_six_languages_with_a_few_hundred_entries_each(glossary):
    assert set(glossary) == set(LANGS)
    assert set(languages()) == set(LANGS)
    for lang, entries in glossary.items():
        assert 300 <= len(entries) <= 500, (lang, len(entries))


def test_glossary_keys_are_lower_case_and_have_english_values(glossary):
    for lang, entries in glossary.items():
        for key, value in entries.items():
            assert key == key.lower(), (lang, key)
            assert key.strip() == key and value.strip() == value, (lang, key)
            assert value.isascii(), (lang, key, value)


def test_glossary_has_no_duplicate_keys():
    """PyYAML keeps the last of two equal keys silently; the file must not rely on that."""
    root = yaml.compose(GLOSSARY_PATH.read_text(encoding="utf-8"))
    assert isinstance(root, yaml.MappingNode)
    for lang_node, entries_node in root.value:
        assert isinstance(entries_node, yaml.MappingNode)
        keys = [key.value for key, _ in entries_node.value]
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        assert not duplicates, (lang_node.value, duplicates)


def test_keys_equal_without_accents_mean_the_same(glossary):
    for lang, entries in glossary.items():
        seen: dict[str, tuple[str, str]] = {}
        for key, value in entries.items():
            normal = " ".join(words(key))
            other = seen.setdefault(normal, (key, value))
            assert other[1] == value, (lang, key, other)


@pytest.mark.parametrize(
    ("lang", "key", "english"),
    [
        ("es", "contraseña", "password"),
        ("es", "iniciar sesión", "log in"),
        ("es", "reembolso", "refund"),
        ("fr", "mot de passe", "password"),
        ("fr", "facture", "invoice"),
        ("de", "rückerstattung", "refund"),
        ("pt", "senha", "password"),
        ("pt", "folha de pagamento", "payroll"),
        ("it", "fattura", "invoice"),
        ("nl", "wachtwoord", "password"),
    ],
)
def test_core_vocabulary(glossary, lang, key, english):
    assert glossary[lang][key] == english


# --- realistic messages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "No puedo iniciar sesión, la contraseña no funciona",
            ("cannot", "log in", "password", "not working"),
        ),
        (
            "es",
            "Nos habéis cobrado dos veces la misma factura, por favor revisadlo.",
            ("charged", "twice", "invoice"),
        ),
        (
            "es",
            "La app se bloquea al exportar el informe de horas extras de mis empleados.",
            ("crashes", "export", "report", "employees"),
        ),
        (
            "es",
            "Me gustaría hablar con una persona sobre el IVA de nuestras sucursales.",
            ("would like", "talk to", "person", "VAT", "branch"),
        ),
        (
            "es",
            "Sería genial poder sincronizar el calendario con los turnos de cada tienda.",
            ("feature request would be great", "sync", "calendar", "store"),
        ),
        (
            "fr",
            "Je n'arrive plus à me connecter à mon compte, mot de passe oublié.",
            ("log in", "account", "password", "forgot"),
        ),
        (
            "fr",
            "Nous avons été prélevés deux fois pour la même facture, merci de nous rembourser.",
            ("charged", "twice", "invoice", "refund"),
        ),
        (
            "fr",
            "Les plannings de nos salariés ont disparu et la pointeuse ne fonctionne pas.",
            ("schedule", "employee", "disappeared", "not working"),
        ),
        ("fr", "Comment exporter les feuilles de temps vers la paie ?", ("export", "payroll")),
        (
            "de",
            "Ich kann mich seit heute nicht mehr anmelden, das Passwort wird abgelehnt.",
            ("log in", "password", "rejected"),
        ),
        (
            "de",
            "Uns wurde dieselbe Rechnung zweimal abgebucht, bitte um Rückerstattung.",
            ("invoice", "twice", "charged", "refund"),
        ),
        (
            "de",
            "Der Dienstplan unserer Filiale zeigt die Überstunden falsch an und der Stundenzettel fehlt.",
            ("wrong", "missing"),
        ),
        (
            "de",
            "Wir möchten die Kündigung zum Monatsende und eine Kopie aller Daten gemäß DSGVO.",
            ("cancellation", "data", "GDPR"),
        ),
        (
            "pt",
            "Não consigo fazer login, a senha não funciona desde ontem.",
            ("cannot", "log in", "password", "not working", "yesterday"),
        ),
        (
            "pt",
            "Fomos cobrados duas vezes na fatura deste mês, queremos o reembolso.",
            ("charged", "twice", "invoice", "month", "refund"),
        ),
        (
            "pt",
            "Os funcionários não conseguem bater ponto no aplicativo do celular.",
            ("employee", "cannot", "app", "mobile phone"),
        ),
        ("it", "Non riesco ad accedere, la password è sbagliata.", ("cannot", "log in", "wrong")),
        (
            "it",
            "Ci avete addebitato due volte la fattura, vorrei un rimborso.",
            ("charged", "twice", "invoice", "would like", "refund"),
        ),
        (
            "it",
            "I turni dei dipendenti sono scomparsi dal calendario e le notifiche non arrivano.",
            ("employees", "calendar", "notification", "not arriving"),
        ),
        (
            "nl",
            "Ik kan niet inloggen, mijn wachtwoord werkt niet meer.",
            ("cannot log in", "password", "stopped working"),
        ),
        (
            "nl",
            "We zijn twee keer gefactureerd voor hetzelfde abonnement, graag terugbetaling.",
            ("twice", "billed", "subscription", "refund"),
        ),
        (
            "nl",
            "Het rooster van onze medewerkers laadt niet en de urenregistratie ontbreekt.",
            ("employees staff", "not loading", "missing"),
        ),
    ],
)
def test_realistic_messages(lang, text, expected):
    glosses = gloss(text, lang)
    assert _has(glosses, *expected), glosses


def test_glosses_are_in_text_order_and_each_once():
    glosses = gloss("Factura, factura y otra factura; la contraseña y la factura", "es")
    assert glosses == "invoice password"
    assert gloss("contraseña factura", "es") == "password invoice"


# --- matching rules ---------------------------------------------------------------------------------------


def test_phrase_is_matched_before_its_words():
    assert gloss("no funciona", "es") == "not working"
    assert gloss("funciona", "es") == "works"
    assert gloss("mot de passe", "fr") == "password"
    assert gloss("iniciar sesión", "es") == "log in"


def test_longest_phrase_wins():
    assert gloss("funktioniert nicht mehr", "de") == "stopped working"
    assert gloss("funktioniert nicht", "de") == "not working"
    assert gloss("ik kan niet inloggen", "nl") == "cannot log in"
    assert gloss("ik kan niet", "nl") == "cannot"


def test_missing_accents_and_case_are_tolerated():
    assert gloss("CONTRASENA y FACTURACION", "es") == "password billing"
    assert gloss("Nao consigo ver a fatura", "pt") == "cannot invoice"
    assert (
        gloss("je ne recois pas la facture, telecharger impossible", "fr") == "not receiving invoice download"
    )
    assert gloss("la funzionalita non funziona piu", "it") == "feature stopped working"


def test_german_umlauts_typed_as_two_letters_and_sharp_s():
    assert gloss("Rueckerstattung nach Kuendigung", "de") == "refund cancellation"
    assert gloss("Loeschung", "de") == gloss("Löschung", "de") != ""
    assert gloss("weisser Bildschirm", "de") == gloss("weißer Bildschirm", "de") == "blank screen"


def test_word_boundaries_are_respected():
    assert gloss("cargo", "es") == "charge"
    assert gloss("cargos", "es") == "charges"
    assert gloss("descargar", "es") == "download"  # not "charge" inside
    assert "password" not in gloss("Contraseñario", "es")


def test_hyphens_and_elisions_split_words():
    assert gloss("l'application ne fonctionne pas", "fr") == "app not working"
    assert gloss("mi e-mail", "es") == "email"
    assert gloss("Zwei-Faktor-Authentifizierung", "de") == "two-factor authentication"


def test_german_compounds():
    assert gloss("Passwort", "de") == "password"
    assert gloss("Arbeitszeit und Datenschutz", "de") == "working hours data protection privacy"
    assert gloss("Mitarbeiter der Filiale", "de") == "employee staff branch store"
    # not listed: split into two listed words, with a linking "s" or an inflected head
    assert gloss("Passwortänderung", "de") == "password change"
    assert gloss("Urlaubstage", "de") == "vacation time off day"
    assert gloss("Lohnabrechnungsbericht", "de") == "payroll report"


def test_dutch_compound():
    assert gloss("wachtwoordherstel", "nl") == "password recovery"


def test_unlisted_plurals_fall_back_to_the_singular():
    assert gloss("sucursales", "es") == "branch"
    assert gloss("notificações", "pt") == "notification"
    assert gloss("notifiche", "it") == "notification"
    assert gloss("Standorte", "de") == "location"


# --- languages, empty text, expand ------------------------------------------------------------------------


def test_english_and_unknown_languages_have_no_glosses():
    assert gloss("No puedo iniciar sesión", "en") == ""
    assert gloss("No puedo iniciar sesión", "ja") == ""
    assert gloss("No puedo iniciar sesión", "") == ""


def test_regional_language_codes():
    assert gloss("senha", "pt-BR") == "password"
    assert gloss("contraseña", "es_MX") == "password"
    assert gloss("Passwort", "DE") == "password"


def test_empty_text():
    for lang in (*LANGS, "en"):
        assert gloss("", lang) == ""
        assert gloss("   \n", lang) == ""
        assert expand("", lang) == ""
    assert expand("") == ""


def test_nothing_known_leaves_text_unchanged():
    assert expand("Xyzzy plugh", "es") == "Xyzzy plugh"


def test_english_text_is_unchanged_by_expand():
    for text in (
        "I can't log into my account since this morning.",
        "We were charged twice for the same invoice, please fix it.",
        "The schedule for our store shows the wrong overtime.",
    ):
        assert expand(text) == text
        assert expand(text, "en") == text


def test_expand_detects_the_language():
    text = "No puedo iniciar sesión, la contraseña no funciona"
    expanded = expand(text)
    first, _, second = expanded.partition("\n")
    assert first == text
    assert _has(second, "log in", "password")
    assert expand(text, "es") == expanded


def test_expand_with_explicit_language():
    text = "Wachtwoord vergeten"
    assert expand(text, "nl") == f"{text}\nforgot password"
    assert expand(text, "en") == text


def test_expand_keeps_the_whole_original_text():
    text = "Hola,\n\nla factura está mal.\nGracias"
    assert expand(text, "es").startswith(text + "\n")
