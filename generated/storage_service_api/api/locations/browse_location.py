from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.location_browse_result import LocationBrowseResult
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "browse_location",
    "method": "GET",
    "path": "/api/v2/location/{uuid}/browse/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": ("default",),
        },
        "path": {
            "in": "query",
            "name": "path",
            "required": False,
            "schema": {"type": "string", "contentEncoding": "base64"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (401, 401), (404, 404), (500, 500)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    path: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/location/{uuid}/browse/".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | LocationBrowseResult | str | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(LocationBrowseResult, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 500:
        from ... import _records as _r

        response_500 = _r.parse(ErrorMessage, _r.json_body(response))
        return response_500

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorMessage | LocationBrowseResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> Response[Any | ErrorMessage | LocationBrowseResult | str]:
    """List a directory of a location

     Lists the directory `path` of the location. In v2 `path` is sent base64-encoded, and every name in
    the answer (`entries`, `directories` and the keys of `properties`) comes back base64-encoded, so
    names that are not UTF-8 survive. A `path` that is not base64 answers 500.

    Args:
        uuid (UUID):
        path (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | LocationBrowseResult | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> Any | ErrorMessage | LocationBrowseResult | str | None:
    """List a directory of a location

     Lists the directory `path` of the location. In v2 `path` is sent base64-encoded, and every name in
    the answer (`entries`, `directories` and the keys of `properties`) comes back base64-encoded, so
    names that are not UTF-8 survive. A `path` that is not base64 answers 500.

    Args:
        uuid (UUID):
        path (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | LocationBrowseResult | str
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        path=path,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> Response[Any | ErrorMessage | LocationBrowseResult | str]:
    """List a directory of a location

     Lists the directory `path` of the location. In v2 `path` is sent base64-encoded, and every name in
    the answer (`entries`, `directories` and the keys of `properties`) comes back base64-encoded, so
    names that are not UTF-8 survive. A `path` that is not base64 answers 500.

    Args:
        uuid (UUID):
        path (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | LocationBrowseResult | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> Any | ErrorMessage | LocationBrowseResult | str | None:
    """List a directory of a location

     Lists the directory `path` of the location. In v2 `path` is sent base64-encoded, and every name in
    the answer (`entries`, `directories` and the keys of `properties`) comes back base64-encoded, so
    names that are not UTF-8 survive. A `path` that is not base64 answers 500.

    Args:
        uuid (UUID):
        path (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | LocationBrowseResult | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            path=path,
        )
    ).parsed
