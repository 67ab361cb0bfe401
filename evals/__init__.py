"""Offline evaluations: datasets, the runner, metrics and reports."""
