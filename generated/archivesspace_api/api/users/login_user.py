from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.login_form import LoginForm
from ...models.login_result import LoginResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "login_user",
    "method": "POST",
    "path": "/users/{username}/login",
    "parameters": {
        "username": {
            "in": "path",
            "name": "username",
            "required": True,
            "schema": {"type": "string", "pattern": "^[a-zA-Z0-9\\-_. @]+$"},
            "reserved": (),
        }
    },
    "body": {"required": True, "kind": "instance", "type": LoginForm},
    "answers": ((200, 200), (400, 400), (403, 403)),
}


def _get_kwargs(
    username: str,
    *,
    body: LoginForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{username}/login".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
) -> Response[Error | LoginResult]:
    """Log in and get a session token

     Checks the user's password and opens a session. The password travels in a form body, never in the
    query string. With `expiring=false` the session lives for a week of idleness instead of an hour,
    which suits long harvests; the answer then says how long in `expire_after_seconds`.

    Args:
        username (str):
        body (LoginForm): The form fields of a login.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LoginResult]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
) -> Error | LoginResult | None:
    """Log in and get a session token

     Checks the user's password and opens a session. The password travels in a form body, never in the
    query string. With `expiring=false` the session lives for a week of idleness instead of an hour,
    which suits long harvests; the answer then says how long in `expire_after_seconds`.

    Args:
        username (str):
        body (LoginForm): The form fields of a login.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LoginResult
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
) -> Response[Error | LoginResult]:
    """Log in and get a session token

     Checks the user's password and opens a session. The password travels in a form body, never in the
    query string. With `expiring=false` the session lives for a week of idleness instead of an hour,
    which suits long harvests; the answer then says how long in `expire_after_seconds`.

    Args:
        username (str):
        body (LoginForm): The form fields of a login.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LoginResult]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
) -> Error | LoginResult | None:
    """Log in and get a session token

     Checks the user's password and opens a session. The password travels in a form body, never in the
    query string. With `expiring=false` the session lives for a week of idleness instead of an hour,
    which suits long harvests; the answer then says how long in `expire_after_seconds`.

    Args:
        username (str):
        body (LoginForm): The form fields of a login.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LoginResult
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
