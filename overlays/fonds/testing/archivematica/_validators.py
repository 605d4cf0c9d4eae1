"""The two CSV validators of ``/api/v2beta/validate/<name>``: ``avalon`` and ``rights`` (their main rules)."""

from __future__ import annotations

import csv
import io

RIGHTS_COLUMNS = ("file", "basis")
RIGHTS_BASES = ("copyright", "statute", "license", "donor", "policy", "other")
AVALON_REQUIRED = ("Bibliographic Title", "Date Issued")


class ValidationError(ValueError):
    """The document is not valid; the message is the ``reason``."""


def _rows(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValidationError(f"The file is not UTF-8 encoded: {err}") from err
    return [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]


def rights(data: bytes) -> None:
    """Rights CSV: a header with ``file`` and ``basis``; every basis one of PREMIS's."""
    rows = _rows(data)
    if not rows:
        raise ValidationError("The file is empty.")
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [column for column in RIGHTS_COLUMNS if column not in header]
    if missing:
        raise ValidationError(f"Missing required column(s): {', '.join(missing)}.")
    basis = header.index("basis")
    for number, row in enumerate(rows[1:], start=2):
        value = row[basis].strip().lower() if basis < len(row) else ""
        if value not in RIGHTS_BASES:
            raise ValidationError(f"Row {number}: invalid basis {value!r}; must be one of {', '.join(RIGHTS_BASES)}.")


def avalon(data: bytes) -> None:
    """Avalon manifest: a first row naming the batch, a header row with the required fields, then items."""
    rows = _rows(data)
    if len(rows) < 3:
        raise ValidationError("A manifest needs a batch row, a header row and at least one item row.")
    header = [cell.strip() for cell in rows[1]]
    missing = [field for field in AVALON_REQUIRED if field not in header]
    if missing:
        raise ValidationError(f"Manifest missing required field(s): {', '.join(missing)}.")
    for number, row in enumerate(rows[2:], start=3):
        for field in AVALON_REQUIRED:
            index = header.index(field)
            if index >= len(row) or not row[index].strip():
                raise ValidationError(f"Row {number}: {field} is required.")


VALIDATORS = {"avalon": avalon, "rights": rights}
