import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from accounts_src import ACCOUNTS
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "accounts.jsonl"), "w", encoding="utf-8") as f:
    for a in ACCOUNTS:
        f.write(json.dumps({"id": a[0], "name": a[1], "plan": a[2], "seats": a[3], "mrr": a[4],
                            "signup_date": a[5], "industry": a[6],
                            "contact": {"name": a[7], "email": a[8]}}, ensure_ascii=False) + "\n")
print(len(ACCOUNTS), "accounts")
