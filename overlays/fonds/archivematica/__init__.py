"""The Archivematica dashboard client."""

from ._client import Archivematica, AsyncArchivematica
from ._paths import decode_name, ss_location_path
from ._transfers import AsyncTransferOperation, TransferOperation

__all__ = [
    "Archivematica",
    "AsyncArchivematica",
    "AsyncTransferOperation",
    "TransferOperation",
    "decode_name",
    "ss_location_path",
]
