from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.notification import Notification
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_notifications",
    "method": "GET",
    "path": "/notifications",
    "parameters": {
        "last_sequence": {
            "in": "query",
            "name": "last_sequence",
            "required": False,
            "schema": {"type": "integer"},
        }
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    last_sequence: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["last_sequence"] = last_sequence

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Notification] | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[Notification]",
            _r.load(
                _r.ListOf(_r.model("notification", "Notification")),
                _r.json_body(response),
            ),
        )
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
) -> Response[Error | list[Notification]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    last_sequence: int | Unset = 0,
) -> Response[Error | list[Notification]]:
    """Wait for backend notifications

     A long poll of the notifications after `last_sequence` (a repository, an enumeration, a user's
    permissions changed...): answers at once if there are any, otherwise waits for one or until the
    backlog window passes. The staff interface uses it to refresh its caches. Pass the highest
    `sequence` seen as the next `last_sequence`.

    Args:
        last_sequence (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Notification]]
    """

    kwargs = _get_kwargs(
        last_sequence=last_sequence,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    last_sequence: int | Unset = 0,
) -> Error | list[Notification] | None:
    """Wait for backend notifications

     A long poll of the notifications after `last_sequence` (a repository, an enumeration, a user's
    permissions changed...): answers at once if there are any, otherwise waits for one or until the
    backlog window passes. The staff interface uses it to refresh its caches. Pass the highest
    `sequence` seen as the next `last_sequence`.

    Args:
        last_sequence (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Notification]
    """

    return sync_detailed(
        client=client,
        last_sequence=last_sequence,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    last_sequence: int | Unset = 0,
) -> Response[Error | list[Notification]]:
    """Wait for backend notifications

     A long poll of the notifications after `last_sequence` (a repository, an enumeration, a user's
    permissions changed...): answers at once if there are any, otherwise waits for one or until the
    backlog window passes. The staff interface uses it to refresh its caches. Pass the highest
    `sequence` seen as the next `last_sequence`.

    Args:
        last_sequence (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Notification]]
    """

    kwargs = _get_kwargs(
        last_sequence=last_sequence,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    last_sequence: int | Unset = 0,
) -> Error | list[Notification] | None:
    """Wait for backend notifications

     A long poll of the notifications after `last_sequence` (a repository, an enumeration, a user's
    permissions changed...): answers at once if there are any, otherwise waits for one or until the
    backlog window passes. The staff interface uses it to refresh its caches. Pass the highest
    `sequence` seen as the next `last_sequence`.

    Args:
        last_sequence (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Notification]
    """

    return (
        await asyncio_detailed(
            client=client,
            last_sequence=last_sequence,
        )
    ).parsed
