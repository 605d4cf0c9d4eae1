from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class JsonModelSchema(_r.Record):
    """One JSONModel schema as the server serves it, in ArchivesSpace's draft-03 dialect of JSON Schema."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    JsonModelSchema,
    extra=_r.ANY,
)
