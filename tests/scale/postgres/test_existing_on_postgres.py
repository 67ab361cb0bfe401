"""Reviews (threads and SIGKILLed processes), checkpoints, the outbox and event idempotency, as tested
for SQLite in tests/integration and tests/unit, run here on PostgreSQL (see conftest.py)."""

from tests.integration.test_outbox_delivery import *  # noqa: F403
from tests.integration.test_reviews import *  # noqa: F403
from tests.integration.test_reviews_durability import *  # noqa: F403
from tests.unit.test_records import *  # noqa: F403
