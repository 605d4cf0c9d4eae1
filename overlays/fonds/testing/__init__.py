"""Simulators of ArchivesSpace, Archivematica and the Storage Service, for tests, demos and benchmarks."""

from ._connected import connected, run_all, serve_all
from ._core import Knobs, Request, Response, Router, Simulator
from ._transport import SimulatorTransport
from .archivematica import ArchivematicaSimulator
from .archivesspace import ArchivesSpaceSimulator
from .storage_service import Clock, StorageServiceSimulator

__all__ = [
    "ArchivematicaSimulator",
    "ArchivesSpaceSimulator",
    "Clock",
    "Knobs",
    "Request",
    "Response",
    "Router",
    "Simulator",
    "SimulatorTransport",
    "StorageServiceSimulator",
    "connected",
    "run_all",
    "serve_all",
]
