"""Read article files, folders and stdin into clean text, reporting what cannot be read.

Files are opened read-only; nothing here ever writes to, renames or deletes an input.

Limits, so that no input can hang storydiff or exhaust memory (a news article is rarely
more than 50 kB, and a paragraph rarely more than 2,000 characters):
- an article file larger than MAX_FILE_BYTES is refused, before it is read;
- a line longer than MAX_LINE_CHARS is cut to that length, with a warning.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from .markdown_text import markdown_to_text
from .sanitize import describe_removed, neutralise_counted, printable

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_FILE_MB = 1
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
MAX_LINE_CHARS = 20_000
LIMITS_TEXT = (
    f"an article file may be at most {MAX_FILE_MB} MB; lines longer than "
    f"{MAX_LINE_CHARS:,} characters are cut to that length, with a warning"
)

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
    path: str  # as shown: control characters made visible
    text: str
    warnings: tuple[str, ...] = ()
    origin: str = ""  # the path exactly as given ("" for stdin), to keep writes off the file


@dataclass(frozen=True)
class InputProblem:
    """An input that was skipped, with a one-line reason."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", printable(self.path))

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
        try:
            is_folder = stat.S_ISDIR(os.stat(raw).st_mode)
        except FileNotFoundError:
            problems.append(InputProblem(raw, "no such file or folder"))
            continue
        except PermissionError:
            problems.append(InputProblem(raw, "permission denied"))
            continue
        except (OSError, ValueError) as exc:
            problems.append(InputProblem(raw, f"cannot read ({_reason(exc)})"))
            continue
        if not is_folder:
            files.append(raw)
            continue
        try:
            found = sorted(
                p for p in Path(raw).iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
            )
        except OSError as exc:
            problems.append(InputProblem(raw, f"cannot list folder ({_reason(exc)})"))
            continue
        if not found:
            problems.append(InputProblem(raw, "folder has no .txt or .md articles"))
        files.extend(str(p) for p in found)
    return files, problems


def _reason(exc: Exception) -> str:
    return (getattr(exc, "strerror", None) or str(exc)).lower()


def read_source(path: str) -> Source:
    """Read and decode one file ('-' for stdin); raise LoadError with a reason."""
    if path == "-":
        if sys.stdin is None:
            raise LoadError("stdin is closed")
        try:
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise LoadError(f"cannot read ({_reason(exc)})") from None
        name = "stdin"
    else:
        try:
            size = os.stat(path).st_size
            if size > MAX_FILE_BYTES:
                raise LoadError(f"too large: {_megabytes(size)} (the limit is {MAX_FILE_MB} MB per article)")
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
        raise LoadError(f"too large: more than {MAX_FILE_MB} MB (the limit per article)")
    text, warnings = decode(data)
    if name.lower().endswith(".md"):
        text = markdown_to_text(text)
    origin = "" if path == "-" else path
    return Source(printable(name), printable(path), text, tuple(warnings), origin)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as text, detecting BOMs and legacy encodings; reject binaries.

    Raises LoadError for empty and binary inputs; everything else becomes neutralised
    text with LF line endings, and a warning for each repair made on the way.
    """
    warnings: list[str] = []
    if not data.strip():
        raise LoadError("empty file" if not data else "empty file (only white space)")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise LoadError(f"not text ({what})")
    text = _decode_bytes(data, warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, removed = neutralise_counted(text)
    if not text.strip():
        raise LoadError("no text left after removing control characters" if removed else "empty file")
    if removed:
        warnings.append(describe_removed(removed))
    text, cut = _cut_long_lines(text)
    if cut:
        warnings.append(cut)
    return text, warnings


def _decode_bytes(data: bytes, warnings: list[str]) -> str:
    """Bytes to text by BOM, then by shape: UTF-16, UTF-8, or a Windows code page."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        if sum(1 for c in text if c.isprintable() or c in "\r\n\t") < 0.95 * len(text):
            raise LoadError("not text (binary data)")
        warnings.append(f"no byte order mark; read as {utf16.upper()}")
        return text
    odd = len(data) - len(data.translate(None, _ODD_BYTES))
    if odd > max(8, len(data) // 50):
        raise LoadError("not text (binary data)")
    nuls = data.count(b"\x00")
    if nuls:
        data = data.replace(b"\x00", b"")
        warnings.append(f"removed {nuls} NUL byte{'s' if nuls != 1 else ''}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = data.decode("utf-8", errors="replace")
    bad = mostly.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for c in mostly if ord(c) > 0x7F and c != "\ufffd")
    if good > bad:
        warnings.append(f"{bad} byte{'s' if bad != 1 else ''} not valid UTF-8, shown as \ufffd")
        return mostly
    if any(0x80 <= b <= 0x9F for b in data):
        warnings.append("not UTF-8; read as Windows-1252")
        return data.decode("cp1252", errors="replace")
    warnings.append("not UTF-8; read as Latin-1")
    return data.decode("latin-1")


# UTF-32 first: its little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that text files do not contain: C0 controls other than tab, line feed, vertical
# tab, form feed, carriage return and escape (hostile text may hold many escapes; they
# are removed later, and counted).
_ODD_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B)) + b"\x7f"


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is mostly zero, as in UTF-16 text."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 4:
        return None
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _cut_long_lines(text: str) -> tuple[str, str]:
    """Cut lines longer than MAX_LINE_CHARS; return the text and a warning, or ''."""
    if len(text) <= MAX_LINE_CHARS:
        return text, ""
    lines = text.split("\n")
    long = [n for n, line in enumerate(lines, start=1) if len(line) > MAX_LINE_CHARS]
    if not long:
        return text, ""
    first = len(lines[long[0] - 1])
    text = "\n".join(line[:MAX_LINE_CHARS] for line in lines)
    if len(long) == 1:
        return text, f"line {long[0]} has {first:,} characters; kept its first {MAX_LINE_CHARS:,}"
    return text, (
        f"{len(long)} lines longer than {MAX_LINE_CHARS:,} characters cut to that length "
        f"(the first is line {long[0]})"
    )
