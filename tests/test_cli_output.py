"""--output is atomic and never touches an input; inputs are never written, renamed or deleted."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hostile.corpus import write_good_articles

from tui import cli


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    status = cli.main(args)
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


def fingerprint(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every file under the folder: its checksum, modification time and inode."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            st = path.stat()
            found[str(path.relative_to(folder))] = (hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_ino)
    return found


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    write_good_articles(folder)
    return folder


def test_output_file_holds_exactly_what_stdout_would(story: Path, tmp_path: Path, capsys) -> None:
    for fmt in ("text", "markdown", "json"):
        target = tmp_path / f"report.{fmt}"
        status, out, _ = run(["-f", fmt, "-o", str(target), str(story)], capsys)
        assert status == 0 and out == ""
        _, expected, _ = run(["-f", fmt, str(story)], capsys)
        assert target.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "report.markdown", "report.text", "story"]


def test_output_replaces_an_old_file_whole_with_ordinary_permissions(story: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old\n" * 10_000, encoding="utf-8")
    old_umask = os.umask(0o022)
    try:
        status, _, _ = run(["-o", str(target), str(story)], capsys)
    finally:
        os.umask(old_umask)
    assert status == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("storydiff: 3 articles") and "old\n" not in text
    assert target.stat().st_mode & 0o777 == 0o644


def test_dash_as_output_is_stdout(story: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(["-o", "-", str(story)], capsys)
    assert status == 0 and out.startswith("storydiff: 3 articles")
    assert not (tmp_path / "-").exists()


def test_output_over_an_input_is_refused(story: Path, tmp_path: Path, capsys) -> None:
    before = fingerprint(story)
    article = story / "north_wire.txt"
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    hard = tmp_path / "hard.txt"
    os.link(article, hard)
    for target, inputs in (
        (article, [str(story)]),
        (article, [str(article), str(story / "ferry_daily.txt")]),
        (link, [str(story)]),
        (hard, [str(story)]),
        (story / ".." / "story" / "north_wire.txt", [str(story)]),
    ):
        status, out, err = run(["-o", str(target), *inputs], capsys)
        assert status == 2
        assert err == [f"storydiff: --output {target}: would overwrite the input article {article}"]
    assert fingerprint(story) == before


def test_output_where_nothing_can_be_written_is_a_usage_error(story: Path, tmp_path: Path, capsys) -> None:
    for target, reason in (
        (tmp_path / "nowhere" / "report.txt", f"no such folder {tmp_path / 'nowhere'}"),
        (tmp_path, "is a folder"),
    ):
        status, out, err = run(["-o", str(target), str(story)], capsys)
        assert status == 2
        assert err == [f"storydiff: --output {target}: {reason}"]


def test_no_run_writes_renames_or_deletes_an_input(story: Path, tmp_path: Path, capsys) -> None:
    (story / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (story / "crlf.txt").write_bytes(b"Harbour notice\r\n\r\nThe harbour reopened on Tuesday after the ferry was towed away.\r\n")
    before = fingerprint(story)
    for args in (
        ["-f", "text"], ["-f", "markdown"], ["-f", "json"],
        ["-o", str(story / "report.md"), "-f", "markdown"],
        ["-o", str(story / "report.md"), "-f", "markdown"],  # refused: the first report is now an input
        ["-o", str(story / "north_wire.txt")],  # refused
    ):
        run([*args, str(story)], capsys)
    after = fingerprint(story)
    after.pop("report.md")
    assert after == before


@pytest.mark.parametrize("stop", [KeyboardInterrupt, cli.Terminated, OSError])
def test_an_output_stopped_halfway_leaves_the_old_file_and_no_trace(tmp_path: Path, stop: type) -> None:
    target = tmp_path / "report.txt"
    target.write_text("the previous report\n", encoding="utf-8")

    def chunks():
        yield "a first cluster\n" * 1000
        raise stop()

    with pytest.raises(stop):
        cli.write_atomically(str(target), chunks())
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
