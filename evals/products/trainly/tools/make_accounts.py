"""Writes accounts.jsonl (run once; kept for reproducibility)."""
import json, os, unicodedata
PRICE = {"free": 0.0, "starter": 4.0, "pro": 7.0, "enterprise": 9.0}
A = [
 # id, name, plan, seats, signup, industry, contact, email-domain
 ("Harbourline Logistics", "enterprise", 900, "2024-01-15", "logistics", "Ingrid Aalders", "harbourline"),
 ("Copperleaf Pharma", "enterprise", 600, "2024-03-04", "pharmaceuticals", "Dr. Samir Haddad", "copperleaf-pharma"),
 ("Northgate Care Homes", "pro", 260, "2024-05-20", "healthcare", "Fiona McAllister", "northgatecare"),
 ("Vellmar Foods", "pro", 180, "2024-02-11", "food production", "Jonas Vellmar", "vellmarfoods"),
 ("Brisa Hoteles", "pro", 140, "2024-09-02", "hospitality", "Lucía Ferrer", "brisahoteles"),
 ("Atelier Dumont", "starter", 60, "2025-01-13", "manufacturing", "Camille Dumont", "atelier-dumont"),
 ("Kestrel Insurance Group", "enterprise", 800, "2023-12-18", "insurance", "Priya Raman", "kestrel-insurance"),
 ("Ortiz & Baum Construction", "pro", 120, "2025-04-07", "construction", "Rafael Ortiz", "ortizbaum"),
 ("Lumen Energy Services", "pro", 220, "2024-11-25", "energy", "Hannah Brecht", "lumen-energy"),
 ("Pinewood Credit Union", "starter", 40, "2025-06-30", "financial services", "Marcus Lee", "pinewoodcu"),
 ("Stadtwerke Ahlbeck", "pro", 160, "2025-02-17", "utilities", "Katrin Vogt", "stadtwerke-ahlbeck"),
 ("Fiorani Meccanica", "pro", 130, "2025-03-10", "manufacturing", "Giulia Fiorani", "fiorani-meccanica"),
 ("Casa Verde Supermercados", "pro", 300, "2024-07-01", "retail", "João Pereira", "casaverde"),
 ("Bluefin Software", "starter", 25, "2025-08-18", "software", "Tom Nakamura", "bluefin-soft"),
 ("Maple Street Dental", "free", 10, "2026-02-03", "healthcare", "Dana Whitfield", "maplestreetdental"),
 ("Rijnmond Havendiensten", "enterprise", 500, "2024-04-22", "logistics", "Pieter van Dijk", "rijnmond-haven"),
 ("Albatross Aviation Services", "enterprise", 450, "2024-10-08", "aviation", "Capt. Erin Doyle", "albatross-aviation"),
 ("Quill & Ledger LLP", "starter", 25, "2025-10-02", "legal services", "Naomi Fairbanks", "quillledger"),
 ("Greenhollow Nonprofit Network", "free", 10, "2025-11-19", "nonprofit", "Abel Mensah", "greenhollow"),
 ("Sierra Alta Minería", "pro", 240, "2024-06-14", "mining", "Andrés Salgado", "sierraalta"),
 ("Telvia Comunicações", "enterprise", 700, "2024-08-26", "telecommunications", "Beatriz Lima", "telvia"),
 ("Oakridge School District", "starter", 80, "2025-07-21", "public sector", "Gloria Reyes", "oakridge-sd"),
 ("Hexa Labs", "free", 10, "2026-05-12", "software", "Leo Brandt", "hexalabs"),
 ("Marchetti Farmacie", "starter", 30, "2026-01-26", "retail pharmacy", "Paolo Marchetti", "marchettifarmacie"),
 ("Boulangeries Lefèvre", "starter", 50, "2026-03-09", "food service", "Élodie Lefèvre", "lefevre-boulangeries"),
 ("Tidewater Security", "pro", 150, "2025-09-15", "security services", "Ray Okafor", "tidewater-sec"),
 ("Nordlicht Kliniken", "enterprise", 650, "2025-05-05", "healthcare", "Dr. Miriam Kessler", "nordlicht-kliniken"),
 ("Cobalt Freight", "pro", 100, "2026-06-23", "logistics", "Sasha Petrov", "cobaltfreight"),
 ("Luna Coworking", "free", 10, "2026-09-28", "real estate", "Ivy Chen", "lunacowork"),
 ("Vandermeer Installatietechniek", "starter", 35, "2026-11-10", "construction", "Sanne Vandermeer", "vandermeer-it"),
 ("Aurora Retail Group", "pro", 280, "2026-11-16", "retail", "Kelsey Morgan", "auroraretail"),
 ("Solano Clínicas", "starter", 25, "2026-11-24", "healthcare", "Marta Solano", "solanoclinicas"),
 ("Ironbridge Manufacturing", "enterprise", 400, "2026-11-03", "manufacturing", "Graham Holt", "ironbridge-mfg"),
 ("Pelican Bay Resorts", "pro", 110, "2025-12-01", "hospitality", "Chloé Martin", "pelicanbay"),
 ("Frostline Cold Storage", "starter", 25, "2026-12-05", "logistics", "Olu Adeyemi", "frostline"),
 ("Meridian Home Health", "pro", 100, "2024-12-09", "healthcare", "Renee Castillo", "meridianhh"),
]
out = []
for i, (name, plan, seats, signup, ind, contact, dom) in enumerate(A, 1):
    first = contact.split()[-2] if contact.startswith(("Dr.", "Capt.")) else contact.split()[0]
    local = unicodedata.normalize("NFKD", first.lower()).encode("ascii", "ignore").decode()
    out.append({"id": f"acc_{i:03d}", "name": name, "plan": plan, "seats": seats,
                "mrr": round(seats * PRICE[plan], 2), "signup_date": signup, "industry": ind,
                "contact": {"name": contact, "email": f"{local}@{dom}.example"}})
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "accounts.jsonl"), "w", encoding="utf-8") as f:
    for a in out:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(out))
