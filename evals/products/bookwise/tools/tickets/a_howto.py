from .common import T, NO_PROMISE

# ---------------- how_to ----------------
T("en", "acc_001", "chat", "invoice to wrong customer",
  "hi, I just sent invoice INV-0412 to the wrong café, it should have gone to Dockside Deli. it's not paid obviously. how do I cancel it?",
  "how_to", "low", "answer", ["credit-notes-and-voiding"], ["void"], [], [], ["short_chat", "near_miss_cancel"])
T("en", "acc_014", "email", "recurring invoice stop",
  "recurring invoice stop. customer moved away",
  "how_to", "low", "answer", ["recurring-invoices"], ["End schedule"], [], [], ["keywords", "near_miss_cancel"])
T("en", "acc_005", "in_app", "Patient paid twice",
  "One of our patients paid her invoice twice with the Pay now button (same card, two minutes apart). How do I give her the second payment back? I don't want her to wait for a cheque.",
  "how_to", "low", "answer", ["refund-customer-payment"], ["Refund"], [], [], ["near_miss_refund"])
T("en", "acc_024", "chat", "invoice numbr",
  "how do i chnage the invoice numbr so it starts at 500?? my old sytem was at 499 and my accountant says they have to follow on",
  "how_to", "low", "answer", ["create-and-send-invoice"], ["Numbering"], [], [], ["typos", "short_chat"])
T("en", "acc_016", "email", "Reminders for overdue invoices",
  """Hi Bookwise team,

We're a small vet practice and, to be honest, chasing unpaid bills is the part of the job nobody here wants.
Is there a way to have Bookwise email owners automatically when an invoice goes overdue, and maybe a second nudge a few weeks later?
Also - some of our farm clients pay quarterly by arrangement and should never get these.

Thanks,
Rhys Pembridge
Practice Manager, Oakmere Veterinary
01632 960 418""",
  "how_to", "low", "answer", ["payment-reminders"], ["reminders"], [], [], ["long_email"])
T("en", "acc_018", "email", "Stopping changes to last quarter",
  "Our bookkeeper finished Q3 and filed the VAT. How can we stop the rest of the team from editing anything dated before 1 October? I still want our accountant to be able to make adjustments.",
  "how_to", "low", "answer", ["period-lock-and-year-end"], ["Lock date"], [], [], [])
T("en", "acc_003", "email", "Year end for a client",
  "Renata from Quillon here. Client's year end is 30 Sept. What does Close financial year actually post, and can we reopen it if the auditors want changes?",
  "how_to", "low", "answer", ["period-lock-and-year-end"], ["retained earnings"], [], [], [])
T("en", "acc_032", "chat", "tour booking deposit back",
  "Someone booked a brewery tour for 8 people and paid a 120 deposit via a payment link, now they've called the whole thing off. What's the way to send the deposit back to them from Bookwise?",
  "how_to", "low", "answer", ["refund-customer-payment"], ["Refund"], [], [], ["near_miss_refund", "near_miss_cancel"])
T("en", "acc_002", "email", "Invoicing a Swiss client in CHF",
  "We've just won a project in Basel and the client wants invoices in Swiss francs. Our books are in GBP. How do we set that up, and what happens with the exchange difference when they pay?",
  "how_to", "low", "answer", ["multi-currency"], ["Add currency"], [], [], [])
T("en", "acc_004", "chat", "usd invoice?",
  "can I send an invoice in USD to a shop in California? we're on starter",
  "how_to", "low", "answer", ["multi-currency", "plans-and-pricing"], ["Pro"], [], [], ["short_chat"])
T("en", "acc_034", "email", "Wrong hours in approved pay run",
  """Hello,
I approved this month's pay run this morning and have just noticed one of our carers has 16 hours instead of 61 - I transposed the digits. Payment date is Friday 28th. How do I correct it before the money goes out?
Grace""",
  "how_to", "normal", "answer", ["payroll-add-on"], ["Reopen pay run"], [], [], [])
T("en", "acc_012", "email", "Monthly P&L to the board",
  "Is there a way to have the profit and loss emailed to our three directors on the first of every month without me downloading and forwarding it each time?",
  "how_to", "low", "answer", ["reports-overview"], ["Schedule email"], [], [], [])
T("en", "acc_037", "in_app", "estimates",
  "I tutor kids and sometimes parents want a price before they book a block of lessons. Can I send an estimate? And would it eat into my 5 free invoices?",
  "how_to", "low", "answer", ["quotes-to-invoices"], [], [], [], [])
T("en", None, "chat", "accountant",
  "how do i give my accountant access to my books",
  "how_to", "low", "answer", ["accountant-access"], ["Invite accountant"], [], [], ["short_chat"])
T("en", "acc_015", "chat", "CLOUDSTORE coded wrong every month",
  "every single month the CLOUDSTORE charge on our card ends up in general expenses and I recode it to software by hand. Can Bookwise just remember it?",
  "how_to", "low", "answer", ["bank-reconciliation"], ["Bank rules"], [], [], [])
T("en", "acc_023", "in_app", "forwarding receipts",
  "Where's the email address I can forward supplier receipts to? My phone's full of PDFs from venues.",
  "how_to", "low", "answer", ["expenses-and-receipts"], ["Snap"], [], [], [])
T("en", "acc_019", "email", "Mileage claims",
  "Our sales reps drive to client sites and want to claim mileage. Does Bookwise handle that, and where do I set the per-mile rate?",
  "how_to", "low", "answer", ["expenses-and-receipts"], ["Mileage"], [], [], [])
T("en", "acc_016", "email", "Deposit before surgery",
  "For bigger procedures we quote the owner first and take 30% up front. Can the quote be turned into a deposit invoice and then the balance later?",
  "how_to", "low", "answer", ["quotes-to-invoices"], ["deposit"], [], [], [])
T("en", "acc_031", "email", "WHY can't I delete my own invoice",
  "Seriously, why the hell can't I delete an invoice?? It's MY data. I made a mess of INV-0098 (it's not paid, nobody has seen it) and your app tells me \"This invoice can't be deleted because it has been approved\". Just tell me how to get rid of it.",
  "how_to", "low", "answer", ["credit-notes-and-voiding"], ["void"], [], [], ["angry"])
T("en", "acc_001", "chat", "spanish invoices for one customer",
  "we have one customer in Málaga who wants the invoice in Spanish. Do I have to make a whole new template?",
  "how_to", "low", "answer", ["invoice-templates-branding"], ["language"], [], [], ["short_chat"])
T("en", "acc_019", "email", "Sales tax by address?",
  "We sell into about 30 states. Does Bookwise work out the right sales tax rate from the customer's shipping address, or do we have to set every rate up ourselves?",
  "how_to", "low", "answer", ["sales-tax-us"], [], [], [], [])
T("en", "acc_032", "chat", "unreconcile march",
  "need to unreconcile a bank line from March (matched to the wrong invoice) but it just says This period is locked. what now",
  "how_to", "low", "answer", ["bank-reconciliation", "period-lock-and-year-end"], ["lock"], [], [], ["short_chat"])
T("en", "acc_024", "email", "Cash accounting for VAT",
  "Our accountant says we should be on the cash accounting scheme for VAT from next quarter. Where do I change that in Bookwise?",
  "how_to", "low", "answer", ["vat-returns"], ["cash accounting"], [], [], [])
T("en", "acc_002", "in_app", "Pause recurring over summer",
  "One client closes their office in August. Can I skip their retainer invoice for one month without deleting the whole schedule?",
  "how_to", "low", "answer", ["recurring-invoices"], ["Pause"], [], [], ["near_miss_cancel"])
T("en", None, "chat", "deactivate payment link",
  "deactivate payment link?",
  "how_to", "low", "answer", ["paylinks-card-and-bank-collection"], ["Deactivate"], [], [], ["keywords", "near_miss_cancel"])
T("en", "acc_005", "chat", "patient's email",
  "a patient says she never got her invoice. how do I send it to her again / where do I even see the email address we have for her?",
  "how_to", "low", "answer", ["create-and-send-invoice"], [], [], [], ["near_miss_contact"])
T("en", None, "chat", "when do I get the money",
  "if my customer pays by card through the pay now button, how long until it's in my bank?",
  "how_to", "low", "answer", ["paylinks-card-and-bank-collection"], ["2 business days"], [], [], ["short_chat"])
T("en", "acc_018", "email", "Statement of account for a client",
  "A client has asked for a statement showing all invoices and payments on their account since January. How do I produce and send a customer statement from Bookwise?",
  "how_to", "low", "escalate", [], [], [], [6], ["kb_gap"])
T("en", "acc_015", "email", "Depreciation on laptops",
  "We bought 6 laptops in October. How do I record them as fixed assets and have Bookwise run the monthly depreciation?",
  "how_to", "low", "escalate", [], [], [], [6], ["kb_gap"])
T("en", "acc_014", "chat", "card fee surcharge",
  "how do i add the card fee onto the customer's bill when they pay by card? 1.4% adds up",
  "how_to", "low", "escalate", ["paylinks-card-and-bank-collection"], [], [], [6], ["kb_gap", "short_chat"])
T("en", "acc_012", "email", "Intercompany recharges",
  "We have two UK companies in Bookwise (Northgate Logistics Ltd and Northgate Fleet Ltd). How do I record intercompany recharges so they net off in both sets of books?",
  "how_to", "low", "escalate", [], [], [], [6], ["kb_gap"])
T("en", "acc_024", "email", "Stock levels for the farm shop",
  "Hi, how do I keep track of stock in Bookwise? I'd like to see how many jars of honey are left when I invoice the wholesale orders. Beth",
  "how_to", "low", "escalate", [], [], [], [6], ["kb_gap"])
T("en", "acc_003", "chat", "merge contacts",
  "client imported contacts twice, now every customer exists twice. how do we merge them?",
  "how_to", "low", "escalate", [], [], [], [6], ["kb_gap", "short_chat"])
T("en", "acc_016", "email", "A few things",
  """Hi there,

Hope you're well. A bit of background first: we moved to Bookwise in January from a desktop package and on the whole it's been a big improvement, the bank feed alone saves our receptionist hours. The team like the mobile app too.

We've started doing more orthopaedic work, which means larger quotes and deposits. I've read your article on quotes but honestly I would rather someone from your side rang me and went through the deposit setup with me on a screen share - I'm free most afternoons this week on 01632 960 418.

Otherwise all good, keep it up.

Best,
Rhys""",
  "how_to", "low", "escalate", ["support-hours-and-contact", "quotes-to-invoices"], [], [], [7], ["long_email", "buried", "indirect_human"])
T("en", "acc_023", "chat", "reminders",
  "I've tried twice to set up the reminders and I'm making a hash of it. can one of your team just do it with me on a call? I'm hopeless at this stuff",
  "how_to", "low", "escalate", ["support-hours-and-contact", "payment-reminders"], [], [], [7], ["indirect_human"])
T("es", "acc_006", "chat", "factura por error",
  "Hola! Le mandé una factura a un cliente que no era, la FAC-0231. No está pagada. ¿Cómo la anulo?",
  "how_to", "low", "answer", ["credit-notes-and-voiding"], [], [], [], ["non_english", "near_miss_cancel", "short_chat"])
T("fr", "acc_026", "email", "Facture tous les mois",
  """Bonjour,

Le restaurant d'à côté nous prend du pain tous les jours et nous le facturons à la fin du mois, toujours le même montant. Est-ce qu'on peut programmer la facture pour qu'elle parte toute seule le dernier jour du mois ?

Merci d'avance,
Mathieu Roux""",
  "how_to", "low", "answer", ["recurring-invoices"], [], [], [], ["non_english"])
T("de", "acc_008", "email", "Rechnung auf Deutsch",
  "Hallo, wir haben einen neuen Kunden in Österreich. Wie stelle ich ein, dass seine Rechnungen auf Deutsch gedruckt werden und nicht auf Englisch? Gruß J. Brandt",
  "how_to", "low", "answer", ["invoice-templates-branding"], [], [], [], ["non_english"])
T("pt", "acc_009", "in_app", "quilometragem",
  "Boa tarde, como é que registo os quilómetros que faço para ir ver as obras dos clientes? Há algum sítio para pôr o valor por km?",
  "how_to", "low", "answer", ["expenses-and-receipts"], [], [], [], ["non_english"])
T("it", "acc_010", "email", "Bloccare il trimestre",
  "Buongiorno, abbiamo chiuso la liquidazione IVA del terzo trimestre. Come faccio a bloccare il periodo così nessuno modifica più le fatture di settembre? Grazie, Giulia",
  "how_to", "low", "answer", ["period-lock-and-year-end"], [], [], [], ["non_english"])
T("nl", "acc_030", "email", "creditnota voor deel van factuur",
  "Hoi, klant heeft 2 van de 5 kranen teruggestuurd. De factuur is al betaald. Hoe maak ik een creditnota voor alleen die 2 en hoe krijgt hij het geld terug? Groet, Pieter",
  "how_to", "low", "answer", ["credit-notes-and-voiding", "refund-customer-payment"], [], [], [], ["non_english", "near_miss_refund"])
T("it", "acc_029", "email", "Fatture elettroniche SDI",
  "Salve, come faccio a mandare le fatture elettroniche allo SDI direttamente da Bookwise? Non trovo l'opzione da nessuna parte. Marco Bellini - Ottica Bellini",
  "how_to", "low", "escalate", [], [], [], [6], ["non_english", "kb_gap"])
T("es", "acc_025", "email", "Retenciones IRPF en facturas",
  "Buenas, como autónomo/empresa de reformas a veces tenemos que aplicar retención de IRPF en las facturas a otras empresas. ¿Cómo pongo la retención en la factura para que reste del total? Gracias. Javier",
  "how_to", "low", "escalate", [], [], [], [6], ["non_english", "kb_gap"])
T("de", None, "chat", "Lohnabrechnung",
  "Kann ich mit Paydays auch die Gehälter für meine zwei Mitarbeiter in München abrechnen?",
  "how_to", "low", "answer", ["payroll-add-on"], [], [], [], ["non_english", "short_chat"])

# ---------------- onboarding ----------------
T("en", "acc_013", "in_app", "where do I start",
  "Hi! Just signed up. I make candles and sell them on Shopnest. Where do I start? There's a lot of menus",
  "onboarding", "low", "answer", ["getting-started-checklist", "shop-integrations"], ["Setup checklist"], [], [], ["short_chat"])
T("en", "acc_020", "email", "End of trial",
  "When exactly does our trial finish, and what happens to what we've entered if we don't pay straight away? We're still deciding between Starter and Pro.",
  "onboarding", "low", "answer", ["free-trial"], ["Free plan"], [], [], [])
T("en", None, "chat", "card needed?",
  "do i need to put a card in to try it",
  "onboarding", "low", "answer", ["free-trial"], [], [], [], ["short_chat"])
T("en", "acc_033", "chat", "wrong currency at signup",
  "Set it up yesterday and picked GBP by mistake, everything I do is in EUR. Haven't entered any invoices yet. Can I still change it?",
  "onboarding", "low", "answer", ["getting-started-checklist", "multi-currency"], ["base currency"], [], [], [])
T("en", "acc_021", "email", "Moving over on 1 January",
  """Hello,

We're moving Marlow Street Dental over from our old accounts package from 1 January. What do we need to bring across - everything, or just balances? Our old system can export a trial balance.

Hannah Lowe
Practice Manager""",
  "onboarding", "low", "answer", ["migrate-from-another-tool"], ["conversion date"], [], [], [])
T("en", "acc_020", "chat", "import customers",
  "can I import my customer list from a spreadsheet? about 300 trade customers",
  "onboarding", "low", "answer", ["getting-started-checklist", "migrate-from-another-tool"], ["Import"], [], [], ["short_chat"])
T("en", None, "email", "Training?",
  "Is there any training for new users, like a webinar? Two of my staff have never used accounting software.",
  "onboarding", "low", "answer", ["getting-started-checklist"], ["Tuesday"], [], [], [])
T("pt", "acc_028", "chat", "banco no plano gratis",
  "Olá, estou a começar agora. Dá para ligar a conta do banco no plano gratuito?",
  "onboarding", "low", "answer", ["free-trial", "plans-and-pricing"], [], [], [], ["non_english", "short_chat"])
T("es", None, "email", "Gestoría con varios clientes",
  "Hola, tengo una pequeña gestoría y estoy probando Bookwise. ¿Puedo tener a todos mis clientes en una sola pantalla y entrar en la contabilidad de cada uno sin tener que cambiar de usuario? Un saludo, Marta",
  "onboarding", "low", "answer", ["accountant-access"], ["Practice"], [], [], ["non_english"])
T("fr", None, "chat", "plan gratuit suffisant ?",
  "bjr je me lance en freelance (graphisme), jferai 3-4 factures par mois max, le plan gratuit ca suffit ou pas ?",
  "onboarding", "low", "answer", ["free-trial"], ["5"], [], [], ["non_english", "typos", "short_chat"])
T("nl", None, "email", "overstappen per 1 januari",
  "Hallo, ik wil per 1 januari overstappen van mijn oude boekhoudpakket. Kan ik al mijn oude facturen van de afgelopen jaren meenemen naar Bookwise? Groeten, Femke",
  "onboarding", "low", "answer", ["migrate-from-another-tool"], [], [], [], ["non_english"])
T("en", "acc_033", "email", "Setup",
  "Owen from Wrenfield - signed up yesterday. Honestly I'd much rather somebody on your side walked me through the setup on a call than read through the help pages. Mornings suit me.",
  "onboarding", "low", "escalate", ["support-hours-and-contact"], [], [], [7], ["indirect_human"])
T("it", None, "email", "Fatturazione elettronica obbligatoria",
  "Buongiorno, stiamo valutando Bookwise per il nostro studio. Funziona con la fatturazione elettronica obbligatoria in Italia (FatturaPA / SDI)? Se no, non possiamo usarlo. Cordiali saluti, Federica Conti",
  "onboarding", "low", "escalate", [], [], [], [6], ["non_english", "kb_gap"])
T("de", None, "email", "Testphase",
  "Guten Tag, wir testen gerade Bookwise. Brauche ich für den Test eine Kreditkarte und was passiert nach 30 Tagen, wenn ich nichts mache? MfG Stefan Wirth",
  "onboarding", "low", "answer", ["free-trial"], [], [], [], ["non_english"])
