"""The lifecycle rules of SPEC section 5, one rule and one boundary at a time, on a real SQLite file.

Every test builds a small product with the helpers below (days are counted back from D = 2026-11-15:
`ago=0` is D, `ago=29` the first day of L30, `ago=-1` the day after D), runs `scan` and checks the one
rule it is about.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from agents.lifecycle import cs_metrics, play_for, scan, top_quartile_threshold
from agents.observability import MILESTONES, AccountHealth
from cs_agents.commands.retention import app as retention_app
from cs_agents.db import Database
from cs_agents.models import Account, Event, Ticket
from cs_agents.records import insert_events, replace_feature_catalog, upsert_accounts, upsert_tickets
from cs_agents.settings import Settings
from evals.lifecycle import load_records
from tests.conftest import SAMPLE_PRODUCT

D = date(2026, 11, 15)
CATALOG: dict[str, Any] = {
    "dashboard": "basic",
    "schedule_view": "basic",
    "reports": "core",
    "timesheets": "core",
    "shift_swaps": "core",
    "api_access": "advanced",
}
ROOT = Path(__file__).resolve().parent.parent.parent


def at(ago: int, clock: time = time(12)) -> datetime:
    return datetime.combine(D - timedelta(days=ago), clock, UTC)


@dataclass
class Product:
    """A product built in memory, written with the loader's record functions, then scanned."""

    db: Database
    accounts: list[Account] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tickets: list[Ticket] = field(default_factory=list)

    def account(self, account_id: str, *, age: int = 200, seats: int = 10) -> str:
        signup = D - timedelta(days=age)
        self.accounts.append(
            Account(id=account_id, name=account_id, plan="pro", seats=seats, signup_date=signup)
        )
        return account_id

    def event(self, account_id: str, ago: int, name: str = "login", user: str = "u1", **props: Any) -> None:
        self.event_at(account_id, at(ago), name, user, **props)

    def event_at(
        self, account_id: str, ts: datetime, name: str = "login", user: str = "u1", **props: Any
    ) -> None:
        n = len(self.events)
        self.events.append(
            Event(
                event_id=f"e-{n}",
                account_id=account_id,
                user_id=user,
                name=name,
                timestamp=ts,
                properties=props,
            )
        )

    def active(self, account_id: str, days: list[int], user: str = "u1") -> None:
        for ago in days:
            self.event(account_id, ago, user=user)

    def feature(self, account_id: str, ago: int, *features: str, user: str = "u1") -> None:
        for f in features:
            self.event(account_id, ago, "feature_used", user, feature=f)

    def ticket(self, account_id: str | None, ago: int | None, clock: time = time(12)) -> None:
        created = None if ago is None else at(ago, clock)
        self.tickets.append(
            Ticket(id=f"T-{len(self.tickets)}", account_id=account_id, body="help", created_at=created)
        )

    def tier2(self, account_id: str, user: str = "u1") -> None:
        """Everything tier 2 needs: profile, key action, a basic and two core features, an integration,
        activity in each of the last 4 weeks."""
        self.event(account_id, 150, "profile_completed", user)
        self.event(account_id, 150, "integration_connected", user, integration="slack")
        self.event(account_id, 0, "key_action", user)
        self.feature(account_id, 0, "dashboard", "reports", "timesheets", user=user)
        self.active(account_id, [7, 14, 21], user)

    def scan(self, as_of: date = D, account_ids: list[str] | None = None) -> dict[str, AccountHealth]:
        with self.db.session() as s:
            replace_feature_catalog(s, CATALOG)
            upsert_accounts(s, list(enumerate(self.accounts, 1)))
            insert_events(s, list(enumerate(self.events, 1)))
            upsert_tickets(s, list(enumerate(self.tickets, 1)))
        return {h.account_id: h for h in scan(self.db, as_of, account_ids)}


@pytest.fixture
def product(db: Database) -> Product:
    return Product(db)


def risk(h: AccountHealth) -> set[str]:
    return {s.name for s in h.signals}


def growth(h: AccountHealth) -> set[str]:
    return {s.name for s in h.growth_signals}


def evidence(h: AccountHealth, name: str) -> dict[str, Any]:
    return next(s.evidence for s in [*h.signals, *h.growth_signals] if s.name == name)


# ---------------------------------------------------------------------------------------------------
# Activation tiers and milestones


def test_tier_1_needs_profile_key_action_and_a_basic_feature(product):
    product.account("full")
    product.event("full", 40, "profile_completed")
    product.event("full", 3, "key_action")
    product.feature("full", 90, "dashboard")
    for missing in ("profile", "key", "basic"):
        acc = product.account(f"no_{missing}")
        if missing != "profile":
            product.event(acc, 40, "profile_completed")
        if missing != "key":
            product.event(acc, 3, "key_action")
        product.feature(acc, 90, "reports" if missing == "basic" else "dashboard")  # a core one is not basic
    result = product.scan()
    assert result["full"].activation_tier == 1
    assert {k: v for k, v in result["full"].milestones.items() if v} == {
        "profile_completed": True,
        "key_action": True,
        "basic_feature": True,
    }
    assert [result[f"no_{m}"].activation_tier for m in ("profile", "key", "basic")] == [0, 0, 0]
    assert result["no_basic"].milestones["basic_feature"] is False


def test_an_uncatalogued_feature_counts_as_basic(product):
    product.account("acc")
    product.event("acc", 10, "profile_completed")
    product.event("acc", 10, "key_action")
    product.feature("acc", 10, "kiosk_mode")  # not in the catalog
    h = product.scan()["acc"]
    assert h.milestones["basic_feature"] is True
    assert h.activation_tier == 1
    assert h.metrics["basic_features"] == 1


def test_tier_2_with_every_part_and_without_each(product):
    product.tier2(product.account("full"))
    for missing in ("core", "integration", "weeks"):
        acc = product.account(f"no_{missing}")
        product.event(acc, 150, "profile_completed")
        product.event(acc, 0, "key_action")
        product.feature(acc, 0, "dashboard", "reports", *([] if missing == "core" else ["timesheets"]))
        if missing != "integration":
            product.event(acc, 150, "integration_connected", integration="slack")
        product.active(acc, [7] if missing == "weeks" else [7, 14, 21])
    result = product.scan()
    assert result["full"].activation_tier == 2
    assert {m: result[f"no_{m}"].activation_tier for m in ("core", "integration", "weeks")} == {
        "core": 1,
        "integration": 1,
        "weeks": 1,
    }


def test_two_uses_of_one_core_feature_are_one_distinct_core_feature(product):
    product.tier2(product.account("acc"))
    product.account("one")
    product.event("one", 150, "profile_completed")
    product.event("one", 150, "integration_connected", integration="slack")
    product.event("one", 0, "key_action")
    product.feature("one", 0, "dashboard", "reports")
    product.feature("one", 7, "reports")
    product.active("one", [14, 21])
    result = product.scan()
    assert result["one"].milestones["two_core_features"] is False
    assert result["one"].activation_tier == 1


@pytest.mark.parametrize(
    ("days", "weeks", "tier"), [([0, 7, 27], 3, 2), ([0, 7, 28], 2, 1), ([6, 13, 20], 3, 2)]
)
def test_3_of_4_weeks_counts_the_7_day_blocks_back_from_d(product, days, weeks, tier):
    # D-27 is the first day of the fourth block; D-28 lies in L30 but before the four blocks
    acc = product.account("acc")
    product.event(acc, 150, "profile_completed")
    product.event(acc, 150, "integration_connected", integration="slack")
    product.event(acc, days[0], "key_action")
    product.feature(acc, days[0], "dashboard", "reports", "timesheets")
    product.active(acc, days[1:])
    h = product.scan()["acc"]
    assert h.metrics["weeks_active_of_last_4"] == weeks
    assert h.activation_tier == tier


@pytest.mark.parametrize(("third_user_ago", "tier"), [(29, 3), (30, 2)])
def test_tier_3_needs_advanced_two_workspaces_and_three_users_in_l30(product, third_user_ago, tier):
    acc = product.account("acc")
    product.tier2(acc)
    product.feature(acc, 100, "api_access")
    product.event(acc, 100, "workspace_created")
    product.event(acc, 99, "workspace_created")
    product.active(acc, [0], user="u2")
    product.active(acc, [third_user_ago], user="u3")
    h = product.scan()["acc"]
    assert h.activation_tier == tier
    assert h.milestones["three_active_users"] is (tier == 3)
    assert h.milestones["advanced_feature"] and h.milestones["two_workspaces"]


def test_tier_3_parts_without_tier_2_are_tier_1(product):
    acc = product.account("acc")
    product.event(acc, 0, "profile_completed")
    product.event(acc, 0, "key_action")
    product.feature(acc, 0, "dashboard", "api_access")
    product.event(acc, 0, "workspace_created")
    product.event(acc, 0, "workspace_created")
    product.active(acc, [0], user="u2")
    product.active(acc, [0], user="u3")
    h = product.scan()["acc"]
    assert h.activation_tier == 1
    assert set(h.milestones) == set(MILESTONES)


def test_events_after_the_end_of_d_are_ignored(product):
    acc = product.account("acc", age=100)
    product.event(acc, 50, "profile_completed")
    product.feature(acc, 50, "dashboard")
    product.event_at(acc, datetime(2026, 11, 16, 0, 0, tzinfo=UTC), "key_action")  # first instant after D
    product.event(acc, -2, "limit_reached", limit="seats")
    product.event(acc, -1, "nps_submitted", score=2)
    h = product.scan()["acc"]
    assert h.milestones["key_action"] is False
    assert h.activation_tier == 0
    assert "dormant" in risk(h)  # the login-free account is not woken up by events after D
    assert "limit_reached" not in growth(h)
    assert "negative_feedback" not in risk(h)
    assert h.metrics["last_event_day"] == "2026-09-26"


def test_the_last_instant_of_d_counts_and_days_are_utc(product):
    acc = product.account("acc", age=100)
    product.event_at(acc, datetime(2026, 11, 15, 23, 59, 59, tzinfo=UTC), "key_action")
    # 01:00 on 11-16 at UTC+2 is 23:00 UTC on D: it counts
    product.event_at(acc, datetime.fromisoformat("2026-11-16T01:00:00+02:00"), "profile_completed")
    # 23:00 on 10-16 at UTC-2 is 01:00 UTC on 10-17 = D-29: inside L30
    product.event_at(acc, datetime.fromisoformat("2026-10-16T23:00:00-02:00"), "login", user="u2")
    h = product.scan()["acc"]
    assert h.milestones["key_action"] and h.milestones["profile_completed"]
    assert h.metrics["active_users_l30"] == 2


def test_milestones_count_whenever_they_happened_up_to_d(product):
    acc = product.account("acc", age=10)
    product.event(acc, 400, "profile_completed")  # before the signup date (a backfilled log)
    product.event(acc, 300, "key_action")
    product.feature(acc, 200, "dashboard")
    assert product.scan()["acc"].activation_tier == 1


def test_a_later_day_sees_the_state_of_that_day(product):
    acc = product.account("acc", age=100)
    product.event(acc, 50, "profile_completed")
    product.event(acc, 5, "key_action")
    product.feature(acc, 50, "dashboard")
    assert product.scan(as_of=D - timedelta(days=6))["acc"].activation_tier == 0
    assert product.scan(as_of=D)["acc"].activation_tier == 1


# ---------------------------------------------------------------------------------------------------
# High-risk signals


@pytest.mark.parametrize(
    ("age", "events", "dormant"),
    [
        (30, [30], True),
        (29, [], False),
        (30, [29], False),
        (200, [0], False),
        (200, [], True),
        (200, [31, 60], True),
    ],
)
def test_dormant_is_age_30_and_no_event_in_l30(product, age, events, dormant):
    acc = product.account("acc", age=age)
    product.active(acc, events)
    h = product.scan()["acc"]
    assert ("dormant" in risk(h)) is dormant
    if dormant:
        assert evidence(h, "dormant")["age_days"] == age
        assert evidence(h, "dormant")["events_l30"] == 0


@pytest.mark.parametrize(
    ("l30", "p30", "spike"),
    [
        ([0, 10, 29], [45], True),  # 3 vs 1, both L30 edges
        ([1, 2, 3, 4], [30, 59], True),  # exactly twice, both P30 edges
        ([1, 2, 3], [30, 59], False),  # 3 < 2 x 2
        ([1, 2], [], False),  # fewer than 3
        ([1, 2, 3], [60, 61, 90], True),  # D-60 and before are in neither window
    ],
)
def test_ticket_spike_needs_3_in_l30_and_twice_p30(product, l30, p30, spike):
    acc = product.account("acc")
    product.active(acc, [0])
    for ago in [*l30, *p30]:
        product.ticket(acc, ago)
    h = product.scan()["acc"]
    assert ("ticket_spike" in risk(h)) is spike
    assert (h.metrics["tickets_l30"], h.metrics["tickets_p30"]) == (len(l30), len([d for d in p30 if d < 60]))


def test_tickets_after_d_without_a_day_or_without_an_account_do_not_count(product):
    acc = product.account("acc")
    product.active(acc, [0])
    product.ticket(acc, 1)
    product.ticket(acc, 2)
    product.ticket(acc, 0, time(23, 59, 59))
    product.ticket(acc, -1, time(0, 0))  # the first instant after D
    product.ticket(acc, None)  # no created_at: not support history
    product.ticket(None, 1)  # anonymous
    h = product.scan()["acc"]
    assert h.metrics["tickets_l30"] == 3
    assert "ticket_spike" in risk(h)


@pytest.mark.parametrize(
    ("p30", "l30", "decline"),
    [(6, 3, True), (6, 4, False), (2, 1, True), (1, 0, False), (3, 2, False), (2, 0, True)],
)
def test_feature_decline_is_at_most_half_of_at_least_two(product, p30, l30, decline):
    acc = product.account("acc")
    features = ["dashboard", "schedule_view", "reports", "timesheets", "shift_swaps", "api_access"]
    product.feature(acc, 40, *features[:p30])
    product.feature(acc, 5, *features[:l30])
    product.active(acc, [1])
    h = product.scan()["acc"]
    assert ("feature_decline" in risk(h)) is decline
    assert (h.metrics["features_p30"], h.metrics["features_l30"]) == (p30, l30)


def test_feature_windows_edges(product):
    acc = product.account("acc")
    product.feature(acc, 59, "dashboard")  # first day of P30
    product.feature(acc, 30, "reports")  # last day of P30
    product.feature(acc, 60, "timesheets")  # before P30
    product.feature(acc, 29, "shift_swaps")  # first day of L30
    h = product.scan()["acc"]
    assert (h.metrics["features_p30"], h.metrics["features_l30"]) == (2, 1)
    assert "feature_decline" in risk(h)
    assert evidence(h, "feature_decline") == {"features_p30": 2, "features_l30": 1}


@pytest.mark.parametrize(
    ("answers", "negative"),
    [
        ([("nps", 89, 6)], True),  # D-89, the first day of the 90 days
        ([("nps", 90, 6)], False),  # D-90: outside
        ([("nps", 70, 4), ("nps", 5, 9)], False),  # only the latest counts
        ([("nps", 70, 9), ("nps", 5, 6)], True),
        ([("nps", 3, 7)], False),
        ([("csat", 10, 2)], True),
        ([("csat", 60, 1), ("csat", 20, 3)], False),
        ([("csat", 60, 5), ("csat", 20, 2)], True),
        ([("nps", 5, 10), ("csat", 4, 1)], True),  # either one
    ],
)
def test_negative_feedback_reads_the_latest_answer_within_90_days(product, answers, negative):
    acc = product.account("acc")
    product.active(acc, [0])
    for kind, ago, score in answers:
        product.event(acc, ago, f"{kind}_submitted", score=score)
    h = product.scan()["acc"]
    assert ("negative_feedback" in risk(h)) is negative


def test_negative_feedback_evidence_names_the_answer(product):
    acc = product.account("acc")
    product.event(acc, 89, "nps_submitted", score=6)
    product.event(acc, 3, "csat_submitted", score=4)
    h = product.scan()["acc"]
    assert evidence(h, "negative_feedback") == {
        "latest_nps_90d": 6,
        "latest_nps_day": "2026-08-18",
        "latest_csat_90d": 4,
        "latest_csat_day": "2026-11-12",
    }


def test_latest_answer_is_by_time_within_a_day(product):
    acc = product.account("acc")
    product.event_at(acc, at(3, time(9)), "nps_submitted", score=3)
    product.event_at(acc, at(3, time(17)), "nps_submitted", score=8)
    product.event_at(acc, at(2, time(8)), "csat_submitted", score=1, user="u2")
    product.event_at(acc, at(2, time(8)), "csat_submitted", score=4, user="u3")  # same instant: higher
    h = product.scan()["acc"]
    assert (h.metrics["latest_nps_90d"], h.metrics["latest_csat_90d"]) == (8, 4)
    assert "negative_feedback" not in risk(h)


# ---------------------------------------------------------------------------------------------------
# Medium-risk signals


@pytest.mark.parametrize(
    ("p30", "l30", "decline"), [(10, 6, True), (10, 7, False), (4, 2, True), (3, 1, False)]
)
def test_usage_decline_is_fewer_than_70_percent_of_at_least_4_active_days(product, p30, l30, decline):
    acc = product.account("acc")
    product.active(acc, list(range(30, 30 + p30)))
    product.active(acc, list(range(l30)))
    h = product.scan()["acc"]
    assert ("usage_decline" in risk(h)) is decline
    assert (h.metrics["active_days_p30"], h.metrics["active_days_l30"]) == (p30, l30)


def test_usage_decline_counts_days_not_events_and_not_when_dormant(product):
    acc = product.account("acc")
    for ago in range(30, 40):
        product.event(acc, ago)
        product.event(acc, ago, user="u2")
    for ago in range(6):
        product.event(acc, ago)
        product.event(acc, ago, "key_action")
    gone = product.account("gone")
    product.active(gone, list(range(30, 40)))
    result = product.scan()
    assert "usage_decline" in risk(result["acc"])  # 6 < 0.7 x 10 days, whatever the event counts
    assert risk(result["gone"]) >= {"dormant"}
    assert "usage_decline" not in risk(result["gone"])


@pytest.mark.parametrize(
    ("age", "tier", "missed"),
    [(8, 0, True), (7, 0, False), (31, 1, True), (30, 1, False), (31, 2, False), (100, 0, True)],
)
def test_missed_milestone_by_age_and_tier(product, age, tier, missed):
    acc = product.account("acc", age=age)
    if tier >= 1:
        product.event(acc, 0, "profile_completed")
        product.event(acc, 0, "key_action")
        product.feature(acc, 0, "dashboard")
    if tier == 2:
        product.tier2(acc)
    product.active(acc, [0])
    h = product.scan()["acc"]
    assert h.activation_tier == tier
    assert ("missed_milestone" in risk(h)) is missed
    if missed:
        assert evidence(h, "missed_milestone")["activation_tier"] == tier


@pytest.mark.parametrize(
    ("age", "features", "low"), [(14, 2, True), (13, 2, False), (14, 3, False), (200, 0, True)]
)
def test_low_adoption_is_fewer_than_3_features_in_l30_from_day_14(product, age, features, low):
    acc = product.account("acc", age=age)
    product.feature(acc, 0, *["dashboard", "reports", "kiosk_mode"][:features])
    product.feature(acc, 35, "timesheets", "shift_swaps", "api_access")  # P30 does not help
    product.active(acc, [0])
    h = product.scan()["acc"]
    assert ("low_adoption" in risk(h)) is low


@pytest.mark.parametrize(
    ("users", "seats", "low"), [(5, 17, True), (6, 20, False), (0, 3, True), (1, 4, True), (2, 6, False)]
)
def test_low_engagement_is_fewer_than_30_percent_of_seats(product, users, seats, low):
    acc = product.account("acc", age=0, seats=seats)
    for u in range(users):
        product.event(acc, 0, user=f"u{u}")
    product.event(acc, 30, user="old")  # active in P30 only: not an active user of L30
    h = product.scan()["acc"]
    assert ("low_engagement" in risk(h)) is low
    assert h.metrics["active_users_l30"] == users


# ---------------------------------------------------------------------------------------------------
# Growth signals


@pytest.mark.parametrize(("ago", "reached"), [(29, True), (0, True), (30, False), (-1, False)])
def test_limit_reached_in_l30(product, ago, reached):
    acc = product.account("acc")
    product.active(acc, [0])
    product.event(acc, ago, "limit_reached", limit="locations")
    h = product.scan()["acc"]
    assert ("limit_reached" in growth(h)) is reached


@pytest.mark.parametrize(
    ("users", "seats", "full"), [(18, 20, True), (17, 20, False), (5, 5, True), (9, 10, True)]
)
def test_seat_utilization_is_at_least_90_percent(product, users, seats, full):
    acc = product.account("acc", seats=seats)
    for u in range(users):
        product.event(acc, 3, user=f"u{u}")
    h = product.scan()["acc"]
    assert ("seat_utilization" in growth(h)) is full


def test_product_qualified_uses_the_nearest_rank_quartile_over_all_accounts_with_zeros(product):
    # key actions in L30: 0 x 5 (three accounts without any event at all), 1, 2, 5 -> n = 8, position
    # ceil(0.75 x 8) = 6 of the ascending list: the threshold is 1
    counts = {"a1": 1, "a2": 2, "a5": 5, "z1": 0, "z2": 0}
    for acc, n in counts.items():
        product.account(acc, seats=5)
        product.active(acc, [0, 1, 2])
        for _ in range(n):
            product.event(acc, 3, "key_action")
    for acc in ("none1", "none2", "none3"):
        product.account(acc, seats=5)
    product.event("z1", 30, "key_action")  # P30 does not count
    result = product.scan()
    assert {a for a, h in result.items() if "product_qualified" in growth(h)} == {"a1", "a2", "a5"}
    assert evidence(result["a1"], "product_qualified") == {
        "key_actions_l30": 1,
        "key_actions_l30_top_quartile": 1,
        "seats": 5,
    }
    # a partial scan takes the quartile over all accounts too
    assert "product_qualified" in growth(product.scan(account_ids=["a1"])["a1"])


def test_a_partial_scan_sees_the_quartile_move_with_new_key_actions_and_accounts(product):
    # the quartile of a partial scan is kept per day; new key actions, events or accounts count it again
    for acc in ("a", "b", "c", "d"):
        product.account(acc, seats=3)
        product.active(acc, [1])
    product.event("a", 1, "key_action")

    def quartile() -> int:
        return product.scan(account_ids=["a"])["a"].metrics["key_actions_l30_top_quartile"]

    assert quartile() == 0  # 0, 0, 0, 1: position 3
    for acc in ("b", "c"):
        product.event(acc, 1, "key_action")
        product.event(acc, 2, "key_action")
    assert quartile() == 2  # 0, 1, 2, 2
    assert "product_qualified" not in growth(product.scan(account_ids=["a"])["a"])
    for acc in ("e", "f", "g", "h"):
        product.account(acc, seats=3)
    assert quartile() == 1  # 0 x 5, 1, 2, 2: position 6
    assert "product_qualified" in growth(product.scan(account_ids=["a"])["a"])


def test_product_qualified_needs_above_zero_and_at_most_5_seats(product):
    product.account("big", seats=6)
    for _ in range(9):
        product.event("big", 1, "key_action")
    product.account("zero", seats=2)
    product.active("zero", [1])
    result = product.scan()
    # n = 2: position ceil(1.5) = 2 -> threshold 9; the 6-seat account reaches it but is too big
    assert "product_qualified" not in growth(result["big"])
    assert result["big"].metrics["key_actions_l30_top_quartile"] == 9
    assert "product_qualified" not in growth(result["zero"])


def test_all_zero_key_actions_qualify_nobody(product):
    for acc in ("a", "b"):
        product.account(acc, seats=3)
        product.active(acc, [0])
    result = product.scan()
    assert result["a"].metrics["key_actions_l30_top_quartile"] == 0
    assert not any("product_qualified" in growth(h) for h in result.values())


@pytest.mark.parametrize(
    ("values", "threshold"),
    [([], None), ([7], 7), ([0, 0, 1, 2], 1), ([3, 1, 2, 0, 5], 3), ([0] * 53 + [14] * 2 + [20] * 17, 14)],
)
def test_top_quartile_threshold_nearest_rank(values, threshold):
    assert top_quartile_threshold(values) == threshold


@pytest.mark.parametrize(
    ("age", "nps_ago", "score", "advocate"),
    [(365, 9, 9, True), (364, 9, 10, False), (800, 9, 8, False), (800, 90, 10, False), (800, 89, 9, True)],
)
def test_advocate_is_a_year_old_with_a_latest_nps_of_9_or_more(product, age, nps_ago, score, advocate):
    acc = product.account("acc", age=age)
    product.active(acc, [0])
    product.event(acc, nps_ago, "nps_submitted", score=score)
    h = product.scan()["acc"]
    assert ("advocate" in growth(h)) is advocate


def test_a_low_latest_nps_after_a_promoter_one_is_not_an_advocate(product):
    acc = product.account("acc", age=500)
    product.event(acc, 20, "nps_submitted", score=10)
    product.event(acc, 2, "nps_submitted", score=5)
    h = product.scan()["acc"]
    assert "advocate" not in growth(h)
    assert "negative_feedback" in risk(h)


# ---------------------------------------------------------------------------------------------------
# Risk tier, plays, health score


def healthy(product: Product, acc: str, *, age: int = 200, seats: int = 10) -> None:
    """A tier-2 account without any risk signal (3 features and 3 of 10 seats active in L30)."""
    product.account(acc, age=age, seats=seats)
    product.tier2(acc)
    product.active(acc, [1], user="u2")
    product.active(acc, [2], user="u3")


def test_risk_tier_and_play_for_each_row_of_the_plays_table(product):
    healthy(product, "low_none")
    healthy(product, "low_limit")
    product.event("low_limit", 3, "limit_reached", limit="seats")
    healthy(product, "low_seats", seats=3)
    healthy(product, "low_advocate", age=400)
    product.event("low_advocate", 3, "nps_submitted", score=9)
    healthy(product, "low_both", age=400)
    product.event("low_both", 3, "nps_submitted", score=10)
    product.event("low_both", 3, "limit_reached", limit="seats")
    healthy(product, "medium", seats=11)  # 3 of 11 users: low engagement
    product.event("medium", 3, "limit_reached", limit="seats")
    healthy(product, "high")
    product.event("high", 3, "csat_submitted", score=1)
    product.event("high", 3, "limit_reached", limit="seats")
    result = product.scan()
    table = {a: (h.risk_tier, h.play) for a, h in result.items()}
    assert table == {
        "low_none": ("low", None),
        "low_limit": ("low", "expansion"),
        "low_seats": ("low", "expansion"),
        "low_advocate": ("low", "advocacy"),
        "low_both": ("low", "expansion"),
        "medium": ("medium", "engagement"),
        "high": ("high", "intervention"),
    }
    # growth signals are reported for every account, whatever the play
    assert growth(result["medium"]) == {"limit_reached"}
    assert growth(result["high"]) == {"limit_reached"}
    # every account has 1 key action in L30, so the threshold is 1 and the 3-seat one also qualifies
    assert growth(result["low_seats"]) == {"seat_utilization", "product_qualified"}


@pytest.mark.parametrize(
    ("risk_tier", "signals", "play"),
    [
        ("high", ["advocate"], "intervention"),
        ("medium", ["limit_reached"], "engagement"),
        ("low", ["product_qualified"], "expansion"),
        ("low", ["seat_utilization", "advocate"], "expansion"),
        ("low", ["advocate"], "advocacy"),
        ("low", [], None),
    ],
)
def test_play_for(risk_tier, signals, play):
    assert play_for(risk_tier, signals) == play


def test_signals_come_with_severity_in_spec_order(product):
    acc = product.account("acc", age=300, seats=10)
    product.active(acc, list(range(30, 45)))
    product.feature(acc, 40, "dashboard", "reports")
    for ago in (1, 2, 3):
        product.ticket(acc, ago)
    h = product.scan()["acc"]
    assert [(s.name, s.severity) for s in h.signals] == [
        ("dormant", "high"),
        ("ticket_spike", "high"),
        ("feature_decline", "high"),
        ("missed_milestone", "medium"),
        ("low_adoption", "medium"),
        ("low_engagement", "medium"),
    ]
    assert h.risk_tier == "high"
    assert h.health_score == 0  # 100 - 3 x 25 - 3 x 10 - 3 x 5, clipped
    assert evidence(h, "ticket_spike") == {"tickets_l30": 3, "tickets_p30": 0}
    assert evidence(h, "low_engagement") == {"active_users_l30": 0, "seats": 10}


def test_health_score_formula(product):
    healthy(product, "tier2")
    product.account("new", age=0, seats=1)
    product.active("new", [0])
    healthy(product, "medium", seats=11)
    result = product.scan()
    assert result["tier2"].health_score == 95  # 100 - 5 x (3 - 2)
    assert result["new"].health_score == 85  # tier 0, no signal
    assert result["medium"].health_score == 85  # 100 - 10 - 5
    assert result["tier2"].risk_tier == "low"


def test_scan_of_some_accounts_and_unknown_ids(product):
    healthy(product, "a")
    healthy(product, "b")
    result = product.scan(account_ids=["b", "missing"])
    assert list(result) == ["b"]
    assert result["b"].age_days == 200
    assert result["b"].as_of == D


# ---------------------------------------------------------------------------------------------------
# cs_metrics


def test_cs_metrics_funnel_activation_and_retention(product):
    healthy(product, "t2", age=100)
    product.account("t0", age=100)
    product.event("t0", 95, "profile_completed")
    product.active("t0", [50])  # active in September only
    product.account("young", age=5)
    product.event("young", 3, "profile_completed")
    product.event("young", 3, "key_action")
    product.feature("young", 3, "dashboard")
    product.account("future", age=-3)
    result = product.scan()
    m = cs_metrics(product.db, D, list(result.values()))
    steps = {s["step"]: (s["accounts"], s["drop_off"]) for s in m["funnel"]}
    assert steps == {
        "signed_up": (3, None),
        "profile_completed": (3, 0),
        "first_key_action": (2, 1),
        "tier_1": (2, 0),
        "tier_2": (1, 1),
        "tier_3": (0, 1),
    }
    within_7 = m["activation"]["within_7_days"]
    # t2 and t0 are old enough; young reached tier 1 on day 2 but is only 5 days old
    assert within_7["eligible"] == 2
    assert within_7["tier_1"] == {"reached": 0, "rate": 0.0}
    assert m["activation"]["within_90_days"]["eligible"] == 2
    assert m["risk"] == {h: sum(r.risk_tier == h for r in result.values()) for h in ("high", "medium", "low")}
    months = {r["month"]: (r["active"], r["retained"]) for r in m["retention"]}
    assert months["2026-09"] == (1, 0)  # t0 was active in September and not in October
    assert months["2026-10"] == (1, 1)  # t2: October and November
    assert m["retention"][-1]["next_month_partial"] is True


def test_activation_within_n_days_evaluates_the_tier_as_of_signup_plus_n(product):
    acc = product.account("acc", age=60)  # signed up 2026-09-16
    product.event(acc, 60, "profile_completed")
    product.event(acc, 55, "key_action")  # day 5
    product.feature(acc, 50, "dashboard")  # day 10
    m = cs_metrics(product.db, D, list(product.scan().values()))
    assert m["activation"]["within_7_days"]["tier_1"]["reached"] == 0
    assert m["activation"]["within_30_days"]["tier_1"] == {"reached": 1, "rate": 1.0}
    assert m["activation"]["within_90_days"]["eligible"] == 0


# ---------------------------------------------------------------------------------------------------
# The sample product: every account's designed outcome


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('sample') / 'lifecycle.db'}")
    problems = load_records(SAMPLE_PRODUCT, db)
    assert not any(problems.values()), problems
    return db


def designed() -> dict[str, dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from generate_sample_product import DESIGNED
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return DESIGNED


def test_sample_product_matches_the_designed_outcome_of_all_72_accounts(sample_db):
    want = designed()
    got = {
        h.account_id: {
            "tier": h.activation_tier,
            "risk": h.risk_tier,
            "risk_signals": sorted(s.name for s in h.signals),
            "growth_signals": sorted(s.name for s in h.growth_signals),
            "play": h.play or "none",
        }
        for h in scan(sample_db, date(2026, 11, 15))
    }
    assert len(want) == 72
    assert got == want


def test_sample_product_evidence_matches_the_boundary_notes(sample_db):
    result = {h.account_id: h for h in scan(sample_db, date(2026, 11, 15))}
    assert evidence(result["acc_004"], "seat_utilization") == {"active_users_l30": 18, "seats": 20}
    assert evidence(result["acc_016"], "ticket_spike") == {"tickets_l30": 4, "tickets_p30": 2}
    assert evidence(result["acc_019"], "feature_decline") == {"features_p30": 6, "features_l30": 3}
    assert evidence(result["acc_023"], "usage_decline") == {"active_days_p30": 10, "active_days_l30": 6}
    assert evidence(result["acc_034"], "product_qualified")["key_actions_l30_top_quartile"] == 14
    assert result["acc_021"].metrics["last_event_day"] == "2026-10-05"
    assert result["acc_030"].metrics["weeks_active_of_last_4"] == 2


def test_lifecycle_expected_file_is_written_from_the_designed_outcomes():
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "write_lifecycle_expected.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = [json.loads(x) for x in (SAMPLE_PRODUCT / "lifecycle_expected.jsonl").read_text().splitlines()]
    want = designed()
    assert len(lines) == 72
    for line in lines:
        d = want[line["account_id"]]
        assert line["as_of"] == "2026-11-15"
        assert (line["activation_tier"], line["risk_tier"], line["signals"], line["growth_signals"]) == (
            d["tier"],
            d["risk"],
            d["risk_signals"],
            d["growth_signals"],
        )
        assert line["play"] == (None if d["play"] == "none" else d["play"])


# ---------------------------------------------------------------------------------------------------
# `cs-agents retention scan`


def run_scan(settings: Settings, *args: str) -> Any:
    return CliRunner().invoke(retention_app, ["scan", *args], obj=settings)


def test_retention_scan_json_and_table(product, settings):
    healthy(product, "ok")
    product.account("gone", age=300)
    product.active("gone", [100])
    product.scan()
    result = run_scan(settings, "--as-of", "2026-11-15", "--json")
    assert result.exit_code == 0, result.output
    rows = {r["account_id"]: r for r in json.loads(result.stdout)}
    assert set(rows) == {"ok", "gone"}
    gone = rows["gone"]
    assert gone["risk_tier"] == "high" and gone["play"] == "intervention"
    assert gone["signals"][0] == "dormant"
    assert gone["evidence"]["dormant"] == {"age_days": 300, "events_l30": 0, "last_event_day": "2026-08-07"}
    assert set(gone["milestones"]) == set(MILESTONES)
    assert {"activation_tier", "health_score", "growth_signals"} <= set(gone)
    one = run_scan(settings, "--as-of", "2026-11-15", "--json", "--account", "ok")
    assert [r["account_id"] for r in json.loads(one.stdout)] == ["ok"]
    table = run_scan(settings, "--as-of", "2026-11-15")
    assert table.exit_code == 0
    assert table.stdout.index("gone") < table.stdout.index("ok")  # high risk first
    assert "risk: high 1, medium 0, low 1" in table.stdout


@pytest.mark.parametrize("args", [["--as-of", "2026-13-01"], ["--as-of", "yesterday"], ["--account", "nope"]])
def test_retention_scan_rejects_bad_input_with_exit_2(product, settings, args):
    healthy(product, "ok")
    product.scan()
    result = run_scan(settings, *args)
    assert result.exit_code == 2
    assert "error" in result.output
