from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class PathMetadataForm(_r.Record):
    """The form fields of `update_path_metadata`.

    Attributes:
        path (str): The arrangement path, as plain text (not base64).
        level_of_description (str | Unset): The id of a level of description; missing or unknown clears the level.
    """

    path: str
    level_of_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PathMetadataForm,
    _r.Field("path", "path", _r.STR, True),
    _r.Field("level_of_description", "level_of_description", _r.STR),
    extra=_r.ANY,
)
