from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accession import Accession
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class AccessionSiblingRelationship(_r.Record, _r.Link["Accession"]):
    """A link between two accessions on the same level (for example material bound together).

    Attributes:
        relator (str): The relation (enumeration `accession_sibling_relator`; known value `sibling_of`).
        relator_type (str): The kind of relationship (enumeration `accession_sibling_relator_type`; known value
            `bound_with`).
        ref (str): The URI of the other accession.
        jsonmodel_type (Literal['accession_sibling_relationship']):  Default: 'accession_sibling_relationship'.
        resolved: the linked record, when the request asked for it with ``resolve[]``.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    relator: str
    relator_type: str
    ref: str
    jsonmodel_type: Literal["accession_sibling_relationship"] = (
        "accession_sibling_relationship"
    )
    resolved: Accession | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AccessionSiblingRelationship,
    _r.Field("relator", "relator", _r.STR, True),
    _r.Field("relator_type", "relator_type", _r.STR, True),
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field(
        "jsonmodel_type",
        "jsonmodel_type",
        _r.choice("accession_sibling_relationship"),
        True,
    ),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
