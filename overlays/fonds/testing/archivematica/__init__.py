"""A simulated Archivematica dashboard API: :class:`ArchivematicaSimulator`."""

from ._simulator import ArchivematicaSimulator

__all__ = ["ArchivematicaSimulator"]
