"""One module per evaluation task; each exposes `NAME`, `DATASETS` and `run(data_dir, limit) -> list[Metric]`."""
