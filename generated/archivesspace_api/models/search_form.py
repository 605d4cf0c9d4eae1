from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchForm")


@_attrs_define
class SearchForm:
    """The form fields of a search sent by POST (`application/x-www-form-urlencoded`): the same fields as the GET route's
    query string, useful when a long `aq` or many `type[]` would overflow a URL. Array fields keep their bracketed names
    and are sent as repeated keys.

        Attributes:
            page (int): 1-based page number (required).
            q (str | Unset): A keyword query in Lucene syntax, run with Solr's edismax parser (default operator AND) over
                identifiers, titles and the full record text. When given, `aq` is ignored; with neither, everything matches.
            aq (str | Unset): The JSON text of an `AdvancedQuery`; see the `aq` query parameter of `GET /search`.
            type_ (list[str] | Unset): Record types to search, OR-ed (`resource`, `archival_object`, `agent_person`,
                `agent`...).
            sort (str | Unset): A Solr sort, field and direction, several joined by commas.
            facet (list[str] | Unset): Solr fields to facet on (at most 100 values each).
            facet_mincount (int | Unset): Leave out facet values with fewer hits than this (default 0).
            filter_ (str | Unset): The JSON text of an `AdvancedQuery` applied as a filter, every value matched literally.
            filter_query (list[str] | Unset): Raw Solr queries, each applied as a filter.
            exclude (list[str] | Unset): Document ids (record URIs) to leave out.
            hl (bool | Unset): Whether to highlight the matches (the answer then has `highlighting`).
            root_record (str | Unset): Only search within the tree of this resource or digital object (its URI).
            dt (str | Unset): The answer's format; `json` (the default) or `csv`.
            fields (list[str] | Unset): Only return these stored Solr fields of each hit.
            page_size (int | Unset): Hits a page (default 10, silently capped at 250). Default: 10.
            modified_since (int | Unset): Accepted but ignored by search.
            sort_field (str | Unset): Accepted but ignored by search; use `sort`.
            sort_direction (str | Unset): Accepted (`asc` or `desc`) but ignored by search; use `sort`.
            resolve (list[str] | Unset): Search-style resolving, `field:solr_field` or `field:solr_field@resolver`: each hit
                gets a `_resolved_<field>` map of the documents whose `solr_field` equals the hit's `field` value.
    """

    page: int
    q: str | Unset = UNSET
    aq: str | Unset = UNSET
    type_: list[str] | Unset = UNSET
    sort: str | Unset = UNSET
    facet: list[str] | Unset = UNSET
    facet_mincount: int | Unset = UNSET
    filter_: str | Unset = UNSET
    filter_query: list[str] | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    hl: bool | Unset = UNSET
    root_record: str | Unset = UNSET
    dt: str | Unset = UNSET
    fields: list[str] | Unset = UNSET
    page_size: int | Unset = 10
    modified_since: int | Unset = UNSET
    sort_field: str | Unset = UNSET
    sort_direction: str | Unset = UNSET
    resolve: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        q = self.q

        aq = self.aq

        type_: list[str] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        sort = self.sort

        facet: list[str] | Unset = UNSET
        if not isinstance(self.facet, Unset):
            facet = self.facet

        facet_mincount = self.facet_mincount

        filter_ = self.filter_

        filter_query: list[str] | Unset = UNSET
        if not isinstance(self.filter_query, Unset):
            filter_query = self.filter_query

        exclude: list[str] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = self.exclude

        hl = self.hl

        root_record = self.root_record

        dt = self.dt

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        page_size = self.page_size

        modified_since = self.modified_since

        sort_field = self.sort_field

        sort_direction = self.sort_direction

        resolve: list[str] | Unset = UNSET
        if not isinstance(self.resolve, Unset):
            resolve = self.resolve

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
            }
        )
        if q is not UNSET:
            field_dict["q"] = q
        if aq is not UNSET:
            field_dict["aq"] = aq
        if type_ is not UNSET:
            field_dict["type[]"] = type_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if facet is not UNSET:
            field_dict["facet[]"] = facet
        if facet_mincount is not UNSET:
            field_dict["facet_mincount"] = facet_mincount
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if filter_query is not UNSET:
            field_dict["filter_query[]"] = filter_query
        if exclude is not UNSET:
            field_dict["exclude[]"] = exclude
        if hl is not UNSET:
            field_dict["hl"] = hl
        if root_record is not UNSET:
            field_dict["root_record"] = root_record
        if dt is not UNSET:
            field_dict["dt"] = dt
        if fields is not UNSET:
            field_dict["fields[]"] = fields
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if modified_since is not UNSET:
            field_dict["modified_since"] = modified_since
        if sort_field is not UNSET:
            field_dict["sort_field"] = sort_field
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if resolve is not UNSET:
            field_dict["resolve[]"] = resolve

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")

        q = d.pop("q", UNSET)

        aq = d.pop("aq", UNSET)

        type_ = cast("list[str]", d.pop("type[]", UNSET))

        sort = d.pop("sort", UNSET)

        facet = cast("list[str]", d.pop("facet[]", UNSET))

        facet_mincount = d.pop("facet_mincount", UNSET)

        filter_ = d.pop("filter", UNSET)

        filter_query = cast("list[str]", d.pop("filter_query[]", UNSET))

        exclude = cast("list[str]", d.pop("exclude[]", UNSET))

        hl = d.pop("hl", UNSET)

        root_record = d.pop("root_record", UNSET)

        dt = d.pop("dt", UNSET)

        fields = cast("list[str]", d.pop("fields[]", UNSET))

        page_size = d.pop("page_size", UNSET)

        modified_since = d.pop("modified_since", UNSET)

        sort_field = d.pop("sort_field", UNSET)

        sort_direction = d.pop("sort_direction", UNSET)

        resolve = cast("list[str]", d.pop("resolve[]", UNSET))

        _obj = cls(
            page=page,
            q=q,
            aq=aq,
            type_=type_,
            sort=sort,
            facet=facet,
            facet_mincount=facet_mincount,
            filter_=filter_,
            filter_query=filter_query,
            exclude=exclude,
            hl=hl,
            root_record=root_record,
            dt=dt,
            fields=fields,
            page_size=page_size,
            modified_since=modified_since,
            sort_field=sort_field,
            sort_direction=sort_direction,
            resolve=resolve,
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
