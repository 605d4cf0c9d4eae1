"""The `search` namespace: Keyword and advanced search over the Solr index (by repository, across the archive, of repositories
and location profiles), index documents by URI, and counts of record types."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.record_type_counts import RecordTypeCounts
    from ...models.record_type_counts_form import RecordTypeCountsForm
    from ...models.repository_search_form import RepositorySearchForm
    from ...models.search_form import SearchForm
    from ...models.search_page import SearchPage
    from ...models.search_records_form import SearchRecordsForm
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SearchNamespace", "AsyncSearchNamespace"]


class SearchNamespace(Namespace):
    """Keyword and advanced search over the Solr index (by repository, across the archive, of repositories
    and location profiles), index documents by URI, and counts of record types."""

    def all(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the whole archive

        Searches the records of every repository. Needs the `view_all_records` permission. `page` is
        required.

        Args:
            q: A keyword query in Lucene syntax, run with Solr's edismax parser (default operator
                AND) over identifiers, titles and the full record text. When given, `aq` is ignored;
                with neither `q` nor `aq`, everything matches.
            aq: An advanced query: the JSON TEXT of an `AdvancedQuery` (one URL-encoded string, not
                an object). Every nested query needs its `jsonmodel_type`. Invalid JSON or a query
                that fails validation answers 400.
            type: Record types to search, OR-ed (default all): JSONModel type names such as
                `resource`, `archival_object`, `accession`, `digital_object`, `agent_person`,
                `subject`, `top_container`, plus index groupings such as `agent`. Sent as repeated
                `type[]=` keys.
            sort: A Solr sort, field and direction, several joined by commas (default by relevance).
            facet: Solr fields to facet on (at most 100 values each), such as `primary_type`,
                `subjects`, `creators`.
            facet_mincount: Leave out facet values with fewer hits than this (default 0).
            filter: A filter: the JSON TEXT of an `AdvancedQuery`, like `aq`, but every value is
                matched literally (quoted and escaped) and it does not affect relevance.
            filter_query: Raw Solr queries, each applied as a filter (edismax syntax). Sent as
                repeated keys.
            exclude: Document ids (record URIs) to leave out of the hits.
            hl: Whether to highlight the matches; the answer then has `highlighting`.
            root_record: Only search within the tree of this resource or digital object (its URI).
            dt: The answer's format, `json` (the default) or `csv`.
            fields: Only return these stored Solr fields of each hit (with `dt=csv`, only where the
                server is configured to limit CSV fields).
            page: 1-based page number. Required on every search route (missing, it answers 400).
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Accepted for compatibility with the listings, but ignored by search.
            sort_field: Accepted for compatibility with the listings, but ignored by search; use
                `sort`.
            sort_direction: Accepted for compatibility with the listings (`asc` or `desc`), but
                ignored by search; use `sort`.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.all(page=1)
            ```
        """
        from .search_all import sync_detailed

        return cast(
            "SearchPage",
            self._invoker.call(
                sync_detailed,
                q=q,
                aq=aq,
                type=type,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter=filter,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def all_post(self, *, body: SearchForm) -> SearchPage:
        """Search the whole archive (form body)

        The same search as `GET /search`, with the fields sent as a form body.

        Args:
            body: The request body (`SearchForm`).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.all_post(body=search_form)
            ```
        """
        from .search_all_post import sync_detailed

        return cast("SearchPage", self._invoker.call(sync_detailed, body=body))

    def repository(
        self,
        *,
        page: int,
        repo_id: int | None = None,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        csv_export_use_solr_writer: bool | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search one repository

        Searches the records of one repository (and the records shared by all repositories, such as
        agents and subjects). `page` is required. With `dt=csv` the answer is a CSV stream, by
        default the extended CSV export (see `csv_export_use_solr_writer`).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            q: A keyword query in Lucene syntax, run with Solr's edismax parser (default operator
                AND) over identifiers, titles and the full record text. When given, `aq` is ignored;
                with neither `q` nor `aq`, everything matches.
            aq: An advanced query: the JSON TEXT of an `AdvancedQuery` (one URL-encoded string, not
                an object). Every nested query needs its `jsonmodel_type`. Invalid JSON or a query
                that fails validation answers 400.
            type: Record types to search, OR-ed (default all): JSONModel type names such as
                `resource`, `archival_object`, `accession`, `digital_object`, `agent_person`,
                `subject`, `top_container`, plus index groupings such as `agent`. Sent as repeated
                `type[]=` keys.
            sort: A Solr sort, field and direction, several joined by commas (default by relevance).
            facet: Solr fields to facet on (at most 100 values each), such as `primary_type`,
                `subjects`, `creators`.
            facet_mincount: Leave out facet values with fewer hits than this (default 0).
            filter: A filter: the JSON TEXT of an `AdvancedQuery`, like `aq`, but every value is
                matched literally (quoted and escaped) and it does not affect relevance.
            filter_query: Raw Solr queries, each applied as a filter (edismax syntax). Sent as
                repeated keys.
            exclude: Document ids (record URIs) to leave out of the hits.
            hl: Whether to highlight the matches; the answer then has `highlighting`.
            root_record: Only search within the tree of this resource or digital object (its URI).
            dt: The answer's format, `json` (the default) or `csv`.
            fields: Only return these stored Solr fields of each hit (with `dt=csv`, only where the
                server is configured to limit CSV fields).
            csv_export_use_solr_writer: With `dt=csv`, use Solr's plain CSV writer (raw Solr field
                names as headers) instead of the extended CSV export, even where the extended export
                is enabled.
            page: 1-based page number. Required on every search route (missing, it answers 400).
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Accepted for compatibility with the listings, but ignored by search.
            sort_field: Accepted for compatibility with the listings, but ignored by search; use
                `sort`.
            sort_direction: Accepted for compatibility with the listings (`asc` or `desc`), but
                ignored by search; use `sort`.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.repository(repo_id=2, page=1)
            ```
        """
        from .search_repository import sync_detailed

        return cast(
            "SearchPage",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                q=q,
                aq=aq,
                type=type,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter=filter,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                csv_export_use_solr_writer=csv_export_use_solr_writer,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def repository_post(
        self, *, body: RepositorySearchForm, repo_id: int | None = None
    ) -> SearchPage:
        """Search one repository (form body)

        The same search as `GET /repositories/{repo_id}/search`, with the fields sent as a form
        body: for queries too long for a URL.

        Args:
            body: The request body (`RepositorySearchForm`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.repository_post(body=repository_search_form, repo_id=2)
            ```
        """
        from .search_repository_post import sync_detailed

        return cast(
            "SearchPage", self._invoker.call(sync_detailed, body=body, repo_id=repo_id)
        )

    def repositories(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the repository records

        Searches the repository records themselves (the server forces `type[]=repository`). Needs no
        particular permission. `page` is required.

        Args:
            q: A keyword query in Lucene syntax, run with Solr's edismax parser (default operator
                AND) over identifiers, titles and the full record text. When given, `aq` is ignored;
                with neither `q` nor `aq`, everything matches.
            aq: An advanced query: the JSON TEXT of an `AdvancedQuery` (one URL-encoded string, not
                an object). Every nested query needs its `jsonmodel_type`. Invalid JSON or a query
                that fails validation answers 400.
            type: Record types to search, OR-ed (default all): JSONModel type names such as
                `resource`, `archival_object`, `accession`, `digital_object`, `agent_person`,
                `subject`, `top_container`, plus index groupings such as `agent`. Sent as repeated
                `type[]=` keys.
            sort: A Solr sort, field and direction, several joined by commas (default by relevance).
            facet: Solr fields to facet on (at most 100 values each), such as `primary_type`,
                `subjects`, `creators`.
            facet_mincount: Leave out facet values with fewer hits than this (default 0).
            filter: A filter: the JSON TEXT of an `AdvancedQuery`, like `aq`, but every value is
                matched literally (quoted and escaped) and it does not affect relevance.
            filter_query: Raw Solr queries, each applied as a filter (edismax syntax). Sent as
                repeated keys.
            exclude: Document ids (record URIs) to leave out of the hits.
            hl: Whether to highlight the matches; the answer then has `highlighting`.
            root_record: Only search within the tree of this resource or digital object (its URI).
            dt: The answer's format, `json` (the default) or `csv`.
            fields: Only return these stored Solr fields of each hit (with `dt=csv`, only where the
                server is configured to limit CSV fields).
            page: 1-based page number. Required on every search route (missing, it answers 400).
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Accepted for compatibility with the listings, but ignored by search.
            sort_field: Accepted for compatibility with the listings, but ignored by search; use
                `sort`.
            sort_direction: Accepted for compatibility with the listings (`asc` or `desc`), but
                ignored by search; use `sort`.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.repositories(page=1)
            ```
        """
        from .search_repositories import sync_detailed

        return cast(
            "SearchPage",
            self._invoker.call(
                sync_detailed,
                q=q,
                aq=aq,
                type=type,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter=filter,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def repositories_post(self, *, body: SearchForm) -> SearchPage:
        """Search the repository records (form body)

        The same search as `GET /search/repositories`, with the fields sent as a form body.

        Args:
            body: The request body (`SearchForm`).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.repositories_post(body=search_form)
            ```
        """
        from .search_repositories_post import sync_detailed

        return cast("SearchPage", self._invoker.call(sync_detailed, body=body))

    def records(
        self, *, uri: builtins.list[str], resolve: builtins.list[str] | Unset = UNSET
    ) -> SearchPage:
        """Fetch index documents by record URI

        Answers the Solr documents of the records named in `uri[]`, in the order asked, in the
        search envelope (one page holding them all). A URI ending in `#pui` names the
        public-interface copy. Handy to fetch many records of mixed types at once; each hit's `json`
        holds the full record as text.

        Args:
            uri: URIs of the records to fetch, sent as repeated `uri[]=` keys.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: The documents found, in the order of `uri[]`.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.records(uri=...)
            ```
        """
        from .search_records import sync_detailed

        return cast(
            "SearchPage", self._invoker.call(sync_detailed, uri=uri, resolve=resolve)
        )

    def records_post(self, *, body: SearchRecordsForm) -> SearchPage:
        """Fetch index documents by record URI (form body)

        The same as `GET /search/records`, with the URIs sent as a form body (for long lists).

        Args:
            body: The request body (`SearchRecordsForm`).

        Returns:
            SearchPage: The documents found, in the order of `uri[]`.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.records_post(body=search_records_form)
            ```
        """
        from .search_records_post import sync_detailed

        return cast("SearchPage", self._invoker.call(sync_detailed, body=body))

    def record_types_by_repository(
        self, *, record_types: builtins.list[str], repo_uri: str | Unset = UNSET
    ) -> RecordTypeCounts:
        """Count records of some types, by repository

        Counts the indexed records of each type in `record_types[]`: for every repository, or with
        `repo_uri` for that repository alone (the answer is then one flat map).

        Args:
            record_types: The record types to count, sent as repeated `record_types[]=` keys.
            repo_uri: Count in this repository only (its URI).

        Returns:
            RecordTypeCounts: The counts.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.record_types_by_repository(record_types=...)
            ```
        """
        from .search_record_types_by_repository import sync_detailed

        return cast(
            "RecordTypeCounts",
            self._invoker.call(
                sync_detailed, record_types=record_types, repo_uri=repo_uri
            ),
        )

    def record_types_by_repository_post(
        self, *, body: RecordTypeCountsForm
    ) -> RecordTypeCounts:
        """Count records of some types, by repository (form body)

        The same as `GET /search/record_types_by_repository`, with the fields sent as a form body.

        Args:
            body: The request body (`RecordTypeCountsForm`).

        Returns:
            RecordTypeCounts: The counts.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.record_types_by_repository_post(body=record_type_counts_form)
            ```
        """
        from .search_record_types_by_repository_post import sync_detailed

        return cast("RecordTypeCounts", self._invoker.call(sync_detailed, body=body))

    def location_profiles(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the location profiles

        Searches the location profile records, with the same parameters as the other searches. Needs
        no particular permission. `page` is required.

        Args:
            q: A keyword query in Lucene syntax, run with Solr's edismax parser (default operator
                AND) over identifiers, titles and the full record text. When given, `aq` is ignored;
                with neither `q` nor `aq`, everything matches.
            aq: An advanced query: the JSON TEXT of an `AdvancedQuery` (one URL-encoded string, not
                an object). Every nested query needs its `jsonmodel_type`. Invalid JSON or a query
                that fails validation answers 400.
            type: Record types to search, OR-ed (default all): JSONModel type names such as
                `resource`, `archival_object`, `accession`, `digital_object`, `agent_person`,
                `subject`, `top_container`, plus index groupings such as `agent`. Sent as repeated
                `type[]=` keys.
            sort: A Solr sort, field and direction, several joined by commas (default by relevance).
            facet: Solr fields to facet on (at most 100 values each), such as `primary_type`,
                `subjects`, `creators`.
            facet_mincount: Leave out facet values with fewer hits than this (default 0).
            filter: A filter: the JSON TEXT of an `AdvancedQuery`, like `aq`, but every value is
                matched literally (quoted and escaped) and it does not affect relevance.
            filter_query: Raw Solr queries, each applied as a filter (edismax syntax). Sent as
                repeated keys.
            exclude: Document ids (record URIs) to leave out of the hits.
            hl: Whether to highlight the matches; the answer then has `highlighting`.
            root_record: Only search within the tree of this resource or digital object (its URI).
            dt: The answer's format, `json` (the default) or `csv`.
            fields: Only return these stored Solr fields of each hit (with `dt=csv`, only where the
                server is configured to limit CSV fields).
            page: 1-based page number. Required on every search route (missing, it answers 400).
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Accepted for compatibility with the listings, but ignored by search.
            sort_field: Accepted for compatibility with the listings, but ignored by search; use
                `sort`.
            sort_direction: Accepted for compatibility with the listings (`asc` or `desc`), but
                ignored by search; use `sort`.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.search.location_profiles(page=1)
            ```
        """
        from .search_location_profiles import sync_detailed

        return cast(
            "SearchPage",
            self._invoker.call(
                sync_detailed,
                q=q,
                aq=aq,
                type=type,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter=filter,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )


class AsyncSearchNamespace(AsyncNamespace):
    """Keyword and advanced search over the Solr index (by repository, across the archive, of repositories
    and location profiles), index documents by URI, and counts of record types. (asynchronous)"""

    async def all(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the whole archive

        Searches the records of every repository. Needs the `view_all_records` permission. `page` is
        required.

        Args:
            q: A keyword query in Lucene syntax, run with Solr's edismax parser (default operator
                AND) over identifiers, titles and the full record text. When given, `aq` is ignored;
                with neither `q` nor `aq`, everything matches.
            aq: An advanced query: the JSON TEXT of an `AdvancedQuery` (one URL-encoded string, not
                an object). Every nested query needs its `jsonmodel_type`. Invalid JSON or a query
                that fails validation answers 400.
            type: Record types to search, OR-ed (default all): JSONModel type names such as
                `resource`, `archival_object`, `accession`, `digital_object`, `agent_person`,
                `subject`, `top_container`, plus index groupings such as `agent`. Sent as repeated
                `type[]=` keys.
            sort: A Solr sort, field and direction, several joined by commas (default by relevance).
            facet: Solr fields to facet on (at most 100 values each), such as `primary_type`,
                `subjects`, `creators`.
            facet_mincount: Leave out facet values with fewer hits than this (default 0).
            filter: A filter: the JSON TEXT of an `AdvancedQuery`, like `aq`, but every value is
                matched literally (quoted and escaped) and it does not affect relevance.
            filter_query: Raw Solr queries, each applied as a filter (edismax syntax). Sent as
                repeated keys.
            exclude: Document ids (record URIs) to leave out of the hits.
            hl: Whether to highlight the matches; the answer then has `highlighting`.
            root_record: Only search within the tree of this resource or digital object (its URI).
            dt: The answer's format, `json` (the default) or `csv`.
            fields: Only return these stored Solr fields of each hit (with `dt=csv`, only where the
                server is configured to limit CSV fields).
            page: 1-based page number. Required on every search route (missing, it answers 400).
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Accepted for compatibility with the listings, but ignored by search.
            sort_field: Accepted for compatibility with the listings, but ignored by search; use
                `sort`.
            sort_direction: Accepted for compatibility with the listings (`asc` or `desc`), but
                ignored by search; use `sort`.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.all(page=1)
            ```
        """
        from .search_all import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(
                asyncio_detailed,
                q=q,
                aq=aq,
                type=type,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter=filter,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def all_post(self, *, body: SearchForm) -> SearchPage:
        """Search the whole archive (form body)

        The same search as `GET /search`, with the fields sent as a form body.

        Args:
            body: The request body (`SearchForm`).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.all_post(body=search_form)
            ```
        """
        from .search_all_post import asyncio_detailed

        return cast("SearchPage", await self._invoker.call(asyncio_detailed, body=body))

    async def repository(
        self,
        *,
        page: int,
        repo_id: int | None = None,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        csv_export_use_solr_writer: bool | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search one repository

        Searches the records of one repository (and the records shared by all repositories, such as
        agents and subjects). `page` is required. With `dt=csv` the answer is a CSV stream, by
        default the extended CSV export (see `csv_export_use_solr_writer`).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            q: A keyword query in Lucene syntax, run with Solr's edismax parser (default operator
                AND) over identifiers, titles and the full record text. When given, `aq` is ignored;
                with neither `q` nor `aq`, everything matches.
            aq: An advanced query: the JSON TEXT of an `AdvancedQuery` (one URL-encoded string, not
                an object). Every nested query needs its `jsonmodel_type`. Invalid JSON or a query
                that fails validation answers 400.
            type: Record types to search, OR-ed (default all): JSONModel type names such as
                `resource`, `archival_object`, `accession`, `digital_object`, `agent_person`,
                `subject`, `top_container`, plus index groupings such as `agent`. Sent as repeated
                `type[]=` keys.
            sort: A Solr sort, field and direction, several joined by commas (default by relevance).
            facet: Solr fields to facet on (at most 100 values each), such as `primary_type`,
                `subjects`, `creators`.
            facet_mincount: Leave out facet values with fewer hits than this (default 0).
            filter: A filter: the JSON TEXT of an `AdvancedQuery`, like `aq`, but every value is
                matched literally (quoted and escaped) and it does not affect relevance.
            filter_query: Raw Solr queries, each applied as a filter (edismax syntax). Sent as
                repeated keys.
            exclude: Document ids (record URIs) to leave out of the hits.
            hl: Whether to highlight the matches; the answer then has `highlighting`.
            root_record: Only search within the tree of this resource or digital object (its URI).
            dt: The answer's format, `json` (the default) or `csv`.
            fields: Only return these stored Solr fields of each hit (with `dt=csv`, only where the
                server is configured to limit CSV fields).
            csv_export_use_solr_writer: With `dt=csv`, use Solr's plain CSV writer (raw Solr field
                names as headers) instead of the extended CSV export, even where the extended export
                is enabled.
            page: 1-based page number. Required on every search route (missing, it answers 400).
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Accepted for compatibility with the listings, but ignored by search.
            sort_field: Accepted for compatibility with the listings, but ignored by search; use
                `sort`.
            sort_direction: Accepted for compatibility with the listings (`asc` or `desc`), but
                ignored by search; use `sort`.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.repository(repo_id=2, page=1)
            ```
        """
        from .search_repository import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                q=q,
                aq=aq,
                type=type,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter=filter,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                csv_export_use_solr_writer=csv_export_use_solr_writer,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def repository_post(
        self, *, body: RepositorySearchForm, repo_id: int | None = None
    ) -> SearchPage:
        """Search one repository (form body)

        The same search as `GET /repositories/{repo_id}/search`, with the fields sent as a form
        body: for queries too long for a URL.

        Args:
            body: The request body (`RepositorySearchForm`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.repository_post(body=repository_search_form, repo_id=2)
            ```
        """
        from .search_repository_post import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def repositories(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the repository records

        Searches the repository records themselves (the server forces `type[]=repository`). Needs no
        particular permission. `page` is required.

        Args:
            q: A keyword query in Lucene syntax, run with Solr's edismax parser (default operator
                AND) over identifiers, titles and the full record text. When given, `aq` is ignored;
                with neither `q` nor `aq`, everything matches.
            aq: An advanced query: the JSON TEXT of an `AdvancedQuery` (one URL-encoded string, not
                an object). Every nested query needs its `jsonmodel_type`. Invalid JSON or a query
                that fails validation answers 400.
            type: Record types to search, OR-ed (default all): JSONModel type names such as
                `resource`, `archival_object`, `accession`, `digital_object`, `agent_person`,
                `subject`, `top_container`, plus index groupings such as `agent`. Sent as repeated
                `type[]=` keys.
            sort: A Solr sort, field and direction, several joined by commas (default by relevance).
            facet: Solr fields to facet on (at most 100 values each), such as `primary_type`,
                `subjects`, `creators`.
            facet_mincount: Leave out facet values with fewer hits than this (default 0).
            filter: A filter: the JSON TEXT of an `AdvancedQuery`, like `aq`, but every value is
                matched literally (quoted and escaped) and it does not affect relevance.
            filter_query: Raw Solr queries, each applied as a filter (edismax syntax). Sent as
                repeated keys.
            exclude: Document ids (record URIs) to leave out of the hits.
            hl: Whether to highlight the matches; the answer then has `highlighting`.
            root_record: Only search within the tree of this resource or digital object (its URI).
            dt: The answer's format, `json` (the default) or `csv`.
            fields: Only return these stored Solr fields of each hit (with `dt=csv`, only where the
                server is configured to limit CSV fields).
            page: 1-based page number. Required on every search route (missing, it answers 400).
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Accepted for compatibility with the listings, but ignored by search.
            sort_field: Accepted for compatibility with the listings, but ignored by search; use
                `sort`.
            sort_direction: Accepted for compatibility with the listings (`asc` or `desc`), but
                ignored by search; use `sort`.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.repositories(page=1)
            ```
        """
        from .search_repositories import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(
                asyncio_detailed,
                q=q,
                aq=aq,
                type=type,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter=filter,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def repositories_post(self, *, body: SearchForm) -> SearchPage:
        """Search the repository records (form body)

        The same search as `GET /search/repositories`, with the fields sent as a form body.

        Args:
            body: The request body (`SearchForm`).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.repositories_post(body=search_form)
            ```
        """
        from .search_repositories_post import asyncio_detailed

        return cast("SearchPage", await self._invoker.call(asyncio_detailed, body=body))

    async def records(
        self, *, uri: builtins.list[str], resolve: builtins.list[str] | Unset = UNSET
    ) -> SearchPage:
        """Fetch index documents by record URI

        Answers the Solr documents of the records named in `uri[]`, in the order asked, in the
        search envelope (one page holding them all). A URI ending in `#pui` names the
        public-interface copy. Handy to fetch many records of mixed types at once; each hit's `json`
        holds the full record as text.

        Args:
            uri: URIs of the records to fetch, sent as repeated `uri[]=` keys.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: The documents found, in the order of `uri[]`.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.records(uri=...)
            ```
        """
        from .search_records import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(asyncio_detailed, uri=uri, resolve=resolve),
        )

    async def records_post(self, *, body: SearchRecordsForm) -> SearchPage:
        """Fetch index documents by record URI (form body)

        The same as `GET /search/records`, with the URIs sent as a form body (for long lists).

        Args:
            body: The request body (`SearchRecordsForm`).

        Returns:
            SearchPage: The documents found, in the order of `uri[]`.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.records_post(body=search_records_form)
            ```
        """
        from .search_records_post import asyncio_detailed

        return cast("SearchPage", await self._invoker.call(asyncio_detailed, body=body))

    async def record_types_by_repository(
        self, *, record_types: builtins.list[str], repo_uri: str | Unset = UNSET
    ) -> RecordTypeCounts:
        """Count records of some types, by repository

        Counts the indexed records of each type in `record_types[]`: for every repository, or with
        `repo_uri` for that repository alone (the answer is then one flat map).

        Args:
            record_types: The record types to count, sent as repeated `record_types[]=` keys.
            repo_uri: Count in this repository only (its URI).

        Returns:
            RecordTypeCounts: The counts.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.record_types_by_repository(record_types=...)
            ```
        """
        from .search_record_types_by_repository import asyncio_detailed

        return cast(
            "RecordTypeCounts",
            await self._invoker.call(
                asyncio_detailed, record_types=record_types, repo_uri=repo_uri
            ),
        )

    async def record_types_by_repository_post(
        self, *, body: RecordTypeCountsForm
    ) -> RecordTypeCounts:
        """Count records of some types, by repository (form body)

        The same as `GET /search/record_types_by_repository`, with the fields sent as a form body.

        Args:
            body: The request body (`RecordTypeCountsForm`).

        Returns:
            RecordTypeCounts: The counts.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.record_types_by_repository_post(body=record_type_counts_form)
            ```
        """
        from .search_record_types_by_repository_post import asyncio_detailed

        return cast(
            "RecordTypeCounts", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def location_profiles(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the location profiles

        Searches the location profile records, with the same parameters as the other searches. Needs
        no particular permission. `page` is required.

        Args:
            q: A keyword query in Lucene syntax, run with Solr's edismax parser (default operator
                AND) over identifiers, titles and the full record text. When given, `aq` is ignored;
                with neither `q` nor `aq`, everything matches.
            aq: An advanced query: the JSON TEXT of an `AdvancedQuery` (one URL-encoded string, not
                an object). Every nested query needs its `jsonmodel_type`. Invalid JSON or a query
                that fails validation answers 400.
            type: Record types to search, OR-ed (default all): JSONModel type names such as
                `resource`, `archival_object`, `accession`, `digital_object`, `agent_person`,
                `subject`, `top_container`, plus index groupings such as `agent`. Sent as repeated
                `type[]=` keys.
            sort: A Solr sort, field and direction, several joined by commas (default by relevance).
            facet: Solr fields to facet on (at most 100 values each), such as `primary_type`,
                `subjects`, `creators`.
            facet_mincount: Leave out facet values with fewer hits than this (default 0).
            filter: A filter: the JSON TEXT of an `AdvancedQuery`, like `aq`, but every value is
                matched literally (quoted and escaped) and it does not affect relevance.
            filter_query: Raw Solr queries, each applied as a filter (edismax syntax). Sent as
                repeated keys.
            exclude: Document ids (record URIs) to leave out of the hits.
            hl: Whether to highlight the matches; the answer then has `highlighting`.
            root_record: Only search within the tree of this resource or digital object (its URI).
            dt: The answer's format, `json` (the default) or `csv`.
            fields: Only return these stored Solr fields of each hit (with `dt=csv`, only where the
                server is configured to limit CSV fields).
            page: 1-based page number. Required on every search route (missing, it answers 400).
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Accepted for compatibility with the listings, but ignored by search.
            sort_field: Accepted for compatibility with the listings, but ignored by search; use
                `sort`.
            sort_direction: Accepted for compatibility with the listings (`asc` or `desc`), but
                ignored by search; use `sort`.
            resolve: Search-style resolving, unlike the record routes: `field:solr_field` or
                `field:solr_field@resolver`. Each hit gets a `_resolved_<field>` map from the hit's
                `field` values to the documents whose `solr_field` has that value (e.g.
                `repository:id` embeds each hit's repository document).

        Returns:
            SearchPage: A page of hits (JSON); with `dt=csv`, the hits as CSV instead.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.search.location_profiles(page=1)
            ```
        """
        from .search_location_profiles import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(
                asyncio_detailed,
                q=q,
                aq=aq,
                type=type,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter=filter,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )
