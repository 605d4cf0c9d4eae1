from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group import Group
from ...models.updated_response import UpdatedResponse
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "update_group",
    "method": "POST",
    "path": "/repositories/{repo_id}/groups/{id}",
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
        "with_members": {
            "in": "query",
            "name": "with_members",
            "required": False,
            "schema": {"type": "boolean"},
        },
    },
    "body": {"required": True, "kind": "instance", "type": Group},
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (409, 409), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    id: int,
    *,
    body: Group,
    with_members: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["with_members"] = with_members

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/repositories/{repo_id}/groups/{id}".format(
            repo_id=quote(str(repo_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdatedResponse | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(UpdatedResponse, _r.json_body(response))
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
) -> Response[Error | UpdatedResponse]:
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
    body: Group,
    with_members: bool | Unset = True,
) -> Response[Error | UpdatedResponse]:
    """Update a group

     Replaces the group's fields and, unless `with_members=false`, its membership with
    `member_usernames`.

    Args:
        repo_id (int):
        id (int):
        with_members (bool | Unset):  Default: True.
        body (Group): A group of users in one repository, and the permissions its members get
            there. Each repository starts with standard groups (`repository-managers`, `repository-
            archivists`, `repository-viewers`...).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatedResponse]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        body=body,
        with_members=with_members,
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
    body: Group,
    with_members: bool | Unset = True,
) -> Error | UpdatedResponse | None:
    """Update a group

     Replaces the group's fields and, unless `with_members=false`, its membership with
    `member_usernames`.

    Args:
        repo_id (int):
        id (int):
        with_members (bool | Unset):  Default: True.
        body (Group): A group of users in one repository, and the permissions its members get
            there. Each repository starts with standard groups (`repository-managers`, `repository-
            archivists`, `repository-viewers`...).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatedResponse
    """

    return sync_detailed(
        repo_id=repo_id,
        id=id,
        client=client,
        body=body,
        with_members=with_members,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: Group,
    with_members: bool | Unset = True,
) -> Response[Error | UpdatedResponse]:
    """Update a group

     Replaces the group's fields and, unless `with_members=false`, its membership with
    `member_usernames`.

    Args:
        repo_id (int):
        id (int):
        with_members (bool | Unset):  Default: True.
        body (Group): A group of users in one repository, and the permissions its members get
            there. Each repository starts with standard groups (`repository-managers`, `repository-
            archivists`, `repository-viewers`...).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatedResponse]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        id=id,
        body=body,
        with_members=with_members,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: Group,
    with_members: bool | Unset = True,
) -> Error | UpdatedResponse | None:
    """Update a group

     Replaces the group's fields and, unless `with_members=false`, its membership with
    `member_usernames`.

    Args:
        repo_id (int):
        id (int):
        with_members (bool | Unset):  Default: True.
        body (Group): A group of users in one repository, and the permissions its members get
            there. Each repository starts with standard groups (`repository-managers`, `repository-
            archivists`, `repository-viewers`...).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatedResponse
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            id=id,
            client=client,
            body=body,
            with_members=with_members,
        )
    ).parsed
