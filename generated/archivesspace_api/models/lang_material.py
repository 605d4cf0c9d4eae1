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
    from ..models.language_and_script import LanguageAndScript
    from ..models.note_langmaterial import NoteLangmaterial
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class LangMaterial(_r.Record):
    """The language of the described material: either a structured language and script, or language notes (a
    `note_langmaterial`), or both.

        Attributes:
            jsonmodel_type (Literal['lang_material']):  Default: 'lang_material'.
            language_and_script (LanguageAndScript | Unset): A language, optionally with its script.
            notes (list[NoteLangmaterial]): Free-text notes about the language of the material.
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["lang_material"] = "lang_material"
    language_and_script: LanguageAndScript | Unset = UNSET
    notes: list[NoteLangmaterial] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    LangMaterial,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("lang_material"), True),
    _r.Field(
        "language_and_script",
        "language_and_script",
        _r.model("language_and_script", "LanguageAndScript"),
    ),
    _r.Field(
        "notes",
        "notes",
        _r.ListOf(_r.model("note_langmaterial", "NoteLangmaterial")),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
