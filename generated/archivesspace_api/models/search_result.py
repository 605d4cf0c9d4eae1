from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SearchResult")


@_attrs_define
class SearchResult:
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        jsonmodel_type: None | str | Unset
        if isinstance(self.jsonmodel_type, Unset):
            jsonmodel_type = UNSET
        else:
            jsonmodel_type = self.jsonmodel_type

        primary_type = self.primary_type

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        title = self.title

        repository = self.repository

        publish = self.publish

        suppressed = self.suppressed

        json = self.json

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uri is not UNSET:
            field_dict["uri"] = uri
        if jsonmodel_type is not UNSET:
            field_dict["jsonmodel_type"] = jsonmodel_type
        if primary_type is not UNSET:
            field_dict["primary_type"] = primary_type
        if types is not UNSET:
            field_dict["types"] = types
        if title is not UNSET:
            field_dict["title"] = title
        if repository is not UNSET:
            field_dict["repository"] = repository
        if publish is not UNSET:
            field_dict["publish"] = publish
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if json is not UNSET:
            field_dict["json"] = json
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        uri = _parse_uri(d.pop("uri", UNSET))

        def _parse_jsonmodel_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        jsonmodel_type = _parse_jsonmodel_type(d.pop("jsonmodel_type", UNSET))

        primary_type = d.pop("primary_type", UNSET)

        types = cast("list[str]", d.pop("types", UNSET))

        title = d.pop("title", UNSET)

        repository = d.pop("repository", UNSET)

        publish = d.pop("publish", UNSET)

        suppressed = d.pop("suppressed", UNSET)

        json = d.pop("json", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _obj = cls(
            id=id,
            uri=uri,
            jsonmodel_type=jsonmodel_type,
            primary_type=primary_type,
            types=types,
            title=title,
            repository=repository,
            publish=publish,
            suppressed=suppressed,
            json=json,
            create_time=create_time,
            system_mtime=system_mtime,
            user_mtime=user_mtime,
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
