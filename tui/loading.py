"""Read article files, folders and stdin into clean text, reporting what cannot be read.

Files are opened read-only; nothing here ever writes to, renames or deletes an input.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .sanitize import neutralise

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 16 * 1024 * 1024  # documented in README: larger files are refused
MAX_LINE_CHARS = 200_000  # longer lines are cut, with a warning

BUNDLED_SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a RIFF media file",
    b"OggS": "an Ogg media file",
    b"ID3": "an MP3 file",
}


@dataclass(frozen=True)
class Source:
    """The decoded, neutralised text of one input, ready for segmenting."""

    name: str
    path: str
    text: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class InputProblem:
    """An input that was skipped, with a one-line reason."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class LoadError(Exception):
    """One input cannot be used; the message says why in one line."""


def expand_paths(paths: list[str]) -> tuple[list[str], list[InputProblem]]:
    """Turn files, folders and '-' into a list of files, in the order given."""
    files: list[str] = []
    problems: list[InputProblem] = []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(
                    p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
                )
            except OSError as exc:
                problems.append(InputProblem(raw, f"cannot list folder ({_reason(exc)})"))
                continue
            if not found:
                problems.append(InputProblem(raw, "folder has no .txt or .md articles"))
            files.extend(str(p) for p in found)
        elif path.exists():
            files.append(raw)
        else:
            problems.append(InputProblem(raw, "no such file or folder"))
    return files, problems


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def read_source(path: str) -> Source:
    """Read and decode one file ('-' for stdin); raise LoadError with a reason."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        name = "stdin"
    else:
        try:
            size = os.stat(path).st_size
            if size > MAX_FILE_BYTES:
                raise LoadError(
                    f"too large ({size // (1024 * 1024)} MB; the limit is "
                    f"{MAX_FILE_BYTES // (1024 * 1024)} MB per article)"
                )
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except PermissionError:
            raise LoadError("permission denied") from None
        except IsADirectoryError:
            raise LoadError("is a folder") from None
        except OSError as exc:
            raise LoadError(f"cannot read ({_reason(exc)})") from None
        name = Path(path).name
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(f"too large (the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB per article)")
    text, warnings = decode(data)
    return Source(name=name, path=path, text=text, warnings=tuple(warnings))


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as text, detecting BOMs and legacy encodings; reject binaries."""
    warnings: list[str] = []
    if not data.strip():
        raise LoadError("empty file")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise LoadError(f"not text ({what})")
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    else:
        nuls = data.count(b"\x00")
        if nuls > max(8, len(data) // 100):
            raise LoadError("not text (binary data)")
        data = data.replace(b"\x00", b"")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data)
            warnings.append("not UTF-8; read as Windows-1252")
        if nuls:
            warnings.append(f"removed {nuls} NUL byte{'s' if nuls != 1 else ''}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, removed = neutralise(text)
    if removed:
        warnings.append(
            f"removed {removed} control or escape sequence{'s' if removed != 1 else ''}"
        )
    lines = text.split("\n")
    if any(len(line) > MAX_LINE_CHARS for line in lines):
        lines = [line[:MAX_LINE_CHARS] for line in lines]
        text = "\n".join(lines)
        warnings.append(f"cut lines longer than {MAX_LINE_CHARS:,} characters")
    if not text.strip():
        raise LoadError("no text after removing control characters")
    return text, warnings


def _decode_legacy(data: bytes) -> str:
    """Windows-1252 where it maps every byte, else Latin-1 (which always does)."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
