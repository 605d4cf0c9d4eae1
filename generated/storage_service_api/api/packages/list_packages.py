import datetime
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_packages_format import (
    ListPackagesFormat,
)
from ...models.location_purpose import LocationPurpose
from ...models.package_list import PackageList
from ...models.package_status import PackageStatus
from ...models.package_type import PackageType
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_packages",
    "method": "GET",
    "path": "/api/v2/file/",
    "parameters": {
        "limit": {
            "in": "query",
            "name": "limit",
            "required": False,
            "schema": {"type": "integer", "minimum": 0, "maximum": 1000},
        },
        "offset": {
            "in": "query",
            "name": "offset",
            "required": False,
            "schema": {"type": "integer", "minimum": 0},
        },
        "format": {
            "in": "query",
            "name": "format",
            "required": False,
            "schema": {"type": "string", "enum": ("json",)},
        },
        "uuid": {
            "in": "query",
            "name": "uuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
        "uuid_in": {
            "in": "query",
            "name": "uuid__in",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "format": "uuid"}},
            "comma_joined": True,
        },
        "package_type": {
            "in": "query",
            "name": "package_type",
            "required": False,
            "schema": {
                "type": "string",
                "enum": ("AIP", "AIC", "SIP", "DIP", "transfer", "file", "deposit"),
            },
        },
        "package_type_in": {
            "in": "query",
            "name": "package_type__in",
            "required": False,
            "schema": {
                "type": "array",
                "items": {
                    "type": "string",
                    "enum": ("AIP", "AIC", "SIP", "DIP", "transfer", "file", "deposit"),
                },
            },
            "comma_joined": True,
        },
        "status": {
            "in": "query",
            "name": "status",
            "required": False,
            "schema": {
                "type": "string",
                "enum": (
                    "PENDING",
                    "STAGING",
                    "UPLOADED",
                    "VERIFIED",
                    "FAIL",
                    "DEL_REQ",
                    "DELETED",
                    "FINALIZE",
                    "MOVING",
                    "RECOVER_REQ",
                ),
            },
        },
        "status_in": {
            "in": "query",
            "name": "status__in",
            "required": False,
            "schema": {
                "type": "array",
                "items": {
                    "type": "string",
                    "enum": (
                        "PENDING",
                        "STAGING",
                        "UPLOADED",
                        "VERIFIED",
                        "FAIL",
                        "DEL_REQ",
                        "DELETED",
                        "FINALIZE",
                        "MOVING",
                        "RECOVER_REQ",
                    ),
                },
            },
            "comma_joined": True,
        },
        "path": {
            "in": "query",
            "name": "path",
            "required": False,
            "schema": {"type": "string"},
        },
        "stored_date": {
            "in": "query",
            "name": "stored_date",
            "required": False,
            "schema": {"type": "string", "format": "date-time"},
        },
        "stored_date_gte": {
            "in": "query",
            "name": "stored_date__gte",
            "required": False,
            "schema": {"type": "string", "format": "date-time"},
        },
        "stored_date_lt": {
            "in": "query",
            "name": "stored_date__lt",
            "required": False,
            "schema": {"type": "string", "format": "date-time"},
        },
        "current_location": {
            "in": "query",
            "name": "current_location",
            "required": False,
            "schema": {"type": "integer"},
        },
        "current_location_uuid": {
            "in": "query",
            "name": "current_location__uuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
        "current_location_purpose": {
            "in": "query",
            "name": "current_location__purpose",
            "required": False,
            "schema": {
                "type": "string",
                "enum": ("AR", "AS", "CP", "DS", "SD", "SS", "BL", "TS", "RP"),
            },
        },
        "related_packages": {
            "in": "query",
            "name": "related_packages",
            "required": False,
            "schema": {"type": "integer"},
        },
        "related_packages_uuid": {
            "in": "query",
            "name": "related_packages__uuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (401, 401)),
}


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListPackagesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    uuid_in: list[UUID] | Unset = UNSET,
    package_type: PackageType | Unset = UNSET,
    package_type_in: list[PackageType] | Unset = UNSET,
    status: PackageStatus | Unset = UNSET,
    status_in: list[PackageStatus] | Unset = UNSET,
    path: str | Unset = UNSET,
    stored_date: datetime.datetime | Unset = UNSET,
    stored_date_gte: datetime.datetime | Unset = UNSET,
    stored_date_lt: datetime.datetime | Unset = UNSET,
    current_location: int | Unset = UNSET,
    current_location_uuid: UUID | Unset = UNSET,
    current_location_purpose: LocationPurpose | Unset = UNSET,
    related_packages: int | Unset = UNSET,
    related_packages_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_format: str | Unset = UNSET
    if not isinstance(format, Unset):
        json_format = format

    params["format"] = json_format

    json_uuid: str | Unset = UNSET
    if not isinstance(uuid, Unset):
        json_uuid = str(uuid)
    params["uuid"] = json_uuid

    json_uuid_in: list[str] | Unset = UNSET
    if not isinstance(uuid_in, Unset):
        json_uuid_in = []
        for uuid_in_item_data in uuid_in:
            uuid_in_item = str(uuid_in_item_data)
            json_uuid_in.append(uuid_in_item)

    if isinstance(json_uuid_in, list):
        params["uuid__in"] = ",".join(str(item) for item in json_uuid_in)

    json_package_type: str | Unset = UNSET
    if not isinstance(package_type, Unset):
        json_package_type = package_type

    params["package_type"] = json_package_type

    json_package_type_in: list[str] | Unset = UNSET
    if not isinstance(package_type_in, Unset):
        json_package_type_in = []
        for package_type_in_item_data in package_type_in:
            package_type_in_item: str = package_type_in_item_data
            json_package_type_in.append(package_type_in_item)

    if isinstance(json_package_type_in, list):
        params["package_type__in"] = ",".join(
            str(item) for item in json_package_type_in
        )

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_status_in: list[str] | Unset = UNSET
    if not isinstance(status_in, Unset):
        json_status_in = []
        for status_in_item_data in status_in:
            status_in_item: str = status_in_item_data
            json_status_in.append(status_in_item)

    if isinstance(json_status_in, list):
        params["status__in"] = ",".join(str(item) for item in json_status_in)

    params["path"] = path

    json_stored_date: str | Unset = UNSET
    if not isinstance(stored_date, Unset):
        json_stored_date = stored_date.isoformat()
    params["stored_date"] = json_stored_date

    json_stored_date_gte: str | Unset = UNSET
    if not isinstance(stored_date_gte, Unset):
        json_stored_date_gte = stored_date_gte.isoformat()
    params["stored_date__gte"] = json_stored_date_gte

    json_stored_date_lt: str | Unset = UNSET
    if not isinstance(stored_date_lt, Unset):
        json_stored_date_lt = stored_date_lt.isoformat()
    params["stored_date__lt"] = json_stored_date_lt

    params["current_location"] = current_location

    json_current_location_uuid: str | Unset = UNSET
    if not isinstance(current_location_uuid, Unset):
        json_current_location_uuid = str(current_location_uuid)
    params["current_location__uuid"] = json_current_location_uuid

    json_current_location_purpose: str | Unset = UNSET
    if not isinstance(current_location_purpose, Unset):
        json_current_location_purpose = current_location_purpose

    params["current_location__purpose"] = json_current_location_purpose

    params["related_packages"] = related_packages

    json_related_packages_uuid: str | Unset = UNSET
    if not isinstance(related_packages_uuid, Unset):
        json_related_packages_uuid = str(related_packages_uuid)
    params["related_packages__uuid"] = json_related_packages_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/file/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PackageList | TastypieError | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(PackageList, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(TastypieError, _r.json_body(response))
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PackageList | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListPackagesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    uuid_in: list[UUID] | Unset = UNSET,
    package_type: PackageType | Unset = UNSET,
    package_type_in: list[PackageType] | Unset = UNSET,
    status: PackageStatus | Unset = UNSET,
    status_in: list[PackageStatus] | Unset = UNSET,
    path: str | Unset = UNSET,
    stored_date: datetime.datetime | Unset = UNSET,
    stored_date_gte: datetime.datetime | Unset = UNSET,
    stored_date_lt: datetime.datetime | Unset = UNSET,
    current_location: int | Unset = UNSET,
    current_location_uuid: UUID | Unset = UNSET,
    current_location_purpose: LocationPurpose | Unset = UNSET,
    related_packages: int | Unset = UNSET,
    related_packages_uuid: UUID | Unset = UNSET,
) -> Response[Any | PackageList | TastypieError]:
    """List the packages

     Deleted packages are listed too unless a `status` filter leaves them out. A page that holds a
    package with a null `origin_pipeline` (a SWORD deposit) answers 400 in plain text: the server cannot
    serialize it (fonds's `ss.packages.list()` then fetches that page one package at a time and skips
    the ones that fail).

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListPackagesFormat | Unset):
        uuid (UUID | Unset):
        uuid_in (list[UUID] | Unset):
        package_type (PackageType | Unset): The kind of package.
        package_type_in (list[PackageType] | Unset):
        status (PackageStatus | Unset): Where a package is in its life - PENDING (being stored),
            STAGING, UPLOADED (stored), VERIFIED, FAIL, DEL_REQ (deletion requested), DELETED,
            FINALIZE (a deposit waiting to be finalized), MOVING (being moved to another location),
            RECOVER_REQ (recovery requested).
        status_in (list[PackageStatus] | Unset):
        path (str | Unset):
        stored_date (datetime.datetime | Unset):
        stored_date_gte (datetime.datetime | Unset):
        stored_date_lt (datetime.datetime | Unset):
        current_location (int | Unset):
        current_location_uuid (UUID | Unset):
        current_location_purpose (LocationPurpose | Unset): What a location is for - AR AIP
            recovery, AS AIP storage, CP currently processing, DS DIP storage, SD SWORD deposit, SS
            the Storage Service's internal processing, BL transfer backlog, TS transfer source, RP
            replicator.
        related_packages (int | Unset):
        related_packages_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PackageList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        uuid_in=uuid_in,
        package_type=package_type,
        package_type_in=package_type_in,
        status=status,
        status_in=status_in,
        path=path,
        stored_date=stored_date,
        stored_date_gte=stored_date_gte,
        stored_date_lt=stored_date_lt,
        current_location=current_location,
        current_location_uuid=current_location_uuid,
        current_location_purpose=current_location_purpose,
        related_packages=related_packages,
        related_packages_uuid=related_packages_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListPackagesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    uuid_in: list[UUID] | Unset = UNSET,
    package_type: PackageType | Unset = UNSET,
    package_type_in: list[PackageType] | Unset = UNSET,
    status: PackageStatus | Unset = UNSET,
    status_in: list[PackageStatus] | Unset = UNSET,
    path: str | Unset = UNSET,
    stored_date: datetime.datetime | Unset = UNSET,
    stored_date_gte: datetime.datetime | Unset = UNSET,
    stored_date_lt: datetime.datetime | Unset = UNSET,
    current_location: int | Unset = UNSET,
    current_location_uuid: UUID | Unset = UNSET,
    current_location_purpose: LocationPurpose | Unset = UNSET,
    related_packages: int | Unset = UNSET,
    related_packages_uuid: UUID | Unset = UNSET,
) -> Any | PackageList | TastypieError | None:
    """List the packages

     Deleted packages are listed too unless a `status` filter leaves them out. A page that holds a
    package with a null `origin_pipeline` (a SWORD deposit) answers 400 in plain text: the server cannot
    serialize it (fonds's `ss.packages.list()` then fetches that page one package at a time and skips
    the ones that fail).

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListPackagesFormat | Unset):
        uuid (UUID | Unset):
        uuid_in (list[UUID] | Unset):
        package_type (PackageType | Unset): The kind of package.
        package_type_in (list[PackageType] | Unset):
        status (PackageStatus | Unset): Where a package is in its life - PENDING (being stored),
            STAGING, UPLOADED (stored), VERIFIED, FAIL, DEL_REQ (deletion requested), DELETED,
            FINALIZE (a deposit waiting to be finalized), MOVING (being moved to another location),
            RECOVER_REQ (recovery requested).
        status_in (list[PackageStatus] | Unset):
        path (str | Unset):
        stored_date (datetime.datetime | Unset):
        stored_date_gte (datetime.datetime | Unset):
        stored_date_lt (datetime.datetime | Unset):
        current_location (int | Unset):
        current_location_uuid (UUID | Unset):
        current_location_purpose (LocationPurpose | Unset): What a location is for - AR AIP
            recovery, AS AIP storage, CP currently processing, DS DIP storage, SD SWORD deposit, SS
            the Storage Service's internal processing, BL transfer backlog, TS transfer source, RP
            replicator.
        related_packages (int | Unset):
        related_packages_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PackageList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        uuid_in=uuid_in,
        package_type=package_type,
        package_type_in=package_type_in,
        status=status,
        status_in=status_in,
        path=path,
        stored_date=stored_date,
        stored_date_gte=stored_date_gte,
        stored_date_lt=stored_date_lt,
        current_location=current_location,
        current_location_uuid=current_location_uuid,
        current_location_purpose=current_location_purpose,
        related_packages=related_packages,
        related_packages_uuid=related_packages_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListPackagesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    uuid_in: list[UUID] | Unset = UNSET,
    package_type: PackageType | Unset = UNSET,
    package_type_in: list[PackageType] | Unset = UNSET,
    status: PackageStatus | Unset = UNSET,
    status_in: list[PackageStatus] | Unset = UNSET,
    path: str | Unset = UNSET,
    stored_date: datetime.datetime | Unset = UNSET,
    stored_date_gte: datetime.datetime | Unset = UNSET,
    stored_date_lt: datetime.datetime | Unset = UNSET,
    current_location: int | Unset = UNSET,
    current_location_uuid: UUID | Unset = UNSET,
    current_location_purpose: LocationPurpose | Unset = UNSET,
    related_packages: int | Unset = UNSET,
    related_packages_uuid: UUID | Unset = UNSET,
) -> Response[Any | PackageList | TastypieError]:
    """List the packages

     Deleted packages are listed too unless a `status` filter leaves them out. A page that holds a
    package with a null `origin_pipeline` (a SWORD deposit) answers 400 in plain text: the server cannot
    serialize it (fonds's `ss.packages.list()` then fetches that page one package at a time and skips
    the ones that fail).

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListPackagesFormat | Unset):
        uuid (UUID | Unset):
        uuid_in (list[UUID] | Unset):
        package_type (PackageType | Unset): The kind of package.
        package_type_in (list[PackageType] | Unset):
        status (PackageStatus | Unset): Where a package is in its life - PENDING (being stored),
            STAGING, UPLOADED (stored), VERIFIED, FAIL, DEL_REQ (deletion requested), DELETED,
            FINALIZE (a deposit waiting to be finalized), MOVING (being moved to another location),
            RECOVER_REQ (recovery requested).
        status_in (list[PackageStatus] | Unset):
        path (str | Unset):
        stored_date (datetime.datetime | Unset):
        stored_date_gte (datetime.datetime | Unset):
        stored_date_lt (datetime.datetime | Unset):
        current_location (int | Unset):
        current_location_uuid (UUID | Unset):
        current_location_purpose (LocationPurpose | Unset): What a location is for - AR AIP
            recovery, AS AIP storage, CP currently processing, DS DIP storage, SD SWORD deposit, SS
            the Storage Service's internal processing, BL transfer backlog, TS transfer source, RP
            replicator.
        related_packages (int | Unset):
        related_packages_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PackageList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        format=format,
        uuid=uuid,
        uuid_in=uuid_in,
        package_type=package_type,
        package_type_in=package_type_in,
        status=status,
        status_in=status_in,
        path=path,
        stored_date=stored_date,
        stored_date_gte=stored_date_gte,
        stored_date_lt=stored_date_lt,
        current_location=current_location,
        current_location_uuid=current_location_uuid,
        current_location_purpose=current_location_purpose,
        related_packages=related_packages,
        related_packages_uuid=related_packages_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    format: ListPackagesFormat | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    uuid_in: list[UUID] | Unset = UNSET,
    package_type: PackageType | Unset = UNSET,
    package_type_in: list[PackageType] | Unset = UNSET,
    status: PackageStatus | Unset = UNSET,
    status_in: list[PackageStatus] | Unset = UNSET,
    path: str | Unset = UNSET,
    stored_date: datetime.datetime | Unset = UNSET,
    stored_date_gte: datetime.datetime | Unset = UNSET,
    stored_date_lt: datetime.datetime | Unset = UNSET,
    current_location: int | Unset = UNSET,
    current_location_uuid: UUID | Unset = UNSET,
    current_location_purpose: LocationPurpose | Unset = UNSET,
    related_packages: int | Unset = UNSET,
    related_packages_uuid: UUID | Unset = UNSET,
) -> Any | PackageList | TastypieError | None:
    """List the packages

     Deleted packages are listed too unless a `status` filter leaves them out. A page that holds a
    package with a null `origin_pipeline` (a SWORD deposit) answers 400 in plain text: the server cannot
    serialize it (fonds's `ss.packages.list()` then fetches that page one package at a time and skips
    the ones that fail).

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        format (ListPackagesFormat | Unset):
        uuid (UUID | Unset):
        uuid_in (list[UUID] | Unset):
        package_type (PackageType | Unset): The kind of package.
        package_type_in (list[PackageType] | Unset):
        status (PackageStatus | Unset): Where a package is in its life - PENDING (being stored),
            STAGING, UPLOADED (stored), VERIFIED, FAIL, DEL_REQ (deletion requested), DELETED,
            FINALIZE (a deposit waiting to be finalized), MOVING (being moved to another location),
            RECOVER_REQ (recovery requested).
        status_in (list[PackageStatus] | Unset):
        path (str | Unset):
        stored_date (datetime.datetime | Unset):
        stored_date_gte (datetime.datetime | Unset):
        stored_date_lt (datetime.datetime | Unset):
        current_location (int | Unset):
        current_location_uuid (UUID | Unset):
        current_location_purpose (LocationPurpose | Unset): What a location is for - AR AIP
            recovery, AS AIP storage, CP currently processing, DS DIP storage, SD SWORD deposit, SS
            the Storage Service's internal processing, BL transfer backlog, TS transfer source, RP
            replicator.
        related_packages (int | Unset):
        related_packages_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PackageList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            format=format,
            uuid=uuid,
            uuid_in=uuid_in,
            package_type=package_type,
            package_type_in=package_type_in,
            status=status,
            status_in=status_in,
            path=path,
            stored_date=stored_date,
            stored_date_gte=stored_date_gte,
            stored_date_lt=stored_date_lt,
            current_location=current_location,
            current_location_uuid=current_location_uuid,
            current_location_purpose=current_location_purpose,
            related_packages=related_packages,
            related_packages_uuid=related_packages_uuid,
        )
    ).parsed
