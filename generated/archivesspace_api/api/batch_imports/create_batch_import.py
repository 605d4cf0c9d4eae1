from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_import_record import BatchImportRecord
from ...models.error import Error
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "create_batch_import",
    "method": "POST",
    "path": "/repositories/{repo_id}/batch_imports",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": ("with_agent",),
        },
        "migration": {
            "in": "query",
            "name": "migration",
            "required": False,
            "schema": {"type": "boolean"},
        },
        "skip_results": {
            "in": "query",
            "name": "skip_results",
            "required": False,
            "schema": {"type": "boolean"},
        },
    },
    "body": {"required": True, "kind": "list", "type": BatchImportRecord},
    "answers": ((200, 200), (400, 400), (403, 403), (409, 409), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    *,
    body: list[BatchImportRecord],
    migration: bool | Unset = UNSET,
    skip_results: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["migration"] = migration

    params["skip_results"] = skip_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/repositories/{repo_id}/batch_imports".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 409:
        from ... import _records as _r

        response_409 = _r.parse(Error, _r.json_body(response))
        return response_409

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
) -> Response[Error | str]:
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
    body: list[BatchImportRecord],
    migration: bool | Unset = UNSET,
    skip_results: bool | Unset = UNSET,
) -> Response[Error | str]:
    """Import a batch of linked records

     Saves a JSON array of records that link to each other through temporary URIs (such as
    `/repositories/import/resources/import_1`); the server creates them in dependency order and gives
    each a real URI. Values missing from editable enumerations are added on the fly. On databases with
    transactions a failure rolls the whole batch back.

    The answer is a plain-text stream, written while the import runs, that forms a JSON array once
    complete: `[` then progress objects (`{"status": [...]}`, one a second or so), ending with the
    result object `{"saved": {"<temporary uri>": ["<real uri>", <id>], ...}}`, or with `{"errors":
    ["Server error: ..."]}` (then `saved` is empty). The HTTP status is 200 even when the import fails:
    read the whole body, parse it as JSON and look at the last element.

    Args:
        repo_id (int):
        migration (bool | Unset):
        skip_results (bool | Unset):
        body (list[BatchImportRecord]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        body=body,
        migration=migration,
        skip_results=skip_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: list[BatchImportRecord],
    migration: bool | Unset = UNSET,
    skip_results: bool | Unset = UNSET,
) -> Error | str | None:
    """Import a batch of linked records

     Saves a JSON array of records that link to each other through temporary URIs (such as
    `/repositories/import/resources/import_1`); the server creates them in dependency order and gives
    each a real URI. Values missing from editable enumerations are added on the fly. On databases with
    transactions a failure rolls the whole batch back.

    The answer is a plain-text stream, written while the import runs, that forms a JSON array once
    complete: `[` then progress objects (`{"status": [...]}`, one a second or so), ending with the
    result object `{"saved": {"<temporary uri>": ["<real uri>", <id>], ...}}`, or with `{"errors":
    ["Server error: ..."]}` (then `saved` is empty). The HTTP status is 200 even when the import fails:
    read the whole body, parse it as JSON and look at the last element.

    Args:
        repo_id (int):
        migration (bool | Unset):
        skip_results (bool | Unset):
        body (list[BatchImportRecord]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        repo_id=repo_id,
        client=client,
        body=body,
        migration=migration,
        skip_results=skip_results,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: list[BatchImportRecord],
    migration: bool | Unset = UNSET,
    skip_results: bool | Unset = UNSET,
) -> Response[Error | str]:
    """Import a batch of linked records

     Saves a JSON array of records that link to each other through temporary URIs (such as
    `/repositories/import/resources/import_1`); the server creates them in dependency order and gives
    each a real URI. Values missing from editable enumerations are added on the fly. On databases with
    transactions a failure rolls the whole batch back.

    The answer is a plain-text stream, written while the import runs, that forms a JSON array once
    complete: `[` then progress objects (`{"status": [...]}`, one a second or so), ending with the
    result object `{"saved": {"<temporary uri>": ["<real uri>", <id>], ...}}`, or with `{"errors":
    ["Server error: ..."]}` (then `saved` is empty). The HTTP status is 200 even when the import fails:
    read the whole body, parse it as JSON and look at the last element.

    Args:
        repo_id (int):
        migration (bool | Unset):
        skip_results (bool | Unset):
        body (list[BatchImportRecord]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        body=body,
        migration=migration,
        skip_results=skip_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: list[BatchImportRecord],
    migration: bool | Unset = UNSET,
    skip_results: bool | Unset = UNSET,
) -> Error | str | None:
    """Import a batch of linked records

     Saves a JSON array of records that link to each other through temporary URIs (such as
    `/repositories/import/resources/import_1`); the server creates them in dependency order and gives
    each a real URI. Values missing from editable enumerations are added on the fly. On databases with
    transactions a failure rolls the whole batch back.

    The answer is a plain-text stream, written while the import runs, that forms a JSON array once
    complete: `[` then progress objects (`{"status": [...]}`, one a second or so), ending with the
    result object `{"saved": {"<temporary uri>": ["<real uri>", <id>], ...}}`, or with `{"errors":
    ["Server error: ..."]}` (then `saved` is empty). The HTTP status is 200 even when the import fails:
    read the whole body, parse it as JSON and look at the last element.

    Args:
        repo_id (int):
        migration (bool | Unset):
        skip_results (bool | Unset):
        body (list[BatchImportRecord]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            client=client,
            body=body,
            migration=migration,
            skip_results=skip_results,
        )
    ).parsed
