from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_response import CreatedResponse
from ...models.error import Error
from ...models.user import User
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "create_user",
    "method": "POST",
    "path": "/users",
    "parameters": {
        "password": {
            "in": "query",
            "name": "password",
            "required": True,
            "schema": {"type": "string", "format": "password"},
            "secret": True,
        },
        "groups": {
            "in": "query",
            "name": "groups[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    },
    "body": {"required": True, "kind": "instance", "type": User},
    "answers": ((200, 200), (400, 400), (403, 403), (409, 409), (412, 412)),
}


def _get_kwargs(
    *,
    body: User,
    password: str,
    groups: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["password"] = password

    json_groups: list[str] | Unset = UNSET
    if not isinstance(groups, Unset):
        json_groups = groups

    params["groups[]"] = json_groups

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedResponse | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(CreatedResponse, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

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
) -> Response[CreatedResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: User,
    password: str,
    groups: list[str] | Unset = UNSET,
) -> Response[CreatedResponse | Error]:
    """Create a local user

     Creates a user authenticated by ArchivesSpace itself. The password and the groups go in the query
    string (the body is the user record). Adding the user to a group needs `manage_repository` in that
    group's repository.

    Args:
        password (str):
        groups (list[str] | Unset):
        body (User): A user account. The password is never part of the record: it travels as the
            `password` parameter of the create and update routes. `permissions` is filled in when a
            user is fetched by id, at login and for the current user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        password=password,
        groups=groups,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: User,
    password: str,
    groups: list[str] | Unset = UNSET,
) -> CreatedResponse | Error | None:
    """Create a local user

     Creates a user authenticated by ArchivesSpace itself. The password and the groups go in the query
    string (the body is the user record). Adding the user to a group needs `manage_repository` in that
    group's repository.

    Args:
        password (str):
        groups (list[str] | Unset):
        body (User): A user account. The password is never part of the record: it travels as the
            `password` parameter of the create and update routes. `permissions` is filled in when a
            user is fetched by id, at login and for the current user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        password=password,
        groups=groups,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: User,
    password: str,
    groups: list[str] | Unset = UNSET,
) -> Response[CreatedResponse | Error]:
    """Create a local user

     Creates a user authenticated by ArchivesSpace itself. The password and the groups go in the query
    string (the body is the user record). Adding the user to a group needs `manage_repository` in that
    group's repository.

    Args:
        password (str):
        groups (list[str] | Unset):
        body (User): A user account. The password is never part of the record: it travels as the
            `password` parameter of the create and update routes. `permissions` is filled in when a
            user is fetched by id, at login and for the current user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        password=password,
        groups=groups,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: User,
    password: str,
    groups: list[str] | Unset = UNSET,
) -> CreatedResponse | Error | None:
    """Create a local user

     Creates a user authenticated by ArchivesSpace itself. The password and the groups go in the query
    string (the body is the user record). Adding the user to a group needs `manage_repository` in that
    group's repository.

    Args:
        password (str):
        groups (list[str] | Unset):
        body (User): A user account. The password is never part of the record: it travels as the
            `password` parameter of the create and update routes. `permissions` is filled in when a
            user is fetched by id, at login and for the current user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            password=password,
            groups=groups,
        )
    ).parsed
