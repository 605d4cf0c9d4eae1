from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.move_package_form import MovePackageForm
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "move_package",
    "method": "POST",
    "path": "/api/v2/file/{uuid}/move/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        }
    },
    "body": {"required": True, "kind": "instance", "type": MovePackageForm},
    "answers": ((202, 202), (400, 400), (401, 401), (404, 404)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: MovePackageForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/file/{uuid}/move/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 202))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
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
    body: MovePackageForm,
) -> Response[Any | str]:
    """Move a stored package to another location

     Moves an UPLOADED package to another location with the same purpose, in the background: answers 202
    with the async task in `Location`, and the package's status is MOVING until the task ends; the
    task's `result` is the text `Package moved successfully`. Unlike the other package endpoints it
    reads a form body.

    Args:
        uuid (UUID):
        body (MovePackageForm): The form fields of `move_package`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MovePackageForm,
) -> Any | str | None:
    """Move a stored package to another location

     Moves an UPLOADED package to another location with the same purpose, in the background: answers 202
    with the async task in `Location`, and the package's status is MOVING until the task ends; the
    task's `result` is the text `Package moved successfully`. Unlike the other package endpoints it
    reads a form body.

    Args:
        uuid (UUID):
        body (MovePackageForm): The form fields of `move_package`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MovePackageForm,
) -> Response[Any | str]:
    """Move a stored package to another location

     Moves an UPLOADED package to another location with the same purpose, in the background: answers 202
    with the async task in `Location`, and the package's status is MOVING until the task ends; the
    task's `result` is the text `Package moved successfully`. Unlike the other package endpoints it
    reads a form body.

    Args:
        uuid (UUID):
        body (MovePackageForm): The form fields of `move_package`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MovePackageForm,
) -> Any | str | None:
    """Move a stored package to another location

     Moves an UPLOADED package to another location with the same purpose, in the background: answers 202
    with the async task in `Location`, and the package's status is MOVING until the task ends; the
    task's `result` is the text `Package moved successfully`. Unlike the other package endpoints it
    reads a form body.

    Args:
        uuid (UUID):
        body (MovePackageForm): The form fields of `move_package`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
