"""The ``fonds`` command tree: the root's options, its groups and its own commands."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import examples

HELP = (
    "Typed command line for ArchivesSpace, Archivematica and the Archivematica Storage Service.\n\n"
    "Settings come from flags, then environment variables (FONDS_ASPACE_*, FONDS_AM_*, FONDS_SS_*), then a profile "
    "of the configuration file (fonds config path), then ~/.archivessnake.yml and amclient's defaults. Every failure "
    "is one line on standard error and a non-zero exit status."
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"fonds {__version__}")
        raise typer.Exit(0)


GROUPS = ("am", "ss", "aspace", "config")


def build(only: str | None = None) -> typer.Typer:
    """The root application with every group added (or only the group ``only``, which starts faster).

    Example: ``typer.main.get_command(build()).main(["ss", "aips"], standalone_mode=False)``.
    """
    import importlib

    root = typer.Typer(
        help=HELP,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        epilog=examples("fonds ss aips --json", "fonds aspace search papers --repo 2", "fonds config show"),
    )

    @root.callback()
    def main(
        version: Annotated[
            bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version.")
        ] = False,
        profile: Annotated[
            str | None, typer.Option("--profile", help="A profile of the configuration file.", envvar="FONDS_PROFILE")
        ] = None,
        config_file: Annotated[
            str | None, typer.Option("--config", metavar="PATH", help="The configuration file (TOML).")
        ] = None,
    ) -> None:
        """The options before the group apply to every command."""
        from ._state import STATE

        if profile:
            STATE.profile = profile
        if config_file:
            STATE.config = config_file

    for name in GROUPS if only is None else (only,):
        root.add_typer(importlib.import_module(f"{__package__}.{name}").app, name=name)
    if only is not None:
        return root

    @root.command(
        "simulate",
        epilog=examples(
            "fonds simulate archivesspace --port 8089 --archival-objects 100000",
            "fonds simulate archivematica --port 62080",
            "fonds simulate storage-service --port 62081 --packages 2500",
            "fonds simulate archivesspace --help",
        ),
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    )
    def simulate(
        simulator: Annotated[
            str,
            typer.Argument(
                help="archivesspace, archivematica, storage-service, or all (Archivematica and its Storage"
                " Service, connected)."
            ),
        ],
    ) -> None:
        """Serve a simulator on 127.0.0.1 until interrupted (options: fonds simulate SIMULATOR --help)."""
        from .simulate import serve

        raise typer.Exit(serve([simulator]))

    @root.command("demo", epilog=examples("fonds demo"))
    def demo() -> None:
        """Run the three clients against the simulators, in-process (what make generate ends with)."""
        from ..demo import main as run_demo

        run_demo()

    @root.command("version", epilog=examples("fonds version"))
    def version_command() -> None:
        """Print the version."""
        from .. import __version__

        print(__version__)

    return root
