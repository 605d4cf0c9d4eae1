"""Processing configurations: the two built-in ``processingMCP.xml`` documents the dashboard installs.

Each built-in is a list of preconfigured choices - the decision (as the document's comment names it), the
workflow link it applies to, and the chain (or Storage Service location) it goes to - as Archivematica ships
them; the document is written in the dashboard's own layout (no XML declaration, two-space indents).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

Choice = tuple[str, str, str]

_SHARED: tuple[Choice, ...] = (
    ("Store DIP", "5e58066d-e113-4383-b20b-f301ed4d751c", "8d29eb3d-a8a8-4347-806e-3d8227ed44a1"),
    ("Select compression level", "01c651cb-c174-4ba4-b985-1d87a44d6754", "ecfad581-b007-4612-a0e0-fcc551f4057f"),
    ("Examine contents", "accea2bf-ba74-4a3a-bb97-614775c74459", "e0a39199-c62a-4a2f-98de-e9d1116460a8"),
    (
        "Select file format identification command (Submission documentation & metadata)",
        "087d27be-c719-47d8-9bbb-9a7d8b609c44",
        "25a91595-37f0-4373-a89a-56a757353fb8",
    ),
    (
        'Normalize (match 1 for "Normalize for preservation")',
        "cb8e5706-e73f-472f-ad9b-d1236af8095f",
        "612e3609-ce9a-4df6-a9a3-63d634d2d934",
    ),
    (
        'Normalize (match 2 for "Normalize for preservation")',
        "7509e7dc-1e1b-4dce-8d21-e130515fce73",
        "612e3609-ce9a-4df6-a9a3-63d634d2d934",
    ),
)
_DEFAULT: tuple[Choice, ...] = (
    *_SHARED,
    ("Bind PIDs", "05357876-a095-4c11-86b5-a7fff01af668", "fcfea449-158c-452c-a8ad-4ae009c4eaba"),
    (
        "Add normative structMap to METS XML",
        "d0dfa5fc-e3c2-4638-9eda-f96eea1070e0",
        "29881c21-3548-454a-9637-ebc5fd46aee0",
    ),
    ("Create SIP(s)", "bb194013-597c-4e4a-8493-b36d190f8717", "61cfa825-120e-4b17-83e6-51a42b67d969"),
    (
        "Delete packages after extraction",
        "f19926dd-8fb5-4c79-8ade-c83f61f55b40",
        "72e8443e-a8eb-49a8-ba5f-76d52f960bde",
    ),
    ("Transcribe files (OCR)", "7079be6d-3a25-41e6-a481-cee5f352fe6e", "5a9985d3-ce7e-4710-85c1-f74696770fa9"),
    (
        "Select file format identification command (Transfer)",
        "f09847c2-ee51-429a-9478-a860477f6b8d",
        "bed4eeb1-d654-4d97-b98d-40eb51d3d4bb",
    ),
    ("Store DIP location", "cd844b6e-ab3c-4bc6-b34f-7103f88715de", "/api/v2/location/default/DS/"),
    (
        "Generate transfer structure report",
        "56eebd45-5600-4768-a8c2-ec0114555a3d",
        "df54fec1-dae1-4ea6-8d17-a839ee7ac4a7",
    ),
    (
        "Perform policy checks on originals",
        "70fc7040-d4fb-4d19-a0e6-792387ca1006",
        "3e891cc4-39d2-4989-a001-5107a009a223",
    ),
    (
        "Reminder: add metadata if desired",
        "eeb23509-57e2-4529-8857-9d62525db048",
        "5727faac-88af-40e8-8c10-268644b0142d",
    ),
    ("Select compression algorithm", "01d64f58-8295-4b7b-9cab-8f1b153a504f", "dc04c4c0-07ea-4796-b643-66d967ed33a4"),
    ("Store AIP", "2d32235c-02d4-4686-88a6-96f4d6c7b1c3", "9efab23c-31dc-4cbd-a39d-bb1665460cbe"),
    (
        "Perform policy checks on access derivatives",
        "8ce07e94-6130-4987-96f0-2399ad45c5c2",
        "76befd52-14c3-44f9-838f-15a4e01624b0",
    ),
    (
        "Select file format identification command (Ingest)",
        "7a024896-c4f7-4808-a240-44c87c762bc5",
        "664cbde3-e658-4288-87db-bd28266d83f5",
    ),
    (
        "Perform policy checks on preservation derivatives",
        "153c5f41-3cfb-47ba-9150-2dd44ebc27df",
        "b7ce05f0-9d94-4b3e-86cc-d4b2c6dba546",
    ),
    ("Assign UUIDs to directories", "bd899573-694e-4d33-8c9b-df0af802437d", "891f60d0-1ba8-48d3-b39e-dd0934635d29"),
    ("Store AIP location", "b320ce81-9982-408a-9502-097d0daa48fa", "/api/v2/location/default/AS/"),
    ("Send transfer to quarantine", "755b4177-c587-41a7-8c52-015277568302", "d4404ab1-dc7f-4e9e-b1f8-aa861e766b8e"),
    ("Extract packages", "dec97e3c-5598-4b99-b26e-f87a435a6b7f", "79f1f5af-7694-48a4-b645-e42790bbf870"),
    ("Approve normalization", "de909a42-c5b5-46e1-9985-c031b50e9d30", "1e0df175-d56d-450d-8bee-7df1dc7ae815"),
    ("Upload DIP", "92879a29-45bf-4f0b-ac43-e64474f0f2f9", "6eb8ebe7-fab3-4e4c-b9d7-14de17625baa"),
)
_BY_NAME = {choice[0]: choice for choice in _DEFAULT}
# The automated configuration makes the same choices but one (it uploads no DIP by another chain), in its order.
_AUTOMATED: tuple[Choice, ...] = (
    *_SHARED,
    *(
        _BY_NAME[name]
        for name in (
            "Create SIP(s)",
            "Delete packages after extraction",
            "Transcribe files (OCR)",
            "Select file format identification command (Transfer)",
            "Store DIP location",
            "Generate transfer structure report",
            "Perform policy checks on originals",
            "Reminder: add metadata if desired",
            "Select compression algorithm",
            "Store AIP",
            "Perform policy checks on access derivatives",
            "Select file format identification command (Ingest)",
            "Perform policy checks on preservation derivatives",
            "Store AIP location",
            "Send transfer to quarantine",
            "Extract packages",
            "Approve normalization",
        )
    ),
    ("Upload DIP", "92879a29-45bf-4f0b-ac43-e64474f0f2f9", "0fe9842f-9519-4067-a691-8a363132ae24"),
    _BY_NAME["Bind PIDs"],
    _BY_NAME["Add normative structMap to METS XML"],
    _BY_NAME["Assign UUIDs to directories"],
)
BUILTIN = {"default": _DEFAULT, "automated": _AUTOMATED}


def document(choices: tuple[Choice, ...]) -> str:
    """A ``processingMCP.xml`` preconfiguring ``(decision, applies to, go to chain)`` choices.

    Example: ``document(BUILTIN["default"]).startswith("<processingMCP>")``.
    """
    entries = "".join(
        f"    <!-- {escape(decision)} -->\n"
        "    <preconfiguredChoice>\n"
        f"      <appliesTo>{applies_to}</appliesTo>\n"
        f"      <goToChain>{go_to}</goToChain>\n"
        "    </preconfiguredChoice>\n"
        for decision, applies_to, go_to in choices
    )
    return f"<processingMCP>\n  <preconfiguredChoices>\n{entries}  </preconfiguredChoices>\n</processingMCP>\n"


def builtin(name: str) -> str | None:
    """The built-in configuration ``name`` (``default`` or ``automated``), or None.

    Example: ``"Store AIP location" in builtin("automated")``.
    """
    choices = BUILTIN.get(name)
    return document(choices) if choices else None
