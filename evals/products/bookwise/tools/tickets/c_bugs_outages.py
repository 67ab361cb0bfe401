from .common import T, NO_PROMISE

OUT = ["outage-and-status-policy"]
# ---------------- bug_report ----------------
T("en", "acc_015", "email", "Duplicate bank transactions",
  "Since I reconnected our Harbour Mutual feed on Monday (the 90-day thing), the last couple of days before that show up twice in Match and the statement balance is off by about £3,100. Which ones do I delete?",
  "bug_report", "normal", "answer", ["ki-bank-feed-duplicate-transactions"], ["Delete"], [], [], [])
T("en", "acc_002", "email", "Logo missing from PDFs",
  "Our logo shows in the preview but the PDFs clients receive have a blank space where it should be. Started after we refreshed the template last week. The logo is a 2.4 MB PNG.",
  "bug_report", "normal", "answer", ["ki-invoice-pdf-logo-missing"], ["1 MB"], [], [], [])
T("en", "acc_024", "chat", "vat return 7p out",
  "vat return box 1 is 7p different from the VAT detail report. which one is right?? submitting tomorrow",
  "bug_report", "normal", "answer", ["ki-vat-return-rounding"], ["Adjust"], [], [], ["short_chat"])
T("en", "acc_014", "email", "November invoice never created",
  "Our monthly maintenance invoice for Greyfriars Court is set up on repeat on the 31st. October went out fine, nothing at all in November. No error anywhere.",
  "bug_report", "normal", "answer", ["ki-recurring-invoice-month-end"], ["Last day of month"], [], [], [])
T("en", "acc_023", "in_app", "Unsupported file type",
  "Dragging photos from my iPhone into Snap gives \"Unsupported file type\". They're just receipts from my camera roll.",
  "bug_report", "normal", "answer", ["ki-snap-heic-upload"], ["JPG"], [], [], [])
T("en", "acc_019", "chat", "xlsx export empty",
  "xlsx export of the P&L downloads a 0 KB file, Excel says format not valid. I'm on a Mac, Safari",
  "bug_report", "normal", "answer", ["ki-reports-xlsx-safari"], ["CSV"], [], [], ["short_chat"])
T("en", "acc_012", "email", "FX revaluation figures look off",
  "Our auditors have queried the unrealised FX loss on our September month-end revaluation (run 30 Sept) - the EUR rate used looks like the 29th's rate. Is this a known problem and how do we correct it?",
  "bug_report", "normal", "answer", ["ki-fx-revaluation-wrong-rate"], ["Reverse"], [], [], [])
T("fr", "acc_007", "email", "Logo absent des PDF",
  "Bonjour, depuis que j'ai modifié notre modèle de facture, le logo n'apparaît plus dans les PDF envoyés aux clients (il est bien là dans l'aperçu). C'est très peu professionnel. Claire - Atelier Brume",
  "bug_report", "normal", "answer", ["ki-invoice-pdf-logo-missing"], [], [], [], ["non_english"])
T("de", "acc_008", "email", "Doppelte Buchungen im Bankabgleich",
  "Hallo, nach dem Neuverbinden unseres Bankkontos (Zustimmung nach 90 Tagen erneuert) sind die Umsätze der letzten zwei Tage doppelt da. Wie bekomme ich die wieder weg, ohne etwas kaputt zu machen? Gruß Jonas Brandt",
  "bug_report", "normal", "answer", ["ki-bank-feed-duplicate-transactions"], [], [], [], ["non_english"])
T("nl", "acc_030", "chat", "factuur niet aangemaakt",
  "onze terugkerende factuur staat op de 31e en in november is er gewoon niks aangemaakt?? klant wacht erop",
  "bug_report", "normal", "answer", ["ki-recurring-invoice-month-end"], [], [], [], ["non_english", "short_chat"])
T("es", "acc_006", "in_app", "fotos del iPhone",
  "Las fotos de los tickets que hago con el iPhone no se suben en la web, dice tipo de archivo no admitido. Con las de Android de mi hermano sí funciona.",
  "bug_report", "normal", "answer", ["ki-snap-heic-upload"], [], [], [], ["non_english"])
T("en", "acc_034", "email", "Payslips arriving late",
  "Our carers are phoning the office because payslips from Friday's pay run didn't reach them until the evening. Pay run looks fine. Can you speed this up? Some of them don't have the portal login.",
  "bug_report", "normal", "escalate", ["ki-paydays-payslip-email-delay"], [], [], [5], [])
T("en", "acc_005", "email", "Can't match part payment",
  "A German insurer paid part of a EUR invoice into our GBP account. Match shows no suggestion and Find & match doesn't list the invoice at all. How do I record this without messing things up?",
  "bug_report", "normal", "escalate", ["ki-match-foreign-currency-suggestions"], [], [], [5], [])
T("en", "acc_018", "chat", "error 500 approving invoices",
  "every time I click Approve and send I get \"Something went wrong (error 500)\". tried 5 different invoices, chrome and edge. month end today",
  "bug_report", "high", "escalate", [], [], [], [5], ["short_chat"])
T("en", "acc_032", "email", "Where have our October invoices gone?!",
  """Hi,

I've just opened Sales > Invoices and there is nothing dated October. Nothing. We issued 60+ invoices that month. The customers have them, the bank shows payments coming in against them, but in Bookwise they've vanished. Reports for October show zero sales.

This is really worrying. Please look at it now.
Freya Lindqvist, Saltmarsh Brewing Co.""",
  "bug_report", "urgent", "escalate", [], [], [], [5], ["long_email"])
T("en", "acc_016", "email", "Quote VAT total wrong",
  "Quotes with a discount line show the VAT total calculated before the discount, so the total on the PDF is wrong. We can't send quotes like this to clients. Example QU-0311.",
  "bug_report", "high", "escalate", [], [], [], [5], [])
T("en", "acc_001", "in_app", "app crashes on snap",
  "android app closes as soon as I tap Snap. reinstalled twice. I can still upload on the laptop but it's a pain",
  "bug_report", "normal", "escalate", [], [], [], [5], ["short_chat"])
T("en", "acc_003", "email", "Aged receivables wrong for client",
  "For one client the aged receivables report shows invoices from June as outstanding although they are marked paid and reconciled. The customer ledger is correct. Client's credit controller is chasing paid invoices because of it.",
  "bug_report", "normal", "escalate", [], [], [], [5], [])
T("en", "acc_031", "chat", "search broken",
  "search doesn't find ANY contact. type the exact name, nothing. fix it",
  "bug_report", "normal", "escalate", [], [], [], [5], ["angry", "short_chat"])
T("it", "acc_010", "email", "Conto economico non si apre",
  "Buongiorno, da ieri il conto economico in Insights non si carica: resta la rotellina per minuti e poi niente. Gli altri report funzionano. Domani abbiamo la riunione con i soci. Giulia",
  "bug_report", "normal", "escalate", [], [], [], [5], ["non_english"])
T("pt", "acc_009", "email", "Erro ao aprovar fatura",
  "Boa tarde, quando tento aprovar qualquer fatura aparece \"Tax rate not found\". Não mudei nada nas taxas de IVA. Não consigo faturar nada hoje. Inês",
  "bug_report", "high", "escalate", [], [], [], [5], ["non_english"])
T("en", None, "chat", "invoice total wrong",
  "invoice wrong. discount 10% not taken off total",
  "bug_report", "normal", "escalate", [], [], [], [5], ["keywords"])
T("en", "acc_021", "email", "Reminders going to people who paid",
  "Two patients have complained today that they got an overdue reminder for invoices they paid by card last week. The invoices show as Paid in Bookwise. Embarrassing for a new practice!",
  "bug_report", "normal", "escalate", [], [], [], [5], [])
T("es", "acc_025", "email", "Presupuestos aceptados",
  "Hola, los clientes aceptan los presupuestos en el enlace pero en Bookwise siguen saliendo como enviados, no cambian a aceptado y no me llega el email. Ya van tres. Javier",
  "bug_report", "normal", "escalate", [], [], [], [5], ["non_english"])
T("en", "acc_012", "email", "All our bank rules have gone",
  "Overnight every one of our ~140 bank rules has disappeared from Banking > Bank rules. Nobody here deleted them (audit log shows nothing). Thousands of lines now need coding by hand.",
  "bug_report", "urgent", "escalate", [], [], [], [5], [])
T("en", "acc_004", "email", "Same problem again",
  """I want to talk to an actual person about this please, not another help article.

> On Tue 17 Nov 2026, Bookwise Support <support@bookwise.example> wrote:
> Thanks for reporting this. This is a known issue with iPhone photos (HEIC) - please use the mobile app
> or export the photo as JPG before uploading.

That's fine for one receipt but I have 200 of them from the summer in my photo library. Converting each one is not a solution.

Callum""",
  "bug_report", "normal", "escalate", ["ki-snap-heic-upload", "support-hours-and-contact"], [], [], [7], ["quoted_thread"], date="2026-11-18T10:02:00Z")

# ---------------- outage ----------------
T("en", "acc_012", "email", "API returning 502",
  "Every request to api.bookwise.example/v2 has returned 502 Bad Gateway since 08:40 UTC. Our dispatch system posts invoices every 5 minutes and 300+ are queued. Nothing changed on our side.",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["outage_symptom"])
T("en", "acc_034", "chat", "nobody can log in",
  "nobody at Amberley can log in, we just get a spinning wheel after the password. 30 staff. payroll is due today",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["outage_symptom", "short_chat"])
T("en", "acc_002", "email", "Invoices stuck on Sending",
  "Nothing has gone out since 9am. Every invoice we approve sits at \"Sending\" and clients say they've received nothing. We've tried 14 invoices across both companies.",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["outage_symptom"])
T("en", "acc_019", "email", "No bank feeds updating",
  "None of our 6 bank accounts have updated since yesterday 07:00 UTC - different banks, different currencies. Refresh now just spins. Status page says green.",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["outage_symptom"])
T("en", None, "chat", "is it down",
  "is bookwise down? page won't load at all",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["short_chat"])
T("en", "acc_015", "email", "Clients can't pay",
  "Three clients in the last hour have told us the Pay now button fails with \"Payment could not be processed\". I tried with my own card on one of our invoices - same. We rely on card payments for most retainers.",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["outage_symptom"])
T("en", "acc_003", "email", "Practice unusable",
  "Since about 10:00 every client in Practice takes 40+ seconds to open and half the time times out. The whole team (12 of us) is affected, on different networks. It's the week before the VAT deadline.",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["outage_symptom"])
T("es", "acc_006", "chat", "no carga nada",
  "desde esta mañana no carga nada, ni en el móvil ni en el ordenador. mi hermana tampoco puede entrar",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["non_english", "outage_symptom", "short_chat"])
T("fr", None, "email", "Impossible d'accéder à Bookwise",
  "Bonjour, depuis 14h aucun poste du cabinet n'arrive à ouvrir Bookwise, on a une page d'erreur 503. Nous avons vérifié notre connexion, tout le reste fonctionne. Merci de nous tenir informés. Cabinet Lemaire",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["non_english", "outage_symptom"])
T("de", "acc_027", "email", "Weiße Seite bei allen Kollegen",
  "Seit 10 Uhr bekommen alle Kolleginnen und Kollegen in der Kanzlei beim Öffnen von Bookwise nur eine weiße Seite. Browser egal. Wir können für keinen Mandanten arbeiten. Bitte dringend um Rückmeldung. P. Klar",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["non_english", "outage_symptom"])
T("it", "acc_029", "email", "Snap non funziona",
  "Da ieri pomeriggio nessuna ricevuta viene letta, restano tutte \"in elaborazione\", sia dall'app che caricate dal PC. Anche mia moglie ha lo stesso problema. Marco",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["non_english", "outage_symptom"])
T("nl", "acc_030", "email", "Niemand kan facturen versturen",
  "Sinds vanochtend 8 uur kan niemand bij ons nog een factuur versturen, we krijgen foutmelding 503. Ook op verschillende laptops en de app. Graag snel reactie. Pieter",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["non_english", "outage_symptom"])
T("pt", "acc_009", "chat", "lentíssimo",
  "o site está lentíssimo, demora minutos a abrir cada fatura, a mim e à minha sócia, em casas diferentes",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["non_english", "outage_symptom", "short_chat"])
T("en", "acc_032", "email", "Re: Re: Bank feeds not updating",
  """Still nothing. It's now Thursday afternoon.

> On Wed 2 Dec 2026 at 16:05, Bookwise Support <support@bookwise.example> wrote:
> Thanks Freya, our team is looking into bank feeds not updating for some customers.
> We'll let you know as soon as we have more.
>
> On Wed 2 Dec 2026 at 11:20, Freya Lindqvist wrote:
>> None of our three bank accounts have pulled in anything since Tuesday night.

--
Freya Lindqvist | Finance, Saltmarsh Brewing Co.
This email and any attachments are confidential and intended solely for the addressee.""",
  "outage", "urgent", "escalate", OUT, [], [], [4], ["quoted_thread", "outage_symptom"], date="2026-12-03T15:40:00Z")
