"""The inside of a package: a BagIt bag with a METS file, as Archivematica writes AIPs."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr


def aip_files(name: str, uuid: str, objects: Iterable[tuple[str, bytes]], created: str) -> list[tuple[str, bytes]]:
    """The files of AIP ``<name>-<uuid>`` holding ``objects`` (paths relative to ``objects/``), each path starting
    with the AIP's directory name."""
    root = f"{name}-{uuid}"
    payload = [(f"data/objects/{path}", content) for path, content in objects]
    payload.append((f"data/METS.{uuid}.xml", mets(uuid, [path for path, _ in objects], created).encode()))
    payload.sort()
    manifest = "".join(f"{hashlib.sha256(content).hexdigest()}  {path}\n" for path, content in payload)
    info = f"Bag-Software-Agent: fonds.testing\nBagging-Date: {created[:10]}\nPayload-Oxum: " + (
        f"{sum(len(c) for _, c in payload)}.{len(payload)}\n"
    )
    tags = [
        ("bagit.txt", b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n"),
        ("bag-info.txt", info.encode()),
        ("manifest-sha256.txt", manifest.encode()),
    ]
    return [(f"{root}/{path}", content) for path, content in [*tags, *payload]]


def transfer_files(name: str, uuid: str, objects: Iterable[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The files of a transfer kept in backlog: ``<name>-<uuid>/objects/...`` plus its ``metadata/``."""
    root = f"{name}-{uuid}"
    out = [(f"{root}/objects/{path}", content) for path, content in objects]
    out.append((f"{root}/metadata/submissionDocumentation/.keep", b""))
    return sorted(out)


def mets(uuid: str, object_paths: list[str], created: str) -> str:
    """A small METS document naming each object file."""
    files = "\n".join(
        f'      <mets:file ID="file-{index}" GROUPID="Group-{index}">'
        f'<mets:FLocat xlink:href={quoteattr("objects/" + path)} LOCTYPE="OTHER" OTHERLOCTYPE="SYSTEM"/></mets:file>'
        for index, path in enumerate(object_paths, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f"OBJID={quoteattr(uuid)}>\n"
        f'  <mets:metsHdr CREATEDATE="{escape(created)}"/>\n'
        '  <mets:fileSec>\n    <mets:fileGrp USE="original">\n'
        f"{files}\n"
        "    </mets:fileGrp>\n  </mets:fileSec>\n"
        '  <mets:structMap TYPE="physical"><mets:div TYPE="Directory" LABEL="objects"/></mets:structMap>\n'
        "</mets:mets>\n"
    )


def pointer_file(uuid: str, full_path: str, checksum: str, size: int, created: str) -> str:
    """The METS pointer file of a compressed AIP: where it is, its size and its SHA-256 (PREMIS fixity)."""
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:premis="http://www.loc.gov/premis/v3" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        f'  <mets:metsHdr CREATEDATE="{escape(created)}"/>\n'
        '  <mets:amdSec ID="amdSec_1"><mets:techMD ID="techMD_1"><mets:mdWrap MDTYPE="PREMIS:OBJECT"><mets:xmlData>\n'
        '    <premis:object xsi:type="premis:file" version="3.0">\n'
        "      <premis:objectIdentifier><premis:objectIdentifierType>UUID</premis:objectIdentifierType>"
        f"<premis:objectIdentifierValue>{escape(uuid)}</premis:objectIdentifierValue></premis:objectIdentifier>\n"
        "      <premis:objectCharacteristics><premis:compositionLevel>1</premis:compositionLevel>\n"
        "        <premis:fixity><premis:messageDigestAlgorithm>sha256</premis:messageDigestAlgorithm>"
        f"<premis:messageDigest>{checksum}</premis:messageDigest></premis:fixity>\n"
        f"        <premis:size>{size}</premis:size>\n"
        "        <premis:format><premis:formatDesignation><premis:formatName>GZIP</premis:formatName>"
        "</premis:formatDesignation></premis:format>\n"
        "      </premis:objectCharacteristics>\n"
        "    </premis:object>\n"
        "  </mets:xmlData></mets:mdWrap></mets:techMD></mets:amdSec>\n"
        '  <mets:fileSec><mets:fileGrp USE="Archival Information Package">'
        f'<mets:file ID={quoteattr(uuid)} ADMID="amdSec_1"><mets:FLocat xlink:href={quoteattr(full_path)} '
        'LOCTYPE="OTHER" OTHERLOCTYPE="SYSTEM"/></mets:file></mets:fileGrp></mets:fileSec>\n'
        '  <mets:structMap TYPE="physical"><mets:div TYPE="Archival Information Package">'
        f"<mets:fptr FILEID={quoteattr(uuid)}/></mets:div></mets:structMap>\n"
        "</mets:mets>\n"
    )
