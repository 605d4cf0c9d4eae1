"""Simulators of ArchivesSpace, Archivematica and the Storage Service, for tests, demos and benchmarks."""

from ._core import Knobs, Request, Response, Router, Simulator

__all__ = ["Knobs", "Request", "Response", "Router", "Simulator"]
