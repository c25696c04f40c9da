"""The `frontlines` command: a thin layer over the Python API.

Each subcommand lives in its own module in this package and exposes `command`;
modules are discovered, so adding a command never touches this file.
Heavy imports (spaCy, Dask, FastAPI) happen inside commands to keep `--help` fast.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from frontlines import __version__
from frontlines.errors import FrontlinesError

HELP = """Turn news reports into ACLED-style, geocoded conflict event records.

\b
Example:
  frontlines extract ../shared/seed/daraa-2021-07-30.txt --published 2021-07-30
"""


@click.group(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="frontlines")
def cli() -> None:
    pass


def _register() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        command = getattr(module, "command", None)
        if isinstance(command, click.Command):
            cli.add_command(command)


_register()


def main() -> None:
    """Entry point: expected failures print one line and exit 1, never a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except FrontlinesError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
