"""Core of the customer-success service: settings, domain models, database, loading and the CLI."""

__version__ = "0.1.0"
