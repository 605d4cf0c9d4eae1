"""What every note record has in common, for code that handles notes of any type without narrowing."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Note(Protocol):
    """Any of ArchivesSpace's note records (``note_multipart``, ``note_singlepart``, ``note_bibliography``...,
    and the parts inside them): its ``jsonmodel_type`` and its text.

    Example::

        from fonds.archivesspace import Note

        def abstract(notes: list[Note]) -> str:
            return "\\n\\n".join(n.text() for n in notes)

        abstract(resource.notes)   # type-checks for the 17-way union of note types
    """

    @property
    def jsonmodel_type(self) -> str:
        """The note's record type: ``note.jsonmodel_type == "note_multipart"``."""
        ...

    def text(self) -> str:
        """The note's text, paragraphs joined by blank lines: ``print(note.text())``."""
        ...
