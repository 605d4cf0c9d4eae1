from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.parallel_name_software import ParallelNameSoftware
    from ..models.ref import Ref
    from ..models.structured_date_label import StructuredDateLabel

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.parallel_name_software import ParallelNameSoftware  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.structured_date_label import StructuredDateLabel  # noqa: PLC0415

    globals().update(
        {
            "ParallelNameSoftware": ParallelNameSoftware,
            "Ref": Ref,
            "StructuredDateLabel": StructuredDateLabel,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="NameSoftware")


@_attrs_define
class NameSoftware:
    """A name of a piece of software, with its version and maker.

    Attributes:
        jsonmodel_type (Literal['name_software']):  Default: 'name_software'.
        software_name (str): The software's name.
        version (str | Unset): The software's version.
        manufacturer (str | Unset): Who makes the software.
        dates (str | Unset): Dates that belong to the heading, as text.
        qualifier (str | Unset): Words that tell this name apart from similar ones.
        authority_id (str | Unset): The name's identifier in an authority file.
        source (str | Unset): The authority file the name comes from (enumeration `name_source`).
        rules (str | Unset): The cataloguing rules the name follows (enumeration `name_rule`).
        authorized (bool | Unset): Whether this is the agent's authorized form of name.
        is_display_name (bool | Unset): Whether this name is the one shown for the agent.
        language (str | Unset): The name's language, an ISO 639-2 code (enumeration `language_iso639_2`).
        script (str | Unset): The name's script, an ISO 15924 code (enumeration `script_iso15924`).
        transliteration (str | Unset): The transliteration scheme used (enumeration `transliteration`).
        use_dates (list[StructuredDateLabel] | Unset): When the name was in use.
        parallel_names (list[ParallelNameSoftware] | Unset): The same name in other languages or scripts.
        sort_name (str | Unset): The form the name sorts and displays by.
        sort_name_auto_generate (bool | Unset): When true the server builds `sort_name` from the parts. Default: True.
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    software_name: str
    jsonmodel_type: Literal["name_software"] = "name_software"
    version: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
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
    use_dates: list[StructuredDateLabel] | Unset = UNSET
    parallel_names: list[ParallelNameSoftware] | Unset = UNSET
    sort_name: str | Unset = UNSET
    sort_name_auto_generate: bool | Unset = True
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        software_name = self.software_name

        version = self.version

        manufacturer = self.manufacturer

        dates = self.dates

        qualifier = self.qualifier

        authority_id = self.authority_id

        source = self.source

        rules = self.rules

        authorized = self.authorized

        is_display_name = self.is_display_name

        language = self.language

        script = self.script

        transliteration = self.transliteration

        use_dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.use_dates, Unset):
            use_dates = []
            for use_dates_item_data in self.use_dates:
                use_dates_item = use_dates_item_data.to_dict()
                use_dates.append(use_dates_item)

        parallel_names: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parallel_names, Unset):
            parallel_names = []
            for parallel_names_item_data in self.parallel_names:
                parallel_names_item = parallel_names_item_data.to_dict()
                parallel_names.append(parallel_names_item)

        sort_name = self.sort_name

        sort_name_auto_generate = self.sort_name_auto_generate

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "software_name": software_name,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if dates is not UNSET:
            field_dict["dates"] = dates
        if qualifier is not UNSET:
            field_dict["qualifier"] = qualifier
        if authority_id is not UNSET:
            field_dict["authority_id"] = authority_id
        if source is not UNSET:
            field_dict["source"] = source
        if rules is not UNSET:
            field_dict["rules"] = rules
        if authorized is not UNSET:
            field_dict["authorized"] = authorized
        if is_display_name is not UNSET:
            field_dict["is_display_name"] = is_display_name
        if language is not UNSET:
            field_dict["language"] = language
        if script is not UNSET:
            field_dict["script"] = script
        if transliteration is not UNSET:
            field_dict["transliteration"] = transliteration
        if use_dates is not UNSET:
            field_dict["use_dates"] = use_dates
        if parallel_names is not UNSET:
            field_dict["parallel_names"] = parallel_names
        if sort_name is not UNSET:
            field_dict["sort_name"] = sort_name
        if sort_name_auto_generate is not UNSET:
            field_dict["sort_name_auto_generate"] = sort_name_auto_generate
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast("Literal['name_software']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "name_software":
            raise ValueError(
                f"jsonmodel_type must match const 'name_software', got '{jsonmodel_type}'"
            )

        software_name = d.pop("software_name")

        version = d.pop("version", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        dates = d.pop("dates", UNSET)

        qualifier = d.pop("qualifier", UNSET)

        authority_id = d.pop("authority_id", UNSET)

        source = d.pop("source", UNSET)

        rules = d.pop("rules", UNSET)

        authorized = d.pop("authorized", UNSET)

        is_display_name = d.pop("is_display_name", UNSET)

        language = d.pop("language", UNSET)

        script = d.pop("script", UNSET)

        transliteration = d.pop("transliteration", UNSET)

        _use_dates = d.pop("use_dates", UNSET)
        use_dates: list[StructuredDateLabel] | Unset = UNSET
        if _use_dates is not UNSET:
            use_dates = []
            for use_dates_item_data in _use_dates:
                use_dates_item = StructuredDateLabel.from_dict(use_dates_item_data)

                use_dates.append(use_dates_item)

        _parallel_names = d.pop("parallel_names", UNSET)
        parallel_names: list[ParallelNameSoftware] | Unset = UNSET
        if _parallel_names is not UNSET:
            parallel_names = []
            for parallel_names_item_data in _parallel_names:
                parallel_names_item = ParallelNameSoftware.from_dict(
                    parallel_names_item_data
                )

                parallel_names.append(parallel_names_item)

        sort_name = d.pop("sort_name", UNSET)

        sort_name_auto_generate = d.pop("sort_name_auto_generate", UNSET)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            software_name=software_name,
            version=version,
            manufacturer=manufacturer,
            dates=dates,
            qualifier=qualifier,
            authority_id=authority_id,
            source=source,
            rules=rules,
            authorized=authorized,
            is_display_name=is_display_name,
            language=language,
            script=script,
            transliteration=transliteration,
            use_dates=use_dates,
            parallel_names=parallel_names,
            sort_name=sort_name,
            sort_name_auto_generate=sort_name_auto_generate,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
