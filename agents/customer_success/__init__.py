"""Customer Success: triage, answering from the knowledge base, escalation and handoff summaries."""
