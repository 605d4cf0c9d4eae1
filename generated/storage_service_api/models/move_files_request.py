from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.file_move import FileMove


@_attrs_define(slots=False, repr=False)
class MoveFilesRequest(_r.Record):
    """The JSON body of `move_location_files` and `move_location_files_async`.

    Attributes:
        origin_location (str): The URI of the location to move from (the server reads the UUID from its fifth segment).
        pipeline (str): The URI of the pipeline both locations belong to.
        files (list[FileMove]): What to move; each entry needs both paths.
    """

    origin_location: str
    pipeline: str
    files: list[FileMove]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    MoveFilesRequest,
    _r.Field("origin_location", "origin_location", _r.STR, True),
    _r.Field("pipeline", "pipeline", _r.STR, True),
    _r.Field("files", "files", _r.ListOf(_r.model("file_move", "FileMove")), True),
    extra=_r.ANY,
)
