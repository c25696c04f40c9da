"""frontlines: news reports in, ACLED-style geocoded conflict event records out."""

__version__ = "0.1.0"
