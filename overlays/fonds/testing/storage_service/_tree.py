"""In-memory file trees: what a space holds, browsed through locations and copied into transfers.

Names are ``bytes``, as on a real filesystem, so a tree can hold a name that is not valid UTF-8.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator


class Dir(dict[bytes, "Dir | bytes"]):
    """A directory: names to sub-directories or file contents."""


def split(path: bytes) -> list[bytes]:
    """The non-empty components of ``path``."""
    return [part for part in path.split(b"/") if part and part != b"."]


def lookup(tree: Dir, path: bytes) -> Dir | bytes | None:
    """The node at ``path`` (relative to ``tree``), or None."""
    node: Dir | bytes = tree
    for part in split(path):
        if not isinstance(node, Dir) or part not in node:
            return None
        node = node[part]
    return node


def make_dirs(tree: Dir, path: bytes) -> Dir:
    """The directory at ``path``, created with its parents when missing."""
    node = tree
    for part in split(path):
        child = node.get(part)
        if not isinstance(child, Dir):
            child = node[part] = Dir()
        node = child
    return node


def put(tree: Dir, path: bytes, node: Dir | bytes) -> None:
    """Place ``node`` at ``path``, creating parent directories."""
    parts = split(path)
    if not parts:
        raise ValueError("cannot replace the root")
    make_dirs(tree, b"/".join(parts[:-1]))[parts[-1]] = node


def files(node: Dir | bytes, prefix: bytes = b"") -> Iterator[tuple[bytes, bytes]]:
    """Every file under ``node`` as ``(relative path, content)``, sorted by path."""
    if isinstance(node, bytes):
        yield prefix, node
        return
    for name in sorted(node):
        yield from files(node[name], posixpath.join(prefix, name) if prefix else name)


def size(node: Dir | bytes) -> int:
    """Total bytes under ``node``."""
    return sum(len(content) for _, content in files(node))


def copy(node: Dir | bytes) -> Dir | bytes:
    """A deep copy of ``node``."""
    if isinstance(node, bytes):
        return node
    return Dir({name: copy(child) for name, child in node.items()})


def listing(node: Dir) -> tuple[list[bytes], list[bytes], dict[bytes, dict[str, int]]]:
    """What a Storage Service browse answers for a directory: sorted entries, the directories among them, and
    properties per entry (a file's ``size``; a directory's ``object count`` only)."""
    entries = sorted(node)
    directories = [name for name in entries if isinstance(node[name], Dir)]
    properties: dict[bytes, dict[str, int]] = {}
    for name in entries:
        child = node[name]
        if isinstance(child, Dir):  # directories: only their object count, as the real server
            properties[name] = {"object count": sum(1 for _ in files(child))}
        else:
            properties[name] = {"size": len(child)}
    return entries, directories, properties


def sample_transfer_source() -> Dir:
    """The content of the seeded transfer source location: two small transfers, an empty directory and a file
    whose name is Latin-1 (not valid UTF-8)."""
    return Dir(
        {
            b"sample-transfer": Dir(
                {
                    b"README.txt": b"A sample transfer for the fonds simulators.\n",
                    b"images": Dir(
                        {
                            b"photo-1.jpg": b"\xff\xd8\xff\xe0JFIF sample 1\xff\xd9",
                            b"photo-2.jpg": b"\xff\xd8\xff\xe0JFIF sample 2\xff\xd9",
                        }
                    ),
                    b"documents": Dir({b"report.pdf": b"%PDF-1.4\n% sample report\n%%EOF\n"}),
                }
            ),
            b"second-transfer": Dir({b"data.csv": b"id,title\n1,First\n2,Second\n", b"notes.txt": b"Notes.\n"}),
            b"empty-dir": Dir(),
            b"r\xe9sum\xe9.txt": b"A file whose name is Latin-1 encoded.\n",
        }
    )
