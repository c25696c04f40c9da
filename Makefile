# The two commands a fresh machine needs: `make demo` and `make test`.
SEED ?= ../shared/seed/daraa-2021-07-30.txt

.PHONY: setup demo test eval bench

setup:
	./setup.sh

demo: setup
	.venv/bin/frontlines extract $(SEED) --published 2021-07-30 --source "Middle East Monitor" --db sqlite:///demo.db

test: setup
	.venv/bin/python -m pytest -q -p no:cacheprovider

eval: setup
	.venv/bin/frontlines eval

bench: setup
	.venv/bin/frontlines bench
