"""Extraction over many JSONL/Parquet shards on a Dask cluster (`frontlines batch`, `frontlines load`).

Public entry points: `frontlines.batch.job.run_batch` and `frontlines.batch.load.load_output`.
The output layout is described in `frontlines.batch.output` and docs/scaling.md.
"""
