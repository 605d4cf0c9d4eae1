"""A simulated ArchivesSpace backend: :class:`ArchivesSpaceSimulator`.

Example::

    from fonds.testing import ArchivesSpaceSimulator

    sim = ArchivesSpaceSimulator(archival_objects=10_000)
    with sim.serve() as base_url:
        ...  # point any ArchivesSpace client at base_url
"""

from ._simulator import ArchivesSpaceSimulator

__all__ = ["ArchivesSpaceSimulator"]
