"""Processing configurations as what they are: ``processingMCP.xml`` documents, handed back as bytes."""

from __future__ import annotations

from archivematica_api.api.processing_configurations import (
    AsyncProcessingConfigurationsNamespace,
    ProcessingConfigurationsNamespace,
)

from ..storage_service._raw import as_bytes


class ProcessingConfigurations(ProcessingConfigurationsNamespace):
    """``am.processing_configurations``: :meth:`get` answers the document's bytes."""

    def get(self, *, name: str) -> bytes:  # type: ignore[override]
        """The ``processingMCP.xml`` document of configuration ``name``, as bytes (its encoding is inside).

        Example: ``xml = am.processing_configurations.get(name="automated")``.
        """
        return as_bytes(super().get(name=name), f"/api/processing-configuration/{name}")


class AsyncProcessingConfigurations(AsyncProcessingConfigurationsNamespace):
    """The asynchronous ``am.processing_configurations``."""

    async def get(self, *, name: str) -> bytes:  # type: ignore[override]
        """The document of configuration ``name``, as bytes: ``await am.processing_configurations.get(name=n)``."""
        return as_bytes(await super().get(name=name), f"/api/processing-configuration/{name}")
