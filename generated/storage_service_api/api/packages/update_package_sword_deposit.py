from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_package_sword_deposit_in_progress import (
    UpdatePackageSwordDepositInProgress,
)
from ...types import UNSET, File, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "update_package_sword_deposit",
    "method": "POST",
    "path": "/api/v2/file/{uuid}/sword/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        },
        "in_progress": {
            "in": "header",
            "name": "In-Progress",
            "required": False,
            "schema": {"type": "string", "enum": ("true", "false")},
        },
    },
    "body": {"required": False, "kind": "file", "type": File},
    "answers": ((200, 200), (400, 400), (401, 401), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: File | Unset = UNSET,
    in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(in_progress, Unset):
        headers["In-Progress"] = str(in_progress)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/file/{uuid}/sword/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        from ... import _records as _r

        _kwargs["content"] = _r.request_content(body.payload)
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 412:
        response_412 = response.text
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
    body: File | Unset = UNSET,
    in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
) -> Response[Any | str]:
    """Add METS-listed files to a SWORD deposit, or finalize it

     With a METS body, schedules the download of the files its `fileSec` lists. Without a body and with
    `In-Progress: false`, finalizes the deposit (starts the transfer) once every download finished.
    Answers a deposit receipt.

    Args:
        uuid (UUID):
        in_progress (UpdatePackageSwordDepositInProgress | Unset):
        body (File | Unset): Raw bytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
        in_progress=in_progress,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
) -> Any | str | None:
    """Add METS-listed files to a SWORD deposit, or finalize it

     With a METS body, schedules the download of the files its `fileSec` lists. Without a body and with
    `In-Progress: false`, finalizes the deposit (starts the transfer) once every download finished.
    Answers a deposit receipt.

    Args:
        uuid (UUID):
        in_progress (UpdatePackageSwordDepositInProgress | Unset):
        body (File | Unset): Raw bytes.

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
        in_progress=in_progress,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
) -> Response[Any | str]:
    """Add METS-listed files to a SWORD deposit, or finalize it

     With a METS body, schedules the download of the files its `fileSec` lists. Without a body and with
    `In-Progress: false`, finalizes the deposit (starts the transfer) once every download finished.
    Answers a deposit receipt.

    Args:
        uuid (UUID):
        in_progress (UpdatePackageSwordDepositInProgress | Unset):
        body (File | Unset): Raw bytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
        in_progress=in_progress,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
) -> Any | str | None:
    """Add METS-listed files to a SWORD deposit, or finalize it

     With a METS body, schedules the download of the files its `fileSec` lists. Without a body and with
    `In-Progress: false`, finalizes the deposit (starts the transfer) once every download finished.
    Answers a deposit receipt.

    Args:
        uuid (UUID):
        in_progress (UpdatePackageSwordDepositInProgress | Unset):
        body (File | Unset): Raw bytes.

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
            in_progress=in_progress,
        )
    ).parsed
