"""Typed records: the taxonomy, internal frozen records and the pydantic boundary models."""
