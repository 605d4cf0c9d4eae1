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
class Term(_r.Record):
    """One term of a vocabulary with its type, such as `Photography` (topical) or `Paris (France)` (geographic). Terms are
    made and reused through subjects; a vocabulary holds each term and type once.

        Attributes:
            jsonmodel_type (Literal['term']):  Default: 'term'.
            term (str): The term's text.
            term_type (str): The kind of term (enumeration `subject_term_type`; known values `cultural_context`, `function`,
                `genre_form`, `geographic`, `occupation`, `style_period`, `technique`, `temporal`, `topical`, `uniform_title`).
            vocabulary (str): The URI of the vocabulary that holds the term.
            uri (str): The term's URI, set by the server.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    term: str
    term_type: str
    vocabulary: str
    jsonmodel_type: Literal["term"] = "term"
    uri: str = _r.NOT_YET_SENT
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    Term,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("term"), True),
    _r.Field("term", "term", _r.STR, True),
    _r.Field("term_type", "term_type", _r.STR, True),
    _r.Field("vocabulary", "vocabulary", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
