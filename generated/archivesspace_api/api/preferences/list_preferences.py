from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.preference import Preference
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_preferences",
    "method": "GET",
    "path": "/repositories/{repo_id}/preferences",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": ("with_agent",),
        },
        "user_id": {
            "in": "query",
            "name": "user_id",
            "required": False,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    *,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/repositories/{repo_id}/preferences".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Preference] | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[Preference]",
            _r.load(
                _r.ListOf(_r.model("preference", "Preference")), _r.json_body(response)
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
) -> Response[Error | list[Preference]]:
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
    user_id: int | Unset = UNSET,
) -> Response[Error | list[Preference]]:
    """List the preference records of a repository

     Answers the repository's preference records (not paginated), optionally those of one user only.

    Args:
        repo_id (int):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Preference]]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    user_id: int | Unset = UNSET,
) -> Error | list[Preference] | None:
    """List the preference records of a repository

     Answers the repository's preference records (not paginated), optionally those of one user only.

    Args:
        repo_id (int):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Preference]
    """

    return sync_detailed(
        repo_id=repo_id,
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    user_id: int | Unset = UNSET,
) -> Response[Error | list[Preference]]:
    """List the preference records of a repository

     Answers the repository's preference records (not paginated), optionally those of one user only.

    Args:
        repo_id (int):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Preference]]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    user_id: int | Unset = UNSET,
) -> Error | list[Preference] | None:
    """List the preference records of a repository

     Answers the repository's preference records (not paginated), optionally those of one user only.

    Args:
        repo_id (int):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Preference]
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            client=client,
            user_id=user_id,
        )
    ).parsed
