from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class DigitalObjectExportMetadata(_r.Record):
    """What a Dublin Core, METS or MODS export of a digital object would be saved as.

    Attributes:
        filename (str): A file name built from the digital object's identifier.
        mimetype (str): The export's media type.
    """

    filename: str
    mimetype: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    DigitalObjectExportMetadata,
    _r.Field("filename", "filename", _r.STR, True),
    _r.Field("mimetype", "mimetype", _r.STR, True),
    extra=_r.ANY,
)
