from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_location_sword_deposit_in_progress import (
    CreateLocationSwordDepositInProgress,
)
from ...types import UNSET, File, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "create_location_sword_deposit",
    "method": "POST",
    "path": "/api/v2/location/{uuid}/sword/collection/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        },
        "source_location": {
            "in": "query",
            "name": "source_location",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
        "relative_path_to_files": {
            "in": "query",
            "name": "relative_path_to_files",
            "required": False,
            "schema": {"type": "string"},
        },
        "in_progress": {
            "in": "header",
            "name": "In-Progress",
            "required": True,
            "schema": {"type": "string", "enum": ("true", "false")},
        },
        "on_behalf_of": {
            "in": "header",
            "name": "On-Behalf-Of",
            "required": False,
            "schema": {"type": "string"},
        },
    },
    "body": {"required": False, "kind": "file", "type": File},
    "answers": (
        (200, 200),
        (201, 201),
        (400, 400),
        (401, 401),
        (403, 403),
        (404, 404),
        (405, 405),
        (412, 412),
        (500, 500),
    ),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: File | Unset = UNSET,
    source_location: UUID | Unset = UNSET,
    relative_path_to_files: str | Unset = UNSET,
    in_progress: CreateLocationSwordDepositInProgress,
    on_behalf_of: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["In-Progress"] = str(in_progress)

    if not isinstance(on_behalf_of, Unset):
        headers["On-Behalf-Of"] = on_behalf_of

    params: dict[str, Any] = {}

    json_source_location: str | Unset = UNSET
    if not isinstance(source_location, Unset):
        json_source_location = str(source_location)
    params["source_location"] = json_source_location

    params["relative_path_to_files"] = relative_path_to_files

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/location/{uuid}/sword/collection/".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "params": params,
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

    if response.status_code == 405:
        response_405 = response.text
        return response_405

    if response.status_code == 412:
        response_412 = response.text
        return response_412

    if response.status_code == 500:
        response_500 = response.text
        return response_500

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
    source_location: UUID | Unset = UNSET,
    relative_path_to_files: str | Unset = UNSET,
    in_progress: CreateLocationSwordDepositInProgress,
    on_behalf_of: str | Unset = UNSET,
) -> Response[Any | str]:
    """Create a SWORD deposit in a location

     Creates a deposit (a package of type `deposit`) from a METS document whose `LABEL` names it and
    whose `fileSec` lists the files to download, or from files already in another location
    (`source_location` and `relative_path_to_files`, without a body). `In-Progress: true` keeps the
    deposit open (201); `In-Progress: false` finalizes it once its downloads finish (200). Errors are
    SWORD error documents. A 0.23 server answers 403 `Permission denied` to a valid API key here: the
    SWORD views check Django permissions on a logged-in user and do not take API-key authentication
    (only a logged-in session gets through).

    Args:
        uuid (UUID):
        source_location (UUID | Unset):
        relative_path_to_files (str | Unset):
        in_progress (CreateLocationSwordDepositInProgress):
        on_behalf_of (str | Unset):
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
        source_location=source_location,
        relative_path_to_files=relative_path_to_files,
        in_progress=in_progress,
        on_behalf_of=on_behalf_of,
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
    source_location: UUID | Unset = UNSET,
    relative_path_to_files: str | Unset = UNSET,
    in_progress: CreateLocationSwordDepositInProgress,
    on_behalf_of: str | Unset = UNSET,
) -> Any | str | None:
    """Create a SWORD deposit in a location

     Creates a deposit (a package of type `deposit`) from a METS document whose `LABEL` names it and
    whose `fileSec` lists the files to download, or from files already in another location
    (`source_location` and `relative_path_to_files`, without a body). `In-Progress: true` keeps the
    deposit open (201); `In-Progress: false` finalizes it once its downloads finish (200). Errors are
    SWORD error documents. A 0.23 server answers 403 `Permission denied` to a valid API key here: the
    SWORD views check Django permissions on a logged-in user and do not take API-key authentication
    (only a logged-in session gets through).

    Args:
        uuid (UUID):
        source_location (UUID | Unset):
        relative_path_to_files (str | Unset):
        in_progress (CreateLocationSwordDepositInProgress):
        on_behalf_of (str | Unset):
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
        source_location=source_location,
        relative_path_to_files=relative_path_to_files,
        in_progress=in_progress,
        on_behalf_of=on_behalf_of,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    source_location: UUID | Unset = UNSET,
    relative_path_to_files: str | Unset = UNSET,
    in_progress: CreateLocationSwordDepositInProgress,
    on_behalf_of: str | Unset = UNSET,
) -> Response[Any | str]:
    """Create a SWORD deposit in a location

     Creates a deposit (a package of type `deposit`) from a METS document whose `LABEL` names it and
    whose `fileSec` lists the files to download, or from files already in another location
    (`source_location` and `relative_path_to_files`, without a body). `In-Progress: true` keeps the
    deposit open (201); `In-Progress: false` finalizes it once its downloads finish (200). Errors are
    SWORD error documents. A 0.23 server answers 403 `Permission denied` to a valid API key here: the
    SWORD views check Django permissions on a logged-in user and do not take API-key authentication
    (only a logged-in session gets through).

    Args:
        uuid (UUID):
        source_location (UUID | Unset):
        relative_path_to_files (str | Unset):
        in_progress (CreateLocationSwordDepositInProgress):
        on_behalf_of (str | Unset):
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
        source_location=source_location,
        relative_path_to_files=relative_path_to_files,
        in_progress=in_progress,
        on_behalf_of=on_behalf_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    source_location: UUID | Unset = UNSET,
    relative_path_to_files: str | Unset = UNSET,
    in_progress: CreateLocationSwordDepositInProgress,
    on_behalf_of: str | Unset = UNSET,
) -> Any | str | None:
    """Create a SWORD deposit in a location

     Creates a deposit (a package of type `deposit`) from a METS document whose `LABEL` names it and
    whose `fileSec` lists the files to download, or from files already in another location
    (`source_location` and `relative_path_to_files`, without a body). `In-Progress: true` keeps the
    deposit open (201); `In-Progress: false` finalizes it once its downloads finish (200). Errors are
    SWORD error documents. A 0.23 server answers 403 `Permission denied` to a valid API key here: the
    SWORD views check Django permissions on a logged-in user and do not take API-key authentication
    (only a logged-in session gets through).

    Args:
        uuid (UUID):
        source_location (UUID | Unset):
        relative_path_to_files (str | Unset):
        in_progress (CreateLocationSwordDepositInProgress):
        on_behalf_of (str | Unset):
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
            source_location=source_location,
            relative_path_to_files=relative_path_to_files,
            in_progress=in_progress,
            on_behalf_of=on_behalf_of,
        )
    ).parsed
