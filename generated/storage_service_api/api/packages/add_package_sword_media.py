from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_package_sword_media_in_progress import (
    AddPackageSwordMediaInProgress,
)
from ...models.add_package_sword_media_packaging import (
    AddPackageSwordMediaPackaging,
)
from ...types import UNSET, File, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "add_package_sword_media",
    "method": "POST",
    "path": "/api/v2/file/{uuid}/sword/media/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        },
        "content_disposition": {
            "in": "header",
            "name": "Content-Disposition",
            "required": True,
            "schema": {"type": "string"},
        },
        "content_md5": {
            "in": "header",
            "name": "Content-MD5",
            "required": False,
            "schema": {"type": "string"},
        },
        "packaging": {
            "in": "header",
            "name": "Packaging",
            "required": False,
            "schema": {"type": "string", "enum": ("METS",)},
        },
        "in_progress": {
            "in": "header",
            "name": "In-Progress",
            "required": False,
            "schema": {"type": "string", "enum": ("true", "false")},
        },
    },
    "body": {"required": True, "kind": "file", "type": File},
    "answers": ((201, 201), (400, 400), (401, 401), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: File,
    content_disposition: str,
    content_md5: str | Unset = UNSET,
    packaging: AddPackageSwordMediaPackaging | Unset = UNSET,
    in_progress: AddPackageSwordMediaInProgress | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Content-Disposition"] = content_disposition

    if not isinstance(content_md5, Unset):
        headers["Content-MD5"] = content_md5

    if not isinstance(packaging, Unset):
        headers["Packaging"] = str(packaging)

    if not isinstance(in_progress, Unset):
        headers["In-Progress"] = str(in_progress)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/file/{uuid}/sword/media/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    from ... import _records as _r

    _kwargs["content"] = _r.request_content(body.payload)
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 201:
        response_201 = response.text
        return response_201

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

        return _parse_response(client=client, response=_r.as_status(response, 201))
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
    body: File,
    content_disposition: str,
    content_md5: str | Unset = UNSET,
    packaging: AddPackageSwordMediaPackaging | Unset = UNSET,
    in_progress: AddPackageSwordMediaInProgress | Unset = UNSET,
) -> Response[Any | str]:
    """Add a file to a SWORD deposit

     Sends one file as the raw body, named by `Content-Disposition: attachment; filename=<name>` (a file
    that already exists answers 400). With `Packaging: METS` the body is instead a METS document whose
    listed files are downloaded in the background (answers a deposit receipt).

    Args:
        uuid (UUID):
        content_disposition (str):
        content_md5 (str | Unset):
        packaging (AddPackageSwordMediaPackaging | Unset):
        in_progress (AddPackageSwordMediaInProgress | Unset):
        body (File): Raw bytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
        content_disposition=content_disposition,
        content_md5=content_md5,
        packaging=packaging,
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
    body: File,
    content_disposition: str,
    content_md5: str | Unset = UNSET,
    packaging: AddPackageSwordMediaPackaging | Unset = UNSET,
    in_progress: AddPackageSwordMediaInProgress | Unset = UNSET,
) -> Any | str | None:
    """Add a file to a SWORD deposit

     Sends one file as the raw body, named by `Content-Disposition: attachment; filename=<name>` (a file
    that already exists answers 400). With `Packaging: METS` the body is instead a METS document whose
    listed files are downloaded in the background (answers a deposit receipt).

    Args:
        uuid (UUID):
        content_disposition (str):
        content_md5 (str | Unset):
        packaging (AddPackageSwordMediaPackaging | Unset):
        in_progress (AddPackageSwordMediaInProgress | Unset):
        body (File): Raw bytes.

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
        content_disposition=content_disposition,
        content_md5=content_md5,
        packaging=packaging,
        in_progress=in_progress,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    content_disposition: str,
    content_md5: str | Unset = UNSET,
    packaging: AddPackageSwordMediaPackaging | Unset = UNSET,
    in_progress: AddPackageSwordMediaInProgress | Unset = UNSET,
) -> Response[Any | str]:
    """Add a file to a SWORD deposit

     Sends one file as the raw body, named by `Content-Disposition: attachment; filename=<name>` (a file
    that already exists answers 400). With `Packaging: METS` the body is instead a METS document whose
    listed files are downloaded in the background (answers a deposit receipt).

    Args:
        uuid (UUID):
        content_disposition (str):
        content_md5 (str | Unset):
        packaging (AddPackageSwordMediaPackaging | Unset):
        in_progress (AddPackageSwordMediaInProgress | Unset):
        body (File): Raw bytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
        content_disposition=content_disposition,
        content_md5=content_md5,
        packaging=packaging,
        in_progress=in_progress,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    content_disposition: str,
    content_md5: str | Unset = UNSET,
    packaging: AddPackageSwordMediaPackaging | Unset = UNSET,
    in_progress: AddPackageSwordMediaInProgress | Unset = UNSET,
) -> Any | str | None:
    """Add a file to a SWORD deposit

     Sends one file as the raw body, named by `Content-Disposition: attachment; filename=<name>` (a file
    that already exists answers 400). With `Packaging: METS` the body is instead a METS document whose
    listed files are downloaded in the background (answers a deposit receipt).

    Args:
        uuid (UUID):
        content_disposition (str):
        content_md5 (str | Unset):
        packaging (AddPackageSwordMediaPackaging | Unset):
        in_progress (AddPackageSwordMediaInProgress | Unset):
        body (File): Raw bytes.

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
            content_disposition=content_disposition,
            content_md5=content_md5,
            packaging=packaging,
            in_progress=in_progress,
        )
    ).parsed
