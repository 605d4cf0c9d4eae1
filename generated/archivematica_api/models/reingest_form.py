from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ReingestForm(_r.Record):
    """The form fields of `reingest_transfer` and `reingest_ingest`.

    Attributes:
        name (str): The directory name of the copied AIP inside `%sharedPath%tmp/`.
        uuid (UUID): The AIP's (SIP's) UUID.
    """

    name: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ReingestForm,
    _r.Field("name", "name", _r.STR, True),
    _r.Field("uuid", "uuid", _r.UUID, True),
    extra=_r.ANY,
)
