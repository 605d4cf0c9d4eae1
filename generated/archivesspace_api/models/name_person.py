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
    from ..models.parallel_name_person import ParallelNamePerson
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.structured_date_label import StructuredDateLabel


@_attrs_define(slots=False, repr=False)
class NamePerson(_r.Record):
    """A name of a person, in parts: `primary_name` (usually the surname), `rest_of_name` (forenames), and the optional
    title, prefix, suffix, numeration and fuller form. `name_order` says how the parts are put together in `sort_name`.

        Attributes:
            jsonmodel_type (Literal['name_person']):  Default: 'name_person'.
            primary_name (str): The name the person is filed under, usually the surname.
            name_order (str): How the parts are ordered (enumeration `name_person_name_order`; known values `inverted`:
                "Shelley, Mary", `direct`: "Mary Shelley").
            rest_of_name (str | Unset): The remaining parts, usually the forenames.
            title (str | Unset): A title or term of address (`Sir`, `Dr.`).
            prefix (str | Unset): A prefix to the name.
            suffix (str | Unset): A suffix to the name (`Jr.`).
            fuller_form (str | Unset): A fuller form of a part of the name given by initials.
            number (str | Unset): Roman numeration of the name (`III`).
            dates (str | Unset): Dates that belong to the heading, as text.
            qualifier (str | Unset): Words that tell this name apart from similar ones.
            authority_id (str | Unset): The name's identifier in an authority file, often a URI.
            source (str | Unset): The authority file the name comes from (enumeration `name_source`; known values `cash`,
                `ingest`, `lcnaf`, `lcshac`, `local`, `nad`, `naf`, `nal`, `ram`, `rvm`, `snac`, `ulan`).
            rules (str | Unset): The cataloguing rules the name follows (enumeration `name_rule`; known values `aacr`,
                `ccr`, `dacs`, `isaar`, `local`, `rad`, `rda`).
            authorized (bool | Unset): Whether this is the agent's authorized form of name (at most one per agent).
            is_display_name (bool | Unset): Whether this name is the one shown for the agent (at most one per agent).
            language (str | Unset): The name's language, an ISO 639-2 code (enumeration `language_iso639_2`).
            script (str | Unset): The name's script, an ISO 15924 code (enumeration `script_iso15924`).
            transliteration (str | Unset): The transliteration scheme used (enumeration `transliteration`; known value `ala-
                lc`).
            use_dates (list[StructuredDateLabel]): When the name was in use.
            parallel_names (list[ParallelNamePerson]): The same name in other languages or scripts.
            sort_name (str | Unset): The form the name sorts and displays by; built from the parts unless
                `sort_name_auto_generate` is false.
            sort_name_auto_generate (bool | Unset): When true the server builds `sort_name` from the parts. Default: True.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    primary_name: str
    name_order: str
    jsonmodel_type: Literal["name_person"] = "name_person"
    rest_of_name: str | Unset = UNSET
    title: str | Unset = UNSET
    prefix: str | Unset = UNSET
    suffix: str | Unset = UNSET
    fuller_form: str | Unset = UNSET
    number: str | Unset = UNSET
    dates: str | Unset = UNSET
    qualifier: str | Unset = UNSET
    authority_id: str | Unset = UNSET
    source: str | Unset = UNSET
    rules: str | Unset = UNSET
    authorized: bool | Unset = UNSET
    is_display_name: bool | Unset = UNSET
    language: str | Unset = UNSET
    script: str | Unset = UNSET
    transliteration: str | Unset = UNSET
    use_dates: list[StructuredDateLabel] = _attrs_field(factory=list)
    parallel_names: list[ParallelNamePerson] = _attrs_field(factory=list)
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
    NamePerson,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("name_person"), True),
    _r.Field("primary_name", "primary_name", _r.STR, True),
    _r.Field("name_order", "name_order", _r.STR, True),
    _r.Field("rest_of_name", "rest_of_name", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("prefix", "prefix", _r.STR),
    _r.Field("suffix", "suffix", _r.STR),
    _r.Field("fuller_form", "fuller_form", _r.STR),
    _r.Field("number", "number", _r.STR),
    _r.Field("dates", "dates", _r.STR),
    _r.Field("qualifier", "qualifier", _r.STR),
    _r.Field("authority_id", "authority_id", _r.STR),
    _r.Field("source", "source", _r.STR),
    _r.Field("rules", "rules", _r.STR),
    _r.Field("authorized", "authorized", _r.BOOL),
    _r.Field("is_display_name", "is_display_name", _r.BOOL),
    _r.Field("language", "language", _r.STR),
    _r.Field("script", "script", _r.STR),
    _r.Field("transliteration", "transliteration", _r.STR),
    _r.Field(
        "use_dates",
        "use_dates",
        _r.ListOf(_r.model("structured_date_label", "StructuredDateLabel")),
        empty=True,
    ),
    _r.Field(
        "parallel_names",
        "parallel_names",
        _r.ListOf(_r.model("parallel_name_person", "ParallelNamePerson")),
        empty=True,
    ),
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
