#!/usr/bin/env python3
"""Generate the Rosterly sample product data (SPEC sections 3, 4 and 6), seeded and deterministic.

    python scripts/generate_sample_product.py [--out DIR]      (default: cs_agents/sample_product)

Writes features.yaml, accounts.jsonl, events.jsonl, tickets.jsonl and personas.md. Running it twice
gives byte-identical files: every random choice comes from random.Random seeded from SEED and the
account number, and nothing iterates over a set or a hash-ordered structure.

Each account is a *persona*: a few activity segments (a date range, how many active days, which users,
which features, how many key actions) plus explicit one-off events (milestones, NPS, CSAT, limits) and
support-history tickets. The generator realises the segments exactly (the counts are targets, the
choice of days, users and times is random), so the lifecycle outcome of every account as of
D = 2026-11-15 is fixed by design. That designed outcome is kept here as data (DESIGNED) and
scripts/check_sample_personas.py recomputes it independently from the written files.

Standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SEED = 20261115
D = date(2026, 11, 15)  # the reference date of the sample (README: --as-of 2026-11-15)
EVENTS_START = date(2026, 7, 1)
HISTORY_TICKETS_START = date(2026, 9, 11)  # labelled T- tickets lie before this day
ROOT = Path(__file__).resolve().parent.parent
LABELLED_TICKETS = Path(__file__).resolve().parent / "sample_data" / "labelled_tickets.jsonl"

# The SPEC windows of D, used to lay out the default segments.
H0, H1 = EVENTS_START, D - timedelta(days=60)  # history before P30: 07-01 .. 09-16
P0, P1 = D - timedelta(days=59), D - timedelta(days=30)  # P30: 09-17 .. 10-16
L0, L1 = D - timedelta(days=29), D  # L30: 10-17 .. 11-15

# ---------------------------------------------------------------------------------------------------
# The product (README): feature catalog, integrations, limits.

CATALOG = {
    "basic": ["dashboard", "schedule_view", "team_directory", "mobile_app"],
    "core": ["shift_templates", "time_clock", "timesheets", "shift_swaps", "availability", "reports"],
    "advanced": [
        "api_access",
        "payroll_export",
        "multi_location",
        "approval_workflows",
        "labor_forecasting",
        "audit_log",
    ],
}
# Features the product tracks that are not in the catalog: they count as basic (SPEC section 4).
UNCATALOGUED = ["open_shifts", "geofencing", "kiosk_mode", "sms_reminders"]

PRICE_PER_SEAT = {"free": 0, "starter": 4, "pro": 8}

# Feature sets used by several personas.
F_ENT = [
    "dashboard",
    "schedule_view",
    "team_directory",
    "mobile_app",
    "shift_templates",
    "time_clock",
    "timesheets",
    "shift_swaps",
    "availability",
    "reports",
    "payroll_export",
    "multi_location",
    "approval_workflows",
    "audit_log",
]
F_PRO3 = [
    "dashboard",
    "schedule_view",
    "mobile_app",
    "shift_templates",
    "time_clock",
    "timesheets",
    "shift_swaps",
    "reports",
    "payroll_export",
    "multi_location",
]
F_PRO2 = [
    "dashboard",
    "schedule_view",
    "mobile_app",
    "shift_templates",
    "time_clock",
    "timesheets",
    "availability",
]
F_START = ["schedule_view", "mobile_app", "shift_templates", "time_clock", "shift_swaps"]
F_FREE = ["schedule_view", "mobile_app", "shift_templates", "availability"]


# ---------------------------------------------------------------------------------------------------
# Persona building blocks.


def d(text: str) -> date:
    return date.fromisoformat(text)


@dataclass
class Seg:
    """An activity segment: `days` active days in [start, end], every user in `users` active at least
    once, every feature in `feats` used at least once (and no other feature), exactly `ka` key actions.
    With `cover`, the days are spread so that each 7-day block counted back from `end` gets one."""

    start: date
    end: date
    days: int
    users: list[int]
    feats: list[str]
    ka: int = 0
    per_day: int = 2
    cover: bool = True


@dataclass
class Expect:
    tier: int
    risk: str
    risk_signals: list[str]
    growth_signals: list[str]
    play: str


@dataclass
class Persona:
    """One account. `row` is "id | name | industry | plan seats | signup | contact name"."""

    row: str
    label: str
    story: str
    expect: Expect
    segs: list[Seg] = field(default_factory=list)
    extras: list[tuple] = field(default_factory=list)  # (date, user, name, properties)
    tickets: list[tuple] = field(default_factory=list)  # (date, topic)
    after_d: list[tuple] = field(default_factory=list)  # events after D: (date, user, name, properties)
    mrr: float | None = None  # enterprise only: a custom price
    boundary: str = ""  # the paragraph for personas.md when the account sits on a rule's boundary

    def __post_init__(self) -> None:
        self.id, self.name, self.industry, plan_seats, signup, self.contact = (
            x.strip() for x in self.row.split("|")
        )
        plan, seats = plan_seats.split()
        self.plan, self.seats, self.signup = plan, int(seats), d(signup)
        # the standard windows start before many signups: clip every segment to the signup day
        self.segs = [
            Seg(max(s.start, self.signup), s.end, s.days, s.users, s.feats, s.ka, s.per_day, s.cover)
            for s in self.segs
        ]


def users(n: int | list[int]) -> list[int]:
    return list(range(1, n + 1)) if isinstance(n, int) else list(n)


def std(hist=None, p30=None, l30=None, per_day: int = 2) -> list[Seg]:
    """Segments over the three standard windows: history (07-01..09-16), P30 and L30 of D.
    Each of hist, p30, l30 is (active days, users, features, key actions) or None."""
    out = []
    for spec, start, end in ((hist, H0, H1), (p30, P0, P1), (l30, L0, L1)):
        if spec is not None:
            n_days, n_users, feats, ka = spec
            out.append(Seg(start, end, n_days, users(n_users), list(feats), ka, per_day))
    return out


def ev(day: str, user: int, name: str, **props) -> tuple:
    return (d(day), user, name, props)


def setup(
    day: str, integrations=(), ws: int = 1, invites: int = 0, profile: bool = True, user: int = 1
) -> list:
    """The milestone events of an account's setup day."""
    out = []
    if profile:
        out.append(ev(day, user, "profile_completed"))
    out += [ev(day, user, "workspace_created") for _ in range(ws)]
    out += [ev(day, user, "user_invited") for _ in range(invites)]
    out += [ev(day, user, "integration_connected", integration=i) for i in integrations]
    return out


def old_setup(num: int, integrations=(), ws: int = 1, invites: int = 2) -> list:
    """Accounts older than the event log (which starts 2026-07-01) carry their milestone events in its
    first days, when the event pipeline backfilled them."""
    day = (EVENTS_START + timedelta(days=(num * 3) % 10)).isoformat()
    return setup(day, integrations, ws=ws, invites=invites)


def E(tier: int, risk: str, signals: str = "", growth: str = "", play: str = "none") -> Expect:
    return Expect(tier, risk, signals.split(), growth.split(), play)


# ---------------------------------------------------------------------------------------------------
# The personas. Windows as of D = 2026-11-15: L30 = 10-17..11-15, P30 = 09-17..10-16, 90 days from
# 08-18, the last 4 weeks are Mon 10-19 .. Sun 11-15 in four 7-day blocks. Key actions in L30: 17 accounts
# above 14, exactly two at 14 (acc_034, acc_035), the other 53 below, so the top-quartile threshold
# (position ceil(0.75 * 72) = 54 of the ascending list) is 14.

PERSONAS: list[Persona] = [
    # ---------------------------------------------------------------- accounts older than the log
    Persona(
        "acc_001 | Harborview Medical Group | healthcare | enterprise 60 | 2024-09-12 | Dana Whitfield",
        label="Healthy enterprise advocate",
        story="Multi-site clinic group on every advanced feature; promoter (NPS 10).",
        expect=E(3, "low", "", "advocate", "advocacy"),
        mrr=720.0,
        segs=std(hist=(50, 30, F_ENT, 80), p30=(22, 28, F_ENT, 44), l30=(22, 30, F_ENT, 48), per_day=3),
        extras=[
            *old_setup(1, ["adp", "slack"], ws=4),
            ev("2026-10-30", 5, "nps_submitted", score=10),
            ev("2026-11-04", 4, "csat_submitted", score=5),
        ],
        tickets=[("2026-09-24", "roles_permissions"), ("2026-11-03", "reports_export")],
    ),
    Persona(
        "acc_002 | Northgate Logistics | logistics | enterprise 80 | 2025-01-20 | Marcus Bell",
        label="Enterprise at its API limit",
        story="Warehouse operator syncing its HR system through the API; hit the "
        "api_calls limit on 11-03; promoter (NPS 9).",
        expect=E(3, "low", "", "limit_reached advocate", "expansion"),
        mrr=880.0,
        segs=std(
            hist=(55, 36, [*F_ENT, "api_access", "labor_forecasting"], 100),
            p30=(24, 34, [*F_ENT, "api_access", "labor_forecasting"], 55),
            l30=(24, 36, [*F_ENT, "api_access", "labor_forecasting"], 60),
            per_day=3,
        ),
        extras=[
            *old_setup(2, ["adp", "bamboohr", "zapier"], ws=6),
            ev("2026-10-12", 3, "nps_submitted", score=9),
            ev("2026-11-03", 1, "limit_reached", limit="api_calls"),
        ],
        tickets=[("2026-10-06", "api_question"), ("2026-11-04", "api_question")],
    ),
    Persona(
        "acc_003 | Lakeside Hotel Collection | hospitality | enterprise 45 | 2025-04-02 | Priya Raman",
        label="Steady enterprise, nothing to do",
        story="Four hotels, steady use of everything; last NPS (8) is from July.",
        expect=E(3, "low"),
        mrr=520.0,
        segs=std(hist=(50, 20, F_ENT, 60), p30=(22, 20, F_ENT, 33), l30=(22, 20, F_ENT, 35), per_day=3),
        extras=[
            *old_setup(3, ["microsoft_teams", "quickbooks"], ws=3),
            ev("2026-07-20", 2, "nps_submitted", score=8),
        ],
        tickets=[("2026-09-14", "invoice_copy"), ("2026-10-29", "add_location")],
        after_d=[ev("2026-11-16", 1, "limit_reached", limit="seats")],
    ),
    Persona(
        "acc_004 | Summit Fitness Clubs | fitness | pro 20 | 2025-06-15 | Jordan Avery",
        label="Seats exactly 90% used",
        story="Gym chain where 18 of 20 seats were active in L30.",
        expect=E(3, "low", "", "seat_utilization", "expansion"),
        segs=std(hist=(45, 18, F_PRO3, 40), p30=(22, 18, F_PRO3, 20), l30=(22, 18, F_PRO3, 22)),
        extras=old_setup(4, ["gusto", "google_calendar"], ws=3),
        tickets=[("2026-11-05", "seat_billing")],
        boundary="18 distinct active users in L30 on 20 seats: 18 >= 0.9 x 20 = 18, so `seat_utilization` "
        "holds exactly at the 90% line (compare acc_005, 17 of 20).",
    ),
    Persona(
        "acc_005 | Redwood Home Care | home_care | pro 20 | 2025-08-01 | Elena Petrova",
        label="Seats just under 90%",
        story="Home-care agency with 17 of 20 seats active in L30.",
        expect=E(2, "low"),
        segs=std(hist=(45, 17, F_PRO2, 35), p30=(22, 17, F_PRO2, 19), l30=(22, 17, F_PRO2, 20)),
        extras=old_setup(5, ["gusto"]),
        tickets=[("2026-10-13", "overtime_midnight")],
        boundary="17 distinct active users in L30 on 20 seats (85%): below 0.9 x 20 = 18, so no "
        "`seat_utilization` (compare acc_004).",
    ),
    Persona(
        "acc_006 | Copperline Cafe Group | food_service | pro 12 | 2025-11-15 | Sam Okafor",
        label="Advocate on its first anniversary",
        story="Three cafes, exactly one year old on D, NPS 9 on 11-06.",
        expect=E(2, "low", "", "advocate", "advocacy"),
        segs=std(hist=(40, 7, F_PRO2, 30), p30=(20, 7, F_PRO2, 15), l30=(20, 7, F_PRO2, 16)),
        extras=[*old_setup(6, ["slack"], ws=2), ev("2026-11-06", 2, "nps_submitted", score=9)],
        tickets=[("2026-10-20", "feature_request")],
        after_d=[ev("2026-11-17", 4, "nps_submitted", score=3)],
        boundary="Signed up 2025-11-15: age exactly 365 days on D, latest NPS within 90 days is 9 (11-06): "
        "both `advocate` thresholds are met with equality. An NPS of 3 on 11-17, after D, must be ignored.",
    ),
    Persona(
        "acc_007 | Willow Creek Animal Clinic | healthcare | pro 10 | 2025-11-16 | Hannah Brooks",
        label="Promoter one day short of a year",
        story="Veterinary clinic, NPS 10 on 11-04, 364 days old on D.",
        expect=E(2, "low"),
        segs=std(hist=(40, 6, F_PRO2, 20), p30=(20, 6, F_PRO2, 11), l30=(20, 6, F_PRO2, 12)),
        extras=[
            *old_setup(7, ["google_calendar"]),
            ev("2026-09-26", 3, "csat_submitted", score=4),
            ev("2026-11-04", 1, "nps_submitted", score=10),
        ],
        tickets=[("2026-09-25", "calendar_dupes")],
        boundary="Signed up 2025-11-16: age 364 days on D, so NPS 10 does not make it an `advocate` "
        "(needs age >= 365; compare acc_006 at 365).",
    ),
    Persona(
        "acc_008 | Bayside Grill & Bar | food_service | starter 15 | 2025-02-03 | Luis Moreno",
        label="Detractor turned promoter",
        story="Restaurant that gave NPS 4 on 09-03 after a rough month and NPS 9 on 11-09.",
        expect=E(2, "low", "", "advocate", "advocacy"),
        segs=std(hist=(40, 8, F_START, 18), p30=(20, 8, F_START, 9), l30=(20, 8, F_START, 10)),
        extras=[
            *old_setup(8, ["google_calendar"]),
            ev("2026-09-03", 1, "nps_submitted", score=4),
            ev("2026-11-09", 1, "nps_submitted", score=9),
        ],
        tickets=[("2026-09-12", "sms_late")],
        boundary="Two NPS answers within 90 days: 4 on 09-03 and 9 on 11-09. Only the latest counts, so no "
        "`negative_feedback`, and with age 650 it is an `advocate`.",
    ),
    Persona(
        "acc_009 | Pinecrest Pharmacy | retail | pro 8 | 2025-03-18 | Grace Kim",
        label="Passive, not an advocate",
        story="Long-time pharmacy customer, latest NPS 8.",
        expect=E(2, "low"),
        segs=std(hist=(40, 5, F_PRO2, 16), p30=(20, 5, F_PRO2, 8), l30=(20, 5, F_PRO2, 9)),
        extras=[*old_setup(9, ["quickbooks"]), ev("2026-10-21", 2, "nps_submitted", score=8)],
        boundary="Age 607, latest NPS within 90 days is 8: one point short of `advocate` (>= 9).",
    ),
    Persona(
        "acc_010 | Meridian Security Services | security | pro 30 | 2025-09-09 | Victor Hale",
        label="Old NPS 6 outside the 90 days",
        story="Guarding company whose only NPS (6) was given on 08-17.",
        expect=E(3, "low"),
        segs=std(hist=(45, 14, F_PRO3, 36), p30=(22, 14, F_PRO3, 17), l30=(22, 14, F_PRO3, 18)),
        extras=[*old_setup(10, ["adp"], ws=2), ev("2026-08-17", 3, "nps_submitted", score=6)],
        tickets=[("2026-10-01", "export_timezone")],
        boundary="Its latest (and only) NPS is 6 on 2026-08-17 = D-90, one day before the 90-day window "
        "(D-89 = 08-18) starts: no `negative_feedback` (compare acc_011, NPS 6 on 08-18).",
    ),
    Persona(
        "acc_011 | Oakridge Family Practice | healthcare | pro 9 | 2026-01-12 | Nadia Haddad",
        label="NPS 6 on the first day of the 90-day window",
        story="Family practice; NPS 6 on 08-18 and nothing since.",
        expect=E(2, "high", "negative_feedback", "", "intervention"),
        segs=std(hist=(40, 5, F_PRO2, 14), p30=(20, 5, F_PRO2, 8), l30=(20, 5, F_PRO2, 8)),
        extras=[*old_setup(11, ["google_calendar"]), ev("2026-08-18", 1, "nps_submitted", score=6)],
        tickets=[("2026-09-18", "password_reset")],
        boundary="Latest NPS is 6 on 2026-08-18 = D-89, the first day of the 90-day window, so "
        "`negative_feedback` holds (6 <= 6); one day earlier it would not count (acc_010).",
    ),
    Persona(
        "acc_012 | Granite Peak Warehousing | logistics | enterprise 40 | 2025-10-01 | Tom Sorensen",
        label="Promoter turned passive-detractor",
        story="Warehouses clocking in on kiosks (kiosk_mode, not in the catalog); "
        "NPS 9 on 08-25, then NPS 6 on 11-02 after offline-kiosk trouble.",
        expect=E(3, "high", "negative_feedback", "", "intervention"),
        mrr=400.0,
        segs=std(
            hist=(45, 18, [*F_ENT, "kiosk_mode"], 50),
            p30=(22, 18, [*F_ENT, "kiosk_mode"], 24),
            l30=(22, 18, [*F_ENT, "kiosk_mode"], 25),
            per_day=3,
        ),
        extras=[
            *old_setup(12, ["adp", "slack"], ws=3),
            ev("2026-08-25", 2, "nps_submitted", score=9),
            ev("2026-11-02", 2, "nps_submitted", score=6),
        ],
        tickets=[("2026-10-30", "kiosk_offline"), ("2026-11-05", "kiosk_offline")],
    ),
    Persona(
        "acc_013 | Sunnyside Home Care | home_care | pro 25 | 2025-12-01 | Beatrice Owusu",
        label="Unhappy after a support ticket (CSAT 2)",
        story="CSAT 5 in September, CSAT 2 after an overtime bug on 10-28.",
        expect=E(2, "high", "negative_feedback", "", "intervention"),
        segs=std(
            hist=(40, 10, [*F_PRO2, "reports"], 30),
            p30=(20, 10, [*F_PRO2, "reports"], 15),
            l30=(20, 10, [*F_PRO2, "reports"], 15),
        ),
        extras=[
            *old_setup(13, ["gusto"]),
            ev("2026-09-20", 1, "csat_submitted", score=5),
            ev("2026-10-29", 1, "csat_submitted", score=2),
        ],
        tickets=[("2026-09-19", "invoice_copy"), ("2026-10-28", "overtime_midnight")],
        boundary="Latest CSAT within 90 days is 2 (10-29), exactly the `negative_feedback` line (<= 2); the "
        "earlier CSAT 5 (09-20) does not offset it.",
    ),
    Persona(
        "acc_014 | Corner Market Co. | retail | starter 10 | 2026-02-14 | Ahmed Rahman",
        label="Old low CSAT, latest CSAT 3",
        story="CSAT 1 on 09-01, CSAT 3 on 10-22.",
        expect=E(2, "low"),
        segs=std(hist=(35, 4, F_START, 12), p30=(18, 4, F_START, 6), l30=(18, 4, F_START, 6)),
        extras=[
            *old_setup(14, ["google_calendar"]),
            ev("2026-09-01", 2, "csat_submitted", score=1),
            ev("2026-10-22", 2, "csat_submitted", score=3),
        ],
        tickets=[("2026-10-21", "swap_howto")],
        boundary="Two CSAT answers within 90 days: 1 on 09-01, 3 on 10-22. The latest is 3 (> 2), so no "
        "`negative_feedback`.",
    ),
    Persona(
        "acc_015 | Crestview Urgent Care | healthcare | pro 14 | 2026-01-05 | Olivia Grant",
        label="Ticket spike: 3 in L30 vs 1",
        story="Clinic hit by the iOS clock-in bug; otherwise healthy.",
        expect=E(2, "high", "ticket_spike", "", "intervention"),
        segs=std(hist=(40, 6, F_PRO2, 20), p30=(20, 6, F_PRO2, 10), l30=(20, 6, F_PRO2, 11)),
        extras=old_setup(15, ["slack"]),
        tickets=[
            ("2026-09-29", "templates_howto"),
            ("2026-10-17", "clock_in_location"),
            ("2026-11-01", "clock_in_location"),
            ("2026-11-15", "outage_slow"),
        ],
        boundary="Tickets: 3 in L30 (on 10-17 = D-29, 11-01 and 11-15 = D), 1 in P30 (09-29). 3 >= 3 and "
        "3 >= 2 x 1: `ticket_spike` holds with the minimum count; both window edges of L30 carry a ticket.",
    ),
    Persona(
        "acc_016 | Blue Harbor Inn & Suites | hospitality | pro 18 | 2025-12-10 | Kenji Watanabe",
        label="Ticket spike: exactly twice P30",
        story="Hotel fighting calendar-sync duplicates and SMS delays.",
        expect=E(3, "high", "ticket_spike", "", "intervention"),
        segs=std(hist=(40, 9, F_PRO3, 30), p30=(20, 9, F_PRO3, 16), l30=(20, 9, F_PRO3, 17)),
        extras=old_setup(16, ["google_calendar", "gusto"], ws=2),
        tickets=[
            ("2026-09-16", "invoice_copy"),
            ("2026-09-17", "calendar_dupes"),
            ("2026-10-16", "sms_late"),
            ("2026-10-17", "calendar_dupes"),
            ("2026-10-30", "sms_late"),
            ("2026-11-06", "calendar_dupes"),
            ("2026-11-13", "cancel_thinking"),
        ],
        boundary="Tickets: 4 in L30 (10-17, 10-30, 11-06, 11-13), 2 in P30 (09-17 = D-59 and 10-16 = D-30), "
        "and one on 09-16 = D-60 that is in neither window. 4 >= 3 and 4 >= 2 x 2: `ticket_spike` holds "
        "exactly at twice.",
    ),
    Persona(
        "acc_017 | Stonebridge Fulfillment | logistics | pro 22 | 2026-03-02 | Rachel Stein",
        label="Ticket near miss: 3 vs 2",
        story="Fulfilment centre with a steady trickle of questions.",
        expect=E(2, "low"),
        segs=std(hist=(40, 10, F_PRO2, 28), p30=(20, 10, F_PRO2, 14), l30=(20, 10, F_PRO2, 15)),
        extras=[*old_setup(17, ["bamboohr"]), ev("2026-09-25", 4, "nps_submitted", score=7)],
        tickets=[
            ("2026-09-17", "import_csv"),
            ("2026-10-16", "reports_export"),
            ("2026-10-21", "roles_permissions"),
            ("2026-11-03", "availability_howto"),
            ("2026-11-10", "export_timezone"),
        ],
        boundary="Tickets: 3 in L30, 2 in P30 (on its first day 09-17 and last day 10-16). 3 < 2 x 2 = 4: no "
        "`ticket_spike`. Dropping either P30 edge day would wrongly make it a spike.",
    ),
    Persona(
        "acc_018 | Maple Street Bakery | food_service | starter 6 | 2026-04-07 | Chloe Martin",
        label="Ticket near miss: 2 vs 0",
        story="Bakery with two questions in L30 and none in P30.",
        expect=E(2, "low"),
        segs=std(hist=(35, 3, F_START, 10), p30=(18, 3, F_START, 5), l30=(18, 3, F_START, 5)),
        extras=old_setup(18, ["google_calendar"]),
        tickets=[
            ("2026-09-12", "publish_howto"),
            ("2026-09-16", "card_update"),
            ("2026-10-28", "swap_howto"),
            ("2026-11-09", "templates_howto"),
        ],
        boundary="Tickets: 2 in L30, 0 in P30 (two more on 09-12 and 09-16 are before P30). 2 < 3: no "
        "`ticket_spike` although it is more than twice P30.",
    ),
    Persona(
        "acc_019 | Ironclad Fitness | fitness | pro 12 | 2026-02-23 | Derek Lawson",
        label="Feature decline at the half line",
        story="Gym that stopped using timesheets, swaps and reports in L30.",
        expect=E(2, "high", "feature_decline", "", "intervention"),
        segs=std(
            hist=(
                40,
                6,
                [
                    "dashboard",
                    "schedule_view",
                    "shift_templates",
                    "time_clock",
                    "timesheets",
                    "shift_swaps",
                    "reports",
                ],
                18,
            ),
            p30=(
                18,
                6,
                ["schedule_view", "shift_templates", "time_clock", "timesheets", "shift_swaps", "reports"],
                9,
            ),
            l30=(18, 6, ["schedule_view", "shift_templates", "time_clock"], 9),
        ),
        extras=old_setup(19, ["slack"]),
        tickets=[("2026-10-08", "reports_export")],
        boundary="6 distinct features in P30, 3 in L30: 3 <= 6 / 2, so `feature_decline` holds exactly at "
        "half; "
        "3 features in L30 keep it clear of `low_adoption` (compare acc_020, 6 then 4).",
    ),
    Persona(
        "acc_020 | Riverside Dental Studio | healthcare | pro 8 | 2026-03-15 | Isabel Cruz",
        label="Feature use down, not by half",
        story="Dental studio that dropped two of six features.",
        expect=E(2, "low"),
        segs=std(
            hist=(
                35,
                4,
                ["dashboard", "schedule_view", "shift_templates", "time_clock", "timesheets", "availability"],
                14,
            ),
            p30=(
                18,
                4,
                ["dashboard", "schedule_view", "shift_templates", "time_clock", "timesheets", "availability"],
                7,
            ),
            l30=(18, 4, ["schedule_view", "shift_templates", "time_clock", "timesheets"], 7),
        ),
        extras=old_setup(20, ["google_calendar"]),
        boundary="6 distinct features in P30, 4 in L30: 4 > 6 / 2 = 3, so no `feature_decline`.",
    ),
    Persona(
        "acc_021 | Golden Lantern Noodle House | food_service | starter 10 | 2026-02-10 | Wei Chen",
        label="Dormant since early October",
        story="Restaurant that tailed off in P30 (one feature, four days) and has "
        "not been seen in L30; a login on 11-16 (after D) must be ignored.",
        expect=E(1, "high", "dormant missed_milestone low_adoption low_engagement", "", "intervention"),
        segs=[
            Seg(H0, H1, 30, users(4), ["schedule_view", "shift_templates", "time_clock", "mobile_app"], 10),
            Seg(P0, d("2026-10-05"), 4, [1, 2], ["schedule_view"], 1),
        ],
        extras=old_setup(21, ["google_calendar"]),
        tickets=[("2026-09-22", "billing_pause")],
        after_d=[ev("2026-11-16", 1, "login")],
        boundary="Last event 2026-10-05, none in L30, age 278: `dormant`. Its P30 use (4 days, 1 feature) is "
        "kept to a single feature so that the drop to 0 is not also a `feature_decline` (that needs >= 2 in "
        "P30). A login on 11-16, after D, must not wake it up.",
    ),
    Persona(
        "acc_022 | Eastgate Retail Partners | retail | pro 30 | 2025-05-20 | Fiona Gallagher",
        label="Churning on every front",
        story="Retail chain: usage collapsed in L30, four tickets ending in a cancellation request, NPS 3.",
        expect=E(
            3,
            "high",
            "ticket_spike feature_decline negative_feedback usage_decline low_engagement",
            "",
            "intervention",
        ),
        segs=std(
            hist=(45, 14, F_PRO3, 40),
            p30=(
                16,
                12,
                [
                    "dashboard",
                    "schedule_view",
                    "shift_templates",
                    "time_clock",
                    "timesheets",
                    "reports",
                    "payroll_export",
                ],
                20,
            ),
            l30=(6, 4, ["schedule_view", "time_clock", "timesheets"], 4),
        ),
        extras=[*old_setup(22, ["gusto", "slack"], ws=2), ev("2026-11-05", 1, "nps_submitted", score=3)],
        tickets=[
            ("2026-10-02", "charge_question"),
            ("2026-10-22", "calendar_dupes"),
            ("2026-10-31", "feature_request"),
            ("2026-11-06", "cancel_thinking"),
            ("2026-11-12", "cancel_request"),
        ],
    ),
    Persona(
        "acc_023 | Hillcrest Physiotherapy | healthcare | pro 10 | 2026-01-20 | Omar Siddiqui",
        label="Usage decline just inside 70%",
        story="Physio practice that went from 10 active days in P30 to 6 in L30.",
        expect=E(2, "medium", "usage_decline", "", "engagement"),
        segs=std(
            hist=(35, 5, ["dashboard", "schedule_view", "shift_templates", "time_clock", "timesheets"], 12),
            p30=(10, 5, ["dashboard", "schedule_view", "shift_templates", "time_clock", "timesheets"], 8),
            l30=(6, 4, ["schedule_view", "shift_templates", "time_clock", "timesheets"], 6),
        ),
        extras=old_setup(23, ["google_calendar"]),
        tickets=[("2026-10-10", "availability_howto")],
        boundary="Active days: 10 in P30, 6 in L30. 6 < 0.7 x 10 = 7, so `usage_decline` holds (compare "
        "acc_024 with 7). The 6 days still touch all four weeks, so it keeps tier 2.",
    ),
    Persona(
        "acc_024 | Tidewater Seafood Kitchen | food_service | starter 9 | 2026-03-09 | Megan Doyle",
        label="Usage decline exactly at 70%",
        story="Restaurant with 10 active days in P30 and 7 in L30.",
        expect=E(2, "low"),
        segs=std(hist=(30, 3, F_START[:4], 10), p30=(10, 3, F_START[:4], 6), l30=(7, 3, F_START[:4], 6)),
        extras=old_setup(24, ["microsoft_teams"]),
        boundary="Active days: 10 in P30, 7 in L30. 7 is not fewer than 0.7 x 10 = 7: no `usage_decline`. "
        "3 active users on 9 seats is 33%, above the 30% line.",
    ),
    Persona(
        "acc_025 | Cobalt Distribution Center | logistics | pro 16 | 2026-02-02 | Andre Thompson",
        label="Low adoption: two features",
        story="Warehouse that only views schedules and clocks in now.",
        expect=E(2, "medium", "low_adoption", "", "engagement"),
        segs=std(
            hist=(40, 7, ["schedule_view", "mobile_app", "shift_templates", "time_clock", "timesheets"], 20),
            p30=(18, 6, ["schedule_view", "time_clock", "timesheets"], 12),
            l30=(18, 6, ["schedule_view", "time_clock"], 12),
        ),
        extras=old_setup(25, ["adp"]),
        tickets=[("2026-10-23", "feature_request")],
        boundary="2 distinct features in L30 (< 3): `low_adoption`. P30 had 3, and 2 > 3 / 2, so no "
        "`feature_decline`.",
    ),
    Persona(
        "acc_026 | Lighthouse Coffee Roasters | food_service | starter 7 | 2026-04-20 | Sofia Rossi",
        label="Adoption exactly three features",
        story="Roastery cafe using three features in L30.",
        expect=E(2, "low"),
        segs=std(
            hist=(35, 3, ["schedule_view", "shift_templates", "time_clock", "shift_swaps"], 12),
            p30=(15, 3, ["schedule_view", "time_clock", "shift_swaps"], 6),
            l30=(15, 3, ["schedule_view", "time_clock", "shift_swaps"], 7),
        ),
        extras=old_setup(26, ["slack"]),
        boundary="3 distinct features in L30: not fewer than 3, no `low_adoption` (compare acc_025 with 2).",
    ),
    Persona(
        "acc_027 | Premier Guard Solutions | security | pro 17 | 2026-01-26 | Patrick Nolan",
        label="Low engagement just under 30%",
        story="Guarding firm where only 5 of 17 seat holders used Rosterly in L30.",
        expect=E(2, "medium", "low_engagement", "", "engagement"),
        segs=std(hist=(40, 6, F_PRO2, 20), p30=(20, 5, F_PRO2, 10), l30=(20, 5, F_PRO2, 10)),
        extras=old_setup(27, ["microsoft_teams"]),
        tickets=[("2026-11-02", "invite_resend")],
        boundary="5 distinct active users in L30 on 17 seats: 5 < 0.3 x 17 = 5.1 (29.4%), so "
        "`low_engagement` "
        "holds (compare acc_028 at exactly 30%).",
    ),
    Persona(
        "acc_028 | Evergreen Assisted Living | home_care | pro 20 | 2025-12-15 | Laura Jensen",
        label="Engagement exactly 30%",
        story="Care home where 6 of 20 seat holders were active in L30.",
        expect=E(2, "low"),
        segs=std(hist=(40, 7, F_PRO2, 30), p30=(20, 6, F_PRO2, 15), l30=(20, 6, F_PRO2, 16)),
        extras=[*old_setup(28, ["gusto"]), ev("2026-10-30", 3, "nps_submitted", score=8)],
        boundary="6 distinct active users in L30 on 20 seats: 6 is not fewer than 0.3 x 20 = 6, so no "
        "`low_engagement`.",
    ),
    Persona(
        "acc_029 | Sweet Basil Bistro | food_service | starter 8 | 2026-04-28 | Marco Bianchi",
        label="Never connected an integration",
        story="Bistro active every week but without any integration: stuck at tier 1.",
        expect=E(1, "medium", "missed_milestone", "", "engagement"),
        segs=std(hist=(35, 4, F_START, 12), p30=(18, 4, F_START, 6), l30=(18, 4, F_START, 6)),
        extras=old_setup(29, []),
        tickets=[("2026-10-29", "calendar_sync_howto")],
    ),
    Persona(
        "acc_030 | Cedar Valley Clinic | healthcare | pro 10 | 2026-03-23 | Ruth Adeyemi",
        label="Tier 2 except 2 of the last 4 weeks",
        story="Clinic closed for a fortnight's renovation (10-19 .. 11-01).",
        expect=E(1, "medium", "missed_milestone", "", "engagement"),
        segs=[
            *std(
                hist=(
                    35,
                    4,
                    ["dashboard", "schedule_view", "shift_templates", "time_clock", "timesheets"],
                    12,
                ),
                p30=(8, 4, ["schedule_view", "shift_templates", "time_clock", "timesheets"], 6),
            ),
            Seg(d("2026-10-17"), d("2026-10-18"), 2, [1, 2], ["schedule_view", "time_clock"], 1, cover=False),
            Seg(
                d("2026-11-02"),
                d("2026-11-15"),
                6,
                [1, 2, 3, 4],
                ["schedule_view", "shift_templates", "time_clock", "timesheets"],
                5,
            ),
        ],
        extras=old_setup(30, ["google_calendar"]),
        tickets=[("2026-10-21", "billing_pause")],
        boundary="Everything for tier 2 (profile, key actions, basic and 4 core features, Google Calendar "
        "connected) but active in only 2 of the last 4 weeks (11-02..11-08 and 11-09..11-15); its "
        "activity on "
        "10-17 and 10-18 is in L30 but before the first of the four blocks (10-19..10-25). So tier 1, and "
        "with age 237 `missed_milestone`. Active days 8 in P30 and 8 in L30: no usage decline.",
    ),
    Persona(
        "acc_031 | Maplewood Pediatrics | healthcare | pro 10 | 2026-04-13 | Ethan Clarke",
        label="Tier 2 with exactly 3 of 4 weeks",
        story="Paediatric practice that paused for the week of 10-19.",
        expect=E(2, "low"),
        segs=[
            *std(
                hist=(
                    35,
                    4,
                    ["dashboard", "schedule_view", "shift_templates", "time_clock", "availability"],
                    12,
                ),
                p30=(12, 4, ["schedule_view", "shift_templates", "time_clock", "availability"], 7),
            ),
            Seg(
                d("2026-10-26"),
                d("2026-11-15"),
                9,
                [1, 2, 3, 4],
                ["schedule_view", "shift_templates", "time_clock", "availability"],
                7,
            ),
        ],
        extras=old_setup(31, ["google_calendar"]),
        boundary="Active in 3 of the last 4 weeks (not 10-19..10-25): tier 2 holds exactly. Active days "
        "12 in "
        "P30 and 9 in L30 (9 >= 0.7 x 12 = 8.4).",
    ),
    Persona(
        "acc_032 | Alder Creek Veterinary Hospital | healthcare | pro 6 | 2026-05-05 | Jasmine Patel",
        label="Tier-3 candidate with 2 active users",
        story="Vet hospital with payroll export and two workspaces, but only two people used Rosterly in "
        "L30.",
        expect=E(2, "low"),
        segs=std(
            hist=(
                35,
                4,
                [
                    "dashboard",
                    "schedule_view",
                    "shift_templates",
                    "time_clock",
                    "timesheets",
                    "payroll_export",
                ],
                12,
            ),
            p30=(15, 3, ["schedule_view", "shift_templates", "time_clock", "payroll_export"], 8),
            l30=(15, 2, ["schedule_view", "shift_templates", "time_clock", "payroll_export"], 8),
        ),
        extras=old_setup(32, ["gusto"], ws=2),
        boundary="All of tier 3 (advanced feature payroll_export, 2 workspaces) except users: 2 distinct "
        "active "
        "users in L30 < 3, so tier 2. 2 of 6 seats is 33%, not low engagement (compare acc_033 with 3).",
    ),
    Persona(
        "acc_033 | Juniper Street Pharmacy | retail | pro 6 | 2026-05-18 | Noah Fischer",
        label="Tier 3 with exactly 3 active users",
        story="Pharmacy, same shape as acc_032 with a third active user.",
        expect=E(3, "low"),
        segs=std(
            hist=(
                35,
                4,
                [
                    "dashboard",
                    "schedule_view",
                    "shift_templates",
                    "time_clock",
                    "timesheets",
                    "payroll_export",
                ],
                12,
            ),
            p30=(15, 3, ["schedule_view", "shift_templates", "time_clock", "payroll_export"], 8),
            l30=(15, 3, ["schedule_view", "shift_templates", "time_clock", "payroll_export"], 9),
        ),
        extras=old_setup(33, ["gusto"], ws=2),
        boundary="3 distinct active users in L30: tier 3 holds with the minimum.",
    ),
    Persona(
        "acc_034 | Little Harbor Dental | healthcare | pro 5 | 2026-06-01 | Emily Tran",
        label="Product-qualified small team",
        story="Five-seat dental practice publishing schedules constantly (14 in L30).",
        expect=E(2, "low", "", "product_qualified", "expansion"),
        segs=std(hist=(35, 3, F_PRO2, 25), p30=(18, 3, F_PRO2, 12), l30=(18, 3, F_PRO2, 14)),
        extras=old_setup(34, ["google_calendar"]),
        tickets=[("2026-11-10", "plan_upgrade")],
        boundary="14 key actions in L30. Over the 72 accounts the 54th value (ceil(0.75 x 72)) of the "
        "ascending "
        "list is 14, so 14 is in the top quartile, and seats 5 <= 5: `product_qualified`.",
    ),
    Persona(
        "acc_035 | Northside Smokehouse | food_service | pro 6 | 2026-06-08 | Carlos Mendez",
        label="Top-quartile key actions on 6 seats",
        story="Same usage as acc_034 but six seats.",
        expect=E(2, "low"),
        segs=std(hist=(35, 3, F_PRO2, 25), p30=(18, 3, F_PRO2, 12), l30=(18, 3, F_PRO2, 14)),
        extras=old_setup(35, ["slack"]),
        boundary="14 key actions in L30 (top quartile, threshold 14) but 6 seats > 5: not "
        "`product_qualified`.",
    ),
    Persona(
        "acc_036 | Quickstop Convenience | retail | starter 4 | 2026-06-15 | Aisha Bello",
        label="One key action below the quartile",
        story="Four-seat shop with 13 key actions in L30.",
        expect=E(2, "low"),
        segs=std(
            hist=(35, 2, F_START[:4], 20),
            p30=(18, 2, F_START[:4], 12),
            l30=(18, 2, F_START[:4], 13),
        ),
        extras=old_setup(36, ["google_calendar"]),
        after_d=[
            ev("2026-11-16", 1, "key_action"),
            ev("2026-11-16", 1, "key_action"),
            ev("2026-11-17", 1, "key_action"),
        ],
        boundary="13 key actions in L30, one under the threshold 14: not `product_qualified` although "
        "seats 4. "
        "Three key actions on 11-16/17 (after D) would lift it to 16 if they were counted.",
    ),
    Persona(
        "acc_037 | Greenleaf Garden Center | retail | starter 9 | 2026-06-20 | Ben Harper",
        label="Location limit on the first day of L30",
        story="Garden centre that tried to add a second site on 10-17.",
        expect=E(2, "low", "", "limit_reached", "expansion"),
        segs=std(hist=(35, 4, F_START, 12), p30=(18, 4, F_START, 6), l30=(18, 4, F_START, 6)),
        extras=[*old_setup(37, ["google_calendar"]), ev("2026-10-17", 1, "limit_reached", limit="locations")],
        tickets=[("2026-10-17", "add_location")],
        boundary="`limit_reached` event on 2026-10-17 = D-29, the first day of L30: the growth signal holds.",
    ),
    Persona(
        "acc_038 | Rolling Pin Bakery Co. | food_service | starter 6 | 2026-06-24 | Ingrid Larsen",
        label="Location limit one day before L30",
        story="Bakery that hit the location limit on 10-16.",
        expect=E(2, "low"),
        segs=std(hist=(35, 3, F_START, 10), p30=(18, 3, F_START, 5), l30=(18, 3, F_START, 5)),
        extras=[*old_setup(38, ["slack"]), ev("2026-10-16", 1, "limit_reached", limit="locations")],
        tickets=[("2026-10-16", "add_location")],
        boundary="`limit_reached` event on 2026-10-16 = D-30, the last day of P30: not in L30, no growth "
        "signal.",
    ),
    Persona(
        "acc_039 | Peak Performance Gym | fitness | free 5 | 2026-05-04 | Tyler Osei",
        label="Free plan out of seats",
        story="Free gym account, 4 of 5 seats active, tried to invite a sixth person.",
        expect=E(2, "low", "", "limit_reached", "expansion"),
        segs=std(hist=(35, 4, F_FREE, 10), p30=(18, 4, F_FREE, 5), l30=(18, 4, F_FREE, 5)),
        extras=[*old_setup(39, ["google_calendar"]), ev("2026-11-10", 1, "limit_reached", limit="seats")],
        tickets=[("2026-11-10", "seat_billing")],
    ),
    Persona(
        "acc_040 | Sentinel Security Group | security | enterprise 50 | 2026-06-29 | Diane Foster",
        label="Healthy enterprise",
        story="Security company that moved its guards onto Rosterly in June.",
        expect=E(3, "low"),
        mrr=560.0,
        segs=std(hist=(50, 22, F_ENT, 60), p30=(22, 22, F_ENT, 28), l30=(22, 22, F_ENT, 30), per_day=3),
        extras=[
            *old_setup(40, ["adp", "microsoft_teams"], ws=3),
            ev("2026-10-10", 5, "nps_submitted", score=7),
        ],
        tickets=[("2026-10-14", "sso_setup")],
    ),
    # ---------------------------------------------------------------- accounts of the log period
    Persona(
        "acc_041 | Saffron & Sage Restaurant Group | food_service | pro 25 | 2026-07-02 | Arjun Mehta",
        label="Fast-growing restaurant group",
        story="Four restaurants, tier 3 within two months; NPS 9 but too young to be an advocate.",
        expect=E(3, "low"),
        segs=std(hist=(40, 12, F_PRO3, 30), p30=(20, 12, F_PRO3, 22), l30=(20, 12, F_PRO3, 24)),
        extras=[
            *setup("2026-07-02", ["gusto", "slack"], ws=3, invites=11),
            ev("2026-10-15", 2, "nps_submitted", score=9),
            ev("2026-10-28", 3, "csat_submitted", score=4),
        ],
        tickets=[("2026-09-15", "adp_ids"), ("2026-10-27", "overtime_midnight")],
    ),
    Persona(
        "acc_042 | Daily Grind Cafe | food_service | starter 5 | 2026-07-08 | Lily Nguyen",
        label="Small steady cafe",
        story="Two-person management team, tier 2.",
        expect=E(2, "low"),
        segs=std(hist=(35, 2, F_START, 12), p30=(18, 2, F_START, 6), l30=(18, 2, F_START, 6)),
        extras=setup("2026-07-08", ["google_calendar"], invites=4),
    ),
    Persona(
        "acc_043 | Urban Sprout Juice Bar | food_service | free 5 | 2026-07-14 | Zoe Carter",
        label="Free plan, never connected anything",
        story="Free juice bar, active weekly, no integration: tier 1.",
        expect=E(1, "medium", "missed_milestone", "", "engagement"),
        segs=std(hist=(30, 3, F_FREE, 10), p30=(15, 3, F_FREE, 5), l30=(15, 3, F_FREE, 5)),
        extras=setup("2026-07-14", [], invites=3),
        tickets=[("2026-10-03", "trial_question")],
    ),
    Persona(
        "acc_044 | Starlight Motel | hospitality | starter 6 | 2026-07-20 | Frank Delgado",
        label="Tried it in summer, gone since",
        story="Motel that used Rosterly for five weeks and stopped on 08-28.",
        expect=E(1, "high", "dormant missed_milestone low_adoption low_engagement", "", "intervention"),
        segs=[
            Seg(
                d("2026-07-20"),
                d("2026-08-28"),
                14,
                users(3),
                ["schedule_view", "shift_templates", "mobile_app"],
                4,
            )
        ],
        extras=setup("2026-07-20", [], invites=2),
    ),
    Persona(
        "acc_045 | Gentle Hands Home Care | home_care | pro 8 | 2026-07-27 | Mary O'Connell",
        label="Full house: every seat used, seat limit hit",
        story="Home-care agency using all 8 seats; hit the seat limit on 11-12.",
        expect=E(2, "low", "", "limit_reached seat_utilization", "expansion"),
        segs=std(hist=(30, 8, F_PRO2, 12), p30=(18, 8, F_PRO2, 9), l30=(18, 8, F_PRO2, 10)),
        extras=[
            *setup("2026-07-27", ["gusto", "google_calendar"], invites=7),
            ev("2026-11-12", 1, "limit_reached", limit="seats"),
        ],
        tickets=[("2026-11-12", "seat_billing")],
    ),
    Persona(
        "acc_046 | Night Owl Diner | food_service | starter 10 | 2026-08-03 | Gus Papadakis",
        label="Tier 2 through an uncatalogued feature",
        story="Diner that uses open shifts and SMS reminders (not in the "
        "catalog) plus time clock and swaps; never opened a catalog basic feature.",
        expect=E(2, "low"),
        segs=std(
            hist=(30, 4, ["open_shifts", "sms_reminders", "time_clock", "shift_swaps"], 10),
            p30=(16, 4, ["open_shifts", "sms_reminders", "time_clock", "shift_swaps"], 6),
            l30=(16, 4, ["open_shifts", "sms_reminders", "time_clock", "shift_swaps"], 7),
        ),
        extras=setup("2026-08-03", ["google_calendar"], invites=3),
        tickets=[("2026-09-30", "open_shifts")],
        boundary="Its only 'basic' features are open_shifts and sms_reminders, which are not in the catalog "
        "and so count as basic: that is what gives it tier 1 and hence tier 2.",
    ),
    Persona(
        "acc_047 | Trailhead Outfitters | retail | starter 12 | 2026-08-10 | Kyle Morgan",
        label="Healthy starter with geofencing",
        story="Outdoor store, tier 2, uses geofenced clock-in (uncatalogued).",
        expect=E(2, "low"),
        segs=std(
            hist=(30, 5, [*F_START, "geofencing"], 12),
            p30=(18, 5, [*F_START, "geofencing"], 7),
            l30=(18, 5, [*F_START, "geofencing"], 8),
        ),
        extras=setup("2026-08-10", ["slack"], invites=4),
        tickets=[("2026-11-08", "geofencing_howto")],
    ),
    Persona(
        "acc_048 | Apex Cold Storage | logistics | pro 24 | 2026-08-17 | Sandra Kowalski",
        label="Escalating payroll trouble",
        story="Cold-storage warehouse: ADP export failures, four tickets in L30 and CSAT 1.",
        expect=E(2, "high", "ticket_spike negative_feedback", "", "intervention"),
        segs=std(hist=(25, 9, F_PRO2, 10), p30=(18, 9, F_PRO2, 9), l30=(18, 9, F_PRO2, 10)),
        extras=[*setup("2026-08-17", ["adp"], invites=8), ev("2026-11-06", 1, "csat_submitted", score=1)],
        tickets=[
            ("2026-09-30", "import_csv"),
            ("2026-10-19", "adp_ids"),
            ("2026-10-27", "adp_ids"),
            ("2026-11-05", "export_timezone"),
            ("2026-11-11", "cancel_thinking"),
        ],
    ),
    Persona(
        "acc_049 | Flex Studio Pilates | fitness | free 5 | 2026-08-24 | Mia Johansson",
        label="Never published a schedule",
        story="Free studio that collects availability but has never published (no "
        "key action): tier 0 after 83 days.",
        expect=E(0, "medium", "missed_milestone low_adoption", "", "engagement"),
        segs=std(
            hist=(12, 2, ["dashboard", "availability", "schedule_view"], 0),
            p30=(10, 2, ["dashboard", "availability"], 0),
            l30=(10, 2, ["dashboard", "availability"], 0),
        ),
        extras=setup("2026-08-24", [], invites=1),
        tickets=[("2026-10-12", "publish_howto")],
    ),
    Persona(
        "acc_050 | Vanguard Protective Services | security | enterprise 70 | 2026-08-31 | Robert Hayes",
        label="New enterprise, fully adopted",
        story="Large guarding company on every feature within ten weeks.",
        expect=E(3, "low"),
        mrr=840.0,
        segs=std(
            hist=(12, 20, [*F_ENT, "labor_forecasting"], 20),
            p30=(22, 28, [*F_ENT, "labor_forecasting"], 36),
            l30=(22, 30, [*F_ENT, "labor_forecasting"], 40),
            per_day=3,
        ),
        extras=[
            *setup("2026-08-31", ["adp", "microsoft_teams"], ws=5, invites=12),
            ev("2026-10-09", 4, "csat_submitted", score=5),
        ],
        tickets=[("2026-09-21", "sso_setup"), ("2026-10-26", "dpa_request")],
    ),
    Persona(
        "acc_051 | Riverbend Health Clinic | healthcare | pro 12 | 2026-09-07 | Yuki Tanaka",
        label="Healthy new clinic",
        story="Clinic at tier 2 two months in.",
        expect=E(2, "low"),
        segs=std(hist=(6, 4, F_PRO2, 3), p30=(18, 6, F_PRO2, 8), l30=(18, 6, F_PRO2, 9)),
        extras=setup("2026-09-07", ["google_calendar"], invites=5),
        tickets=[("2026-10-09", "time_clock_setup")],
    ),
    Persona(
        "acc_052 | Bean There Coffee | food_service | starter 6 | 2026-09-14 | Jenna Walsh",
        label="Fading cafe",
        story="Cafe whose use fell from 12 days to 5 and to two features; asked about downgrading.",
        expect=E(2, "medium", "usage_decline low_adoption", "", "engagement"),
        segs=std(
            hist=(3, 2, F_START, 1),
            p30=(12, 3, ["schedule_view", "time_clock", "shift_templates"], 6),
            l30=(5, 2, ["schedule_view", "time_clock"], 3),
        ),
        extras=setup("2026-09-14", ["google_calendar"], invites=2),
        tickets=[("2026-10-28", "downgrade")],
    ),
    Persona(
        "acc_053 | Seaview Boutique Hotel | hospitality | pro 15 | 2026-09-21 | Paolo Ricci",
        label="Out of SMS credits",
        story="Boutique hotel that ran out of SMS credits on 11-11.",
        expect=E(2, "low", "", "limit_reached", "expansion"),
        segs=std(p30=(16, 7, F_PRO2, 7), l30=(18, 7, F_PRO2, 9)),
        extras=[
            *setup("2026-09-21", ["slack"], invites=6),
            ev("2026-11-11", 1, "limit_reached", limit="sms_credits"),
        ],
        tickets=[("2026-11-11", "sms_late")],
    ),
    Persona(
        "acc_054 | Corner Slice Pizzeria | food_service | free 5 | 2026-09-28 | Tony Russo",
        label="Free plan stuck at tier 1",
        story="Pizzeria, 48 days in, no integration.",
        expect=E(1, "medium", "missed_milestone", "", "engagement"),
        segs=std(p30=(10, 3, F_FREE, 3), l30=(15, 3, F_FREE, 4)),
        extras=setup("2026-09-28", [], invites=2),
    ),
    Persona(
        "acc_055 | Brightwater Pharmacy | retail | starter 6 | 2026-10-05 | Helen Park",
        label="Quick starter",
        story="Pharmacy at tier 2 after six weeks.",
        expect=E(2, "low"),
        segs=std(p30=(8, 3, F_START, 3), l30=(14, 3, F_START, 5)),
        extras=setup("2026-10-05", ["slack"], invites=2),
        tickets=[("2026-10-07", "import_csv")],
    ),
    Persona(
        "acc_056 | Meadowbrook Health Network | healthcare | enterprise 40 | 2026-10-12 | Samuel Reed",
        label="Enterprise rollout done in five weeks",
        story="Health network: SSO, ADP and three sites; tier 3 at 34 days.",
        expect=E(3, "low"),
        mrr=480.0,
        segs=std(p30=(5, 10, F_ENT, 6), l30=(22, 14, F_ENT, 20), per_day=3),
        extras=setup("2026-10-12", ["adp", "microsoft_teams"], ws=3, invites=13),
        tickets=[("2026-10-13", "sso_setup"), ("2026-10-20", "roles_permissions")],
    ),
    Persona(
        "acc_057 | Copper Kettle Tea Room | food_service | starter 5 | 2026-10-15 | Alice Whitmore",
        label="Tier 1 at age 31",
        story="Tea room, active but no integration after 31 days.",
        expect=E(1, "medium", "missed_milestone", "", "engagement"),
        segs=std(
            p30=(2, 2, ["schedule_view"], 1),
            l30=(10, 2, ["schedule_view", "mobile_app", "shift_templates"], 4),
        ),
        extras=setup("2026-10-15", [], invites=1),
        boundary="Signed up 2026-10-15: age 31 > 30 with tier 1, so `missed_milestone` (the tier-below-2 "
        "variant) holds (compare acc_058 at age 30).",
    ),
    Persona(
        "acc_058 | Kestrel Logistics Hub | logistics | pro 10 | 2026-10-16 | Dmitri Volkov",
        label="Tier 1 at age 30",
        story="Depot, active, no integration yet, exactly 30 days old.",
        expect=E(1, "low"),
        segs=std(
            p30=(1, 1, ["dashboard"], 1),
            l30=(14, 4, ["dashboard", "schedule_view", "shift_templates", "time_clock"], 6),
        ),
        extras=setup("2026-10-16", [], invites=3),
        tickets=[("2026-10-22", "calendar_sync_howto")],
        boundary="Signed up 2026-10-16: age 30 is not > 30, so tier 1 is not yet a `missed_milestone`.",
    ),
    Persona(
        "acc_059 | Sunrise Bagels | food_service | starter 4 | 2026-10-16 | Rosa Alvarez",
        label="Dormant at exactly 30 days",
        story="Bagel shop that set up everything on its signup day 10-16 and never came back.",
        expect=E(1, "high", "dormant low_adoption low_engagement", "", "intervention"),
        segs=[Seg(d("2026-10-16"), d("2026-10-16"), 1, [1], ["schedule_view"], 1)],
        extras=setup("2026-10-16", [], invites=1),
        boundary="Signed up 2026-10-16 (age 30); all its events are on that day, D-30, the last day of P30. "
        "Age >= 30 and no event in L30: `dormant`. Tier 1 at age 30 is not a missed milestone (needs > 30).",
    ),
    Persona(
        "acc_060 | Harvest Table Catering | food_service | free 5 | 2026-10-17 | Nina Kapoor",
        label="Signed up 29 days ago, never used",
        story="Caterer with no event at all up to D (first login on 11-18).",
        expect=E(0, "medium", "missed_milestone low_adoption low_engagement", "", "engagement"),
        after_d=[ev("2026-11-18", 1, "login"), ev("2026-11-18", 1, "profile_completed")],
        boundary="Signed up 2026-10-17: age 29 and no event in L30, but dormant needs age >= 30, so not "
        "`dormant` (compare acc_059). Tier 0 at age 29 > 7 is a `missed_milestone`.",
    ),
    Persona(
        "acc_061 | Ridgeview Care Homes | home_care | enterprise 35 | 2026-10-20 | George Whitaker",
        label="Enterprise onboarding at full speed",
        story="Care-home operator, 26 days old and already tier 3.",
        expect=E(3, "low"),
        mrr=420.0,
        segs=std(l30=(20, 12, F_ENT, 15), per_day=3),
        extras=setup("2026-10-20", ["microsoft_teams"], ws=2, invites=11),
        tickets=[("2026-10-21", "sso_setup"), ("2026-10-30", "import_csv")],
    ),
    Persona(
        "acc_062 | Metro Fit Express | fitness | pro 12 | 2026-10-25 | Chris Donovan",
        label="Onboarding pro, tier 1",
        story="Gym, 21 days in, publishing schedules, no integration yet.",
        expect=E(1, "low"),
        segs=std(l30=(12, 4, ["dashboard", "schedule_view", "shift_templates", "mobile_app"], 3)),
        extras=setup("2026-10-25", [], invites=3),
        tickets=[("2026-10-28", "trial_question")],
    ),
    Persona(
        "acc_063 | Pine Hollow Cafe | food_service | starter 5 | 2026-11-01 | Abby Sinclair",
        label="Two features at 14 days",
        story="Cafe, 14 days old, using only schedule view and templates.",
        expect=E(1, "medium", "low_adoption", "", "engagement"),
        segs=std(l30=(8, 2, ["schedule_view", "shift_templates"], 2)),
        extras=setup("2026-11-01", [], invites=1),
        boundary="Signed up 2026-11-01: age 14 with 2 features in L30, so `low_adoption` (age >= 14) holds "
        "(compare acc_064 at age 13).",
    ),
    Persona(
        "acc_064 | Silver Birch Dental | healthcare | starter 5 | 2026-11-02 | Leo Novak",
        label="Two features at 13 days",
        story="Dental practice, 13 days old, same usage as acc_063.",
        expect=E(1, "low"),
        segs=std(l30=(8, 2, ["schedule_view", "shift_templates"], 2)),
        extras=setup("2026-11-02", [], invites=1),
        boundary="Signed up 2026-11-02: age 13, so 2 features is not yet `low_adoption`.",
    ),
    Persona(
        "acc_065 | Iron Works CrossFit | fitness | free 5 | 2026-11-05 | Jake Ramirez",
        label="New free account out of seats",
        story="CrossFit box, 10 days in, all 5 free seats used, seat limit hit on 11-12.",
        expect=E(1, "low", "", "limit_reached seat_utilization", "expansion"),
        segs=std(l30=(8, 5, ["schedule_view", "mobile_app", "availability"], 2)),
        extras=[*setup("2026-11-05", [], invites=4), ev("2026-11-12", 1, "limit_reached", limit="seats")],
        tickets=[("2026-11-12", "plan_upgrade")],
    ),
    Persona(
        "acc_066 | Harbor Lights Hostel | hospitality | starter 6 | 2026-11-07 | Freya Lindqvist",
        label="No schedule published at day 8",
        story="Hostel, 8 days old, has not published a schedule.",
        expect=E(0, "medium", "missed_milestone", "", "engagement"),
        segs=std(l30=(5, 2, ["schedule_view", "team_directory", "shift_templates"], 0)),
        extras=setup("2026-11-07", [], invites=1),
        tickets=[("2026-11-10", "publish_howto")],
        boundary="Signed up 2026-11-07: age 8 > 7 and tier 0 (no key action), so `missed_milestone` (compare "
        "acc_067 at age 7).",
    ),
    Persona(
        "acc_067 | Blue Door Bistro | food_service | starter 6 | 2026-11-08 | Pierre Dubois",
        label="No schedule published at day 7",
        story="Bistro, 7 days old, same state as acc_066.",
        expect=E(0, "low"),
        segs=std(l30=(5, 2, ["schedule_view", "team_directory", "shift_templates"], 0)),
        extras=setup("2026-11-08", [], invites=1),
        boundary="Signed up 2026-11-08: age 7 is not > 7, so tier 0 is not yet a missed milestone.",
    ),
    Persona(
        "acc_068 | Crescent Health Partners | healthcare | enterprise 50 | 2026-11-10 | Amara Nwosu",
        label="Enterprise in week one",
        story="Hospital group, 5 days in, 16 staff invited and active, first schedules out.",
        expect=E(1, "low"),
        mrr=600.0,
        segs=std(
            l30=(5, 16, ["dashboard", "schedule_view", "team_directory", "shift_templates"], 2),
            per_day=4,
        ),
        extras=setup("2026-11-10", [], invites=15),
        tickets=[("2026-11-11", "import_csv")],
    ),
    Persona(
        "acc_069 | Main Street Hardware | retail | starter 8 | 2026-11-12 | Walt Henderson",
        label="Three days in, first schedule out",
        story="Hardware store, tier 1 on day 3.",
        expect=E(1, "low"),
        segs=std(l30=(3, 3, ["schedule_view", "mobile_app"], 1)),
        extras=setup("2026-11-12", [], invites=2),
    ),
    Persona(
        "acc_070 | Coastal Home Care Services | home_care | pro 10 | 2026-11-13 | Teresa Lopez",
        label="Two days in, still setting up",
        story="Home-care agency that filled in its profile and invited staff.",
        expect=E(0, "low"),
        segs=std(l30=(2, 3, ["dashboard", "team_directory"], 0)),
        extras=setup("2026-11-13", [], invites=4),
        tickets=[("2026-11-14", "invite_resend")],
    ),
    Persona(
        "acc_071 | Sunset Taqueria | food_service | free 5 | 2026-11-15 | Diego Herrera",
        label="Signed up on D",
        story="Taqueria that signed up and looked around on D.",
        expect=E(0, "low"),
        segs=std(l30=(1, 2, ["schedule_view"], 0)),
        extras=setup("2026-11-15", [], invites=1),
    ),
    Persona(
        "acc_072 | Granary Row Grocers | retail | starter 3 | 2026-11-15 | Claire Fontaine",
        label="Signed up on D, no event yet",
        story="Grocer that signed up on D; nobody has logged in.",
        expect=E(0, "medium", "low_engagement", "", "engagement"),
        boundary="Signed up on D (age 0) with no event: 0 distinct active users < 0.3 x 3 seats, so the "
        "letter of the rule gives `low_engagement` even on day 0; every other signal needs an older account.",
    ),
]

DESIGNED = {
    p.id: {
        "tier": p.expect.tier,
        "risk": p.expect.risk,
        "risk_signals": sorted(p.expect.risk_signals),
        "growth_signals": sorted(p.expect.growth_signals),
        "play": p.expect.play,
    }
    for p in PERSONAS
}

# ---------------------------------------------------------------------------------------------------
# Support-history ticket texts (topic -> variants of (channel, subject, body)).

TOPICS: dict[str, list[tuple[str, str, str]]] = {
    "clock_in_location": [
        (
            "in_app",
            'Clock-in fails with "Location unavailable"',
            "Several of our staff on iPhones can't clock in this morning. The app says \"Location "
            'unavailable" even '
            "though they are standing in the building. Android phones work. What can we do today?",
        ),
        (
            "email",
            "iPhone clock-in still broken",
            "The iPhone clock-in problem is back: three nurses couldn't punch in for the early shift and "
            "had to "
            "write their times on paper. We need this fixed.",
        ),
    ],
    "calendar_dupes": [
        (
            "email",
            "Duplicate shifts in Google Calendar",
            "Since we edited next week's schedule, every changed shift shows up twice in our staff's Google "
            "Calendars. Can we clean this up?",
        ),
        (
            "chat",
            "Calendar duplicates again",
            "The duplicate calendar events are happening again after this week's edits. Staff are turning "
            "up for "
            "shifts that were moved.",
        ),
    ],
    "export_timezone": [
        (
            "email",
            "Timesheet CSV shows wrong times",
            "The CSV export of last week's timesheets shows clock-in times several hours off. Our "
            "location has the "
            "right time zone. Payroll is due Friday.",
        ),
    ],
    "overtime_midnight": [
        (
            "email",
            "Overtime wrong on overnight shifts",
            "Our night staff work 22:00-06:00 and Rosterly gives them overtime they didn't earn. Day "
            "shifts look "
            "right.",
        ),
    ],
    "adp_ids": [
        (
            "email",
            'ADP export: "Invalid employee ID"',
            'The ADP export fails with "Invalid employee ID" for about a third of our people. Their IDs '
            "start "
            "with 00.",
        ),
        (
            "email",
            "ADP export failing again this pay period",
            "Same ADP error as last time, and payroll closes tomorrow. Our team re-keyed 40 people by "
            "hand last "
            "period; we can't keep doing that.",
        ),
    ],
    "sms_late": [
        (
            "chat",
            "Shift reminder texts arriving late",
            "Some staff get the SMS reminder after their shift has already started. Is something wrong "
            "with texts?",
        ),
        (
            "email",
            "SMS reminders not arriving",
            "Our housekeeping team says reminder texts come hours late or not at all. Is there a problem "
            "with SMS?",
        ),
    ],
    "kiosk_offline": [
        (
            "email",
            "Kiosk punches missing after Wi-Fi drop",
            "Our break-room kiosk lost Wi-Fi for an hour on Tuesday and the punches from that hour never "
            "appeared "
            "in timesheets.",
        ),
        (
            "email",
            "More missing kiosk punches",
            "It happened again at the second warehouse: the kiosk was offline during shift change and "
            "those punches "
            "are gone. Managers are now fixing timesheets by hand.",
        ),
    ],
    "swap_howto": [
        (
            "chat",
            "How do shift swaps work?",
            "Can employees swap shifts between themselves, and can I require a manager to approve the swap?",
        ),
    ],
    "templates_howto": [
        (
            "chat",
            "Reuse last week's schedule",
            "Is there a way to copy last week's schedule or save it as a template instead of building it "
            "from "
            "scratch every week?",
        ),
    ],
    "availability_howto": [
        (
            "in_app",
            "Collecting availability",
            "How do I ask my team to enter their availability before I build the next schedule?",
        ),
    ],
    "publish_howto": [
        (
            "chat",
            "Staff can't see the schedule",
            "I built a schedule but my staff say they can't see it in the app. Do I need to publish it "
            "somehow?",
        ),
    ],
    "invite_resend": [
        (
            "email",
            "Staff didn't get their invitations",
            "I invited several people last week and only a few have joined. The others say they never got an "
            "email. Can I resend?",
        ),
    ],
    "password_reset": [
        (
            "chat",
            "Can't log in",
            "I'm locked out of my manager account and the reset email isn't showing up.",
        ),
    ],
    "sso_setup": [
        (
            "email",
            "Setting up SSO with Azure AD",
            "We'd like everyone to sign in through Azure AD. What do you need from our IT team to set up "
            "SAML?",
        ),
    ],
    "roles_permissions": [
        (
            "email",
            "Limit what shift leads can change",
            "Our shift leads should be able to edit schedules for their own location only. Which role "
            "should they "
            "have?",
        ),
    ],
    "import_csv": [
        (
            "email",
            "Importing our staff list",
            "We have our employees in a spreadsheet. Can we import them instead of adding them one by one?",
        ),
    ],
    "add_location": [
        (
            "email",
            "Adding another location",
            "We're opening another site. How do we add it, and does our plan allow more than one location?",
        ),
    ],
    "seat_billing": [
        (
            "email",
            "How are extra seats billed?",
            "We need to add a few more people. If we add seats mid-month, how is that charged?",
        ),
    ],
    "plan_upgrade": [
        (
            "chat",
            "Which plan do we need?",
            "We keep running into limits on our current plan. What does the next plan up include and what "
            "would it "
            "cost for our team?",
        ),
    ],
    "invoice_copy": [
        (
            "email",
            "Copy of last month's invoice",
            "Our bookkeeper needs a PDF of last month's invoice. Where can I download it?",
        ),
    ],
    "card_update": [
        ("in_app", "Update card on file", "Our company card changed. How do I update the payment method?"),
    ],
    "api_question": [
        (
            "email",
            "API rate limits",
            "Our HR system syncs shifts through the API every few minutes. What are the rate limits, and "
            "can they "
            "be raised?",
        ),
        (
            "email",
            "We hit the API limit",
            "Our nightly sync stopped halfway with a rate-limit error. We need a higher API allowance for "
            "the "
            "peak season.",
        ),
    ],
    "reports_export": [
        (
            "chat",
            "Labor cost report by location",
            "Can I get labor cost per location for the month and export it to Excel?",
        ),
    ],
    "feature_request": [
        (
            "email",
            "Feature request: tip pooling",
            "It would help a lot if Rosterly could split tips across the staff on a shift. Is that on the "
            "roadmap?",
        ),
        (
            "email",
            "Feature request: skills on shifts",
            "We need to mark which shifts need a forklift licence and only offer them to licensed staff. "
            "Any plans "
            "for that?",
        ),
    ],
    "dpa_request": [
        (
            "email",
            "DPA and security questionnaire",
            "Our compliance team needs your DPA and answers to a security questionnaire before we extend the "
            "contract.",
        ),
    ],
    "outage_slow": [
        (
            "chat",
            "Rosterly not loading",
            "The schedule page is timing out for all our managers right now. Is there an outage?",
        ),
    ],
    "billing_pause": [
        (
            "email",
            "Pausing during renovation",
            "We're closed for a couple of weeks for renovation. Can we pause our subscription meanwhile?",
        ),
    ],
    "cancel_thinking": [
        (
            "email",
            "Thinking about cancelling",
            "Honestly the last weeks have been rough with these problems. We're looking at other tools. "
            "What can "
            "you do for us?",
        ),
    ],
    "cancel_request": [
        (
            "email",
            "Please cancel our subscription",
            "We've decided to move to another scheduling tool. Please cancel our subscription at the end "
            "of this "
            "billing period.",
        ),
    ],
    "charge_question": [
        (
            "email",
            "Charged for seats we removed",
            "We removed seats last month but the invoice still charges for them. Please check.",
        ),
    ],
    "downgrade": [
        (
            "in_app",
            "Move to the free plan?",
            "We're a small team now and barely use the paid features. Can we move to the free plan?",
        ),
    ],
    "geofencing_howto": [
        (
            "chat",
            "Geofence for clock-in",
            "Can I stop people clocking in from home? Clock-in should only work at the store.",
        ),
    ],
    "open_shifts": [
        ("chat", "Posting open shifts", "How do I post a shift that anyone qualified can pick up?"),
    ],
    "time_clock_setup": [
        (
            "email",
            "Setting up a kiosk",
            "We want a tablet at the entrance for clocking in. How do we set up the time clock in kiosk "
            "mode?",
        ),
    ],
    "calendar_sync_howto": [
        (
            "chat",
            "Show shifts in Google Calendar",
            "Can shifts show up in my staff's Google Calendars automatically?",
        ),
    ],
    "trial_question": [
        (
            "chat",
            "What happens after the trial?",
            "If we don't upgrade when the trial ends, do we lose our schedules?",
        ),
    ],
    "presales": [
        (
            "chat",
            "One account for several cafes?",
            "We run three cafes. Before we sign up: can one account handle all three, and what would it "
            "cost?",
        ),
        (
            "email",
            "Question before signing up",
            "Does Rosterly work for a security company with guards on rotating 12-hour shifts? We'd need "
            "about 60 "
            "seats.",
        ),
    ],
}
ANONYMOUS_TICKETS = [("2026-10-05", "presales"), ("2026-11-09", "presales")]

# ---------------------------------------------------------------------------------------------------
# Generation.


def email_for(p: Persona) -> str:
    local = "".join(c for c in p.contact.split()[0].lower() if c.isalnum())
    domain = "".join(c for c in p.name.lower() if c.isalnum())
    return f"{local}@{domain}.example"


def account_record(p: Persona) -> dict:
    mrr = float(p.mrr) if p.plan == "enterprise" else float(PRICE_PER_SEAT[p.plan] * p.seats)
    return {
        "id": p.id,
        "name": p.name,
        "plan": p.plan,
        "seats": p.seats,
        "mrr": mrr,
        "signup_date": p.signup.isoformat(),
        "industry": p.industry,
        "contact": {"name": p.contact, "email": email_for(p)},
    }


def choose_days(rng: random.Random, seg: Seg, forced: list[date]) -> list[date]:
    cands = [seg.start + timedelta(days=i) for i in range((seg.end - seg.start).days + 1)]
    chosen: list[date] = []
    for f in forced:
        if f not in chosen:
            chosen.append(f)
    if len(chosen) > seg.days or seg.days > len(cands):
        raise ValueError(
            f"segment {seg.start}..{seg.end}: cannot have {seg.days} days with {len(chosen)} forced"
        )
    if seg.cover:  # one day in each 7-day block counted back from the end, most recent first
        end = seg.end
        while end >= seg.start and len(chosen) < seg.days:
            block = [c for c in cands if end - timedelta(days=6) <= c <= end]
            if not any(c in chosen for c in block):
                weekdays = [c for c in block if c.weekday() < 5] or block
                chosen.append(rng.choice(weekdays))
            end -= timedelta(days=7)
    rest = [c for c in cands if c not in chosen]
    weekdays = [c for c in rest if c.weekday() < 5]
    weekends = [c for c in rest if c.weekday() >= 5]
    rng.shuffle(weekdays)
    rng.shuffle(weekends)
    for c in weekdays + weekends:
        if len(chosen) >= seg.days:
            break
        chosen.append(c)
    return sorted(chosen)


def stamp(day: date, seconds: int) -> str:
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{day.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"


def user_day_times(rng: random.Random, day: date, n: int) -> list[str]:
    """n increasing timestamps within business hours (08:00-18:00 UTC) of the day."""
    start = rng.randint(8 * 3600, 15 * 3600)
    seconds = sorted(rng.sample(range(start, 18 * 3600), n))
    return [stamp(day, s) for s in seconds]


SETUP_EVENTS = ("profile_completed", "workspace_created", "user_invited", "integration_connected")


def account_events(p: Persona) -> list[dict]:
    num = int(p.id.split("_")[1])
    rng = random.Random(SEED * 1000 + num)
    out: list[dict] = []

    def session(day: date, u: int, sequence: list[tuple[str, dict]]) -> None:
        """One user's events of one day, in order, at increasing business-hour times."""
        for (name, props), ts in zip(sequence, user_day_times(rng, day, len(sequence)), strict=True):
            out.append(
                {
                    "account_id": p.id,
                    "user_id": f"u_{num:03d}_{u}",
                    "name": name,
                    "timestamp": ts,
                    "properties": dict(props),
                }
            )

    placed = [False] * len(p.extras)
    for seg in p.segs:
        if seg.start < p.signup or seg.end > D:
            raise ValueError(f"{p.id}: segment {seg.start}..{seg.end} outside signup..D")
        mine = [i for i, x in enumerate(p.extras) if seg.start <= x[0] <= seg.end]
        for i in mine:
            if p.extras[i][1] not in seg.users:
                raise ValueError(f"{p.id}: extra {p.extras[i]} by a user outside the segment")
            placed[i] = True
        days = choose_days(rng, seg, [p.extras[i][0] for i in mine])
        # users per day: every segment user at least once, then 1..per_day per day
        day_users: dict[date, list[int]] = {day: [] for day in days}
        shuffled = list(seg.users)
        rng.shuffle(shuffled)
        for k, u in enumerate(shuffled):
            day_users[days[k % len(days)]].append(u)
        for day in days:
            want = rng.randint(1, min(seg.per_day, len(seg.users)))
            while len(day_users[day]) < want:
                u = rng.choice(seg.users)
                if u not in day_users[day]:
                    day_users[day].append(u)
        for i in mine:
            day, u = p.extras[i][0], p.extras[i][1]
            if u not in day_users[day]:
                day_users[day].append(u)
        slots = [(day, u) for day in days for u in day_users[day]]
        acts: dict[tuple[date, int], list[tuple[str, dict]]] = {s: [] for s in slots}
        # features: each one at least once, then 0-2 more per user-day
        for f in seg.feats:
            acts[rng.choice(slots)].append(("feature_used", {"feature": f}))
        for s in slots:
            for _ in range(rng.choice((0, 1, 1, 2))):
                acts[s].append(("feature_used", {"feature": rng.choice(seg.feats)}))
        # key actions: mostly by the managers (the first quarter of the users)
        managers = seg.users[: max(1, len(seg.users) // 4)]
        manager_slots = [s for s in slots if s[1] in managers] or slots
        for _ in range(seg.ka):
            acts[rng.choice(manager_slots)].append(("key_action", {}))
        for s in slots:
            rng.shuffle(acts[s])
        for s in slots:
            day, u = s
            setup_evs = [
                (x[2], x[3])
                for i, x in enumerate(p.extras)
                if i in mine and (x[0], x[1]) == s and x[2] in SETUP_EVENTS
            ]
            other_evs = [
                (x[2], x[3])
                for i, x in enumerate(p.extras)
                if i in mine and (x[0], x[1]) == s and x[2] not in SETUP_EVENTS
            ]
            session(day, u, [("login", {}), *setup_evs, *acts[s], *other_evs])
    if not all(placed):
        missing = [p.extras[i] for i in range(len(p.extras)) if not placed[i]]
        raise ValueError(f"{p.id}: extras outside every segment: {missing}")
    after_slots: list[tuple[date, int]] = []
    for day, u, _, _ in p.after_d:
        if day <= D:
            raise ValueError(f"{p.id}: after_d event on {day}")
        if (day, u) not in after_slots:
            after_slots.append((day, u))
    for day, u in after_slots:  # a session: a login first unless the listed events start with one
        sequence = [(x[2], x[3]) for x in p.after_d if (x[0], x[1]) == (day, u)]
        if sequence[0][0] != "login":
            sequence.insert(0, ("login", {}))
        session(day, u, sequence)
    return out


def all_events() -> list[dict]:
    events = []
    for p in PERSONAS:
        events += account_events(p)
    order = sorted(
        range(len(events)),
        key=lambda i: (events[i]["timestamp"], events[i]["account_id"], events[i]["user_id"], i),
    )
    result = []
    for n, i in enumerate(order, start=1):
        e = events[i]
        result.append({"event_id": f"e-{n:06d}", **e})
    return result


def history_tickets() -> list[dict]:
    raw = []
    for p in PERSONAS:
        num = int(p.id.split("_")[1])
        rng = random.Random(SEED * 1000 + 500 + num)
        first = p.contact.split()[0]
        used: dict[str, int] = {}
        for day_text, topic in p.tickets:
            day = d(day_text)
            if not HISTORY_TICKETS_START <= day <= D:
                raise ValueError(f"{p.id}: history ticket on {day} outside {HISTORY_TICKETS_START}..{D}")
            variants = TOPICS[topic]
            k = used.get(topic, 0)
            used[topic] = k + 1
            channel, subject, body = variants[k % len(variants)]
            ts = stamp(day, rng.randint(8 * 3600, 18 * 3600 - 1))
            raw.append(
                (
                    ts,
                    p.id,
                    {
                        "account_id": p.id,
                        "channel": channel,
                        "subject": subject,
                        "body": f"{body}\n\n{first}, {p.name}",
                        "created_at": ts,
                    },
                )
            )
    rng = random.Random(SEED * 1000 + 999)
    for k, (day_text, topic) in enumerate(ANONYMOUS_TICKETS):
        channel, subject, body = TOPICS[topic][k % len(TOPICS[topic])]
        ts = stamp(d(day_text), rng.randint(8 * 3600, 18 * 3600 - 1))
        raw.append(
            (
                ts,
                "",
                {"account_id": None, "channel": channel, "subject": subject, "body": body, "created_at": ts},
            )
        )
    raw.sort(key=lambda r: (r[0], r[1]))
    return [{"id": f"H-{n:04d}", **t} for n, (_, _, t) in enumerate(raw, start=1)]


def features_yaml() -> str:
    lines = [
        "# Rosterly feature catalog (SPEC section 4), written by scripts/generate_sample_product.py.",
        "# A feature not listed here counts as basic. The sample's events also use these features,",
        "# deliberately left out: " + ", ".join(UNCATALOGUED) + ".",
    ]
    for cls in ("basic", "core", "advanced"):
        lines.append(f"{cls}: [{', '.join(CATALOG[cls])}]")
    return "\n".join(lines) + "\n"


def jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def age(p: Persona) -> int:
    return (D - p.signup).days


def personas_md(n_events: int, n_history: int, labelled: int) -> str:
    out = [
        "# Rosterly sample: personas and designed outcomes",
        "",
        "Written by `scripts/generate_sample_product.py` from its persona table; "
        "`scripts/check_sample_personas.py` recomputes every outcome from the generated files and compares.",
        "",
        f"Reference date D = {D.isoformat()} (`--as-of {D.isoformat()}`). Windows of D: L30 = "
        f"2026-10-17..2026-11-15, "
        "P30 = 2026-09-17..2026-10-16, within 90 days = 2026-08-18..2026-11-15, the last 4 weeks = "
        "10-19..10-25, 10-26..11-01, 11-02..11-08, 11-09..11-15. Events run from 2026-07-01; a few on "
        "2026-11-16..18 lie after D and must be ignored. The event log starts on 2026-07-01, so accounts "
        "that signed up earlier carry their milestone events (profile, workspaces, integrations) in its "
        "first days. History tickets (`H-`) lie in 2026-09-11..2026-11-15.",
        "",
        f"Counts: {len(PERSONAS)} accounts, {n_events} events, {n_history} history tickets"
        f" (+ {labelled} labelled tickets).",
        "",
        "Plan rules used by the personas: free has 5 seats and one location and may connect the calendar and "
        "chat integrations (Slack, Google Calendar, Microsoft Teams), as may starter; pro adds payroll/HR "
        "integrations and the advanced features payroll_export, multi_location and labor_forecasting; "
        "enterprise adds api_access, approval_workflows and audit_log. MRR: free 0, starter 4/seat, pro "
        "8/seat, enterprise a negotiated price.",
        "",
        "| account | name | plan | seats | signup (age) | persona | tier | risk | risk signals | growth "
        "signals | play |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for p in PERSONAS:
        e = p.expect
        out.append(
            f"| {p.id} | {p.name} | {p.plan} | {p.seats} | {p.signup.isoformat()} ({age(p)}) | "
            f"**{p.label}**: {p.story} | {e.tier} | {e.risk} | {', '.join(e.risk_signals) or '-'} | "
            f"{', '.join(e.growth_signals) or '-'} | {e.play if e.play != 'none' else 'none'} |"
        )

    def tally(title: str, values: list[str], order: list[str]) -> None:
        counts = {k: 0 for k in order}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        out.append(f"- {title}: " + ", ".join(f"{k} {counts[k]}" for k in counts))

    out += ["", "## Summary", ""]
    tally("activation tier", [str(p.expect.tier) for p in PERSONAS], ["0", "1", "2", "3"])
    tally("risk", [p.expect.risk for p in PERSONAS], ["high", "medium", "low"])
    tally(
        "play",
        [p.expect.play for p in PERSONAS],
        ["intervention", "engagement", "expansion", "advocacy", "none"],
    )
    tally(
        "risk signals (accounts)",
        [s for p in PERSONAS for s in p.expect.risk_signals],
        [
            "dormant",
            "ticket_spike",
            "feature_decline",
            "negative_feedback",
            "usage_decline",
            "missed_milestone",
            "low_adoption",
            "low_engagement",
        ],
    )
    tally(
        "growth signals (accounts)",
        [s for p in PERSONAS for s in p.expect.growth_signals],
        ["limit_reached", "seat_utilization", "product_qualified", "advocate"],
    )
    onboarding = [p.id for p in PERSONAS if age(p) < 30]
    out.append(f"- in their first 30 days (age 0-29): {len(onboarding)} ({', '.join(onboarding)})")
    out.append(
        f"- free plan: {sum(p.plan == 'free' for p in PERSONAS)}; "
        f"enterprise: {sum(p.plan == 'enterprise' for p in PERSONAS)}"
    )
    out += [
        "",
        "## Boundary cases",
        "",
        "Each paragraph gives the exact numbers as of D. The top-quartile threshold of key actions in L30 is "
        "14: 17 accounts have more, acc_034 and acc_035 have exactly 14, the other 53 fewer, and position "
        "ceil(0.75 x 72) = 54 of the ascending list is 14.",
        "",
    ]
    for p in PERSONAS:
        if p.boundary:
            out += [f"**{p.id} {p.name}** ({p.label}). {p.boundary}", ""]
    out += [
        "## Lifecycle expectations",
        "",
        "`lifecycle_expected.jsonl` beside this file holds the designed outcome of the table above, "
        "one JSON object per account (`account_id`, `as_of` 2026-11-15, `activation_tier`, `risk_tier`, "
        "sorted `signals` and `growth_signals`, `play` or null). It is written by "
        "`scripts/write_lifecycle_expected.py` from the generator's persona data (DESIGNED), never from the "
        "lifecycle engine's output; `--check` tells whether it is up to date. `cs-agents eval lifecycle "
        "cs_agents/sample_product --expected cs_agents/sample_product/lifecycle_expected.jsonl --gate` "
        "scores the engine against it.",
        "",
    ]
    return "\n".join(out)


def labelled_lines() -> list[str] | None:
    if not LABELLED_TICKETS.exists():
        return None
    return [line for line in LABELLED_TICKETS.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "cs_agents" / "sample_product",
        help="output folder (default: cs_agents/sample_product)",
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    ids = [p.id for p in PERSONAS]
    if ids != [f"acc_{n:03d}" for n in range(1, len(ids) + 1)]:
        raise SystemExit("persona ids must be acc_001.. in order")

    events = all_events()
    history = history_tickets()
    labelled = labelled_lines()

    (out / "features.yaml").write_text(features_yaml(), encoding="utf-8")
    (out / "accounts.jsonl").write_text(jsonl([account_record(p) for p in PERSONAS]), encoding="utf-8")
    (out / "events.jsonl").write_text(jsonl(events), encoding="utf-8")
    ticket_text = "".join(line + "\n" for line in labelled or []) + jsonl(history)
    (out / "tickets.jsonl").write_text(ticket_text, encoding="utf-8")
    (out / "personas.md").write_text(
        personas_md(len(events), len(history), len(labelled or [])), encoding="utf-8"
    )

    print(
        f"wrote {out}: {len(PERSONAS)} accounts, {len(events)} events, "
        f"{len(history)} history tickets, {len(labelled or [])} labelled tickets"
    )
    if labelled is None:
        print(f"note: {LABELLED_TICKETS} does not exist yet; tickets.jsonl holds only the history tickets")
    else:
        for number, line in enumerate(labelled, start=1):
            try:
                t = json.loads(line)
            except json.JSONDecodeError:
                print(f"warning: {LABELLED_TICKETS.name} line {number} is not valid JSON (copied as is)")
                continue
            day = str(t.get("created_at") or "")[:10]
            if t.get("account_id") and day and day >= HISTORY_TICKETS_START.isoformat():
                print(f"warning: labelled ticket {t.get('id')} on {day} falls in the L30/P30 ticket windows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
