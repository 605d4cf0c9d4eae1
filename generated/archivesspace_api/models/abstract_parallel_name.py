from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.structured_date_label import StructuredDateLabel


@_attrs_define(slots=False, repr=False)
class AbstractParallelName(_r.Record):
    """What every parallel name has (abstract: the server always sends one of the `parallel_name_*` kinds).

    Attributes:
        jsonmodel_type (str): The kind of parallel name.
        dates (str | Unset): Dates that belong to the heading, as text.
        use_dates (list[StructuredDateLabel] | Unset):
        qualifier (str | Unset):
        source (str | Unset): Enumeration `name_source`.
        rules (str | Unset): Enumeration `name_rule`.
        language (str | Unset): An ISO 639-2 code (enumeration `language_iso639_2`).
        script (str | Unset): An ISO 15924 code (enumeration `script_iso15924`).
        transliteration (str | Unset): Enumeration `transliteration`.
        sort_name (str | Unset):
        sort_name_auto_generate (bool | Unset):  Default: True.
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: str
    dates: str | Unset = UNSET
    use_dates: list[StructuredDateLabel] | Unset = UNSET
    qualifier: str | Unset = UNSET
    source: str | Unset = UNSET
    rules: str | Unset = UNSET
    language: str | Unset = UNSET
    script: str | Unset = UNSET
    transliteration: str | Unset = UNSET
    sort_name: str | Unset = UNSET
    sort_name_auto_generate: bool | Unset = True
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AbstractParallelName,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("dates", "dates", _r.STR),
    _r.Field(
        "use_dates",
        "use_dates",
        _r.ListOf(_r.model("structured_date_label", "StructuredDateLabel")),
    ),
    _r.Field("qualifier", "qualifier", _r.STR),
    _r.Field("source", "source", _r.STR),
    _r.Field("rules", "rules", _r.STR),
    _r.Field("language", "language", _r.STR),
    _r.Field("script", "script", _r.STR),
    _r.Field("transliteration", "transliteration", _r.STR),
    _r.Field("sort_name", "sort_name", _r.STR),
    _r.Field("sort_name_auto_generate", "sort_name_auto_generate", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
