"""Evaluation against real gold data (`frontlines eval`) and benchmarks (`frontlines bench`)."""
