from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class SlugLookup(_r.Record):
    """The record a public-interface slug names. When no record has the slug, `id` is -1 and the other fields are null.

    Attributes:
        id (int): The record's id, or -1 when nothing matches.
        table (None | str | Unset): The database table (the record type) of the record.
        repo_id (int | None | Unset): The id of the record's repository, for records that belong to one.
    """

    id: int
    table: None | str | Unset = UNSET
    repo_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SlugLookup,
    _r.Field("id", "id", _r.INT, True),
    _r.Field("table", "table", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("repo_id", "repo_id", _r.one_of(_r.INT, _r.NONE)),
    extra=_r.ANY,
)
