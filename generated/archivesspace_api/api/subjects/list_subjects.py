from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_subjects_sort_direction import (
    ListSubjectsSortDirection,
)
from ...models.subject import Subject
from ...models.subject_page import SubjectPage
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_subjects",
    "method": "GET",
    "path": "/subjects",
    "parameters": {
        "page": {
            "in": "query",
            "name": "page",
            "required": False,
            "schema": {"type": "integer", "minimum": 1},
        },
        "page_size": {
            "in": "query",
            "name": "page_size",
            "required": False,
            "schema": {"type": "integer", "minimum": 1, "maximum": 250},
        },
        "id_set": {
            "in": "query",
            "name": "id_set",
            "required": False,
            "schema": {
                "type": "array",
                "items": {"type": "integer", "format": "int32", "minimum": 1},
                "maxItems": 250,
            },
            "comma_joined": True,
        },
        "all_ids": {
            "in": "query",
            "name": "all_ids",
            "required": False,
            "schema": {"type": "boolean"},
        },
        "modified_since": {
            "in": "query",
            "name": "modified_since",
            "required": False,
            "schema": {"type": "integer", "minimum": 0},
        },
        "sort_field": {
            "in": "query",
            "name": "sort_field",
            "required": False,
            "schema": {"type": "string"},
        },
        "sort_direction": {
            "in": "query",
            "name": "sort_direction",
            "required": False,
            "schema": {"type": "string", "enum": ("asc", "desc")},
        },
        "resolve": {
            "in": "query",
            "name": "resolve[]",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
    id_set: list[int] | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: ListSubjectsSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_id_set: list[int] | Unset = UNSET
    if not isinstance(id_set, Unset):
        json_id_set = id_set

    if isinstance(json_id_set, list):
        params["id_set"] = ",".join(str(item) for item in json_id_set)

    params["all_ids"] = all_ids

    params["modified_since"] = modified_since

    params["sort_field"] = sort_field

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_resolve: list[str] | Unset = UNSET
    if not isinstance(resolve, Unset):
        json_resolve = resolve

    params["resolve[]"] = json_resolve

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subjects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[int] | list[Subject] | SubjectPage | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[int] | list[Subject] | SubjectPage",
            _r.load(
                _r.one_of(
                    _r.model("subject_page", "SubjectPage"),
                    _r.ListOf(_r.model("subject", "Subject")),
                    _r.ListOf(_r.INT),
                ),
                _r.json_body(response),
            ),
        )
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
) -> Response[Error | list[int] | list[Subject] | SubjectPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
    id_set: list[int] | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: ListSubjectsSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> Response[Error | list[int] | list[Subject] | SubjectPage]:
    """List subjects

     A paginated listing of every subject. Pass exactly one of `page`, `id_set` or `all_ids`.

    Args:
        page (int | Unset):
        page_size (int | Unset):  Default: 10.
        id_set (list[int] | Unset):
        all_ids (bool | Unset):
        modified_since (int | Unset):  Default: 0.
        sort_field (str | Unset):  Default: 'id'.
        sort_direction (ListSubjectsSortDirection | Unset):  Default: 'asc'.
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[int] | list[Subject] | SubjectPage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        id_set=id_set,
        all_ids=all_ids,
        modified_since=modified_since,
        sort_field=sort_field,
        sort_direction=sort_direction,
        resolve=resolve,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
    id_set: list[int] | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: ListSubjectsSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> Error | list[int] | list[Subject] | SubjectPage | None:
    """List subjects

     A paginated listing of every subject. Pass exactly one of `page`, `id_set` or `all_ids`.

    Args:
        page (int | Unset):
        page_size (int | Unset):  Default: 10.
        id_set (list[int] | Unset):
        all_ids (bool | Unset):
        modified_since (int | Unset):  Default: 0.
        sort_field (str | Unset):  Default: 'id'.
        sort_direction (ListSubjectsSortDirection | Unset):  Default: 'asc'.
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[int] | list[Subject] | SubjectPage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        id_set=id_set,
        all_ids=all_ids,
        modified_since=modified_since,
        sort_field=sort_field,
        sort_direction=sort_direction,
        resolve=resolve,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
    id_set: list[int] | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: ListSubjectsSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> Response[Error | list[int] | list[Subject] | SubjectPage]:
    """List subjects

     A paginated listing of every subject. Pass exactly one of `page`, `id_set` or `all_ids`.

    Args:
        page (int | Unset):
        page_size (int | Unset):  Default: 10.
        id_set (list[int] | Unset):
        all_ids (bool | Unset):
        modified_since (int | Unset):  Default: 0.
        sort_field (str | Unset):  Default: 'id'.
        sort_direction (ListSubjectsSortDirection | Unset):  Default: 'asc'.
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[int] | list[Subject] | SubjectPage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        id_set=id_set,
        all_ids=all_ids,
        modified_since=modified_since,
        sort_field=sort_field,
        sort_direction=sort_direction,
        resolve=resolve,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = 10,
    id_set: list[int] | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
    modified_since: int | Unset = 0,
    sort_field: str | Unset = "id",
    sort_direction: ListSubjectsSortDirection | Unset = "asc",
    resolve: list[str] | Unset = UNSET,
) -> Error | list[int] | list[Subject] | SubjectPage | None:
    """List subjects

     A paginated listing of every subject. Pass exactly one of `page`, `id_set` or `all_ids`.

    Args:
        page (int | Unset):
        page_size (int | Unset):  Default: 10.
        id_set (list[int] | Unset):
        all_ids (bool | Unset):
        modified_since (int | Unset):  Default: 0.
        sort_field (str | Unset):  Default: 'id'.
        sort_direction (ListSubjectsSortDirection | Unset):  Default: 'asc'.
        resolve (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[int] | list[Subject] | SubjectPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            id_set=id_set,
            all_ids=all_ids,
            modified_since=modified_since,
            sort_field=sort_field,
            sort_direction=sort_direction,
            resolve=resolve,
        )
    ).parsed
