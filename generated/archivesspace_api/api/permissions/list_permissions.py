from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_permissions_level import (
    ListPermissionsLevel,
)
from ...models.permission import Permission
from ...types import UNSET, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_permissions",
    "method": "GET",
    "path": "/permissions",
    "parameters": {
        "level": {
            "in": "query",
            "name": "level",
            "required": True,
            "schema": {"type": "string", "enum": ("repository", "global", "all")},
        }
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    level: ListPermissionsLevel,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_level: str = level
    params["level"] = json_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/permissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Permission] | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[Permission]",
            _r.load(
                _r.ListOf(_r.model("permission", "Permission")), _r.json_body(response)
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
) -> Response[Error | list[Permission]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    level: ListPermissionsLevel,
) -> Response[Error | list[Permission]]:
    """List the permissions

     Answers the permissions groups can grant, of one level or all.

    Args:
        level (ListPermissionsLevel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Permission]]
    """

    kwargs = _get_kwargs(
        level=level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    level: ListPermissionsLevel,
) -> Error | list[Permission] | None:
    """List the permissions

     Answers the permissions groups can grant, of one level or all.

    Args:
        level (ListPermissionsLevel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Permission]
    """

    return sync_detailed(
        client=client,
        level=level,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    level: ListPermissionsLevel,
) -> Response[Error | list[Permission]]:
    """List the permissions

     Answers the permissions groups can grant, of one level or all.

    Args:
        level (ListPermissionsLevel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Permission]]
    """

    kwargs = _get_kwargs(
        level=level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    level: ListPermissionsLevel,
) -> Error | list[Permission] | None:
    """List the permissions

     Answers the permissions groups can grant, of one level or all.

    Args:
        level (ListPermissionsLevel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Permission]
    """

    return (
        await asyncio_detailed(
            client=client,
            level=level,
        )
    ).parsed
