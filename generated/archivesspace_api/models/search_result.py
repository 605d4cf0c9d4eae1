from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class SearchResult(_r.Record):
    """One hit: a Solr document, not a JSONModel record. Besides the fields below it carries many type-specific indexed
    fields (`identifier`, `level`, `*_u_sstr`, `*_sort`...), and `_resolved_<field>` maps when the search asked for
    `resolve[]`; those are kept as additional properties. With `fields[]` only the stored fields named come back. The
    full record is in `json`, as text.

        Attributes:
            id (str | Unset): The Solr document id, usually the record's URI (public-interface copies end with `#pui`).
            uri (None | str | Unset): The record's URI (the server fills it from `id` when the document has none).
            jsonmodel_type (None | str | Unset): Set by the server to `primary_type`; null when `fields[]` left
                `primary_type` out.
            primary_type (str | Unset): The record's JSONModel type.
            types (list[str] | Unset): Every type the document is indexed under, including groupings such as `agent` or
                `pui`.
            title (str | Unset): The record's display title.
            repository (str | Unset): URI of the repository that holds the record, or `global` for records outside
                repositories.
            publish (bool | Unset): Whether the record is published.
            suppressed (bool | Unset): Whether the record is suppressed.
            json (str | Unset): The full JSONModel record as JSON TEXT (a string, not an object): parse it a second time to
                get the record, for instance with the model of its `primary_type`.
            create_time (datetime.datetime | Unset): When the record was created.
            system_mtime (datetime.datetime | Unset): When the record was last changed in any way.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
    """

    id: str | Unset = UNSET
    uri: None | str | Unset = UNSET
    jsonmodel_type: None | str | Unset = UNSET
    primary_type: str | Unset = UNSET
    types: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    repository: str | Unset = UNSET
    publish: bool | Unset = UNSET
    suppressed: bool | Unset = UNSET
    json: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    SearchResult,
    _r.Field("id", "id", _r.STR),
    _r.Field("uri", "uri", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("primary_type", "primary_type", _r.STR),
    _r.Field("types", "types", _r.ListOf(_r.STR)),
    _r.Field("title", "title", _r.STR),
    _r.Field("repository", "repository", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field("json", "json", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    extra=_r.ANY,
)
