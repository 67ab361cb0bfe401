"""Screenshots of every page for docs/screenshots, taken in Debian's Chromium.

    python scripts/screenshots.py                  # own server on the sample product (local dev mode)
    python scripts/screenshots.py --url http://127.0.0.1:8000   # a running local dev-mode server

Drafts an onboarding campaign and a few retention plays first, so the queue has something in it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def start_server(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CS_AGENTS_", "OPENAI_"))}
    env["CS_AGENTS_DATA_DIR"] = str(data_dir)
    cli = Path(sys.executable).with_name("cs-agents")
    return subprocess.Popen([str(cli), "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL)


def wait_ready(url: str, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{url} did not become ready in {timeout_s:.0f} s")


def seed(url: str, as_of: str) -> None:
    with httpx.Client(base_url=url, timeout=120) as http:
        if http.get("/v1/reviews").json():
            return
        http.post("/v1/accounts/acc_068/onboarding", json={"as_of": as_of}).raise_for_status()
        http.post("/v1/retention/scan", json={"as_of": as_of, "limit": 3, "propose": True}).raise_for_status()


def shoot(url: str, chromium: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(f"{url}/ui/dashboard")
        page.screenshot(path=OUT / "dashboard.png", full_page=True)
        page.click("table.accounts a")
        page.wait_for_selector("svg.chart")
        page.screenshot(path=OUT / "account.png", full_page=True)
        page.goto(f"{url}/ui/reviews")
        page.screenshot(path=OUT / "reviews.png")
        page.goto(f"{url}/ui/chat")
        page.fill("#message", "How do I set up geofencing so people can only clock in at the site?")
        page.click("#chat-form button[type=submit]")
        page.wait_for_selector(".citations a", timeout=60_000)
        page.screenshot(path=OUT / "chat.png", full_page=True)
        browser.close()
    for name in ("dashboard", "account", "reviews", "chat"):
        print(OUT / f"{name}.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running local server in dev mode (default: start one)")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--as-of", default="2026-11-18", help="the day drafts are made for")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    if args.url:
        seed(args.url, args.as_of)
        shoot(args.url, args.chromium)
        return
    with tempfile.TemporaryDirectory(prefix="cs-agents-shots-") as tmp:
        url = f"http://127.0.0.1:{args.port}"
        server = start_server(Path(tmp), args.port)
        try:
            wait_ready(url)
            seed(url, args.as_of)
            shoot(url, args.chromium)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
