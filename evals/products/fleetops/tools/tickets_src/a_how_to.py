# how_to tickets, including the near misses that must NOT escalate.

t("acc_002", "email", "Customer called off this afternoon's boiler job",
"""Hi,

Mrs Pearce just rang to say she won't be home this afternoon so the boiler service we booked for 2pm is off. How do I take it off Liam's list so he doesn't drive out there? I don't want to lose the job details, we'll rebook it next week probably.

Thanks
Owen
Brightwater Plumbing & Heating""",
  "how_to", "low", "answer", kb=["cancel-reschedule-work-order"], mm=["Cancel work order"], tags=["near_miss_cancel"])

t("acc_006", "chat", "orden duplicada",
"""hola, un compañero ha creado la misma orden de trabajo dos veces para el cliente Frigoríficos Lázaro y al técnico le salen las dos en la app. como anulo una sin liarla? gracias""",
  "how_to", "low", "answer", kb=["cancel-reschedule-work-order"], lang="es", tags=["near_miss_cancel"])

t("acc_005", "in_app", "Auftrag stornieren",
"""Der Kunde (Apotheke am Markt) hat die Abholung für morgen abgesagt. Wie storniere ich den Auftrag, und bekommt der Kunde dann automatisch eine Nachricht? Er hatte schon die Ankunftsbenachrichtigung bekommen.""",
  "how_to", "low", "answer", kb=["cancel-reschedule-work-order"], lang="de", tags=["near_miss_cancel"])

t("acc_007", "chat", "neige demain, annuler les missions",
"""Bonjour, avec la neige annoncée on doit annuler toutes les missions de demain matin (une quarantaine). Il y a un moyen de les annuler d'un coup au lieu de les ouvrir une par une ?? merci d'avance""",
  "how_to", "low", "answer", kb=["cancel-reschedule-work-order"], lang="fr", tags=["near_miss_cancel"])

t("acc_024", "in_app", "cancel job already completed?",
"""driver hit completed on the wrong job by accident (the Hendricks delivery, he hasn't even gone there yet). the cancel option is greyed out. how do i fix""",
  "how_to", "normal", "answer", kb=["cancel-reschedule-work-order"], mm=["Reopen"], tags=["near_miss_cancel"])

t("acc_028", "email", "Paying back a tech for parking",
"""Hello Rovana team,

One of our techs, Andre, paid $46 for a parking garage downtown plus two tolls out of his own pocket on the Meridian Tower call. He put the receipts in the app. What's the right way to refund him in Rovana so it shows up in our payroll export? We pay him via payroll, not cash.

Regards,
Jordan Pike
Operations Manager | Summit HVAC Partners
(555) 014-2231""",
  "how_to", "low", "answer", kb=["driver-expenses"], mm=["Mark as reimbursed"], tags=["near_miss_refund"])

t("acc_012", "email", "Reembolso de portagens ao motorista",
"""Boa tarde,

O nosso motorista Nuno pagou as portagens da A1 com dinheiro dele e submeteu os talões na aplicação. Já aprovei as despesas mas não sei como registar que já lhe devolvemos o dinheiro. Podem explicar-me o passo a passo?

Obrigado,
Rui Ferreira""",
  "how_to", "low", "answer", kb=["driver-expenses"], lang="pt", tags=["near_miss_refund"])

t("acc_018", "chat", "oops marked wrong expense as paid",
"""Hey! quick one, I marked Tony's expense as reimbursed but we havent actually paid him yet, finance is doing it friday. can I undo that or is it stuck like that forever lol""",
  "how_to", "low", "answer", kb=["driver-expenses"], mm=["Undo reimbursement"], tags=["near_miss_refund"])

t("acc_015", "email", "Letting a family know the carer is late",
"""Good morning,

Our carer for a client in Sedgefield is stuck behind an accident on the A177 and will be about 40 minutes late. The client's daughter is the contact on the work order. Is there a way to message her from Rovana directly about this one visit, rather than me phoning round? I'd like it to be recorded against the visit as well.

Kind regards,
Abigail Osei
Care Coordinator, Bluecrest Home Care""",
  "how_to", "low", "answer", kb=["arrival-notices"], mm=["Notify customer"], tags=["near_miss_contact_customer"])

t("acc_026", "chat", "klanten laten weten wanneer monteur komt",
"""Hoi, wij krijgen elke ochtend tientallen telefoontjes van klanten die willen weten hoe laat de monteur komt. Kunnen jullie de klant zelf een berichtje sturen met een tijd erbij? Wij zitten op Pro.""",
  "how_to", "low", "answer", kb=["arrival-notices"], lang="nl", tags=["near_miss_contact_customer"])

t("acc_016", "in_app", "Avvisare il cliente del ritardo",
"""Buongiorno, il camion per la consegna a Brescia (ordine 4471) è fermo in tangenziale. Come faccio a mandare un messaggio al cliente dalla scheda dell'ordine? Non voglio chiamarlo, preferisco che resti traccia.""",
  "how_to", "low", "answer", kb=["arrival-notices"], lang="it", tags=["near_miss_contact_customer"])

t("acc_011", "chat", "sold a van",
"""We sold van QS-09 last week. How do I get it off the account so we stop paying for it? Dont want to lose its old trips though, accountant needs the mileage for the year""",
  "how_to", "low", "answer", kb=["manage-vehicles-archive-delete"], mm=["Archive"], tags=["near_miss_delete_vehicle"])

t("acc_013", "email", "Fahrzeug nach Totalschaden entfernen",
"""Guten Tag,

unser Servicewagen ZH 48213 hatte letzte Woche einen Totalschaden (zum Glück ist niemandem etwas passiert). Wie löschen wir das Fahrzeug in Rovana? Der Beacon Pro ist ausgebaut und soll in das Ersatzfahrzeug, das nächste Woche kommt.

Freundliche Grüsse
Lukas Brunner
Alpenblick Aufzugsservice AG""",
  "how_to", "low", "answer", kb=["manage-vehicles-archive-delete"], lang="de", tags=["near_miss_delete_vehicle"])

t("acc_032", "in_app", "Remove test vehicle completely",
"""During setup we created a dummy vehicle called "TEST VAN DO NOT USE" with some fake trips. I want it gone for good, not just hidden. How?""",
  "how_to", "low", "answer", kb=["manage-vehicles-archive-delete"], mm=["Delete permanently"], tags=["near_miss_delete_vehicle"])

t("acc_001", "chat", "remove geofence",
"""We lost the Calder Foods contract so I want to get rid of their yard geofence, it keeps firing entry alerts when our trucks drive past. Will deleting it mess up last month's zone visit report?""",
  "how_to", "low", "answer", kb=["zones-geofences"], mm=["Zones"], tags=["near_miss_delete_zone"])

t("acc_021", "email", "supprimer une zone",
"""Bonjour,

j'ai créé par erreur deux zones pour le même chantier à Montreuil. Comment on en supprime une ? Et si je me trompe de zone, est-ce qu'on peut la récupérer ?

Julien""",
  "how_to", "low", "answer", kb=["zones-geofences"], lang="fr", tags=["near_miss_delete_zone"])

t("acc_023", "email", "Rovana not loading at City Hall - NET-001",
"""Hi there,

Since Monday none of the fleet office staff at the municipal building can open Rovana. Chrome shows "Unable to reach Rovana (NET-001)". The odd thing is it works fine on my phone when I switch off the wifi and use 4G, and our mechanic at the south yard (different network) says it's fine there too. Our IT department did roll out a new firewall over the weekend, not sure if related.

We can't dispatch the snow plough routes from the office at the moment, so this is pretty pressing.

Thomas Greer
Fleet Services Manager
City of Oakridge""",
  "how_to", "high", "answer", kb=["network-allowlist"], mm=["app.rovana.example"], tags=["near_miss_own_network"])

t("acc_009", "chat", "map loads but trucks frozen",
"""since IT swapped our web proxy yesterday the Pulse Map opens but none of the trucks move, positions just sit there until I refresh the whole page. my colleague working from home says his map is live. anything we need to whitelist?""",
  "how_to", "normal", "answer", kb=["network-allowlist", "pulse-map-live-tracking"], mm=["ws.rovana.example"], tags=["near_miss_own_network"])

t("acc_029", "email", "No carga Rovana desde la nave de Getafe",
"""Buenos días,

Desde ayer por la tarde, en la nave de Getafe nadie puede entrar en Rovana: el navegador se queda cargando y al final sale ERR_CONNECTION_TIMED_OUT. Desde el móvil con datos entra perfectamente, y en la oficina de Zaragoza funciona normal. El proveedor de internet nos cambió el router ayer por la mañana.

¿Qué tenemos que pedirles que abran?

Un saludo,
Alejandro Ruiz
Jefe de Tráfico - Carretera Norte Logística""",
  "how_to", "high", "answer", kb=["network-allowlist"], lang="es", tags=["near_miss_own_network"])

t("acc_010", "chat", "tracker offline",
"""tracker offline""",
  "how_to", "normal", "answer", kb=["beacon-offline-troubleshooting"], tags=["keyword_only"])

t("acc_022", "chat", "Truck 14 not updating",
"""Truck 14 hasn't moved on the map since Friday afternoon. It went into Dalton's body shop Friday for a bumper so I guess it's inside, but it still says Offline not Parked. Is the tracker broken?""",
  "how_to", "normal", "answer", kb=["beacon-offline-troubleshooting"])

t("acc_005", "chat", "Beacon Status Schlafend",
"""Moin, bei drei Transportern steht beim Beacon "Schlafend". Die stehen seit gut zwei Wochen auf dem Hof, weil wir gerade weniger Touren haben. Müssen wir da was machen oder geht das von allein wieder?""",
  "how_to", "low", "answer", kb=["beacon-offline-troubleshooting", "install-beacon"], lang="de")

t("acc_031", "email", "Where was unit 212 last Tuesday?",
"""Hi,

A resident has complained that one of our line trucks (unit 212) damaged a fence on Brookside Lane last Tuesday afternoon. How can I see exactly where 212 went that day, ideally step by step on the map?

Grace""",
  "how_to", "low", "answer", kb=["pulse-map-live-tracking", "trip-history-export"], mm=["Playback"])

t("acc_027", "email", "Storico viaggi piano Starter",
"""Salve,
volevo sapere fino a quanto indietro posso vedere i viaggi dei furgoni con il nostro piano (Starter). Il nostro commercialista ci chiede i chilometri di giugno.
Grazie, Stefano Riva""",
  "how_to", "low", "answer", kb=["pulse-map-live-tracking", "trip-history-export", "plans-and-limits"], mm=["90"], lang="it")

t("acc_019", "in_app", "October mileage export",
"""Need every trip for October, all hubs, in a spreadsheet for the mileage reimbursement audit. What's the fastest way? It's a lot of trips (we have ~900 vehicles).""",
  "how_to", "low", "answer", kb=["trip-history-export"], tags=["near_miss_export"])

t("acc_020", "chat", "exportar viagens excel",
"""Olá, preciso de tirar as viagens da carrinha 25-XT-81 de novembro para Excel. Onde é que faço isso?""",
  "how_to", "low", "answer", kb=["trip-history-export"], lang="pt", tags=["near_miss_export"])

t("acc_003", "email", "After-hours speeding alerts only",
"""Hello,

Our patrol cars legitimately speed when responding to alarms during shifts, so daytime speeding alerts are just noise for us. What I do want is an alert if any vehicle goes over 110 km/h outside working hours (staff taking cars home and joyriding, it has happened). Can you walk me through setting that up and having it go to the duty managers by SMS?

Thanks,
Priya Raman
Head of Fleet & Logistics, Castellan Security Services""",
  "how_to", "low", "answer", kb=["triggers-alerts"], mm=["outside working hours"])

t("acc_028", "chat", "alert spam",
"""ok so we set up an idling alert and now my phone buzzes like 40 times an hour because the same truck keeps starting and stopping at a job site. how do i make it chill""",
  "how_to", "low", "answer", kb=["triggers-alerts"], mm=["quiet period"])

t("acc_008", "email", "Onderhoudsschema op draaiuren",
"""Goedemiddag,

Onze maaimachines en tractoren worden onderhouden op basis van draaiuren, niet op kilometers. Kan ik in Rovana een onderhoudsplan maken dat elke 250 draaiuren een melding geeft? En haalt Rovana de draaiuren zelf op of moeten we die invoeren?

Met vriendelijke groet,
Sander Bakker
Polder Groenbeheer""",
  "how_to", "low", "answer", kb=["service-plans-maintenance"], lang="nl")

t("acc_002", "in_app", "van 3 serviced",
"""Van 3 had its 20k service at the garage this morning. where do i put that in so the reminder goes away""",
  "how_to", "low", "answer", kb=["service-plans-maintenance"], mm=["Log service"])

t("acc_001", "email", "Drivers upset about SafeScore",
"""Hi,

Since we rolled out SafeScore last month a few of our senior drivers are upset. They say harsh braking events are being logged when a car cuts in front of them on the motorway, and one of them says he got a harsh cornering event on a roundabout at 20 mph. How exactly is the score worked out, and is there a way for them to challenge an event that wasn't their fault? I'd rather sort this before it becomes a union matter.

Dana Whitfield
Transport Manager, Harborline Freight""",
  "how_to", "low", "answer", kb=["safescore"], mm=["dispute"])

t("acc_032", "chat", "need dashcam video from yesterday",
"""one of our vans (FM-22) got rear-ended at the lights on Harcourt Rd yesterday around 16:10. insurer wants the footage. how do I get it out of the SightLine cam? I've never done it""",
  "how_to", "low", "answer", kb=["sightline-dashcam-video"], mm=["Request video"])

t("acc_025", "email", "Tachograph download frequency",
"""Hello,

We're new to remote tachograph downloads. Our compliance auditor asked how often Rovana pulls the driver card data and the vehicle unit data, and how long the files are kept. Can you confirm so I can put it in our procedures?

Best,
Fiona McAllister
Horizon Rail Maintenance Ltd""",
  "how_to", "low", "answer", kb=["logbook-hours-of-service"], mm=["28 days"])

t("acc_023", "chat", "unassigned driving time??",
"""Got a red banner "Unassigned driving time detected" on 3 of our plow trucks. What does it want me to do""",
  "how_to", "normal", "answer", kb=["logbook-hours-of-service"], mm=["Unassigned driving"])

t("acc_033", "email", "Tourenoptimierung - wie viele Stopps?",
"""Hallo zusammen,

wir testen gerade Rovana (Pro-Testversion) für unsere Montagetrupps. Wie viele Stopps kann der Routenplaner auf einmal optimieren? Wir haben an manchen Tagen über 200 Baustellenbesuche über alle Trupps verteilt.

Viele Grüße
Matthias Kranich""",
  "how_to", "low", "answer", kb=["route-planner"], mm=["150"], lang="de")

t("acc_028", "in_app", "RP-413 error",
"""Getting "Too many stops for one optimisation (RP-413)" when I try to optimise Monday. We have 180 service calls that day across 3 branches. Do I need to upgrade?""",
  "how_to", "normal", "answer", kb=["route-planner"])

t("acc_019", "email", "Mandatory photos before closing a job",
"""Hi team,

Our field techs keep closing install jobs without photographing the cabinet wiring, and then we get disputes from the network owner. I want a form where two photos and the customer's signature are mandatory before the job can be completed. Where do I set that up?

Derek Ashworth
Head of Field Operations
Lumen Telecom""",
  "how_to", "low", "answer", kb=["proof-of-delivery-forms"], mm=["required"])

t("acc_007", "chat", "formulaire signature",
"""bonjour je voudrais créer un 4e formulaire (état des lieux du mobilier) mais le bouton est grisé, pourquoi ? on est en Starter""",
  "how_to", "low", "answer", kb=["proof-of-delivery-forms", "plans-and-limits"], lang="fr")

t("acc_031", "chat", "second depot",
"""We're opening a second depot in Port Haven next month with its own crew and 30 trucks. How do I set it up so the Port Haven dispatchers only see their own trucks?""",
  "how_to", "low", "answer", kb=["hubs-multi-depot", "roles-permissions"], mm=["Hub"])

t("acc_014", "chat", "send customer a link to see van",
"""can i send my customer a link so they can see where my van is? just the one van not all of them""",
  "how_to", "low", "answer", kb=["pulse-map-live-tracking"], mm=["Live link"])

t("acc_009", "in_app", "assign from board",
"""How do I assign an unassigned work order to a driver from the dispatch board? New dispatcher here, sorry if obvious.""",
  "how_to", "low", "answer", kb=["create-work-orders"], mm=["drag"])

t("acc_006", "chat", "error WO-412",
"""Al asignar una orden a Javi me sale "Cannot dispatch: driver is off duty (WO-412)". Javi está trabajando ahora mismo, lo tengo al lado. ¿Qué hago?""",
  "how_to", "normal", "answer", kb=["create-work-orders"], lang="es")

t("acc_011", "email", "fuel cards??",
"""hi, we use RoadFuel cards for all 40 vans. can we hook them up to rovana so I can see who's filling up what? cant find it in the menus anywhere. cheers, Marcus""",
  "how_to", "low", "answer", kb=["fuellink-fuel-cards", "plans-and-limits"], mm=["Pro"])

t("acc_016", "email", "Transazione carburante segnalata",
"""Buongiorno,

nella sezione carburante vedo tre rifornimenti segnalati come "Location mismatch" sul mezzo FG 221 XK. L'autista giura di aver fatto benzina lui. Cosa vuol dire esattamente quella segnalazione e come la verifico?

Cordiali saluti
Giulia Bellandi
Trasporti Bellandi S.r.l.""",
  "how_to", "low", "answer", kb=["fuellink-fuel-cards"], mm=["500"], lang="it")

t(None, "chat", "driver app without signal?",
"""Hi, just browsing. Our engineers work in a lot of rural sites with no phone signal. Does your driver app still work when there's no coverage or does everything stop?""",
  "how_to", "low", "answer", kb=["driver-app-setup"], tags=["anonymous"])

t("acc_026", "email", "Zou het niet handig zijn als...",
"""Hallo Rovana,

Een suggestie: het zou heel handig zijn als onze klanten automatisch een sms kregen met een link waarop ze de bus van de monteur zien aankomen. Staat zoiets op de planning?

Groet,
Pieter de Vries""",
  "how_to", "low", "answer", kb=["arrival-notices"], lang="nl", tags=["request_for_existing_feature"])

t("acc_022", "email", "Suggestion: see trucks by yard",
"""Suggestion for your product team: it'd be great if we could split the fleet by yard (we have the batch plant and the north yard) so each foreman only sees his own trucks. Right now everyone sees all 48.

Carla Benavides
Red Mesa Concrete""",
  "how_to", "low", "answer", kb=["hubs-multi-depot", "roles-permissions"], mm=["Hub"], tags=["request_for_existing_feature"])

t("acc_025", "in_app", "Driver shared phone",
"""Two of our track inspectors share one phone on nights. When the second one logs in he gets "This device is linked to another driver (APP-409)". How should we set this up?""",
  "how_to", "normal", "answer", kb=["driver-app-setup"], mm=["Shared devices"])

t("acc_017", "chat", "maintenance reminder who gets it",
"""who gets the service due reminder emails? I set up service plans for our 12 vans but my tech lead says he never gets anything""",
  "how_to", "low", "answer", kb=["service-plans-maintenance", "triggers-alerts"])

# how_to questions the knowledge base does not answer (rule 6)
t("acc_027", "email", "Beacon su motocarri?",
"""Buongiorno,
abbiamo anche due motocarri Ape per le consegne nel centro storico. Il Beacon Go si può montare anche su quelli? Hanno una presa diversa, credo.
Stefano""",
  "how_to", "low", "escalate", kb=[], lang="it", rules=[6], tags=["no_kb"])

t("acc_032", "chat", "does the sightline cam record sound",
"""quick q - does the in-cab SightLine camera record audio as well as video? our drivers' union rep is asking and I need a straight answer""",
  "how_to", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t("acc_023", "email", "Beacon Pro in salt spreaders - water/salt resistance?",
"""Hello,

Before we hardwire Beacon Pro units into our 14 salt spreaders: what's the ingress protection rating on those units? They get blasted with brine and pressure-washed every week in winter, and the install location in the spreaders is exposed. I couldn't find a spec sheet on the help centre.

Thomas Greer""",
  "how_to", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])

t("acc_005", "email", "Sprachen in der Fahrer-App",
"""Hallo,

rund die Hälfte unserer Fahrer kommt aus Polen und Rumänien und versteht deutsche Texte nur mit Mühe. In welchen Sprachen gibt es die Rovana Fahrer-App? Kann jeder Fahrer seine Sprache selbst einstellen?

Beste Grüße
Jana Böttcher
Disposition, Nordwind Kurierdienst""",
  "how_to", "low", "escalate", kb=[], lang="de", rules=[6], tags=["no_kb"])

t("acc_010", "chat", "beacons in mexico?",
"""we're starting a job for a solar farm near Nogales and some trucks will cross into Mexico every day. do the beacons keep reporting down there and is there any extra roaming cost?""",
  "how_to", "low", "escalate", kb=[], rules=[6], tags=["no_kb"])
