"""What the options of one ``fonds`` run chose: connection flags, the profile, and how to print.

The command line runs once per process, so one :data:`STATE` holds it; :func:`reset` starts a run afresh (tests
call ``main`` several times in one process).
"""

from __future__ import annotations

import attrs


@attrs.define
class State:
    """The choices of the options every command shares.

    Example::

        STATE.flags["archivematica.url"] = "http://127.0.0.1:62080"
        STATE.output = "json"
    """

    profile: str | None = None
    config: str | None = None
    flags: dict[str, str] = attrs.field(factory=dict)
    output: str = "table"
    fields: list[str] | None = None
    quiet: bool = False
    prompt: bool = True


STATE = State()


def reset() -> State:
    """Forget the previous run's choices; returns :data:`STATE`.

    Example: ``reset().output == "table"``.
    """
    fresh = State()
    for field in attrs.fields(State):
        setattr(STATE, field.name, getattr(fresh, field.name))
    return STATE
