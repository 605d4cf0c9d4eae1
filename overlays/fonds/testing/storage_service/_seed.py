"""What a fresh simulated Storage Service holds: one pipeline, one filesystem space, the default locations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _tree
from ._ids import fixed_uuid

if TYPE_CHECKING:
    from ._simulator import StorageServiceSimulator

DEFAULT_PIPELINE = fixed_uuid("pipeline:default")
SHARED = "var/archivematica/sharedDirectory"
DEFAULT_LOCATIONS = (
    ("TS", "home", "Default transfer source"),
    ("AS", f"{SHARED}/www/AIPsStore", "Store AIP in standard Archivematica Directory"),
    ("DS", f"{SHARED}/www/DIPsStore", "Store DIP in standard Archivematica Directory"),
    ("BL", f"{SHARED}/www/AIPsStore/transferBacklog", "Default transfer backlog"),
    ("CP", SHARED, "Currently processing"),
    ("SS", "var/archivematica/storage_service", "Storage Service internal processing"),
    ("AR", "var/archivematica/storage_service/recover", "Default AIP recovery"),
)


def seed(sim: StorageServiceSimulator, username: str, api_key: str) -> None:
    """Create the default pipeline, space and locations; fill the transfer source with sample transfers."""
    pipeline = sim.add_pipeline(
        uuid=DEFAULT_PIPELINE,
        description="Archivematica on localhost",
        remote_name="127.0.0.1:62080",
        api_username=username,
        api_key=api_key,
    )
    space = sim.add_space(uuid=fixed_uuid("space:default"))
    for purpose, relative_path, description in DEFAULT_LOCATIONS:
        sim.add_location(
            purpose,
            relative_path,
            description,
            default=True,
            pipelines=[pipeline],
            space=space,
            uuid=fixed_uuid(f"location:{purpose}"),
        )
    sim.defaults["TS"].tree().update(_tree.sample_transfer_source())
