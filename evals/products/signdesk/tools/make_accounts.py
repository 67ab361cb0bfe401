"""Writes accounts.jsonl (fixed list; run once)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
PRICE = {"free": 0, "starter": 12, "pro": 39, "enterprise": 65}
A = [
 # id, name, plan, seats, signup, industry, contact name, email
 ("acc_001","Brightwater Property Management","pro",12,"2024-02-14","real_estate","Dana Whitfield","dana@brightwater-pm.example"),
 ("acc_002","Kestrel Logistics GmbH","enterprise",80,"2024-03-03","logistics","Jonas Brenner","j.brenner@kestrel-logistik.example"),
 ("acc_003","Olivetree Dental Group","starter",4,"2024-04-22","healthcare","Priya Raman","priya@olivetreedental.example"),
 ("acc_004","Marlowe & Finch LLP","pro",25,"2024-05-09","legal","Harriet Marlowe","hmarlowe@marlowefinch.example"),
 ("acc_005","Lumen Staffing Solutions","pro",18,"2024-06-30","staffing","Marcus Ade","marcus.ade@lumenstaffing.example"),
 ("acc_006","Atelier Rocaille","starter",3,"2024-08-12","design","Camille Roux","camille@atelier-rocaille.example"),
 ("acc_007","Northgate Insurance Brokers","enterprise",150,"2024-09-01","insurance","Graham Pike","graham.pike@northgate-ib.example"),
 ("acc_008","Pinecrest Charter School","free",1,"2024-10-19","education","Lauren Beck","lbeck@pinecrest-charter.example"),
 ("acc_009","Vértice Consultores","pro",9,"2024-11-25","consulting","Lucía Ferrer","lucia.ferrer@vertice-consultores.example"),
 ("acc_010","Halvorsen Marine Supply","starter",5,"2025-01-08","wholesale","Erik Halvorsen","erik@halvorsen-marine.example"),
 ("acc_011","Sunfield Solar Installers","pro",14,"2025-02-17","energy","Tasha Greene","tasha@sunfieldsolar.example"),
 ("acc_012","Casa Bonita Imóveis","starter",5,"2025-03-04","real_estate","Rafael Nogueira","rafael@casabonita-imoveis.example"),
 ("acc_013","Meridian Clinical Research","enterprise",60,"2025-03-28","life_sciences","Dr. Anke Vos","anke.vos@meridian-cr.example"),
 ("acc_014","Tandem Coworking","starter",2,"2025-04-15","hospitality","Oliver Grant","oliver@tandemcowork.example"),
 ("acc_015","Ferraro Costruzioni","pro",10,"2025-05-06","construction","Giulia Ferraro","g.ferraro@ferrarocostruzioni.example"),
 ("acc_016","Bluepeak Software","pro",30,"2025-06-11","software","Nina Okafor","nina@bluepeak.example"),
 ("acc_017","De Vries Installatietechniek","starter",4,"2025-07-01","construction","Sanne de Vries","sanne@devries-installatie.example"),
 ("acc_018","Quarry Lane Veterinary","free",1,"2025-07-23","healthcare","Tom Ashby","tom@quarrylanevet.example"),
 ("acc_019","Solstice Events Co.","starter",3,"2025-08-30","events","Bianca Moreau","bianca@solsticeevents.example"),
 ("acc_020","Ironbridge Capital Partners","enterprise",40,"2025-09-15","financial_services","Victor Lang","vlang@ironbridgecap.example"),
 ("acc_021","Greenleaf Nonprofit Alliance","pro",8,"2025-10-27","nonprofit","Maya Thornton","maya@greenleaf-alliance.example"),
 ("acc_022","Hofmann Steuerberatung","starter",5,"2025-11-18","accounting","Klaus Hofmann","k.hofmann@hofmann-stb.example"),
 ("acc_023","Cobalt Fitness Franchising","pro",20,"2026-01-12","fitness","Derek Sloan","derek@cobaltfitness.example"),
 ("acc_024","Rivière Avocats","pro",7,"2026-02-03","legal","Étienne Rivière","e.riviere@riviere-avocats.example"),
 ("acc_025","Tidewater Home Health","starter",5,"2026-03-09","healthcare","Carla Mendes","carla@tidewaterhh.example"),
 ("acc_026","Nimbus Drone Services","free",1,"2026-04-21","technology","Sam Petrov","sam@nimbusdrones.example"),
 ("acc_027","Alvarado Seguros","pro",15,"2026-05-14","insurance","Jorge Alvarado","jorge@alvaradoseguros.example"),
 ("acc_028","Copperline Recruiting","starter",5,"2026-06-02","staffing","Rachel Kim","rachel@copperline.example"),
 ("acc_029","Van Leeuwen Makelaars","pro",6,"2026-07-20","real_estate","Pieter van Leeuwen","pieter@vanleeuwen-makelaars.example"),
 ("acc_030","Orchard Street Bakery Group","free",1,"2026-08-11","food_beverage","Hannah Cole","hannah@orchardstbakery.example"),
 ("acc_031","Studio Lanterna","starter",2,"2026-09-05","media","Marco Bellini","marco@studiolanterna.example"),
 ("acc_032","Polaris Freight Brokerage","pro",22,"2026-10-01","logistics","Aisha Bello","aisha@polarisfreight.example"),
 ("acc_033","Westbrook Municipal Credit Union","enterprise",120,"2026-11-10","financial_services","Gordon Hale","ghale@westbrookcu.example"),
 ("acc_034","Fieldhouse Sports Academy","starter",3,"2026-11-18","education","Jamie Ortega","jamie@fieldhouseacademy.example"),
 ("acc_035","Saffron & Sage Catering","free",1,"2026-11-28","food_beverage","Leila Haddad","leila@saffronsage.example"),
 ("acc_036","Aurora Biotech Labs","pro",12,"2026-12-05","life_sciences","Dr. Felix Wagner","felix.wagner@aurorabiotech.example"),
]
with open(os.path.join(HERE, "..", "accounts.jsonl"), "w", encoding="utf-8") as f:
    for (i, n, p, s, d, ind, cn, ce) in A:
        mrr = float(PRICE[p] * s)
        if p == "enterprise":
            mrr = float(round(s * 58.5, 2))  # negotiated
        f.write(json.dumps({"id": i, "name": n, "plan": p, "seats": s, "mrr": mrr, "signup_date": d,
                            "industry": ind, "contact": {"name": cn, "email": ce}}, ensure_ascii=False) + "\n")
print(len(A), "accounts")
