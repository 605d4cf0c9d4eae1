from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ResourceExportMetadata(_r.Record):
    """The file name and media type to save an export of a resource under.

    Attributes:
        filename (str): A safe file name derived from the resource's identifier.
        mimetype (str): The export's media type.
    """

    filename: str
    mimetype: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ResourceExportMetadata,
    _r.Field("filename", "filename", _r.STR, True),
    _r.Field("mimetype", "mimetype", _r.STR, True),
    extra=_r.ANY,
)
