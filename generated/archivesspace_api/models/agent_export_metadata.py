from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class AgentExportMetadata(_r.Record):
    """What an export's `.../metadata` route answers: the file name and media type a download of the export should get
    (EAC-CPF and MARC 21 authority exports of agents).

        Attributes:
            filename (str): A file name for the export, made safe for file systems.
            mimetype (str): The export's media type.
    """

    filename: str
    mimetype: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentExportMetadata,
    _r.Field("filename", "filename", _r.STR, True),
    _r.Field("mimetype", "mimetype", _r.STR, True),
    extra=_r.ANY,
)
