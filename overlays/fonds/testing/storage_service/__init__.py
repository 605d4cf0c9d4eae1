"""A simulated Archivematica Storage Service: :class:`StorageServiceSimulator` and the :class:`Clock` it runs on."""

from ._clock import Clock
from ._simulator import StorageServiceSimulator

__all__ = ["Clock", "StorageServiceSimulator"]
