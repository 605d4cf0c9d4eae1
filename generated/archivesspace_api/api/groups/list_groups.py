from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group import Group
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_groups",
    "method": "GET",
    "path": "/repositories/{repo_id}/groups",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": ("with_agent",),
        },
        "group_code": {
            "in": "query",
            "name": "group_code",
            "required": False,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    *,
    group_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_code"] = group_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/repositories/{repo_id}/groups".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Group] | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[Group]",
            _r.load(_r.ListOf(_r.model("group", "Group")), _r.json_body(response)),
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
) -> Response[Error | list[Group]]:
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
    group_code: str | Unset = UNSET,
) -> Response[Error | list[Group]]:
    """List the groups of a repository

     Answers every group of the repository (not paginated). Needs `manage_repository`.

    Args:
        repo_id (int):
        group_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Group]]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        group_code=group_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    group_code: str | Unset = UNSET,
) -> Error | list[Group] | None:
    """List the groups of a repository

     Answers every group of the repository (not paginated). Needs `manage_repository`.

    Args:
        repo_id (int):
        group_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Group]
    """

    return sync_detailed(
        repo_id=repo_id,
        client=client,
        group_code=group_code,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    group_code: str | Unset = UNSET,
) -> Response[Error | list[Group]]:
    """List the groups of a repository

     Answers every group of the repository (not paginated). Needs `manage_repository`.

    Args:
        repo_id (int):
        group_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Group]]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        group_code=group_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    group_code: str | Unset = UNSET,
) -> Error | list[Group] | None:
    """List the groups of a repository

     Answers every group of the repository (not paginated). Needs `manage_repository`.

    Args:
        repo_id (int):
        group_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Group]
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            client=client,
            group_code=group_code,
        )
    ).parsed
