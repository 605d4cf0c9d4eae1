"""Processing configurations: the two built-in ``processingMCP.xml`` documents the dashboard ships."""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..storage_service._ids import fixed_uuid

_DEFAULT = (
    ("Approve normalization", "Yes"),
    ("Assign UUIDs to directories", "No"),
    ("Bind PIDs", "No"),
    ("Create SIP(s)", "Create single SIP and continue processing"),
    ("Document empty directories", "No"),
    ("Examine contents", "Skip examine contents"),
    ("Extract packages", "Yes"),
    ("Generate thumbnails", "Yes"),
    ("Normalize", "Normalize for preservation"),
    ("Perform file format identification (Transfer)", "Yes"),
    ("Perform policy checks on originals", "No"),
    ("Select compression algorithm", "Gzip"),
    ("Store AIP", "Yes"),
    ("Store AIP location", "Store AIP in standard Archivematica Directory"),
    ("Upload DIP", "Do not upload DIP"),
)
_AUTOMATED = (("Approve standard transfer", "Yes"), *_DEFAULT)
BUILTIN = {"default": _DEFAULT, "automated": _AUTOMATED}


def document(choices: tuple[tuple[str, str], ...]) -> str:
    """A ``processingMCP.xml`` preconfiguring ``(decision, choice)`` pairs."""
    entries = "".join(
        f"    <!-- {escape(decision)}: {escape(choice)} -->\n"
        "    <preconfiguredChoice>\n"
        f"      <appliesTo>{fixed_uuid('link:' + decision)}</appliesTo>\n"
        f"      <goToChain>{fixed_uuid('chain:' + decision + ':' + choice)}</goToChain>\n"
        "    </preconfiguredChoice>\n"
        for decision, choice in choices
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<processingMCP>\n  <preconfiguredChoices>\n{entries}' + (
        "  </preconfiguredChoices>\n</processingMCP>\n"
    )


def builtin(name: str) -> str | None:
    """The built-in configuration ``name`` (``default`` or ``automated``), or None."""
    choices = BUILTIN.get(name)
    return document(choices) if choices else None
