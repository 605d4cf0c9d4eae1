from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.slug_lookup import SlugLookup
from ...types import UNSET, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "resolve_slug",
    "method": "GET",
    "path": "/slug",
    "parameters": {
        "slug": {
            "in": "query",
            "name": "slug",
            "required": True,
            "schema": {"type": "string"},
        },
        "controller": {
            "in": "query",
            "name": "controller",
            "required": True,
            "schema": {"type": "string"},
        },
        "action": {
            "in": "query",
            "name": "action",
            "required": True,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    slug: str,
    controller: str,
    action: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["slug"] = slug

    params["controller"] = controller

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slug",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SlugLookup | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(SlugLookup, _r.json_body(response))
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
) -> Response[Error | SlugLookup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    slug: str,
    controller: str,
    action: str,
) -> Response[Error | SlugLookup]:
    """Find the record a public-interface slug names

     Looks up the record behind a slug of the public interface, as a public-interface route would
    (`controller` and `action` say which kind of record the route shows). All three parameters are
    required.

    Args:
        slug (str):
        controller (str):
        action (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SlugLookup]
    """

    kwargs = _get_kwargs(
        slug=slug,
        controller=controller,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    slug: str,
    controller: str,
    action: str,
) -> Error | SlugLookup | None:
    """Find the record a public-interface slug names

     Looks up the record behind a slug of the public interface, as a public-interface route would
    (`controller` and `action` say which kind of record the route shows). All three parameters are
    required.

    Args:
        slug (str):
        controller (str):
        action (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SlugLookup
    """

    return sync_detailed(
        client=client,
        slug=slug,
        controller=controller,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    slug: str,
    controller: str,
    action: str,
) -> Response[Error | SlugLookup]:
    """Find the record a public-interface slug names

     Looks up the record behind a slug of the public interface, as a public-interface route would
    (`controller` and `action` say which kind of record the route shows). All three parameters are
    required.

    Args:
        slug (str):
        controller (str):
        action (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SlugLookup]
    """

    kwargs = _get_kwargs(
        slug=slug,
        controller=controller,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    slug: str,
    controller: str,
    action: str,
) -> Error | SlugLookup | None:
    """Find the record a public-interface slug names

     Looks up the record behind a slug of the public interface, as a public-interface route would
    (`controller` and `action` say which kind of record the route shows). All three parameters are
    required.

    Args:
        slug (str):
        controller (str):
        action (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SlugLookup
    """

    return (
        await asyncio_detailed(
            client=client,
            slug=slug,
            controller=controller,
            action=action,
        )
    ).parsed
