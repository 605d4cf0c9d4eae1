"""The Archivematica dashboard client."""

from ._client import Archivematica, AsyncArchivematica
from ._paths import decode_name, ss_location_path

__all__ = ["Archivematica", "AsyncArchivematica", "decode_name", "ss_location_path"]
