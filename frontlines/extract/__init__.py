"""Extraction stages: events, actors, dates, numbers, framing, notes."""
