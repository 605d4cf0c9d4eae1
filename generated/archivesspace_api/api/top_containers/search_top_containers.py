from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.top_container_search_result import TopContainerSearchResult
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "search_top_containers",
    "method": "GET",
    "path": "/repositories/{repo_id}/top_containers/search",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": (),
        },
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
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/repositories/{repo_id}/top_containers/search".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TopContainerSearchResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(TopContainerSearchResult, _r.json_body(response))
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
) -> Response[Error | TopContainerSearchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    repo_id: int,
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
) -> Response[Error | TopContainerSearchResult]:
    """Search the repository's top containers

     Runs a Solr search limited to top containers and answers Solr's own JSON, unpaged: up to the
    server's `max_top_container_results` (10000 by default) documents. The keyword query also matches
    series and collection identifiers. Only `q`, `facet[]` and `filter` change the answer; the other
    search parameters are accepted and ignored.

    Args:
        repo_id (int):
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopContainerSearchResult]
    """

    kwargs = _get_kwargs(
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
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
) -> Error | TopContainerSearchResult | None:
    """Search the repository's top containers

     Runs a Solr search limited to top containers and answers Solr's own JSON, unpaged: up to the
    server's `max_top_container_results` (10000 by default) documents. The keyword query also matches
    series and collection identifiers. Only `q`, `facet[]` and `filter` change the answer; the other
    search parameters are accepted and ignored.

    Args:
        repo_id (int):
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopContainerSearchResult
    """

    return sync_detailed(
        repo_id=repo_id,
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
    ).parsed


async def asyncio_detailed(
    repo_id: int,
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
) -> Response[Error | TopContainerSearchResult]:
    """Search the repository's top containers

     Runs a Solr search limited to top containers and answers Solr's own JSON, unpaged: up to the
    server's `max_top_container_results` (10000 by default) documents. The keyword query also matches
    series and collection identifiers. Only `q`, `facet[]` and `filter` change the answer; the other
    search parameters are accepted and ignored.

    Args:
        repo_id (int):
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopContainerSearchResult]
    """

    kwargs = _get_kwargs(
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
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
) -> Error | TopContainerSearchResult | None:
    """Search the repository's top containers

     Runs a Solr search limited to top containers and answers Solr's own JSON, unpaged: up to the
    server's `max_top_container_results` (10000 by default) documents. The keyword query also matches
    series and collection identifiers. Only `q`, `facet[]` and `filter` change the answer; the other
    search parameters are accepted and ignored.

    Args:
        repo_id (int):
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TopContainerSearchResult
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
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
        )
    ).parsed
