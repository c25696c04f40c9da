"""Reading articles (text, HTML, JSONL, RSS/Atom) into Documents and running ingest batches."""
