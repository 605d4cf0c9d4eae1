from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class RepositorySearchForm(_r.Record):
    """The form fields of a repository search sent by POST: those of `SearchForm` plus `csv_export_use_solr_writer`.

    Attributes:
        page (int): 1-based page number (required).
        q (str | Unset): A keyword query in Lucene syntax, run with Solr's edismax parser (default operator AND). When
            given, `aq` is ignored; with neither, everything matches.
        aq (str | Unset): The JSON text of an `AdvancedQuery`.
        type (list[str] | Unset): Record types to search, OR-ed.
        sort (str | Unset): A Solr sort, field and direction, several joined by commas.
        facet (list[str] | Unset): Solr fields to facet on.
        facet_mincount (int | Unset): Leave out facet values with fewer hits than this (default 0).
        filter (str | Unset): The JSON text of an `AdvancedQuery` applied as a filter, every value matched literally.
        filter_query (list[str] | Unset): Raw Solr queries, each applied as a filter.
        exclude (list[str] | Unset): Document ids (record URIs) to leave out.
        hl (bool | Unset): Whether to highlight the matches.
        root_record (str | Unset): Only search within the tree of this resource or digital object (its URI).
        dt (str | Unset): The answer's format; `json` (the default) or `csv`.
        fields (list[str] | Unset): Only return these stored Solr fields of each hit (for CSV only when the server
            limits CSV fields).
        csv_export_use_solr_writer (bool | Unset): With `dt=csv`, use Solr's plain CSV writer (raw Solr field names as
            headers) instead of the extended CSV export.
        page_size (int | Unset): Hits a page (default 10, silently capped at 250). Default: 10.
        modified_since (int | Unset): Accepted but ignored by search.
        sort_field (str | Unset): Accepted but ignored by search; use `sort`.
        sort_direction (str | Unset): Accepted (`asc` or `desc`) but ignored by search; use `sort`.
        resolve (list[str] | Unset): Search-style resolving, `field:solr_field` or `field:solr_field@resolver`.
    """

    page: int
    q: str | Unset = UNSET
    aq: str | Unset = UNSET
    type: list[str] | Unset = UNSET
    sort: str | Unset = UNSET
    facet: list[str] | Unset = UNSET
    facet_mincount: int | Unset = UNSET
    filter: str | Unset = UNSET
    filter_query: list[str] | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    hl: bool | Unset = UNSET
    root_record: str | Unset = UNSET
    dt: str | Unset = UNSET
    fields: list[str] | Unset = UNSET
    csv_export_use_solr_writer: bool | Unset = UNSET
    page_size: int | Unset = 10
    modified_since: int | Unset = UNSET
    sort_field: str | Unset = UNSET
    sort_direction: str | Unset = UNSET
    resolve: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    RepositorySearchForm,
    _r.Field("page", "page", _r.INT, True),
    _r.Field("q", "q", _r.STR),
    _r.Field("aq", "aq", _r.STR),
    _r.Field("type", "type[]", _r.ListOf(_r.STR)),
    _r.Field("sort", "sort", _r.STR),
    _r.Field("facet", "facet[]", _r.ListOf(_r.STR)),
    _r.Field("facet_mincount", "facet_mincount", _r.INT),
    _r.Field("filter", "filter", _r.STR),
    _r.Field("filter_query", "filter_query[]", _r.ListOf(_r.STR)),
    _r.Field("exclude", "exclude[]", _r.ListOf(_r.STR)),
    _r.Field("hl", "hl", _r.BOOL),
    _r.Field("root_record", "root_record", _r.STR),
    _r.Field("dt", "dt", _r.STR),
    _r.Field("fields", "fields[]", _r.ListOf(_r.STR)),
    _r.Field("csv_export_use_solr_writer", "csv_export_use_solr_writer", _r.BOOL),
    _r.Field("page_size", "page_size", _r.INT),
    _r.Field("modified_since", "modified_since", _r.INT),
    _r.Field("sort_field", "sort_field", _r.STR),
    _r.Field("sort_direction", "sort_direction", _r.STR),
    _r.Field("resolve", "resolve[]", _r.ListOf(_r.STR)),
    extra=_r.ANY,
)
