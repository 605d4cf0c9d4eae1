from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.status_response import StatusResponse
from ...types import UNSET, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "transfer_digital_object",
    "method": "POST",
    "path": "/repositories/{repo_id}/digital_objects/{id}/transfer",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": (),
        },
        "id": {
            "in": "path",
            "name": "id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": (),
        },
        "target_repo": {
            "in": "query",
            "name": "target_repo",
            "required": True,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (409, 409), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    id: int,
    *,
    target_repo: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["target_repo"] = target_repo

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/repositories/{repo_id}/digital_objects/{id}/transfer".format(
            repo_id=quote(str(repo_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StatusResponse | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(StatusResponse, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 404:
        from ... import _records as _r

        response_404 = _r.parse(Error, _r.json_body(response))
        return response_404

    if response.status_code == 409:
        from ... import _records as _r

        response_409 = _r.parse(Error, _r.json_body(response))
        return response_409

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
) -> Response[Error | StatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    target_repo: str,
) -> Response[Error | StatusResponse]:
    """Move a digital object to another repository

     The session needs the update permission in the target repository too. The answer is `{"status":
    "Moved", "id": <id>, "target": <target repository id>}`.

    Args:
        repo_id (int):
        id (int):
        target_repo (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusResponse]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        target_repo=target_repo,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    target_repo: str,
) -> Error | StatusResponse | None:
    """Move a digital object to another repository

     The session needs the update permission in the target repository too. The answer is `{"status":
    "Moved", "id": <id>, "target": <target repository id>}`.

    Args:
        repo_id (int):
        id (int):
        target_repo (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusResponse
    """

    return sync_detailed(
        repo_id=repo_id,
        id=id,
        client=client,
        target_repo=target_repo,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    target_repo: str,
) -> Response[Error | StatusResponse]:
    """Move a digital object to another repository

     The session needs the update permission in the target repository too. The answer is `{"status":
    "Moved", "id": <id>, "target": <target repository id>}`.

    Args:
        repo_id (int):
        id (int):
        target_repo (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusResponse]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        target_repo=target_repo,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    target_repo: str,
) -> Error | StatusResponse | None:
    """Move a digital object to another repository

     The session needs the update permission in the target repository too. The answer is `{"status":
    "Moved", "id": <id>, "target": <target repository id>}`.

    Args:
        repo_id (int):
        id (int):
        target_repo (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusResponse
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            id=id,
            client=client,
            target_repo=target_repo,
        )
    ).parsed
