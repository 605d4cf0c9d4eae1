from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.callback_failure import CallbackFailure
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "send_package_post_store_callback",
    "method": "GET",
    "path": "/api/v2/file/{uuid}/send_callback/post_store/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        }
    },
    "body": None,
    "answers": ((204, 204), (401, 401), (404, 404), (500, 500)),
}


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/file/{uuid}/send_callback/post_store/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CallbackFailure | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 500:
        from ... import _records as _r

        response_500 = _r.parse(CallbackFailure, _r.json_body(response))
        return response_500

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 204))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CallbackFailure | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | CallbackFailure | str]:
    """Run the post-store callbacks for a package's files

     For every file of the package not yet reported, calls each enabled `post_store` callback. Answers
    204 when every call succeeded (or there are no callbacks), 500 with a count otherwise.

    Args:
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CallbackFailure | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | CallbackFailure | str | None:
    """Run the post-store callbacks for a package's files

     For every file of the package not yet reported, calls each enabled `post_store` callback. Answers
    204 when every call succeeded (or there are no callbacks), 500 with a count otherwise.

    Args:
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CallbackFailure | str
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | CallbackFailure | str]:
    """Run the post-store callbacks for a package's files

     For every file of the package not yet reported, calls each enabled `post_store` callback. Answers
    204 when every call succeeded (or there are no callbacks), 500 with a count otherwise.

    Args:
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CallbackFailure | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | CallbackFailure | str | None:
    """Run the post-store callbacks for a package's files

     For every file of the package not yet reported, calls each enabled `post_store` callback. Answers
    204 when every call succeeded (or there are no callbacks), 500 with a count otherwise.

    Args:
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CallbackFailure | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
        )
    ).parsed
