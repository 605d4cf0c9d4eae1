from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "generate_bulk_archival_object_updater_spreadsheet",
    "method": "POST",
    "path": "/bulk_archival_object_updater/repositories/{repo_id}/generate_spreadsheet",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": (),
        },
        "uri": {
            "in": "query",
            "name": "uri",
            "required": True,
            "schema": {"type": "string"},
        },
        "resource_uri": {
            "in": "query",
            "name": "resource_uri",
            "required": True,
            "schema": {"type": "string"},
        },
        "min_subrecords": {
            "in": "query",
            "name": "min_subrecords",
            "required": False,
            "schema": {"type": "integer", "minimum": 0},
        },
        "extra_subrecords": {
            "in": "query",
            "name": "extra_subrecords",
            "required": False,
            "schema": {"type": "integer", "minimum": 0},
        },
        "min_notes": {
            "in": "query",
            "name": "min_notes",
            "required": False,
            "schema": {"type": "integer", "minimum": 0},
        },
        "selected_columns": {
            "in": "query",
            "name": "selected_columns[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    *,
    uri: str,
    resource_uri: str,
    min_subrecords: int | Unset = 0,
    extra_subrecords: int | Unset = 3,
    min_notes: int | Unset = 2,
    selected_columns: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uri"] = uri

    params["resource_uri"] = resource_uri

    params["min_subrecords"] = min_subrecords

    params["extra_subrecords"] = extra_subrecords

    params["min_notes"] = min_notes

    json_selected_columns: list[str] | Unset = UNSET
    if not isinstance(selected_columns, Unset):
        json_selected_columns = selected_columns

    params["selected_columns[]"] = json_selected_columns

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_archival_object_updater/repositories/{repo_id}/generate_spreadsheet".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 404:
        from ... import _records as _r

        response_404 = _r.parse(Error, _r.json_body(response))
        return response_404

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
) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    uri: str,
    resource_uri: str,
    min_subrecords: int | Unset = 0,
    extra_subrecords: int | Unset = 3,
    min_notes: int | Unset = 2,
    selected_columns: list[str] | Unset = UNSET,
) -> Response[Error | File]:
    """Generate a spreadsheet for bulk-updating archival objects

     An Excel workbook with one row per chosen archival object of a resource and columns for its fields
    and subrecords, to edit and load back with a `bulk_archival_object_updater_job`. `min_subrecords`,
    `extra_subrecords` and `min_notes` set how many column groups repeatable subrecords and notes get
    (the extra ones are left empty for new entries). Takes no body; all values go in the query string.

    Args:
        repo_id (int):
        uri (str):
        resource_uri (str):
        min_subrecords (int | Unset):  Default: 0.
        extra_subrecords (int | Unset):  Default: 3.
        min_notes (int | Unset):  Default: 2.
        selected_columns (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        uri=uri,
        resource_uri=resource_uri,
        min_subrecords=min_subrecords,
        extra_subrecords=extra_subrecords,
        min_notes=min_notes,
        selected_columns=selected_columns,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    uri: str,
    resource_uri: str,
    min_subrecords: int | Unset = 0,
    extra_subrecords: int | Unset = 3,
    min_notes: int | Unset = 2,
    selected_columns: list[str] | Unset = UNSET,
) -> Error | File | None:
    """Generate a spreadsheet for bulk-updating archival objects

     An Excel workbook with one row per chosen archival object of a resource and columns for its fields
    and subrecords, to edit and load back with a `bulk_archival_object_updater_job`. `min_subrecords`,
    `extra_subrecords` and `min_notes` set how many column groups repeatable subrecords and notes get
    (the extra ones are left empty for new entries). Takes no body; all values go in the query string.

    Args:
        repo_id (int):
        uri (str):
        resource_uri (str):
        min_subrecords (int | Unset):  Default: 0.
        extra_subrecords (int | Unset):  Default: 3.
        min_notes (int | Unset):  Default: 2.
        selected_columns (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        repo_id=repo_id,
        client=client,
        uri=uri,
        resource_uri=resource_uri,
        min_subrecords=min_subrecords,
        extra_subrecords=extra_subrecords,
        min_notes=min_notes,
        selected_columns=selected_columns,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    uri: str,
    resource_uri: str,
    min_subrecords: int | Unset = 0,
    extra_subrecords: int | Unset = 3,
    min_notes: int | Unset = 2,
    selected_columns: list[str] | Unset = UNSET,
) -> Response[Error | File]:
    """Generate a spreadsheet for bulk-updating archival objects

     An Excel workbook with one row per chosen archival object of a resource and columns for its fields
    and subrecords, to edit and load back with a `bulk_archival_object_updater_job`. `min_subrecords`,
    `extra_subrecords` and `min_notes` set how many column groups repeatable subrecords and notes get
    (the extra ones are left empty for new entries). Takes no body; all values go in the query string.

    Args:
        repo_id (int):
        uri (str):
        resource_uri (str):
        min_subrecords (int | Unset):  Default: 0.
        extra_subrecords (int | Unset):  Default: 3.
        min_notes (int | Unset):  Default: 2.
        selected_columns (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        uri=uri,
        resource_uri=resource_uri,
        min_subrecords=min_subrecords,
        extra_subrecords=extra_subrecords,
        min_notes=min_notes,
        selected_columns=selected_columns,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    uri: str,
    resource_uri: str,
    min_subrecords: int | Unset = 0,
    extra_subrecords: int | Unset = 3,
    min_notes: int | Unset = 2,
    selected_columns: list[str] | Unset = UNSET,
) -> Error | File | None:
    """Generate a spreadsheet for bulk-updating archival objects

     An Excel workbook with one row per chosen archival object of a resource and columns for its fields
    and subrecords, to edit and load back with a `bulk_archival_object_updater_job`. `min_subrecords`,
    `extra_subrecords` and `min_notes` set how many column groups repeatable subrecords and notes get
    (the extra ones are left empty for new entries). Takes no body; all values go in the query string.

    Args:
        repo_id (int):
        uri (str):
        resource_uri (str):
        min_subrecords (int | Unset):  Default: 0.
        extra_subrecords (int | Unset):  Default: 3.
        min_notes (int | Unset):  Default: 2.
        selected_columns (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            client=client,
            uri=uri,
            resource_uri=resource_uri,
            min_subrecords=min_subrecords,
            extra_subrecords=extra_subrecords,
            min_notes=min_notes,
            selected_columns=selected_columns,
        )
    ).parsed
