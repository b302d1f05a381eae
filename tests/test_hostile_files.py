"""Bad inputs beside good ones: each skipped with one line on stderr, the rest compared."""

from __future__ import annotations

import builtins
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hostile.corpus import (
    GOOD_ARTICLES,
    accepted_files,
    bad_files,
    png_image,
    write,
    write_corpus,
    write_good_articles,
)

from tui import cli, loading

GOOD_NAMES = sorted(GOOD_ARTICLES)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    status = cli.main(args)
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    write_good_articles(folder)
    return folder


def _make_bad(where: Path, case: str) -> Path:
    """One bad input, made in the test folder."""
    if case == "missing":
        return where / "gone.txt"
    if case == "empty folder":
        (where / "empty").mkdir()
        return where / "empty"
    if case == "folder of other files":
        folder = where / "downloads"
        folder.mkdir()
        write(folder, "photo.png", png_image())
        write(folder, "notes.docx", b"PK\x03\x04 not an article")
        return folder
    return write(where, case, bad_files()[case][0])


BAD_CASES = {
    "missing": "no such file or folder",
    "empty folder": "folder has no .txt or .md articles",
    "folder of other files": "folder has no .txt or .md articles",
    **{name: reason for name, (_, reason) in bad_files().items()},
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_a_bad_input_is_skipped_with_one_line_and_the_rest_compared(
    case: str, story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _make_bad(tmp_path, case)
    status, out, err = run(["-f", "json", str(story), str(bad)], capsys)
    assert status == 1
    assert err == [f"storydiff: skipped {bad}: {BAD_CASES[case]}"]
    data = json.loads(out)
    assert [a["name"] for a in data["articles"]] == GOOD_NAMES
    assert any(len({m["article"] for m in c["members"]}) == 3 for c in data["clusters"])


def test_permission_denied_simulated(story: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated: the tests may run as root, whom file modes do not stop."""
    locked = story / GOOD_NAMES[0]
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(loading, "open", refusing_open, raising=False)
    status, out, err = run(["-f", "json", str(story)], capsys)
    assert status == 1
    assert err == [f"storydiff: skipped {locked}: permission denied"]
    assert [a["name"] for a in json.loads(out)["articles"]] == GOOD_NAMES[1:]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(story: Path, capsys) -> None:
    locked = story / GOOD_NAMES[0]
    locked.chmod(0)
    try:
        status, _, err = run(["-f", "json", str(story)], capsys)
    finally:
        locked.chmod(0o644)
    assert status == 1
    assert err == [f"storydiff: skipped {locked}: permission denied"]


def test_no_article_at_all_is_a_usage_error(tmp_path: Path, capsys) -> None:
    png = _make_bad(tmp_path, "png_image.txt")
    empty = _make_bad(tmp_path, "empty_file.txt")
    status, out, err = run([str(png), str(empty), str(tmp_path / "gone.txt")], capsys)
    assert status == 2
    assert out == ""
    assert err == [
        f"storydiff: skipped {tmp_path / 'gone.txt'}: no such file or folder",
        f"storydiff: skipped {png}: not text (a PNG image)",
        f"storydiff: skipped {empty}: empty file",
        "storydiff: no article to compare (give article files or folders)",
    ]


def test_an_empty_folder_alone_is_a_usage_error(tmp_path: Path, capsys) -> None:
    status, _, err = run([str(_make_bad(tmp_path, "empty folder"))], capsys)
    assert status == 2
    assert err[-1] == "storydiff: no article to compare (give article files or folders)"


@pytest.mark.parametrize("argv", [["--threshold", "2"], ["--threshold", "x"], ["--frobnicate"], ["-f", "html"]])
def test_bad_options_are_usage_errors(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    assert "usage: storydiff" in capsys.readouterr().err


def test_one_article_is_shown_with_a_note(story: Path, capsys) -> None:
    status, out, err = run(["-f", "text", str(story / "north_wire.txt")], capsys)
    assert status == 0
    assert err == ["storydiff: only one article: nothing to compare"]
    assert "note: only one article: nothing to compare" in out
    assert "Korven, the harbour master, said rescue boats were delayed" in out


def test_the_same_file_twice_is_compared_once(story: Path, capsys) -> None:
    one = story / "ferry_daily.txt"
    link = story.parent / "link.txt"
    link.symlink_to(one)
    status, out, err = run(["-f", "json", str(story), str(one), str(link)], capsys)
    assert status == 1
    assert err == [
        f"storydiff: skipped {one}: given twice (same file as {one})",
        f"storydiff: skipped {link}: given twice (same file as {one})",
    ]
    assert [a["name"] for a in json.loads(out)["articles"]] == GOOD_NAMES


def test_two_files_with_the_same_text_are_not_aligned_with_each_other(story: Path, capsys) -> None:
    copy = story.parent / "mirror" / "ferry_copy.txt"
    copy.parent.mkdir()
    # The same words with other line endings and spacing are still the same text.
    text = GOOD_ARTICLES["ferry_daily.txt"].replace("\n", "\r\n").replace(" ", "  ")
    copy.write_bytes(text.encode("utf-16"))
    status, out, err = run(["-f", "json", str(story), str(copy)], capsys)
    assert status == 1
    assert err == [f"storydiff: skipped {copy}: same text as {story / 'ferry_daily.txt'}; compared once"]
    data = json.loads(out)
    assert [a["name"] for a in data["articles"]] == GOOD_NAMES
    for cluster in data["clusters"]:
        articles = [m["article"] for m in cluster["members"]]
        assert len(articles) == len(set(articles))


def test_a_copied_folder_is_reported_file_by_file(story: Path, capsys) -> None:
    twin = story.parent / "twin"
    shutil.copytree(story, twin)
    status, out, err = run(["-f", "json", str(story), str(twin)], capsys)
    assert status == 1
    assert len(err) == 3 and all("; compared once" in line for line in err)
    assert len(json.loads(out)["articles"]) == 3


def test_the_whole_hostile_corpus_in_one_folder(tmp_path: Path, capsys) -> None:
    folder = write_corpus(tmp_path / "downloads")
    expected_err = sorted(
        [f"storydiff: skipped {folder / name}: {reason}" for name, (_, reason) in bad_files().items()]
        + [f"storydiff: {folder / name}: {warning}" for name, (_, warning) in accepted_files().items() if warning]
    )
    status, out, err = run(["-f", "json", str(folder)], capsys)
    assert status == 1
    assert sorted(err) == expected_err
    names = sorted(a["name"] for a in json.loads(out)["articles"])
    assert names == sorted([*GOOD_ARTICLES, *accepted_files()])
    for fmt in ("text", "markdown"):
        status, out, err2 = run(["-f", fmt, str(folder)], capsys)
        assert status == 1 and sorted(err2) == expected_err
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out)
