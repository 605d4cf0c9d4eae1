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
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class RightsStatementExternalDocument(_r.Record):
    """An external document of a rights statement; unlike a plain external document it names its identifier type.

    Attributes:
        title (str): The document's title.
        location (str): Where the document is (a URL or a file path). Default: ''.
        identifier_type (str): What kind of identifier `location` is (enumeration
            `rights_statement_external_document_identifier_type`, such as `uri`, `doi`, `isbn`, `handle`, `local`).
        jsonmodel_type (Literal['rights_statement_external_document']):  Default: 'rights_statement_external_document'.
        publish (bool | Unset): Whether the public interface shows the link.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    title: str
    identifier_type: str
    location: str = ""
    jsonmodel_type: Literal["rights_statement_external_document"] = (
        "rights_statement_external_document"
    )
    publish: bool | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    RightsStatementExternalDocument,
    _r.Field("title", "title", _r.STR, True),
    _r.Field("location", "location", _r.STR, True),
    _r.Field("identifier_type", "identifier_type", _r.STR, True),
    _r.Field(
        "jsonmodel_type",
        "jsonmodel_type",
        _r.choice("rights_statement_external_document"),
        True,
    ),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
