"""The pages' parts without a server: SVG charts and the review form's fields."""

from __future__ import annotations

import re

from api import charts
from api.review_forms import FIELD_PREFIX, apply_edits, edit_fields, read_only_facts

CAMPAIGN = {
    "account_id": "acc_1",
    "messages": [
        {
            "day": 1,
            "channel": "email",
            "subject": "Welcome",
            "body": "Hi Ana,\n\nWelcome.",
            "kb_links": ["a"],
        },
        {"day": 3, "channel": "csm_task", "subject": "Check in", "body": "Call Ana."},
    ],
}


def test_chart_labels_are_escaped() -> None:
    svg = charts.bar_chart("risk <b>", [("<script>alert(1)</script>", 3, "#000")])
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg


def test_bar_heights_follow_the_values() -> None:
    svg = charts.bar_chart("risk", [("high", 2, "#f00"), ("low", 4, "#0f0")])
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', svg)]
    assert heights[1] == 2 * heights[0]


def test_funnel_writes_each_step_as_a_share_of_the_total() -> None:
    svg = charts.funnel("funnel", [("Signed up", 10), ("Tier 1", 4)], total=10)
    assert "10 (100%)" in svg
    assert "4 (40%)" in svg
    assert "0 (0%)" in charts.funnel("empty", [("Signed up", 0)], total=0)


def test_line_chart_plots_every_point_and_survives_none() -> None:
    svg = charts.line_chart("trend", [("w1", 80.0), ("w2", 60.0), ("w3", 120.0)])
    assert svg.count("<circle") == 3
    ys = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert ys[0] < ys[1]  # higher scores sit higher
    assert ys[2] >= 12.0  # clamped to the top of the plot
    assert "<polyline" not in charts.line_chart("no data", [])


def test_only_words_a_customer_reads_are_editable() -> None:
    fields = edit_fields(CAMPAIGN)
    assert [f.name for f in fields] == [
        f"{FIELD_PREFIX}messages.0.subject",
        f"{FIELD_PREFIX}messages.0.body",
        f"{FIELD_PREFIX}messages.1.subject",
        f"{FIELD_PREFIX}messages.1.body",
    ]
    assert fields[0].label == "messages 1 (day 1, email) · subject"
    assert fields[1].multiline and not fields[0].multiline
    assert read_only_facts(CAMPAIGN) == [("account id", "acc_1")]


def test_edits_replace_fields_and_leave_the_rest() -> None:
    form = {
        f"{FIELD_PREFIX}messages.0.body": "Hi Ana,\r\n\r\nWelcome aboard.",
        f"{FIELD_PREFIX}account_id": "acc_2",
        f"{FIELD_PREFIX}messages.1.channel": "email",
    }
    edited = apply_edits(CAMPAIGN, form)
    assert edited["messages"][0]["body"] == "Hi Ana,\n\nWelcome aboard."
    assert edited["account_id"] == "acc_1"
    assert edited["messages"][1]["channel"] == "csm_task"
    assert CAMPAIGN["messages"][0]["body"] == "Hi Ana,\n\nWelcome."  # the original is untouched


def test_the_unchanged_form_gives_back_the_same_args() -> None:
    form = {f.name: f.value.replace("\n", "\r\n") for f in edit_fields(CAMPAIGN)}
    assert apply_edits(CAMPAIGN, form) == CAMPAIGN


def test_evidence_markdown_escapes_html_and_drops_unsafe_links() -> None:
    from api.routers.pages import TEMPLATES

    render = TEMPLATES.env.filters["markdown"]
    html = str(render("## Why\n\n**low use** <script>alert(1)</script> [x](javascript:alert(1))\n- a"))
    assert "<h2>Why</h2>" in html
    assert "<strong>low use</strong>" in html
    assert "<script>" not in html
    assert 'href="javascript' not in html
    assert "<li>a</li>" in html


def test_customer_images_and_links_in_evidence_are_shown_as_text() -> None:
    from api.routers.pages import TEMPLATES

    render = TEMPLATES.env.filters["markdown"]
    html = str(
        render(
            "- ![pixel](https://tracker.example/p.png?who=reviewer) see [your invoice](https://phish.example/x)"
            " or <https://phish.example/auto>\n- related: [Reset your password](reset-password)"
        )
    )
    assert "<img" not in html
    assert "https://tracker.example/p.png?who=reviewer" in html  # the address is shown, not loaded
    assert 'href="https://phish.example' not in html
    assert "your invoice (https://phish.example/x)" in html
    assert "https://phish.example/auto" in html
    assert '<a href="/ui/articles/reset-password">Reset your password</a>' in html  # into the KB: live


def test_a_chat_reply_renders_its_markdown_with_raw_html_escaped() -> None:
    from api.markdown import render_markdown

    html = render_markdown("Steps:\n\n1. Open **Settings**\n2. Click <script>alert(1)</script>\n")
    assert "<ol>" in html and "<strong>Settings</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert render_markdown(None) == ""
