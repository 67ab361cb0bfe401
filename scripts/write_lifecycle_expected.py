#!/usr/bin/env python3
"""Write the lifecycle expectations of the sample product from its DESIGNED outcomes.

    python scripts/write_lifecycle_expected.py [--out FILE] [--check]

The outcomes come from the persona table of scripts/generate_sample_product.py (DESIGNED, derived by
reading SPEC section 5, and checked independently by scripts/check_sample_personas.py), never from the
lifecycle engine. One JSON object per account, as of the sample's reference day D = 2026-11-15, in the
format `cs-agents eval lifecycle --expected` reads. `--check` exits 1 if FILE differs from what would be
written. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_sample_product import DESIGNED, D  # noqa: E402  (the designed outcomes, as data)

DEFAULT_OUT = HERE.parent / "cs_agents" / "sample_product" / "lifecycle_expected.jsonl"


def expectation_lines() -> str:
    lines = []
    for account_id in sorted(DESIGNED):
        outcome: dict[str, Any] = DESIGNED[account_id]
        lines.append(
            json.dumps(
                {
                    "account_id": account_id,
                    "as_of": D.isoformat(),
                    "activation_tier": outcome["tier"],
                    "risk_tier": outcome["risk"],
                    "signals": sorted(outcome["risk_signals"]),
                    "growth_signals": sorted(outcome["growth_signals"]),
                    "play": None if outcome["play"] == "none" else outcome["play"],
                }
            )
        )
    return "".join(line + "\n" for line in lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare with FILE instead of writing it")
    args = parser.parse_args()
    text = expectation_lines()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is not up to date: run scripts/write_lifecycle_expected.py")
            return 1
        print(f"{args.out} is up to date ({len(DESIGNED)} accounts)")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {len(DESIGNED)} accounts as of {D.isoformat()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
