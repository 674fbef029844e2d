"""Runners over many documents: the single-process runner (distributed runners build on it)."""
