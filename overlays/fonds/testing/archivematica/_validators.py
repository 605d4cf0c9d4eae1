"""The two CSV validators of ``/api/v2beta/validate/<name>``, with the rules and messages of Archivematica 1.17:
``avalon`` (an Avalon Media System manifest) and ``rights`` (a PREMIS rights CSV)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable

AVALON_FIELDS = (
    "Bibliographic ID",
    "Bibliographic ID Label",
    "Other Identifier",
    "Other Identifier Type",
    "Title",
    "Creator",
    "Contributor",
    "Genre",
    "Publisher",
    "Date Created",
    "Date Issued",
    "Abstract",
    "Language",
    "Physical Description",
    "Related Item URL",
    "Related Item Label",
    "Topical Subject",
    "Geographic Subject",
    "Temporal Subject",
    "Terms of Use",
    "Table of Contents",
    "Statement of Responsibility",
    "Note",
    "Note Type",
    "Publish",
    "Hidden",
    "File",
    "Label",
    "Offset",
    "Skip Transcoding",
    "Absolute Location",
    "Date Ingested",
)
AVALON_REQUIRED = ("Title", "Date Issued", "File")
AVALON_UNIQUE = (
    "Bibliographic ID",
    "Bibliographic ID Label",
    "Title",
    "Date Created",
    "Date Issued",
    "Abstract",
    "Physical Description",
    "Terms of Use",
)
AVALON_PAIRS = {
    "Other Identifier Type": "Other Identifier",
    "Related Item Label": "Related Item URL",
    "Note Type": "Note",
}
RIGHTS_REQUIRED = ("file", "basis")
RIGHTS_OPTIONAL = (
    "status",
    "determination_date",
    "start_date",
    "end_date",
    "jurisdiction",
    "terms",
    "citation",
    "note",
    "grant_act",
    "grant_restriction",
    "grant_start_date",
    "grant_end_date",
    "grant_note",
    "doc_id_type",
    "doc_id_value",
    "doc_id_role",
)
GRANT_FIELDS = ("grant_act", "grant_restriction", "grant_start_date", "grant_end_date", "grant_note")
DOC_FIELDS = ("doc_id_type", "doc_id_value", "doc_id_role")
RESTRICTIONS = ("disallow", "conditional", "allow")


class ValidationError(ValueError):
    """The document is not valid; the message is the ``reason``."""


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def _names(row: list[str], plural: str, singular: str) -> list[str]:
    """A header row without its empty cells; a name padded with blanks is refused."""
    names = [cell for cell in row if cell != ""]
    for name in names:
        if name != name.strip():
            raise ValidationError(f"{plural} cannot have leading or trailing blanks. Invalid {singular}: {name}")
    return names


def _avalon_header(row: list[str]) -> list[str]:
    repeated = [name for name, count in Counter(row).items() if count > 1]
    names = _names(row, "Header fields", "field")
    unknown = sorted(set(names) - set(AVALON_FIELDS))
    if unknown:
        raise ValidationError(f"Manifest includes invalid metadata field(s). Invalid field(s): {','.join(unknown)}")
    if any(name in repeated for name in AVALON_UNIQUE):
        raise ValidationError(f"A non-repeatable header field is repeated. Repeating field(s): {','.join(repeated)}")
    if not all(name in names for name in AVALON_REQUIRED) and "Bibliographic ID" not in names:
        raise ValidationError("One of the required headers is missing: Title, Date Issued, File.")
    for field, partner in AVALON_PAIRS.items():
        if field in names and partner not in names:
            raise ValidationError(f"{field} field missing its required pair.")
    return names


def avalon(data: bytes) -> None:
    """An Avalon manifest: a row naming the batch and its author, a header row, then one row per item."""
    rows = _rows(data)
    if not rows:
        raise ValidationError("The document is empty.")
    if len(rows[0]) < 2 or not (rows[0][0] and rows[0][1]):
        raise ValidationError("Administrative data must include reference name and author.")
    if len(rows) < 2:
        raise ValidationError("The document is incomplete.")
    header = rows[1]
    names = _avalon_header(list(header))
    files = [i for i, name in enumerate(header) if name == "File"]
    flags = [i for i, name in enumerate(header) if name in ("Publish", "Hidden")]
    for row in rows[2:]:
        for i in files:
            path = row[i] if i < len(row) else ""
            if path.count(".") > 1 and not any(q in path for q in (".high.", ".medium.", ".low")):
                raise ValidationError(f"Filepath {path} contains more than one period.")
        for i in flags:
            value = row[i] if i < len(row) else ""
            if value and value.lower() not in ("yes", "no"):
                raise ValidationError(f"Publish/Hidden fields must have boolean value (yes or no). Value is {value}")
    if len(rows) < 3 or not names:
        raise ValidationError("The document is incomplete.")


def _rights_row(row: list[str], columns: dict[str, int]) -> None:
    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else ""

    basis = cell("basis")
    if not basis:
        raise ValidationError("No basis specified.")
    if basis.lower() == "copyright":
        if not cell("status"):
            raise ValidationError("No copyright status specified for copyright basis.")
        if not cell("jurisdiction"):
            raise ValidationError("No jurisdiction specified for copyright basis.")
        if cell("terms") or cell("citation"):
            raise ValidationError("Copyright row contains fields that cannot pertain to copyright basis.")
    elif basis.lower() == "statute":
        if not cell("citation"):
            raise ValidationError("No statute citation specified for statute basis.")
        if not cell("jurisdiction"):
            raise ValidationError("No jurisdiction specified for statute basis.")
        if cell("terms") or cell("status"):
            raise ValidationError("Statute row contains fields that cannot pertain to statute basis.")
    if any(cell(name) for name in DOC_FIELDS) and not (cell("doc_id_type") or cell("doc_id_value")):
        raise ValidationError("Documentation identifier type and value are required.")
    if any(cell(name) for name in GRANT_FIELDS):
        restriction = cell("grant_restriction")
        if not restriction:
            raise ValidationError("No restriction specified.")
        if restriction.lower() not in RESTRICTIONS:
            raise ValidationError("The value of element restriction must be: 'allow', 'disallow', or 'conditional'")


def rights(data: bytes) -> None:
    """A PREMIS rights CSV: a header of known columns (``file`` and ``basis`` required), then one row per right;
    a grant needs its restriction, copyright and statute their own fields."""
    rows = _rows(data)
    if not rows:
        raise ValidationError("The document is empty.")
    names = _names(rows[0], "Columns", "column")
    unknown = sorted(set(names) - set(RIGHTS_REQUIRED) - set(RIGHTS_OPTIONAL))
    if unknown:
        raise ValidationError(f"Invalid column(s) found: {','.join(unknown)}")
    if not all(name in names for name in RIGHTS_REQUIRED):
        raise ValidationError(f"One of the required columns is missing: {', '.join(RIGHTS_REQUIRED)}")
    if len(rows) < 2:
        raise ValidationError("The document is incomplete.")
    columns = {name: i for i, name in enumerate(rows[0])}
    for row in rows[1:]:
        _rights_row(row, columns)


VALIDATORS: dict[str, Callable[[bytes], None]] = {"avalon": avalon, "rights": rights}
