"""Compiles the hand-written specs in ``specs/`` into the typed client packages in ``generated/``.

Run ``python -m generator`` (all APIs), ``python -m generator --only archivesspace`` (one), or
``python -m generator --check`` (fail, naming the files, when ``generated/`` is stale).
"""
