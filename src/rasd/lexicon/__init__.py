"""Lexicons as data: schema, loading, linting and phrase matching."""
