"""``fonds ss``: the Storage Service, with amclient's subcommands under their own names."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ._common import examples, shared
from ._common import uuid_arg as _uuid
from ._output import emit_many, emit_one, emit_text, plain, progress, write_whole
from ._settings import api_key_client

app = typer.Typer(
    help="The Storage Service: AIPs, DIPs, locations, pipelines, downloads (amclient's commands).",
    no_args_is_help=True,
)

SS = ("storage_service", "output")
PACKAGE_COLUMNS = ["uuid", "package_type", "status", "current_path", "size"]
PURPOSES = {
    "AR": "AIP_RECOVERY",
    "AS": "AIP_STORAGE",
    "CP": "CURRENTLY_PROCESSING",
    "DS": "DIP_STORAGE",
    "SD": "SWORD_DEPOSIT",
    "SS": "STORAGE_SERVICE_INTERNAL",
    "BL": "BACKLOG",
    "TS": "TRANSFER_SOURCE",
    "RP": "REPLICATOR",
}
REINGEST_TYPES = {"full": "full", "metadata": "metadata", "metadata_only": "metadata", "objects": "objects"}


def _client() -> Any:
    return api_key_client("storage_service")


def _decode(name: str) -> str:
    from ..archivematica import decode_name

    value = decode_name(name)
    return value if isinstance(value, str) else value.decode("utf-8", "backslashreplace")


@app.command("transferables", epilog=examples("fonds ss transferables 6a7d... --transfer-path sample-transfer"))
@shared(*SS)
def transferables(
    transfer_source: Annotated[str, typer.Argument(help="UUID of the transfer source location.")],
    transfer_path: Annotated[str, typer.Option(help="Directory inside the location.")] = "",
) -> None:
    """List what a transfer source holds (names decoded from base64)."""
    from storage_service_api.types import UNSET

    path = transfer_path if transfer_path else UNSET  # a plain path: browse encodes it
    location = _uuid(transfer_source, "TRANSFER_SOURCE")
    with _client() as ss:
        result = plain(ss.locations.browse(uuid=location, path=path))
    props = result.get("properties") or {}
    emit_one(
        {
            "directories": [_decode(d) for d in result.get("directories") or []],
            "entries": [_decode(e) for e in result.get("entries") or []],
            "properties": {_decode(k): v for k, v in props.items()},
        }
    )


def _packages(ss: Any, package_type: str) -> Any:
    return ss.packages.list(package_type=package_type)


@app.command("aips", epilog=examples("fonds ss aips", "fonds ss aips --json --fields uuid,current_full_path"))
@shared(*SS)
def aips() -> None:
    """List every AIP."""
    with _client() as ss:
        emit_many(_packages(ss, "AIP"), PACKAGE_COLUMNS)


@app.command("dips", epilog=examples("fonds ss dips --csv"))
@shared(*SS)
def dips() -> None:
    """List every DIP."""
    with _client() as ss:
        emit_many(_packages(ss, "DIP"), PACKAGE_COLUMNS)


@app.command("get-all-compressed-aips", epilog=examples("fonds ss get-all-compressed-aips --json"))
@shared(*SS)
def get_all_compressed_aips() -> None:
    """List the stored AIPs that are compressed (.7z), as amclient tells them apart."""
    with _client() as ss:
        rows = (
            aip
            for aip in _packages(ss, "AIP")
            if str(plain(aip.status)) == "UPLOADED" and os.path.splitext(str(aip.current_full_path))[1] == ".7z"
        )
        emit_many(rows, PACKAGE_COLUMNS)


def _dips_of(dips: list[Any], aip_uuid: str) -> list[Any]:
    return [d for d in dips if str(d.current_path).rstrip("/").endswith(aip_uuid)]


@app.command("aips2dips", epilog=examples("fonds ss aips2dips --json"))
@shared(*SS)
def aips2dips() -> None:
    """List every AIP with the UUIDs of its DIPs."""
    with _client() as ss:
        all_dips = list(_packages(ss, "DIP"))
        rows = (
            {"aip_uuid": str(a.uuid), "dip_uuids": [str(d.uuid) for d in _dips_of(all_dips, str(a.uuid))]}
            for a in _packages(ss, "AIP")
        )
        emit_many(rows, ["aip_uuid", "dip_uuids"])


@app.command("aip2dips", epilog=examples("fonds ss aip2dips fb5b8bef-..."))
@shared(*SS)
def aip2dips(aip_uuid: Annotated[str, typer.Argument(help="UUID of the AIP.")]) -> None:
    """List the DIPs made from one AIP."""
    aip = str(_uuid(aip_uuid, "AIP_UUID"))
    with _client() as ss:
        emit_many(_dips_of(list(_packages(ss, "DIP")), aip), PACKAGE_COLUMNS)


def _download(uuid: str, directory: str | None, name: str) -> None:
    target = Path(directory or ".")
    package = str(_uuid(uuid, name.upper() + "_UUID"))
    with _client() as ss, progress(f"{name} {uuid[:8]}", kind="bytes") as bar:
        path = ss.packages.download(
            package,
            to=str(target) + os.sep,
            on_progress=lambda got, total: bar.update(completed=got, total=total),
        )
    _saved(path, path.stat().st_size)


def _saved(path: Path, size: int) -> None:
    """Where a file was saved: its path, or with --json/--csv its path and size."""
    from ._state import STATE

    if STATE.output in ("json", "csv"):
        emit_one({"path": str(path), "bytes": size})
    else:
        emit_text(str(path))


DIRECTORY = Annotated[str | None, typer.Option(help="Folder to save into (created if need be; default: here).")]


@app.command("download-aip", epilog=examples("fonds ss download-aip fb5b8bef-... --directory aips/"))
@shared(*SS)
def download_aip(
    aip_uuid: Annotated[str, typer.Argument(help="UUID of the AIP.")], directory: DIRECTORY = None
) -> None:
    """Download an AIP (a progress bar on a terminal); nothing is left behind unless it arrived whole."""
    _download(aip_uuid, directory, "aip")


@app.command("download-dip", epilog=examples("fonds ss download-dip 3c1e... --directory dips/"))
@shared(*SS)
def download_dip(
    dip_uuid: Annotated[str, typer.Argument(help="UUID of the DIP.")], directory: DIRECTORY = None
) -> None:
    """Download a DIP; nothing is left behind unless it arrived whole."""
    _download(dip_uuid, directory, "dip")


@app.command(
    "delete-aip", epilog=examples("fonds ss delete-aip fb5b8bef-... 9b1c... 'Duplicate' 1 archivist@example.org")
)
@shared(*SS)
def delete_aip(
    aip_uuid: Annotated[str, typer.Argument(help="UUID of the AIP.")],
    pipeline_uuid: Annotated[str, typer.Argument(help="UUID of the pipeline asking.")],
    event_reason: Annotated[str, typer.Argument(help="Why the AIP should be deleted.")],
    ss_user_id: Annotated[str, typer.Argument(help="Id of the user asking, e.g. 1.")],
    ss_user_email: Annotated[str, typer.Argument(help="Email address of the user asking.")],
) -> None:
    """Ask for an AIP to be deleted (an administrator approves the request in the Storage Service)."""
    from storage_service_api.models.package_event_request import PackageEventRequest

    body = PackageEventRequest(
        event_reason=event_reason,
        pipeline=_uuid(pipeline_uuid, "PIPELINE_UUID"),
        user_id=int(ss_user_id) if ss_user_id.isdigit() else ss_user_id,
        user_email=ss_user_email,
    )
    aip = _uuid(aip_uuid, "AIP_UUID")
    with _client() as ss:
        emit_one(ss.packages.request_deletion(uuid=aip, body=body))


@app.command("get-pipelines", epilog=examples("fonds ss get-pipelines --json"))
@shared(*SS)
def get_pipelines() -> None:
    """List the (enabled) pipelines."""
    with _client() as ss:
        emit_many(ss.pipelines.list(), ["uuid", "description", "remote_name"])


@app.command("reingest-aip", epilog=examples("fonds ss reingest-aip 9b1c... fb5b8bef-... --reingest-type metadata"))
@shared(*SS)
def reingest_aip(
    pipeline_uuid: Annotated[str, typer.Argument(help="UUID of the pipeline to reingest on.")],
    aip_uuid: Annotated[str, typer.Argument(help="UUID of the AIP.")],
    reingest_type: Annotated[str, typer.Option(help="full, metadata (amclient's METADATA_ONLY) or objects.")] = "full",
    processing_config: Annotated[str, typer.Option(help="Processing configuration.")] = "default",
) -> None:
    """Start the reingest of an AIP."""
    from storage_service_api.models.reingest_request import ReingestRequest

    from ..errors import InvalidArgument

    kind = REINGEST_TYPES.get(reingest_type.lower())
    if kind is None:
        raise InvalidArgument("reingest-aip", "--reingest-type", "full, metadata or objects", repr(reingest_type))
    body = ReingestRequest(
        pipeline=_uuid(pipeline_uuid, "PIPELINE_UUID"),
        reingest_type=kind,  # type: ignore[arg-type]
        processing_config=processing_config,
    )
    aip = _uuid(aip_uuid, "AIP_UUID")
    with _client() as ss:
        emit_one(ss.packages.reingest(uuid=aip, body=body))


@app.command("get-package-details", epilog=examples("fonds ss get-package-details fb5b8bef-... --json"))
@shared(*SS)
def get_package_details(package_uuid: Annotated[str, typer.Argument(help="UUID of the package.")]) -> None:
    """Show one package."""
    package = _uuid(package_uuid, "PACKAGE_UUID")
    with _client() as ss:
        emit_one(ss.packages.get(uuid=package))


@app.command("list-storage-locations", epilog=examples("fonds ss list-storage-locations --fields uuid,purpose"))
@shared(*SS)
def list_storage_locations() -> None:
    """List the (enabled) locations."""
    with _client() as ss:
        emit_many(ss.locations.list(), ["uuid", "purpose", "relative_path", "description"])


def _extract(package_uuid: str, relative_path: str) -> bytes:
    package = _uuid(package_uuid, "PACKAGE_UUID")
    with _client() as ss:
        answer = ss.packages.extract_file(uuid=package, relative_path_to_file=relative_path)
    if isinstance(answer, str):
        return answer.encode("utf-8")
    return bytes(answer.payload.read())


@app.command(
    "extract-file",
    epilog=examples("fonds ss extract-file fb5b8bef-... photos-fb5b.../data/METS.fb5b....xml --directory out/"),
)
@shared(*SS)
def extract_file(
    package_uuid: Annotated[str, typer.Argument(help="UUID of the package.")],
    relative_path: Annotated[str, typer.Argument(help="Path of the file inside the package.")],
    directory: DIRECTORY = None,
    saveas_filename: Annotated[str | None, typer.Option(help="File name to save as (default: its own).")] = None,
) -> None:
    """Save one file of a package; written whole or not at all."""
    data = _extract(package_uuid, relative_path)
    folder = Path(directory or ".")
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / (saveas_filename or os.path.basename(relative_path.rstrip("/")) or package_uuid)
    write_whole(final, data)
    _saved(final, len(data))


@app.command(
    "extract-file-stream", epilog=examples("fonds ss extract-file-stream fb5b8bef-... photos/data/METS.xml > METS.xml")
)
@shared(*SS)
def extract_file_stream(
    package_uuid: Annotated[str, typer.Argument(help="UUID of the package.")],
    relative_path: Annotated[str, typer.Argument(help="Path of the file inside the package.")],
) -> None:
    """Write one file of a package to standard output."""
    data = _extract(package_uuid, relative_path)
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


@app.command(
    "create-location",
    epilog=examples("fonds ss create-location 9b1c... 7d2e... AS /var/aips --location-description AIPs"),
)
@shared(*SS)
def create_location(
    pipeline_uuids: Annotated[str, typer.Argument(help="Pipeline UUID(s), comma-separated.")],
    space_uuid: Annotated[str, typer.Argument(help="UUID of the space.")],
    location_purpose: Annotated[str, typer.Argument(help="AR, AS, CP, DS, SD, SS, BL, TS or RP.")],
    space_relative_path: Annotated[str, typer.Argument(help="Path relative to the space's path.")],
    location_description: Annotated[str | None, typer.Option(help="Description of the location.")] = None,
    default: Annotated[bool, typer.Option("--default", help="Make it the default for its purpose.")] = False,
) -> None:
    """Create a location in a space."""
    from storage_service_api.models.location_create import LocationCreate

    from ..errors import InvalidArgument

    purpose = location_purpose.upper()
    if purpose not in PURPOSES:
        raise InvalidArgument("create-location", "LOCATION_PURPOSE", ", ".join(PURPOSES), repr(location_purpose))
    pipelines = [f"/api/v2/pipeline/{_uuid(p.strip(), 'PIPELINE_UUIDS')}/" for p in pipeline_uuids.split(",")]
    body = LocationCreate(
        space=f"/api/v2/space/{_uuid(space_uuid, 'SPACE_UUID')}/",
        purpose=purpose,  # type: ignore[arg-type]
        relative_path=space_relative_path,
        pipeline=pipelines,
        description=location_description or "",
        default=default,
    )
    with _client() as ss:
        emit_one(ss.locations.create(body=body))
