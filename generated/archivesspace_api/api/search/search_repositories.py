from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_page import SearchPage
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "search_repositories",
    "method": "GET",
    "path": "/search/repositories",
    "parameters": {
        "q": {
            "in": "query",
            "name": "q",
            "required": False,
            "schema": {"type": "string"},
        },
        "aq": {
            "in": "query",
            "name": "aq",
            "required": False,
            "schema": {"type": "string"},
        },
        "type": {
            "in": "query",
            "name": "type[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        "sort": {
            "in": "query",
            "name": "sort",
            "required": False,
            "schema": {"type": "string"},
        },
        "facet": {
            "in": "query",
            "name": "facet[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        "facet_mincount": {
            "in": "query",
            "name": "facet_mincount",
            "required": False,
            "schema": {"type": "integer"},
        },
        "filter": {
            "in": "query",
            "name": "filter",
            "required": False,
            "schema": {"type": "string"},
        },
        "filter_query": {
            "in": "query",
            "name": "filter_query[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        "exclude": {
            "in": "query",
            "name": "exclude[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        "hl": {
            "in": "query",
            "name": "hl",
            "required": False,
            "schema": {"type": "boolean"},
        },
        "root_record": {
            "in": "query",
            "name": "root_record",
            "required": False,
            "schema": {"type": "string"},
        },
        "dt": {
            "in": "query",
            "name": "dt",
            "required": False,
            "schema": {"type": "string"},
        },
        "fields": {
            "in": "query",
            "name": "fields[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        "page": {
            "in": "query",
            "name": "page",
            "required": True,
            "schema": {"type": "integer", "minimum": 1},
        },
        "page_size": {
            "in": "query",
            "name": "page_size",
            "required": False,
            "schema": {"type": "integer", "minimum": 1, "maximum": 250},
        },
        "modified_since": {
            "in": "query",
            "name": "modified_since",
            "required": False,
            "schema": {"type": "integer", "minimum": 0},
        },
        "sort_field": {
            "in": "query",
            "name": "sort_field",
            "required": False,
            "schema": {"type": "string"},
        },
        "sort_direction": {
            "in": "query",
            "name": "sort_direction",
            "required": False,
            "schema": {"type": "string"},
        },
        "resolve": {
            "in": "query",
            "name": "resolve[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    aq: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    facet: list[str] | Unset = UNSET,
    facet_mincount: int | Unset = UNSET,
    filter: str | Unset = UNSET,
    filter_query: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    hl: bool | Unset = UNSET,
    root_record: str | Unset = UNSET,
    dt: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    resolve: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["aq"] = aq

    json_type: list[str] | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type

    params["type[]"] = json_type

    params["sort"] = sort

    json_facet: list[str] | Unset = UNSET
    if not isinstance(facet, Unset):
        json_facet = facet

    params["facet[]"] = json_facet

    params["facet_mincount"] = facet_mincount

    params["filter"] = filter

    json_filter_query: list[str] | Unset = UNSET
    if not isinstance(filter_query, Unset):
        json_filter_query = filter_query

    params["filter_query[]"] = json_filter_query

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude[]"] = json_exclude

    params["hl"] = hl

    params["root_record"] = root_record

    params["dt"] = dt

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields[]"] = json_fields

    params["page"] = page

    params["page_size"] = page_size

    params["modified_since"] = modified_since

    params["sort_field"] = sort_field

    params["sort_direction"] = sort_direction

    json_resolve: list[str] | Unset = UNSET
    if not isinstance(resolve, Unset):
        json_resolve = resolve

    params["resolve[]"] = json_resolve

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/repositories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SearchPage | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(SearchPage, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 412:
        from ... import _records as _r

        response_412 = _r.parse(Error, _r.json_body(response))
        return response_412

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    aq: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    facet: list[str] | Unset = UNSET,
    facet_mincount: int | Unset = UNSET,
    filter: str | Unset = UNSET,
    filter_query: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    hl: bool | Unset = UNSET,
    root_record: str | Unset = UNSET,
    dt: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    resolve: list[str] | Unset = UNSET,
) -> Response[Error | SearchPage]:
    """Search the repository records

     Searches the repository records themselves (the server forces `type[]=repository`). Needs no
    particular permission. `page` is required.

    Args:
        q (str | Unset):
        aq (str | Unset):
        type (list[str] | Unset):
        sort (str | Unset):
        facet (list[str] | Unset):
        facet_mincount (int | Unset):
        filter (str | Unset):
        filter_query (list[str] | Unset):
        exclude (list[str] | Unset):
        hl (bool | Unset):
        root_record (str | Unset):
        dt (str | Unset):
        fields (list[str] | Unset):
        page (int):
        page_size (int | Unset):  Default: 10.
        modified_since (int | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchPage]
    """

    kwargs = _get_kwargs(
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    aq: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    facet: list[str] | Unset = UNSET,
    facet_mincount: int | Unset = UNSET,
    filter: str | Unset = UNSET,
    filter_query: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    hl: bool | Unset = UNSET,
    root_record: str | Unset = UNSET,
    dt: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    resolve: list[str] | Unset = UNSET,
) -> Error | SearchPage | None:
    """Search the repository records

     Searches the repository records themselves (the server forces `type[]=repository`). Needs no
    particular permission. `page` is required.

    Args:
        q (str | Unset):
        aq (str | Unset):
        type (list[str] | Unset):
        sort (str | Unset):
        facet (list[str] | Unset):
        facet_mincount (int | Unset):
        filter (str | Unset):
        filter_query (list[str] | Unset):
        exclude (list[str] | Unset):
        hl (bool | Unset):
        root_record (str | Unset):
        dt (str | Unset):
        fields (list[str] | Unset):
        page (int):
        page_size (int | Unset):  Default: 10.
        modified_since (int | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchPage
    """

    return sync_detailed(
        client=client,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    aq: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    facet: list[str] | Unset = UNSET,
    facet_mincount: int | Unset = UNSET,
    filter: str | Unset = UNSET,
    filter_query: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    hl: bool | Unset = UNSET,
    root_record: str | Unset = UNSET,
    dt: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    resolve: list[str] | Unset = UNSET,
) -> Response[Error | SearchPage]:
    """Search the repository records

     Searches the repository records themselves (the server forces `type[]=repository`). Needs no
    particular permission. `page` is required.

    Args:
        q (str | Unset):
        aq (str | Unset):
        type (list[str] | Unset):
        sort (str | Unset):
        facet (list[str] | Unset):
        facet_mincount (int | Unset):
        filter (str | Unset):
        filter_query (list[str] | Unset):
        exclude (list[str] | Unset):
        hl (bool | Unset):
        root_record (str | Unset):
        dt (str | Unset):
        fields (list[str] | Unset):
        page (int):
        page_size (int | Unset):  Default: 10.
        modified_since (int | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchPage]
    """

    kwargs = _get_kwargs(
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    aq: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    facet: list[str] | Unset = UNSET,
    facet_mincount: int | Unset = UNSET,
    filter: str | Unset = UNSET,
    filter_query: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    hl: bool | Unset = UNSET,
    root_record: str | Unset = UNSET,
    dt: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    resolve: list[str] | Unset = UNSET,
) -> Error | SearchPage | None:
    """Search the repository records

     Searches the repository records themselves (the server forces `type[]=repository`). Needs no
    particular permission. `page` is required.

    Args:
        q (str | Unset):
        aq (str | Unset):
        type (list[str] | Unset):
        sort (str | Unset):
        facet (list[str] | Unset):
        facet_mincount (int | Unset):
        filter (str | Unset):
        filter_query (list[str] | Unset):
        exclude (list[str] | Unset):
        hl (bool | Unset):
        root_record (str | Unset):
        dt (str | Unset):
        fields (list[str] | Unset):
        page (int):
        page_size (int | Unset):  Default: 10.
        modified_since (int | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchPage
    """

    return (
        await asyncio_detailed(
            client=client,
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
        )
    ).parsed
