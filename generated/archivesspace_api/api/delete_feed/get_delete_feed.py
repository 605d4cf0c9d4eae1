from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_feed_page import DeleteFeedPage
from ...models.error import Error
from ...models.get_delete_feed_sort_direction import (
    GetDeleteFeedSortDirection,
)
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_delete_feed",
    "method": "GET",
    "path": "/delete-feed",
    "parameters": {
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
            "schema": {"type": "string", "enum": ("asc", "desc")},
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
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["modified_since"] = modified_since

    params["sort_field"] = sort_field

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_resolve: list[str] | Unset = UNSET
    if not isinstance(resolve, Unset):
        json_resolve = resolve

    params["resolve[]"] = json_resolve

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/delete-feed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteFeedPage | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(DeleteFeedPage, _r.json_body(response))
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
) -> Response[DeleteFeedPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> Response[DeleteFeedPage | Error]:
    """List the URIs of deleted records

     The URIs of records deleted at or after `modified_since`, a page at a time (`page` is required). The
    sorting parameters are accepted but not applied.

    Args:
        page (int):
        page_size (int | Unset):  Default: 10.
        modified_since (int | Unset):  Default: 0.
        sort_field (str | Unset):  Default: 'id'.
        sort_direction (GetDeleteFeedSortDirection | Unset):  Default: 'asc'.
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFeedPage | Error]
    """

    kwargs = _get_kwargs(
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
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> DeleteFeedPage | Error | None:
    """List the URIs of deleted records

     The URIs of records deleted at or after `modified_since`, a page at a time (`page` is required). The
    sorting parameters are accepted but not applied.

    Args:
        page (int):
        page_size (int | Unset):  Default: 10.
        modified_since (int | Unset):  Default: 0.
        sort_field (str | Unset):  Default: 'id'.
        sort_direction (GetDeleteFeedSortDirection | Unset):  Default: 'asc'.
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFeedPage | Error
    """

    return sync_detailed(
        client=client,
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
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> Response[DeleteFeedPage | Error]:
    """List the URIs of deleted records

     The URIs of records deleted at or after `modified_since`, a page at a time (`page` is required). The
    sorting parameters are accepted but not applied.

    Args:
        page (int):
        page_size (int | Unset):  Default: 10.
        modified_since (int | Unset):  Default: 0.
        sort_field (str | Unset):  Default: 'id'.
        sort_direction (GetDeleteFeedSortDirection | Unset):  Default: 'asc'.
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFeedPage | Error]
    """

    kwargs = _get_kwargs(
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
    page: int,
    page_size: int | Unset = 10,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> DeleteFeedPage | Error | None:
    """List the URIs of deleted records

     The URIs of records deleted at or after `modified_since`, a page at a time (`page` is required). The
    sorting parameters are accepted but not applied.

    Args:
        page (int):
        page_size (int | Unset):  Default: 10.
        modified_since (int | Unset):  Default: 0.
        sort_field (str | Unset):  Default: 'id'.
        sort_direction (GetDeleteFeedSortDirection | Unset):  Default: 'asc'.
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFeedPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            modified_since=modified_since,
            sort_field=sort_field,
            sort_direction=sort_direction,
            resolve=resolve,
        )
    ).parsed
