"""Extraction stages: mentions, quotes, framing, actor resolution, events."""
