from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_response import CreatedResponse
from ...models.error import Error
from ...models.job import Job
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "create_job",
    "method": "POST",
    "path": "/repositories/{repo_id}/jobs",
    "parameters": {
        "repo_id": {
            "in": "path",
            "name": "repo_id",
            "required": True,
            "schema": {"type": "integer", "format": "int32", "minimum": 1},
            "reserved": ("with_agent",),
        }
    },
    "body": {"required": True, "kind": "instance", "type": Job},
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    repo_id: int,
    *,
    body: Job,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/repositories/{repo_id}/jobs".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedResponse | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(CreatedResponse, _r.json_body(response))
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
) -> Response[CreatedResponse | Error]:
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
    body: Job,
) -> Response[CreatedResponse | Error]:
    """Queue a job

     Queues a job that needs no uploaded files (a report, a PDF, a find-and-replace...): the body is a
    `job` whose `job` holds the type-specific settings. Besides `create_job`, each job type may need its
    own permissions (see `GET /job_types`); without them the server answers 403. For imports and
    spreadsheet jobs use `POST .../jobs_with_files`.

    Args:
        repo_id (int):
        body (Job): A background job of a repository: an import, a report, a PDF, a find-and-
            replace... The type-specific settings go in `job` (one of the job type models, told apart
            by `jsonmodel_type`); everything else is filled in by the server, which runs queued jobs
            one after another. Poll `GET .../jobs/{id}` for `status` and `GET .../jobs/{id}/log` for
            progress.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResponse | Error]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: Job,
) -> CreatedResponse | Error | None:
    """Queue a job

     Queues a job that needs no uploaded files (a report, a PDF, a find-and-replace...): the body is a
    `job` whose `job` holds the type-specific settings. Besides `create_job`, each job type may need its
    own permissions (see `GET /job_types`); without them the server answers 403. For imports and
    spreadsheet jobs use `POST .../jobs_with_files`.

    Args:
        repo_id (int):
        body (Job): A background job of a repository: an import, a report, a PDF, a find-and-
            replace... The type-specific settings go in `job` (one of the job type models, told apart
            by `jsonmodel_type`); everything else is filled in by the server, which runs queued jobs
            one after another. Poll `GET .../jobs/{id}` for `status` and `GET .../jobs/{id}/log` for
            progress.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResponse | Error
    """

    return sync_detailed(
        repo_id=repo_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: Job,
) -> Response[CreatedResponse | Error]:
    """Queue a job

     Queues a job that needs no uploaded files (a report, a PDF, a find-and-replace...): the body is a
    `job` whose `job` holds the type-specific settings. Besides `create_job`, each job type may need its
    own permissions (see `GET /job_types`); without them the server answers 403. For imports and
    spreadsheet jobs use `POST .../jobs_with_files`.

    Args:
        repo_id (int):
        body (Job): A background job of a repository: an import, a report, a PDF, a find-and-
            replace... The type-specific settings go in `job` (one of the job type models, told apart
            by `jsonmodel_type`); everything else is filled in by the server, which runs queued jobs
            one after another. Poll `GET .../jobs/{id}` for `status` and `GET .../jobs/{id}/log` for
            progress.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResponse | Error]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: Job,
) -> CreatedResponse | Error | None:
    """Queue a job

     Queues a job that needs no uploaded files (a report, a PDF, a find-and-replace...): the body is a
    `job` whose `job` holds the type-specific settings. Besides `create_job`, each job type may need its
    own permissions (see `GET /job_types`); without them the server answers 403. For imports and
    spreadsheet jobs use `POST .../jobs_with_files`.

    Args:
        repo_id (int):
        body (Job): A background job of a repository: an import, a report, a PDF, a find-and-
            replace... The type-specific settings go in `job` (one of the job type models, told apart
            by `jsonmodel_type`); everything else is filled in by the server, which runs queued jobs
            one after another. Poll `GET .../jobs/{id}` for `status` and `GET .../jobs/{id}/log` for
            progress.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResponse | Error
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            client=client,
            body=body,
        )
    ).parsed
