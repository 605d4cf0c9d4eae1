"""fonds: typed clients for ArchivesSpace, Archivematica and the Archivematica Storage Service."""

__version__ = "0.1.0"
