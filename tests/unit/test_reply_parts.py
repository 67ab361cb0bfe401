from agents.customer_success.reply import answer_passages, customer_facts
from knowledge_base.search import Hit


def test_customer_facts_keeps_times_and_contacts_not_instructions():
    policy = (
        "Say: \"I've passed this to our billing team. They'll reply by email, usually within 2 business days.\" "
        "Then answer any how-to part of the question, for example [invoices](invoices-receipts). "
        "Do not promise a refund. Requests go to **privacy@example.com** after the owner is verified."
    )
    facts = customer_facts(policy)
    assert "within 2 business days" in facts
    assert "privacy@example.com" in facts
    assert "Then answer" not in facts and "Do not promise" not in facts
    assert "**" not in facts and '"' not in facts


def test_customer_facts_of_text_without_facts_is_empty():
    assert customer_facts("This policy explains how support handles money. Read it carefully.") == ""


def test_customer_facts_leave_out_the_teams_procedure_about_the_customer():
    # A cancellation handoff quoted "It hands the conversation to the customer-success team, which contacts
    # the customer within 1 business day" to the customer (found trying the quick start).
    policy = (
        "1. It hands the conversation to the customer-success team, which contacts the customer within "
        "1 business day. 2. A threat to cancel (we'll switch tools) is treated the same way. "
        "Cancellations take effect at the end of the billing period, 30 days after notice."
    )
    facts = customer_facts(policy)
    assert "contacts the customer" not in facts and "threat to cancel" not in facts
    assert "end of the billing period" in facts


def _section(text: str, heading: str = "Steps") -> Hit:
    return Hit("doc", "Doc", f"Doc > {heading}", text, "article", "how_to", "doc.md", "doc:0", 1.0, 0.8)


def test_what_a_colon_introduces_stays_with_it():
    text = (
        "Add these records at your DNS host:\n\n"
        "| Type | Host | Value |\n| --- | --- | --- |\n| TXT | @ | v=spf1 include:mail.example ~all |\n\n"
        "Then click Verify."
    )
    passages = answer_passages("which DNS records do I add at my host?", [_section(text)])
    assert any("at your DNS host:" in p and "include:mail.example" in p for p in passages)


def test_customer_facts_leave_out_step_numbers_and_what_the_agent_does():
    rules = (
        "1. Every deletion request goes to the privacy team (privacy@vendor.example). The agent never "
        "confirms that data has been deleted.\n2. Requests are answered within 30 days."
    )
    facts = customer_facts(rules)
    assert "privacy@vendor.example" in facts
    assert "30 days" in facts
    assert "has been deleted" not in facts
    assert not facts.rstrip().endswith("2.")
