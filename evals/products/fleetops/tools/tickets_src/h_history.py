# History tickets: the support team's past tickets with their labels (no `expected`).
# acc_015 and acc_025 get a burst of tickets in the 30 days before 2026-12-06 (ticket_spike).

h("acc_002", "email", "How do I add a second dispatcher?", """Hi, we've taken on an office junior, how do I give her access to the dispatch board? Owen""",
  "2026-08-18T08:12:00Z", "account_access", "low", "answer")
h("acc_009", "chat", "export of bin lift events", """can we export the work order completion times for September per depot into excel?""",
  "2026-08-19T13:40:00Z", "how_to", "low", "answer")
h("acc_006", "email", "Alta de técnicos nuevos", """Hola, ¿cómo doy de alta a tres técnicos nuevos en la app? No tienen correo de empresa, solo móvil.""",
  "2026-08-21T07:55:00Z", "how_to", "low", "answer", lang="es")
h("acc_019", "email", "SCIM deprovisioning delay", """Users removed in our IdP stay active in Rovana for about half an hour. Is that expected?""",
  "2026-08-24T15:02:00Z", "account_access", "low", "answer")
h("acc_012", "email", "Fatura com NIF errado", """Bom dia, a fatura de agosto saiu com o NIF antigo. Podem emitir uma nota de crédito e uma nova fatura com o NIF correto?""",
  "2026-08-26T09:30:00Z", "billing", "normal", "escalate", lang="pt")
h("acc_004", "chat", "add a mower trailer", """how do I add our mower trailer as a vehicle? it doesn't have a plate""",
  "2026-08-28T16:20:00Z", "how_to", "low", "answer")
h("acc_013", "email", "Zugang für externen Prüfer", """Guten Tag, ein externer Sicherheitsprüfer soll zwei Wochen lang nur Berichte sehen dürfen. Welche Rolle ist richtig?""",
  "2026-09-01T10:10:00Z", "account_access", "low", "answer", lang="de")
h("acc_028", "chat", "idle report blank", """the idling report is blank for august even though we definitely idle lol. filters are all hubs""",
  "2026-09-03T14:45:00Z", "bug_report", "normal", "escalate")
h("acc_016", "email", "Fattura doppia agosto", """Buongiorno, ci è stata addebitata due volte la fattura di agosto. Chiediamo il rimborso di uno dei due addebiti. Giulia""",
  "2026-09-04T08:05:00Z", "billing", "high", "escalate", lang="it")
h("acc_026", "email", "Werkbonnen naar Ledgerline", """Hallo, kunnen afgeronde werkbonnen automatisch als conceptfactuur in Ledgerline komen?""",
  "2026-09-08T12:00:00Z", "integration", "low", "answer", lang="nl")
h("acc_001", "email", "Geofence alerts at night only", """Can I make the depot exit alert only fire between 10pm and 5am? Dana""",
  "2026-09-09T07:31:00Z", "how_to", "low", "answer")
h("acc_021", "chat", "combien de véhicules en gratuit", """c'est combien de véhicules max en gratuit ? on en a 4""",
  "2026-09-16T17:02:00Z", "billing", "low", "answer", lang="fr")
h("acc_010", "email", "Can't complete jobs - form stuck", """Since the app update our techs can't submit the commissioning form, the submit button spins forever. Blocking all our installs today.""",
  "2026-09-17T09:44:00Z", "bug_report", "high", "escalate")
h("acc_003", "email", "Guard tour report", """Is there a report that shows how long each patrol car spent inside each client site Zone per night?""",
  "2026-09-22T11:15:00Z", "how_to", "low", "answer")
h("acc_020", "chat", "carrinha offline", """a carrinha 25-XT-81 aparece offline desde ontem, esteve na oficina a mudar a bateria""",
  "2026-09-24T10:02:00Z", "how_to", "normal", "answer", lang="pt")
h("acc_029", "email", "Descarga de tacógrafo", """¿Cada cuánto se descargan los ficheros de tarjeta de conductor? Nos lo pide la inspección.""",
  "2026-09-25T08:48:00Z", "how_to", "low", "answer", lang="es")
h("acc_005", "email", "Wir wollen mehr Sitzplätze", """Hallo, wir brauchen 5 weitere Büro-Zugänge. Geht das ohne Planwechsel? Jana""",
  "2026-09-29T13:13:00Z", "billing", "low", "answer", lang="de")
h("acc_031", "email", "Audit log retention", """How far back does the audit log go? Our auditors want 12 months.""",
  "2026-10-01T15:30:00Z", "other", "low", "escalate")
h("acc_022", "chat", "talk to someone about pricing", """can I get someone from sales to call me about adding the batch plant loaders""",
  "2026-10-02T16:50:00Z", "billing", "normal", "escalate")
h("acc_007", "email", "Itinéraire de la tournée", """Bonjour, comment optimiser l'ordre des livraisons de la journée ? On est en Starter. Claire""",
  "2026-10-06T07:40:00Z", "how_to", "low", "answer", lang="fr")
h("acc_018", "chat", "reset password link expired", """reset link says expired, I clicked it like 2 hours later. help""",
  "2026-10-07T12:25:00Z", "account_access", "high", "answer")
h("acc_032", "email", "Webhook signature mismatch", """Our webhook receiver rejects every request: the signature never matches. We're hashing the parsed JSON. Oliver""",
  "2026-10-09T10:00:00Z", "integration", "normal", "answer")
h("acc_019", "email", "Positions down across all regions", """No live positions for any of our 900 vehicles since 13:05 CET. All regions. Please advise urgently.""",
  "2026-10-14T12:20:00Z", "outage", "urgent", "escalate")
h("acc_009", "chat", "map frozen everywhere", """map frozen for every depot, nothing since 1pm. is it you?""",
  "2026-10-14T12:31:00Z", "outage", "urgent", "escalate")
h("acc_023", "email", "Live map not updating", """City fleet map has not updated for an hour for any vehicle. Thomas""",
  "2026-10-14T12:40:00Z", "outage", "urgent", "escalate")
h("acc_008", "email", "Rapport brandstof klopt niet", """Het brandstofrapport van september telt de liters dubbel sinds we de tankpas opnieuw hebben gekoppeld.""",
  "2026-10-15T09:05:00Z", "bug_report", "normal", "answer", lang="nl")
h("acc_015", "email", "Visit photos", """How long do you keep the photos our carers take at visits? Abigail""",
  "2026-10-20T10:45:00Z", "data_privacy", "low", "answer")
h("acc_005", "email", "Positionen fehlen wieder", """Seit 9:40 Uhr wieder keine Positionen von unseren Fahrzeugen, wie letzte Woche. Alle Standorte.""",
  "2026-10-22T07:50:00Z", "outage", "urgent", "escalate", lang="de")
h("acc_019", "chat", "positions stopped again", """positions stopped again for the whole fleet, second time this month""",
  "2026-10-22T07:55:00Z", "outage", "urgent", "escalate")
h("acc_014", "chat", "is there an app for me", """do I need the driver app or the manager app? its just me""",
  "2026-10-23T18:30:00Z", "onboarding", "low", "answer")
h("acc_011", "email", "Starter work order limit", """How many jobs a month can we dispatch on Starter? Marcus""",
  "2026-10-27T08:15:00Z", "billing", "low", "answer")
h("acc_027", "email", "Cambio titolare dell'account", """Buongiorno, il titolare dell'account andrà in pensione. Come passiamo la proprietà a me? Stefano""",
  "2026-10-29T09:20:00Z", "account_access", "low", "answer", lang="it")
h("acc_030", "chat", "does this work on boats", """can i put one of your trackers on a boat? we do marine repairs""",
  "2026-10-05T14:00:00Z", "how_to", "low", "escalate")
h("acc_026", "chat", "Monteur kan niet inloggen", """Onze nieuwe monteur krijgt 'code ongeldig' in de app, uitnodiging is van gisteren.""",
  "2026-11-02T07:10:00Z", "account_access", "high", "answer", lang="nl")
h("acc_006", "email", "Queremos hablar de la renovación", """Hola, antes de renovar en enero queremos revisar el precio por vehículo, ahora somos 38. ¿Con quién hablamos? Marta""",
  "2026-11-04T11:00:00Z", "billing", "normal", "escalate", lang="es")
h("acc_016", "email", "Nuovo deposito", """Come creo un secondo hub per il deposito di Verona con i suoi orari? Giulia""",
  "2026-11-05T08:35:00Z", "how_to", "low", "answer", lang="it")
h("acc_021", "email", "limite de véhicules atteint", """Bonjour, on a un 4e utilitaire mais Rovana ne veut pas l'ajouter. Que faire ? Julien""",
  "2026-11-20T10:05:00Z", "billing", "low", "answer", lang="fr")
h("acc_015", "email", "Carers jumping on the map", """Some carers jump across the map after 20 minutes of nothing. iPhones mostly.""",
  "2026-11-10T09:12:00Z", "bug_report", "normal", "answer")
h("acc_025", "email", "Tachograph files missing", """Driver card downloads for 4 of our drivers haven't appeared for 6 weeks. Fiona""",
  "2026-11-12T08:40:00Z", "bug_report", "high", "escalate")
h("acc_015", "chat", "texts late", """families say the on-the-way text comes after the carer leaves""",
  "2026-11-17T16:05:00Z", "bug_report", "normal", "escalate")
h("acc_025", "chat", "still no tacho files", """still no driver card files. a week now since I reported it. this is a legal requirement for us""",
  "2026-11-20T13:30:00Z", "bug_report", "high", "escalate")
h("acc_012", "email", "Limite de pedidos à API", """Quantos pedidos por minuto podemos fazer à API no plano Pro? Rui""",
  "2026-11-18T10:22:00Z", "integration", "low", "answer", lang="pt")
h("acc_015", "email", "Credit for the SMS", """We'd like some money back for the SMS bundle given the texts are arriving late. Abigail""",
  "2026-11-24T11:48:00Z", "billing", "normal", "escalate")
h("acc_025", "chat", "WANT A MANAGER", """I WANT TO SPEAK TO A MANAGER ABOUT THE TACHO FILES. NOW.""",
  "2026-11-27T09:02:00Z", "other", "high", "escalate")
h("acc_028", "chat", "zone import fails", """kml import gives ZN-422 for our service area polygon""",
  "2026-11-25T15:15:00Z", "bug_report", "normal", "answer")
h("acc_029", "email", "Informe semanal en UTC", """El informe programado en CSV sale con las horas en UTC desde hace meses.""",
  "2026-11-13T07:45:00Z", "bug_report", "normal", "answer", lang="es")
h("acc_015", "in_app", "visit not showing for carer", """One visit I assigned to Joy this morning isn't showing in her app. Others are.""",
  "2026-12-01T07:20:00Z", "bug_report", "high", "escalate")
h("acc_003", "email", "Clips not uploading", """Video clips from 6 of our cars stay on Queued. Firmware 3.4.1 on all of them. Priya""",
  "2026-11-26T12:00:00Z", "bug_report", "normal", "escalate")
h("acc_015", "email", "Please call me", """Could someone phone me about all these problems please, I'd rather talk it through. Abigail""",
  "2026-12-04T14:10:00Z", "other", "normal", "escalate")
h("acc_013", "email", "Rechnungsadresse geändert?", """Wurde unsere neue Rechnungsadresse übernommen? Die Novemberrechnung zeigt noch die alte. Lukas""",
  "2026-11-09T08:00:00Z", "billing", "low", "answer", lang="de")
h("acc_024", "chat", "how do drivers see their jobs", """once i dispatch, where do drivers see the job? they have the app installed""",
  "2026-10-01T13:05:00Z", "onboarding", "low", "answer")
h("acc_034", "email", "trial hardware", """Can I get a couple of trackers to test before paying? Leah""",
  "2026-11-14T10:30:00Z", "onboarding", "low", "answer")
h("acc_036", "chat", "attivazione beacon", """il beacon dice BCN-404 quando inserisco il seriale""",
  "2026-12-02T09:15:00Z", "onboarding", "normal", "answer", lang="it")
h("acc_035", "email", "SAML test fails", """Test connection gives SSO-310 audience mismatch. Hannah""",
  "2026-11-06T15:40:00Z", "account_access", "high", "answer")
h("acc_020", "email", "Descontinuar o Starter?", """Estamos a pensar sair no fim do ano, o trabalho caiu muito. O que acontece às carrinhas alugadas? Beatriz""",
  "2026-11-23T11:11:00Z", "cancellation", "high", "escalate", lang="pt")
h("acc_008", "chat", "opzeggen?", """Wat is de opzegtermijn van ons jaarcontract?""",
  "2026-11-16T10:40:00Z", "cancellation", "high", "escalate", lang="nl")
h("acc_004", "email", "Delete our data", """Please remove all our company's data from your systems. Luis""",
  "2026-10-18T09:00:00Z", "data_privacy", "normal", "escalate")
h("acc_033", "email", "Testphase verlängern", """Können wir die Testphase um eine Woche verlängern? Matthias""",
  "2026-12-03T08:25:00Z", "onboarding", "low", "answer", lang="de")
h("acc_017", "chat", "feature: parts inventory", """would be nice to track van stock / parts inventory per van in rovana""",
  "2026-09-11T12:00:00Z", "feature_request", "low", "escalate")
h("acc_002", "email", "feature: weekly driver summary email", """Any chance drivers could get a weekly email with their own SafeScore? Owen""",
  "2026-10-12T08:00:00Z", "feature_request", "low", "escalate")
h("acc_031", "chat", "status page?", """where can we subscribe to incident notifications?""",
  "2026-10-15T16:00:00Z", "other", "low", "answer")
h("acc_012", "chat", "login bloqueado", """fiquei bloqueado, AUTH-423, tentei demasiadas vezes""",
  "2026-09-30T07:05:00Z", "account_access", "high", "answer", lang="pt")
h("acc_016", "chat", "avvisi SMS ai clienti", """come attivo gli SMS di arrivo ai clienti?""",
  "2026-09-15T09:00:00Z", "how_to", "low", "answer", lang="it")
h("acc_029", "chat", "Cambio de plan a Enterprise", """¿Qué incluye Enterprise además de SSO? Estamos creciendo.""",
  "2026-08-27T10:30:00Z", "billing", "low", "answer", lang="es")
h("acc_007", "chat", "partager position client", """comment envoyer au client un lien pour suivre le camion ?""",
  "2026-08-22T09:45:00Z", "how_to", "low", "answer", lang="fr")
