from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.repository import Repository
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_repositories",
    "method": "GET",
    "path": "/repositories",
    "parameters": {
        "resolve": {
            "in": "query",
            "name": "resolve[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        }
    },
    "body": None,
    "answers": ((200, 200), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    resolve: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resolve: list[str] | Unset = UNSET
    if not isinstance(resolve, Unset):
        json_resolve = resolve

    params["resolve[]"] = json_resolve

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/repositories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Repository] | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[Repository]",
            _r.load(
                _r.ListOf(_r.model("repository", "Repository")), _r.json_body(response)
            ),
        )
        return response_200

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
) -> Response[Error | list[Repository]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resolve: list[str] | Unset = UNSET,
) -> Response[Error | list[Repository]]:
    """List the repositories

     Answers every repository (not paginated), in their set order. Needs no particular permission.

    Args:
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Repository]]
    """

    kwargs = _get_kwargs(
        resolve=resolve,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    resolve: list[str] | Unset = UNSET,
) -> Error | list[Repository] | None:
    """List the repositories

     Answers every repository (not paginated), in their set order. Needs no particular permission.

    Args:
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Repository]
    """

    return sync_detailed(
        client=client,
        resolve=resolve,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resolve: list[str] | Unset = UNSET,
) -> Response[Error | list[Repository]]:
    """List the repositories

     Answers every repository (not paginated), in their set order. Needs no particular permission.

    Args:
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Repository]]
    """

    kwargs = _get_kwargs(
        resolve=resolve,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    resolve: list[str] | Unset = UNSET,
) -> Error | list[Repository] | None:
    """List the repositories

     Answers every repository (not paginated), in their set order. Needs no particular permission.

    Args:
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Repository]
    """

    return (
        await asyncio_detailed(
            client=client,
            resolve=resolve,
        )
    ).parsed
