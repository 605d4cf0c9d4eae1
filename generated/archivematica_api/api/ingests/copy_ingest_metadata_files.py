from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.copy_metadata_files_form import CopyMetadataFilesForm
from ...models.copy_metadata_files_result import CopyMetadataFilesResult
from ...models.error import Error
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "copy_ingest_metadata_files",
    "method": "POST",
    "path": "/api/ingest/copy_metadata_files/",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": CopyMetadataFilesForm},
    "answers": ((201, 201), (400, 400), (403, 403), (405, 405), (500, 500)),
}


def _get_kwargs(
    *,
    body: CopyMetadataFilesForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ingest/copy_metadata_files/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CopyMetadataFilesResult | Error | str | None:
    if response.status_code == 201:
        from ... import _records as _r

        response_201 = _r.parse(CopyMetadataFilesResult, _r.json_body(response))
        return response_201

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 201))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CopyMetadataFilesResult | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CopyMetadataFilesForm,
) -> Response[Any | CopyMetadataFilesResult | Error | str]:
    """Copy metadata files from locations into a SIP

     Copies each file of `source_paths[]` into the SIP's `metadata/` directory. Files in locations that
    are not attached to this pipeline are skipped without an error. An unknown `sip_uuid` is not caught
    by the server and answers a 500 Django HTML page.

    Args:
        body (CopyMetadataFilesForm): The form fields of `copy_ingest_metadata_files`.
            `source_paths[]` is sent as repeated fields of that exact name (brackets included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CopyMetadataFilesResult | Error | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CopyMetadataFilesForm,
) -> Any | CopyMetadataFilesResult | Error | str | None:
    """Copy metadata files from locations into a SIP

     Copies each file of `source_paths[]` into the SIP's `metadata/` directory. Files in locations that
    are not attached to this pipeline are skipped without an error. An unknown `sip_uuid` is not caught
    by the server and answers a 500 Django HTML page.

    Args:
        body (CopyMetadataFilesForm): The form fields of `copy_ingest_metadata_files`.
            `source_paths[]` is sent as repeated fields of that exact name (brackets included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CopyMetadataFilesResult | Error | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CopyMetadataFilesForm,
) -> Response[Any | CopyMetadataFilesResult | Error | str]:
    """Copy metadata files from locations into a SIP

     Copies each file of `source_paths[]` into the SIP's `metadata/` directory. Files in locations that
    are not attached to this pipeline are skipped without an error. An unknown `sip_uuid` is not caught
    by the server and answers a 500 Django HTML page.

    Args:
        body (CopyMetadataFilesForm): The form fields of `copy_ingest_metadata_files`.
            `source_paths[]` is sent as repeated fields of that exact name (brackets included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CopyMetadataFilesResult | Error | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CopyMetadataFilesForm,
) -> Any | CopyMetadataFilesResult | Error | str | None:
    """Copy metadata files from locations into a SIP

     Copies each file of `source_paths[]` into the SIP's `metadata/` directory. Files in locations that
    are not attached to this pipeline are skipped without an error. An unknown `sip_uuid` is not caught
    by the server and answers a 500 Django HTML page.

    Args:
        body (CopyMetadataFilesForm): The form fields of `copy_ingest_metadata_files`.
            `source_paths[]` is sent as repeated fields of that exact name (brackets included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CopyMetadataFilesResult | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
