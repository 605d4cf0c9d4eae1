from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.login_result import LoginResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "login_user_with_token",
    "method": "POST",
    "path": "/users/{username}/{token}",
    "parameters": {
        "username": {
            "in": "path",
            "name": "username",
            "required": True,
            "schema": {"type": "string", "pattern": "^[a-zA-Z0-9\\-_. @]+$"},
            "reserved": (),
        },
        "token": {
            "in": "path",
            "name": "token",
            "required": True,
            "schema": {"type": "string", "format": "password"},
            "secret": True,
            "reserved": ("become-user", "groups", "login", "password"),
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    username: str,
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{username}/{token}".format(
            username=quote(str(username), safe=""),
            token=quote(str(token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LoginResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(LoginResult, _r.json_body(response))
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
) -> Response[Error | LoginResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    username: str,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | LoginResult]:
    """Log in with a one-time token

     Logs in with the one-time token mailed by a password reset, instead of a password. Answers like a
    login.

    Args:
        username (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LoginResult]
    """

    kwargs = _get_kwargs(
        username=username,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Error | LoginResult | None:
    """Log in with a one-time token

     Logs in with the one-time token mailed by a password reset, instead of a password. Answers like a
    login.

    Args:
        username (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LoginResult
    """

    return sync_detailed(
        username=username,
        token=token,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | LoginResult]:
    """Log in with a one-time token

     Logs in with the one-time token mailed by a password reset, instead of a password. Answers like a
    login.

    Args:
        username (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LoginResult]
    """

    kwargs = _get_kwargs(
        username=username,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    token: str,
    *,
    client: AuthenticatedClient,
) -> Error | LoginResult | None:
    """Log in with a one-time token

     Logs in with the one-time token mailed by a password reset, instead of a password. Answers like a
    login.

    Args:
        username (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LoginResult
    """

    return (
        await asyncio_detailed(
            username=username,
            token=token,
            client=client,
        )
    ).parsed
