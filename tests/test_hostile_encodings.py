"""Encodings, line endings and NUL bytes: the words arrive as written, on the right lines."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from hostile.corpus import ACCENTED, CURLY, article_with, write, write_good_articles

from tui import cli

LATIN = "Un témoin a vu « la fumée » près du quai ; le maire a parlé à 18 h, déçu."


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict, list[str]]:
    status = cli.main(["-f", "json", *args])
    out, err = capsys.readouterr()
    return status, json.loads(out), err.splitlines()


def texts_of(data: dict, name: str) -> list[str]:
    article = next(a["id"] for a in data["articles"] if a["name"] == name)
    return [m["text"] for c in data["clusters"] for m in c["members"] if m["article"] == article]


ENCODED = {
    # name: (bytes, the paragraphs that must come back, the warning expected or None)
    "utf8.txt": (article_with([ACCENTED, CURLY]).encode("utf-8"), [ACCENTED, CURLY], None),
    "utf8_bom.txt": (article_with([ACCENTED, CURLY]).encode("utf-8-sig"), [ACCENTED, CURLY], None),
    "utf16_bom.txt": (article_with([ACCENTED, CURLY]).encode("utf-16"), [ACCENTED, CURLY], None),
    "utf16be_bom.txt": (codecs.BOM_UTF16_BE + article_with([ACCENTED, CURLY]).encode("utf-16-be"), [ACCENTED, CURLY], None),
    "utf16_no_bom.txt": (
        article_with([ACCENTED, CURLY]).encode("utf-16-le"), [ACCENTED, CURLY], "no byte order mark; read as UTF-16-LE",
    ),
    "windows1252.txt": (
        article_with([ACCENTED, CURLY]).encode("cp1252"), [ACCENTED, CURLY], "not UTF-8; read as Windows-1252",
    ),
    "latin1.txt": (article_with([ACCENTED, LATIN]).encode("latin-1"), [ACCENTED, LATIN], "not UTF-8; read as Latin-1"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encodings_are_detected_and_nothing_is_mangled(name: str, tmp_path: Path, capsys) -> None:
    data, expected, warning = ENCODED[name]
    write_good_articles(tmp_path)
    write(tmp_path, name, data)
    status, result, err = run_json([str(tmp_path)], capsys)
    assert status == 0
    assert texts_of(result, name) == expected
    titles = {a["name"]: a["title"] for a in result["articles"]}
    assert titles[name] == "Ferry inquiry opens in Dravik"  # no BOM or stray byte in front
    path = tmp_path / name
    assert err == ([f"storydiff: {path}: {warning}"] if warning else [])


def test_a_stray_byte_in_utf8_keeps_the_rest_utf8(tmp_path: Path, capsys) -> None:
    data = article_with([ACCENTED, CURLY]).encode("utf-8").replace("déclaré".encode(), b"d\xe9clar\xe9")
    path = write(tmp_path, "mostly.txt", data)
    status, result, err = run_json([str(path)], capsys)
    assert status == 0
    assert texts_of(result, "mostly.txt") == [ACCENTED.replace("déclaré", "d\ufffdclar\ufffd"), CURLY]
    assert f"storydiff: {path}: 2 bytes not valid UTF-8, shown as \ufffd" in err


LINES = [
    "Ferry inquiry opens in Dravik",  # line 1: headline
    "",
    "The first witness said the engine stopped without warning near the pier on Sunday.",  # 3
    "",
    "",
    "A second witness said the lights went out on deck about ten minutes later.",  # 6
    "The crew handed out blankets while they waited for the rescue boats to arrive.",  # 7
    "",
    "Investigators will question the captain and the engineer next week in Dravik.",  # 9
]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_line_numbers_hold_for_every_line_ending(ending: str, tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "endings.txt", ending.join(LINES) + ending)
    status, result, _ = run_json([str(path)], capsys)
    assert status == 0
    members = [m for c in result["clusters"] for m in c["members"]]
    assert [(m["line"], m["text"]) for m in members] == [(n, LINES[n - 1]) for n in (3, 6, 7, 9)]


def test_nul_bytes_are_removed_and_counted(tmp_path: Path, capsys) -> None:
    data = "\n".join(LINES).encode().replace(b"engine", b"eng\x00ine", 1).replace(b"crew", b"\x00crew\x00")
    path = write(tmp_path, "nuls.txt", data)
    status, result, err = run_json([str(path)], capsys)
    assert status == 0
    assert err[0] == f"storydiff: {path}: removed 3 NUL bytes"
    texts = [m["text"] for c in result["clusters"] for m in c["members"]]
    assert texts == [LINES[n - 1] for n in (3, 6, 7, 9)]


def test_a_file_that_is_mostly_nul_bytes_is_binary(tmp_path: Path, capsys) -> None:
    write_good_articles(tmp_path / "story")
    path = write(tmp_path, "sparse.txt", b"Ferry news\n" + b"\x00" * 4000)
    status, _, err = run_json([str(tmp_path / "story"), str(path)], capsys)
    assert status == 1
    assert err == [f"storydiff: skipped {path}: not text (binary data)"]
