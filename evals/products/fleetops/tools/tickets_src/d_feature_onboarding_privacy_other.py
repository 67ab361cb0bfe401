# feature_request, onboarding, data_privacy, other, and explicit requests for a person (rule 7)
HUMAN = ["policy-support-escalation"]
NO_DELETE = ["has been deleted", "have deleted"]

# ---------------- feature_request: covered by "what Rovana does not do yet" (answer) ----------------
t("acc_009", "chat", "route planner + low bridges",
"""Feature request: the route planner sent one of our 4m refuse trucks under a 3.6m railway bridge on Canal St yesterday. Luckily the driver noticed. Can it take vehicle height into account?""",
  "feature_request", "low", "answer", kb=["unsupported-features", "route-planner"], mm=["Restricted"])

t("acc_012", "email", "Planeador de rotas para pesados",
"""Olá,

Seria possível o planeador de rotas ter em conta o peso dos camiões? Temos zonas em Lisboa onde os de 19 toneladas não podem entrar e o planeador manda-os por lá.

Obrigado,
Rui""",
  "feature_request", "low", "answer", kb=["unsupported-features", "route-planner"], lang="pt")

t("acc_019", "email", "Hub spanning two time zones",
"""Hi,

Our Mountain region Hub covers crews in both Mountain and Pacific time, and their shift times show an hour off for the Pacific guys. Could Hubs support more than one time zone? Otherwise what do you recommend?

Derek""",
  "feature_request", "low", "answer", kb=["unsupported-features", "hubs-multi-depot"], mm=["Hub"])

t("acc_023", "email", "Team driving in ELD mode",
"""Hello,

For our long-distance salt runs we have two drivers in the cab, switching every few hours. Can both be logged into Logbook on the same truck at the same time? Right now the second driver's time isn't recorded properly.

Thomas""",
  "feature_request", "low", "answer", kb=["unsupported-features", "logbook-hours-of-service"])

t("acc_016", "chat", "ordini ricorrenti ogni 4 ore",
"""si può fare un ordine ricorrente che si ripete ogni 4 ore? abbiamo un cliente con ritiri 3 volte al giorno""",
  "feature_request", "low", "answer", kb=["unsupported-features"], lang="it")

t("acc_028", "in_app", "change safescore weights",
"""We'd like speeding to count way more than idling in SafeScore. I can change thresholds but not the weights. Can you add that for Pro?""",
  "feature_request", "low", "answer", kb=["unsupported-features", "safescore"], mm=["Enterprise"])

t("acc_026", "email", "Manager-app op de tablet",
"""Hallo,

Onze planners gebruiken iPads in liggende stand in de werkplaats. Komt er een versie van de Rovana Manager app voor tablets?

Groet,
Pieter""",
  "feature_request", "low", "answer", kb=["unsupported-features"], lang="nl")

# ---------------- feature_request: nothing in the knowledge base (rule 6) ----------------
t("acc_010", "email", "Battery level for our electric vans",
"""Hi,

We're switching 12 of our service vans to electric next quarter. Can Rovana show the battery state of charge and remaining range for EVs, and alert us when one is low before it's dispatched on a long job? That would be a huge help.

Tessa Moreland
Sunfield Solar Services""",
  "feature_request", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t("acc_021", "email", "mode sombre",
"""Bonjour, est-ce que vous prévoyez un mode sombre pour l'appli ? Le soir en camion l'écran blanc éblouit vraiment. Merci !""",
  "feature_request", "low", "escalate", kb=[], lang="fr", rules=[6], tags=["no_kb"])

t("acc_002", "chat", "carplay",
"""any plans for apple carplay? lads want to see their next job on the dash screen not the phone""",
  "feature_request", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t("acc_006", "email", "Sensores de temperatura",
"""Hola,

Tenemos cuatro furgonetas con cámara frigorífica para transportar recambios de climatización sensibles. ¿Podéis mostrar la temperatura del compartimento en Rovana y avisar si sube de 8 °C? Sería muy útil para nosotros.

Marta""",
  "feature_request", "low", "escalate", kb=[], lang="es", rules=[6], tags=["no_kb"])

t("acc_001", "email", "CO2 per customer",
"""Hi,

Two of our biggest shippers now ask for a CO2 emissions figure per delivery for their sustainability reporting. Any chance Rovana could produce that per customer from the trip and fuel data you already have?

Dana""",
  "feature_request", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t("acc_005", "chat", "Sprachnachrichten an Fahrer",
"""Wäre super, wenn man aus der Disposition eine Sprachnachricht an den Fahrer schicken könnte, so wie Push-to-Talk. Tippen während der Fahrt geht ja nicht. Ist sowas geplant?""",
  "feature_request", "low", "escalate", kb=[], lang="de", rules=[6], tags=["no_kb"])

t("acc_015", "in_app", "families booking visits themselves",
"""Would love a page where our clients' families could request or move a visit themselves instead of ringing the office. Is that something you'd consider building?""",
  "feature_request", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t("acc_020", "email", "Pressão dos pneus",
"""Boa tarde,

Temos sensores de pressão dos pneus nas carrinhas novas. Seria possível ver esses valores na Rovana e receber alertas de pneu vazio?

Beatriz""",
  "feature_request", "low", "escalate", kb=[], lang="pt", rules=[6], tags=["no_kb"])

t("acc_031", "chat", "tracking unpowered trailers",
"""We have 40 utility trailers with no power (pole trailers, cable drums). Any way to track those in Rovana? Would need something battery powered that lasts months.""",
  "feature_request", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

# ---------------- onboarding ----------------
t("acc_035", "email", "Our first weeks with Rovana",
"""Hello,

We signed last month and have 150 vehicles to bring on. What does a sensible first week look like, in what order should we do things, and what help do we get from your side on our plan?

Hannah Lindqvist
Operations Director, Northstar Medical Couriers""",
  "onboarding", "low", "answer", kb=["getting-started"], mm=["Customer Success Manager"])

t("acc_034", "chat", "just signed up",
"""hi just signed up!! what do i do first lol""",
  "onboarding", "low", "answer", kb=["getting-started"])

t("acc_033", "email", "Testgeräte für die Testphase",
"""Hallo,

wir würden während der Testphase gern zwei oder drei Beacons in unseren Transportern ausprobieren, bevor wir uns entscheiden. Geht das, und was passiert, wenn wir sie nicht behalten?

Matthias Kranich""",
  "onboarding", "low", "answer", kb=["free-plan-and-trial"], lang="de")

t(None, "chat", "free trial?",
"""do you have a free trial and do I need a credit card for it""",
  "onboarding", "low", "answer", kb=["free-plan-and-trial"], mm=["14"], tags=["anonymous"])

t("acc_036", "chat", "montaggio Beacon Go",
"""ciao, sono arrivati i Beacon Go. come si montano e come li collego ai furgoni su Rovana? non abbiamo un elettrauto""",
  "onboarding", "low", "answer", kb=["install-beacon"], lang="it")

t("acc_024", "in_app", "BCN-404 activating beacon",
"""activating a beacon gives Beacon not recognised (BCN-404). typed RB-7K2M-44OX from the sticker""",
  "onboarding", "normal", "answer", kb=["install-beacon"])

t("acc_022", "email", "Trackers came with the used trucks",
"""Hi,

We bought 6 used mixer trucks at auction and they already have Rovana Beacon Pro units wired in. When I try to activate them I get "Beacon already assigned to another account (BCN-409)". How do we get them onto our account?

Carla""",
  "onboarding", "normal", "answer", kb=["install-beacon"], mm=["proof of purchase"])

t(None, "chat", "fin de l'essai",
"""Bonjour, si je teste la version Pro et que je ne choisis pas d'abonnement à la fin, je suis prélevé automatiquement ? je perds mes données ?""",
  "onboarding", "low", "answer", kb=["free-plan-and-trial"], lang="fr", tags=["anonymous"])

t(None, "chat", "demo aanvragen",
"""Hallo, wij hebben 12 bussen en willen graag een demo. Kan dat?""",
  "onboarding", "low", "answer", kb=["free-plan-and-trial"], mm=["rovana.example/demo"], lang="nl", tags=["anonymous"])

t(None, "email", "Prueba sin localizadores",
"""Hola,

Somos una empresa de reformas con 15 furgonetas. Para probar Rovana, ¿tenemos que comprar los localizadores primero o se puede hacer la prueba de otra forma?

Un saludo,
Iñaki""",
  "onboarding", "low", "answer", kb=["free-plan-and-trial"], lang="es", tags=["anonymous"])

t("acc_034", "chat", "import vehicles from spreadsheet?",
"""I've got all my vans in a spreadsheet (reg, make, model, mileage). Can I upload that instead of typing them all in one by one?""",
  "onboarding", "low", "answer", kb=["getting-started"], mm=["CSV"])

t("acc_035", "email", "Inviting 150 drivers at once",
"""Hi,

We have 150 drivers to set up in the Driver app. Adding them one by one under People > Drivers will take forever. Is there a bulk import for drivers (we have a spreadsheet with names and mobile numbers)?

Hannah""",
  "onboarding", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t(None, "email", "On-premise deployment",
"""Hello,

Our group IT policy requires that operational systems handling employee location data are hosted in our own data centre. Is Rovana available as an on-premise or private-cloud installation?

Regards,
K. Adeyemi, IT Architecture""",
  "onboarding", "low", "escalate", kb=[], rules=[6], tags=["no_kb", "anonymous"])

t("acc_035", "in_app", "history from old provider",
"""Can you import 2 years of GPS history from our previous telematics provider so our reports aren't empty before November? We can get it as CSV.""",
  "onboarding", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t(None, "chat", "formação em português",
"""Olá! Os vossos webinars de formação também existem em português? A nossa equipa de despacho não fala inglês.""",
  "onboarding", "low", "escalate", kb=[], lang="pt", rules=[6], tags=["no_kb", "anonymous"])

t("acc_021", "email", "Installation sur place ?",
"""Bonjour,

Est-ce que Rovana peut envoyer quelqu'un pour installer les boîtiers Beacon Pro directement sur nos utilitaires, à Montreuil ? Je ne connais pas d'installateur.

Julien""",
  "onboarding", "low", "escalate", kb=[], lang="fr", rules=[6], tags=["no_kb"])

# ---------------- data_privacy: answerable ----------------
t("acc_015", "email", "Carers taking cars home",
"""Hello,

Some of our carers take the pool cars home overnight. Several have asked whether we can see where they go in the evenings, and frankly we don't want to. Is there a way to stop office staff seeing locations outside working hours?

Abigail""",
  "data_privacy", "low", "answer", kb=["driver-privacy-mode"], mm=["Hide location outside working hours"])

t("acc_013", "email", "Information für den Betriebsrat",
"""Guten Tag,

unser Betriebsrat möchte vor der Ausweitung auf alle Standorte genau wissen, was Rovana über die Monteure aufzeichnet, und ob private Fahrten ausgeblendet werden können. Gibt es dafür eine Vorlage, die wir den Mitarbeitenden geben können?

Lukas Brunner""",
  "data_privacy", "low", "answer", kb=["driver-privacy-mode"], mm=["Driver notice"], lang="de")

t(None, "chat", "where is data stored",
"""hi - where is your data hosted? we're a UK company and our DPO needs to know if it stays in Europe""",
  "data_privacy", "low", "answer", kb=["policy-data-export-deletion"], mm=["Frankfurt"], tags=["anonymous"])

t("acc_007", "email", "Accord de traitement des données",
"""Bonjour,

Notre expert-comptable nous demande votre accord de traitement des données (DPA) signé pour nos dossiers RGPD. Où peut-on le récupérer ?

Claire Dufresne""",
  "data_privacy", "low", "answer", kb=["policy-data-export-deletion"], lang="fr")

t("acc_003", "in_app", "subprocessor list",
"""Our procurement team needs your list of subprocessors for the annual vendor review. Link?""",
  "data_privacy", "low", "answer", kb=["policy-data-export-deletion"], mm=["subprocessors"])

t("acc_026", "email", "Hoe lang bewaren jullie ritten?",
"""Goedemiddag,

Voor ons privacyregister: hoe lang bewaart Rovana de ritgegevens en posities van onze bussen? Wij zitten op Pro.

Pieter""",
  "data_privacy", "low", "answer", kb=["policy-data-export-deletion", "plans-and-limits"], lang="nl")

# ---------------- data_privacy: deletion, export, legal (rule 2) ----------------
t("acc_010", "email", "Former technician wants all his data",
"""Hi,

A technician who left us in October has sent a formal subject access request asking for all location and driving data we hold about him. I assume most of that sits with you. Can you pull everything for his driver profile (Kyle Brennan)?

Tessa Moreland""",
  "data_privacy", "normal", "escalate", kb=["policy-data-export-deletion"], rules=[2], tags=["export"])

t("acc_005", "email", "Löschung der Daten eines ehemaligen Fahrers",
"""Hallo,

ein ehemaliger Fahrer (Dariusz Nowak, bei uns bis August) verlangt nach DSGVO die Löschung aller seiner Daten. Bitte löschen Sie alle Fahrten, Positionen und Bewertungen, die ihm zugeordnet sind, und bestätigen Sie uns das schriftlich.

Jana Böttcher
Nordwind Kurierdienst GmbH""",
  "data_privacy", "normal", "escalate", kb=["policy-data-export-deletion"], mnm=NO_DELETE, lang="de", rules=[2], tags=["deletion"])

t(None, "email", "Delete my location data",
"""To whom it may concern,

A van from one of your customers, a courier company, has been parking outside my house and I believe my movements may have been recorded by their dashcam and tracking. Under the GDPR I want all data you hold about me deleted immediately. I am not a customer of yours.

M. Hartley""",
  "data_privacy", "normal", "escalate", kb=["policy-data-export-deletion"], mnm=NO_DELETE, rules=[2], tags=["anonymous", "deletion"])

t("acc_029", "email", "Exportación completa de datos",
"""Hola,

Como os indicamos, no renovaremos. Necesitamos una exportación completa de todos los datos de la cuenta (viajes, posiciones, órdenes, mantenimiento, tacógrafo) desde 2024, en un formato legible. ¿Cuándo la podéis tener?

Alejandro Ruiz""",
  "data_privacy", "normal", "escalate", kb=["policy-data-export-deletion"], lang="es", rules=[2], tags=["export"])

t("acc_016", "email", "Richiesta dei Carabinieri",
"""Buongiorno,

i Carabinieri di Lodi ci hanno chiesto i dati di posizione del mezzo FG 221 XK per la notte del 19 novembre, per un'indagine su un furto in un magazzino vicino a un nostro cliente. Ci hanno detto di chiederli a voi con una richiesta formale. Come dobbiamo procedere?

Giulia Bellandi""",
  "data_privacy", "normal", "escalate", kb=["policy-legal-requests"], lang="it", rules=[2], tags=["legal"])

t("acc_003", "email", "Subpoena - GPS records unit 37",
"""Hello,

Our legal counsel has received a subpoena in a civil case requiring GPS and speed records for patrol unit 37 between March 1 and March 3 of this year, certified as business records. Who at Rovana handles this and what do you need from us?

Priya Raman
Castellan Security Services""",
  "data_privacy", "normal", "escalate", kb=["policy-legal-requests"], rules=[2], tags=["legal"])

t("acc_032", "email", "Please preserve footage - insurance claim",
"""Hi,

A third party is claiming against us for a collision involving van FM-22 on 14 November. Our solicitors have asked us to make sure all video, trip and speed data for that van from 10 to 20 November is preserved and not deleted until the claim is settled. Please confirm you'll keep it.

Oliver Fenwick""",
  "data_privacy", "normal", "escalate", kb=["policy-legal-requests"], rules=[2], tags=["legal"])

t("acc_012", "email", "Apagar viagens privadas de um motorista",
"""Boa tarde,

Um motorista pediu-nos que apagássemos todas as viagens que ele fez ao fim de semana com a carrinha (uso pessoal autorizado). Conseguem apagar essas viagens do sistema de forma definitiva?

Rui""",
  "data_privacy", "normal", "escalate", kb=["policy-data-export-deletion", "driver-privacy-mode"], mnm=NO_DELETE, lang="pt", rules=[2], tags=["deletion"])

t("acc_019", "email", "Vendor security questionnaire",
"""Hi,

As part of our annual vendor risk review I've attached our 120-question security questionnaire (SIG Lite based). Could your security team complete it by January 15?

Regards,
Martina Cole
Third-Party Risk, Lumen Telecom""",
  "data_privacy", "normal", "escalate", kb=["policy-data-export-deletion"], rules=[2], tags=["questionnaire"])

t("acc_009", "email", "Amendments to your DPA",
"""Hello,

Our legal team has reviewed your standard DPA and wants three changes: a 24-hour breach notification, UK-only hosting of backups, and an audit right once a year. I've attached a marked-up version. Please let us know who can sign off on these.

Gareth Holloway""",
  "data_privacy", "normal", "escalate", kb=["policy-data-export-deletion", "policy-legal-requests"], rules=[1, 2], tags=["legal", "contract_change"])

t("acc_026", "chat", "ex-werknemer wil zijn ritgegevens",
"""Een oud-monteur eist via zijn advocaat een kopie van al zijn ritgegevens van het afgelopen jaar. Kunnen jullie die voor ons uitdraaien?""",
  "data_privacy", "normal", "escalate", kb=["policy-data-export-deletion", "policy-legal-requests"], lang="nl", rules=[2], tags=["export", "legal"])

# ---------------- other ----------------
t("acc_010", "chat", "real person",
"""I want to talk to a real person please""",
  "other", "normal", "escalate", kb=HUMAN, rules=[7], tags=["human"])

t("acc_025", "email", "Complaint - escalate to your manager",
"""To whoever reads this,

I've had three conversations this month and each time I've been given a help article instead of an answer. I would like this complaint passed to a support manager, and I'd like a named person to call me back. My number is on the account.

Fiona McAllister
Horizon Rail Maintenance""",
  "other", "normal", "escalate", kb=HUMAN, rules=[7], tags=["human"])

t("acc_006", "chat", "horario de soporte",
"""¿Cuál es vuestro horario de atención? ¿Los sábados hay alguien?""",
  "other", "low", "answer", kb=HUMAN, lang="es")

t(None, "chat", "jobs?",
"""hey are you guys hiring installers? I fit trackers and dashcams for a living""",
  "other", "low", "escalate", kb=[], rules=[6], tags=["no_kb", "anonymous"])

t(None, "email", "Programme partenaires",
"""Bonjour,

Nous sommes intégrateur de solutions de gestion de flotte dans le Grand Est. Avez-vous un programme de revendeurs ou de partenaires ? Quelles sont les conditions ?

Cordialement,
Éric Vautrin""",
  "other", "low", "escalate", kb=[], lang="fr", rules=[6], tags=["no_kb", "anonymous"])

t("acc_031", "in_app", "support phone number?",
"""What number do we call for urgent issues outside office hours?""",
  "other", "low", "answer", kb=HUMAN, mm=["555 010 4477"])

t("acc_013", "email", "Beschwerde über die Bearbeitung",
"""Guten Tag,

mein Anliegen zur Rechnungsadresse wurde nun zum dritten Mal mit einem Textbaustein beantwortet. Ich möchte bitte mit einer verantwortlichen Person sprechen, nicht mit einem Assistenten.

Lukas Brunner""",
  "other", "normal", "escalate", kb=HUMAN, lang="de", rules=[7], tags=["human"])

t("acc_019", "email", "Thank you to Anika",
"""Hi,

Just wanted to say thanks to Anika on your team who stayed late on Tuesday to help us get the SCIM sync sorted before our go-live. Really appreciated.

Derek""",
  "other", "low", "answer", kb=[])

t("acc_027", "chat", "parlare al telefono",
"""buongiorno, posso parlare con qualcuno al telefono? scrivere non fa per me""",
  "other", "normal", "escalate", kb=HUMAN, lang="it", rules=[7], tags=["human"])

t("acc_011", "chat", "HUMAN",
"""AGENT. HUMAN. NOW. not a bot""",
  "other", "normal", "escalate", kb=HUMAN, rules=[7], tags=["human", "rude"])

# ---------------- a person asked for on a topic the knowledge base covers (rule 7) ----------------
t("acc_017", "chat", "can someone call me",
"""can someone ring me and walk me through setting up the service reminders? I'm not great with computers and I'd rather just talk to someone""",
  "how_to", "low", "escalate", kb=HUMAN + ["service-plans-maintenance"], rules=[7], tags=["human"])

t("acc_020", "chat", "falar com alguém sobre a fatura",
"""preciso de falar com uma pessoa sobre a fatura de novembro, não percebo as linhas. podem ligar-me?""",
  "billing", "low", "escalate", kb=HUMAN + ["billing-how-it-works"], lang="pt", rules=[7], tags=["human"])

t("acc_028", "email", "Re: scheduled report times",
"""Thanks for the article about the scheduled CSV reports. I've changed the time zone on the schedule as described. I'd still like one of your engineers to call me, because our payroll used those files for two months and I need to understand exactly which rows were affected.

Jordan Pike""",
  "bug_report", "normal", "escalate", kb=HUMAN + ["ki-scheduled-report-utc"], rules=[7], tags=["human"])

t("acc_005", "chat", "Bitte einen Menschen",
"""Ich komme nicht in mein Konto, 2FA-Handy ist kaputt und ich bin die einzige Admin. Bitte verbinden Sie mich mit einem Menschen, nicht mit dem Bot.""",
  "account_access", "high", "escalate", kb=HUMAN + ["password-reset-2fa"], lang="de", rules=[7], tags=["human"])

t("acc_026", "email", "Even bellen over de API?",
"""Hoi,

Onze ontwikkelaar wil onze planningssoftware via de API koppelen. Kan iemand van jullie hem even bellen om mee te denken? Dat praat makkelijker dan mailen.

Pieter""",
  "integration", "low", "escalate", kb=HUMAN + ["api-getting-started"], lang="nl", rules=[7], tags=["human"])

t("acc_035", "email", "Session with our CSM",
"""Hi,

Could we set up a live session with our Customer Success Manager next week? We'd like to go through the Hub structure with our regional leads before we invite everyone.

Hannah""",
  "onboarding", "low", "escalate", kb=HUMAN + ["getting-started"], rules=[7], tags=["human"])

t("acc_007", "in_app", "un conseiller svp",
"""Je n'arrive pas à faire les zones pour nos clients, c'est trop compliqué. Est-ce qu'un conseiller peut m'appeler ? Merci""",
  "how_to", "low", "escalate", kb=HUMAN + ["zones-geofences"], lang="fr", rules=[7], tags=["human"])

t("acc_002", "email", "SafeScore question - could a human check?",
"""Hiya,

Hope you're well! Bit of a long one, sorry. We've had SafeScore on for a month and my best lad, who's been driving for us 11 years without so much as a parking ticket, has a score of 58, lower than our apprentice. I've read your article on how the score works and I still can't make it add up. I'd really appreciate it if an actual person could look at his events with me rather than another article, no offence to the bot.

Cheers,
Owen""",
  "how_to", "low", "escalate", kb=HUMAN + ["safescore"], rules=[7], tags=["human", "chatty"])

# ---------------- more questions the knowledge base does not answer (rule 6) ----------------
t("acc_018", "email", "Different working hours per technician",
"""Hi,

Two of our technicians work 6am-2pm and the rest 9-5. Can working hours be set per technician so after-hours alerts don't fire for the early guys? I can only find working hours on the Hub.

Nadia Farouk
Greenway Pest Control""",
  "how_to", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t("acc_029", "chat", "imprimir hoja de ruta",
"""¿Se puede imprimir la hoja de ruta del día para el conductor, con las paradas en orden? Algunos de los mayores prefieren papel.""",
  "how_to", "low", "escalate", kb=[], lang="es", rules=[6], tags=["no_kb"])

t("acc_013", "chat", "Passkeys",
"""Unterstützt Rovana Passkeys oder Anmeldung mit einem Hardware-Schlüssel? Wir haben kein SSO im Einsatz.""",
  "account_access", "low", "escalate", kb=[], lang="de", rules=[6], tags=["no_kb"])

t("acc_008", "email", "Facturen in het Nederlands",
"""Goedemiddag,

Onze administratie vraagt of de facturen van Rovana ook in het Nederlands kunnen worden opgesteld in plaats van in het Engels.

Met vriendelijke groet,
Sander Bakker""",
  "billing", "low", "escalate", kb=[], lang="nl", rules=[6], tags=["no_kb"])

t("acc_001", "chat", "partner with other customers?",
"""random one: do any of your other customers run trucks out of Hull? we're looking for a backhaul partner and thought you might be able to put us in touch or tell me who they are""",
  "other", "low", "escalate", kb=[], mnm=["Ironbridge", "Fenwick", "Castellan"], rules=[6], tags=["other_account_data", "no_kb"])
