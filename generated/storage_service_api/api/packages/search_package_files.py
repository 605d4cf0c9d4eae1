from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_result import FailureResult
from ...models.file_metadata import FileMetadata
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "search_package_files",
    "method": "GET",
    "path": "/api/v2/file/metadata/",
    "parameters": {
        "relative_path": {
            "in": "query",
            "name": "relative_path",
            "required": False,
            "schema": {"type": "string"},
        },
        "fileuuid": {
            "in": "query",
            "name": "fileuuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
        "accessionid": {
            "in": "query",
            "name": "accessionid",
            "required": False,
            "schema": {"type": "string"},
        },
        "sipuuid": {
            "in": "query",
            "name": "sipuuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (401, 401), (404, 404)),
}


def _get_kwargs(
    *,
    relative_path: str | Unset = UNSET,
    fileuuid: UUID | Unset = UNSET,
    accessionid: str | Unset = UNSET,
    sipuuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["relative_path"] = relative_path

    json_fileuuid: str | Unset = UNSET
    if not isinstance(fileuuid, Unset):
        json_fileuuid = str(fileuuid)
    params["fileuuid"] = json_fileuuid

    params["accessionid"] = accessionid

    json_sipuuid: str | Unset = UNSET
    if not isinstance(sipuuid, Unset):
        json_sipuuid = str(sipuuid)
    params["sipuuid"] = json_sipuuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/file/metadata/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FailureResult | list[FileMetadata] | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[FileMetadata]",
            _r.load(
                _r.ListOf(_r.model("file_metadata", "FileMetadata")),
                _r.json_body(response),
            ),
        )
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(FailureResult, _r.json_body(response))
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FailureResult | list[FileMetadata]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    relative_path: str | Unset = UNSET,
    fileuuid: UUID | Unset = UNSET,
    accessionid: str | Unset = UNSET,
    sipuuid: UUID | Unset = UNSET,
) -> Response[Any | FailureResult | list[FileMetadata]]:
    """Find recorded files by path, UUID, accession or SIP

     Looks up file records across every package, answering them in the shape of Archivematica's
    `transferfile` search index. At least one parameter is needed (else 400); no match answers 404 with
    an empty body. The server also takes POST here, still reading the query string.

    Args:
        relative_path (str | Unset):
        fileuuid (UUID | Unset):
        accessionid (str | Unset):
        sipuuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FailureResult | list[FileMetadata]]
    """

    kwargs = _get_kwargs(
        relative_path=relative_path,
        fileuuid=fileuuid,
        accessionid=accessionid,
        sipuuid=sipuuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    relative_path: str | Unset = UNSET,
    fileuuid: UUID | Unset = UNSET,
    accessionid: str | Unset = UNSET,
    sipuuid: UUID | Unset = UNSET,
) -> Any | FailureResult | list[FileMetadata] | None:
    """Find recorded files by path, UUID, accession or SIP

     Looks up file records across every package, answering them in the shape of Archivematica's
    `transferfile` search index. At least one parameter is needed (else 400); no match answers 404 with
    an empty body. The server also takes POST here, still reading the query string.

    Args:
        relative_path (str | Unset):
        fileuuid (UUID | Unset):
        accessionid (str | Unset):
        sipuuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FailureResult | list[FileMetadata]
    """

    return sync_detailed(
        client=client,
        relative_path=relative_path,
        fileuuid=fileuuid,
        accessionid=accessionid,
        sipuuid=sipuuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    relative_path: str | Unset = UNSET,
    fileuuid: UUID | Unset = UNSET,
    accessionid: str | Unset = UNSET,
    sipuuid: UUID | Unset = UNSET,
) -> Response[Any | FailureResult | list[FileMetadata]]:
    """Find recorded files by path, UUID, accession or SIP

     Looks up file records across every package, answering them in the shape of Archivematica's
    `transferfile` search index. At least one parameter is needed (else 400); no match answers 404 with
    an empty body. The server also takes POST here, still reading the query string.

    Args:
        relative_path (str | Unset):
        fileuuid (UUID | Unset):
        accessionid (str | Unset):
        sipuuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FailureResult | list[FileMetadata]]
    """

    kwargs = _get_kwargs(
        relative_path=relative_path,
        fileuuid=fileuuid,
        accessionid=accessionid,
        sipuuid=sipuuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    relative_path: str | Unset = UNSET,
    fileuuid: UUID | Unset = UNSET,
    accessionid: str | Unset = UNSET,
    sipuuid: UUID | Unset = UNSET,
) -> Any | FailureResult | list[FileMetadata] | None:
    """Find recorded files by path, UUID, accession or SIP

     Looks up file records across every package, answering them in the shape of Archivematica's
    `transferfile` search index. At least one parameter is needed (else 400); no match answers 404 with
    an empty body. The server also takes POST here, still reading the query string.

    Args:
        relative_path (str | Unset):
        fileuuid (UUID | Unset):
        accessionid (str | Unset):
        sipuuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FailureResult | list[FileMetadata]
    """

    return (
        await asyncio_detailed(
            client=client,
            relative_path=relative_path,
            fileuuid=fileuuid,
            accessionid=accessionid,
            sipuuid=sipuuid,
        )
    ).parsed
