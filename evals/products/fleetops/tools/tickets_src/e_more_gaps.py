# more questions the knowledge base does not answer (rule 6), outside English

t("acc_027", "email", "Presa OBD nascosta",
"""Buongiorno,
su due dei nostri furgoni la presa OBD è dietro un pannello sotto il volante e il Beacon Go, una volta inserito, impedisce di richiudere il pannello. Esiste una prolunga o un cavo a Y da usare?
Grazie
Stefano Riva""",
  "how_to", "low", "escalate", kb=[], lang="it", rules=[6], tags=["no_kb"])

t("acc_012", "chat", "integração com o Faturix",
"""a nossa faturação está toda no Faturix. há integração direta com a Rovana ou temos de fazer tudo pela API?""",
  "integration", "low", "escalate", kb=[], lang="pt", rules=[6], tags=["no_kb"])

t("acc_007", "email", "Certification ISO 27001 ?",
"""Bonjour,

Un de nos clients, une grande enseigne, nous demande si nos prestataires informatiques sont certifiés ISO 27001. Rovana l'est-elle ? Pouvez-vous nous transmettre le certificat ?

Claire Dufresne""",
  "data_privacy", "low", "escalate", kb=["policy-data-export-deletion"], lang="fr", rules=[6], tags=["no_kb", "nearest_policy"])

t("acc_008", "chat", "Nederlandstalige helpdesk?",
"""Hebben jullie ook iemand die Nederlands spreekt aan de telefoon? Onze planners doen liever niet alles in het Engels.""",
  "other", "low", "escalate", kb=[], lang="nl", rules=[6], tags=["no_kb"])

t("acc_029", "email", "Webhooks con autenticación básica",
"""Hola,

Nuestro equipo de sistemas solo permite endpoints con autenticación básica (usuario y contraseña) o con una cabecera con token propio. ¿Se puede configurar el webhook de Rovana para que envíe esas credenciales?

Alejandro""",
  "integration", "low", "escalate", kb=[], lang="es", rules=[6], tags=["no_kb"])

t("acc_005", "chat", "Gespann anlegen",
"""Kann man in Rovana Zugmaschine und Anhänger als Gespann anlegen, sodass man sieht, welcher Anhänger gerade an welchem LKW hängt?""",
  "how_to", "low", "escalate", kb=[], lang="de", rules=[6], tags=["no_kb"])

t("acc_006", "chat", "kilometraje para el seguro",
"""Nuestra aseguradora ofrece descuento si les mandamos cada mes los km y la puntuación de conducción directamente. ¿Rovana puede enviar esos datos a la aseguradora automáticamente?""",
  "integration", "low", "escalate", kb=[], lang="es", rules=[6], tags=["no_kb"])
