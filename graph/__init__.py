"""LangGraph flows: ticket/chat, onboarding, retention scan, knowledge gaps."""
