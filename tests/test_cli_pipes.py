"""storydiff as a real process: pipes closed early, plain terminals, Ctrl+C."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from hostile.corpus import article_with, large_story, story_line, write

ROOT = Path(__file__).resolve().parent.parent
_SCRIPT = Path(sys.executable).parent / "storydiff"
STORYDIFF = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "tui"]


def run(args: list[str], stdin: bytes = b"", **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        STORYDIFF + args, cwd=ROOT, input=stdin, capture_output=True, env={**os.environ, **env}, timeout=120
    )


def piped_into_head(args: list[str]) -> tuple[int, bytes, bytes]:
    """`storydiff ARGS | head -1` through a real pipe: status, head's output, stderr."""
    producer = subprocess.Popen(STORYDIFF + args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", "-1"], stdin=producer.stdout, stdout=subprocess.PIPE)
    assert producer.stdout is not None and producer.stderr is not None
    producer.stdout.close()  # only head holds the reading end now
    shown, _ = head.communicate(timeout=120)
    err = producer.stderr.read()
    producer.stderr.close()
    return producer.wait(timeout=120), shown, err


def test_head_closing_the_pipe_on_the_seeds_ends_quietly() -> None:
    status, shown, err = piped_into_head(["seeds"])
    assert status == 0
    assert shown.startswith(b"storydiff: 5 articles")
    assert err == b""


def test_head_closing_the_pipe_mid_output_ends_quietly(tmp_path: Path) -> None:
    """Output far larger than a pipe holds, so the write after head leaves must fail."""
    long = write(tmp_path, "long.txt", article_with([story_line(n) for n in range(1000)]))
    status, shown, err = piped_into_head([str(long)])
    assert status == 0
    assert shown.startswith(b"storydiff: 1 article, 1000 clusters")
    assert err == b"storydiff: only one article: nothing to compare\n"


@pytest.mark.parametrize(
    ("fmt", "env"),
    [
        ("text", {"NO_COLOR": "1"}),
        ("text", {"TERM": "dumb", "COLUMNS": "40"}),
        ("text", {"FORCE_COLOR": "1", "CLICOLOR_FORCE": "1"}),
        ("markdown", {"FORCE_COLOR": "1", "CLICOLOR_FORCE": "1"}),
        ("json", {"FORCE_COLOR": "1", "CLICOLOR_FORCE": "1"}),
    ],
)
def test_pipes_get_no_escape_sequences_even_when_colour_is_forced(fmt: str, env: dict[str, str]) -> None:
    done = run(["-f", fmt, "seeds"], **env)
    assert done.returncode == 0
    assert b"\x1b" not in done.stdout and b"\x1b" not in done.stderr
    assert done.stdout


def test_the_default_face_in_a_pipe_is_plain_text() -> None:
    done = run(["seeds"], TERM="xterm-256color")
    assert done.returncode == 0
    assert done.stdout.startswith(b"storydiff: 5 articles") and b"\x1b" not in done.stdout


def run_in_terminal(
    args: list[str], columns: int, stdin: bytes | None = None, keys: bytes = b"", **env: str
) -> tuple[int, bytes]:
    """Run storydiff with a pseudo-terminal of the given width as stdout and stderr, and
    as stdin unless bytes for stdin are given; type the keys once the screen is drawn."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen(
        STORYDIFF + args, cwd=ROOT, stdin=follower if stdin is None else subprocess.PIPE,
        stdout=follower, stderr=follower, env={**os.environ, **env}, start_new_session=True,
    )
    if stdin is not None:
        assert process.stdin is not None
        process.stdin.write(stdin)
        process.stdin.close()
    os.close(follower)
    output = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal closed: the process is gone
                    break
                if not chunk:
                    break
                output += chunk
                if keys and b"\x1b[?1049h" in output:  # the full-screen app has started
                    os.write(leader, keys)
                    keys = b""
            elif process.poll() is not None:
                break
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
    return process.wait(timeout=10), output


def test_a_dumb_terminal_gets_plain_text_at_40_columns() -> None:
    status, output = run_in_terminal(["seeds"], 40, TERM="dumb")
    assert status == 0
    assert b"\x1b" not in output
    assert b"== Cluster 1 of" in output


def test_no_color_on_a_terminal_with_a_format_gets_no_escape_sequences() -> None:
    status, output = run_in_terminal(["-f", "text", "seeds"], 40, NO_COLOR="1", TERM="xterm-256color")
    assert status == 0
    assert b"\x1b" not in output and b"== Cluster 1 of" in output


@pytest.mark.parametrize(
    ("sent", "status", "said"),
    [(signal.SIGINT, 130, b"interrupted"), (signal.SIGTERM, 143, b"terminated")],
    ids=["ctrl-c", "sigterm"],
)
def test_a_signal_during_a_long_run_ends_cleanly_and_writes_nothing(
    sent: signal.Signals, status: int, said: bytes, tmp_path: Path
) -> None:
    corpus = tmp_path / "wires"
    large_story(corpus, articles=40, paragraphs=120)
    target = tmp_path / "out" / "report.txt"
    target.parent.mkdir()
    target.write_text("the previous report\n", encoding="utf-8")
    process = subprocess.Popen(
        STORYDIFF + [str(corpus), str(tmp_path / "gone.txt"), "-o", str(target)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        assert process.stderr is not None
        # The skipped input is reported once loading is done; alignment starts right after.
        first = process.stderr.readline()
        assert first.endswith(b"gone.txt: no such file or folder\n")
        process.send_signal(sent)
        out, rest = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == status
    assert out == b""
    assert rest == b"storydiff: " + said + b"\n"
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.txt"]


def test_an_article_on_stdin_is_compared_with_the_files(tmp_path: Path) -> None:
    from hostile.corpus import GOOD_ARTICLES, write_good_articles

    paths = write_good_articles(tmp_path)
    done = run(["-f", "json", "-", str(paths[1]), str(paths[2])], stdin=GOOD_ARTICLES[paths[0].name].encode("utf-16"))
    assert done.returncode == 0 and done.stderr == b""
    data = json.loads(done.stdout)
    assert [a["name"] for a in data["articles"]] == ["stdin", paths[1].name, paths[2].name]
    assert any(len(c["members"]) == 3 for c in data["clusters"])


def test_stdin_given_twice_and_binary_stdin_are_reported(tmp_path: Path) -> None:
    from hostile.corpus import png_image, write_good_articles

    folder = tmp_path / "story"
    write_good_articles(folder)
    done = run(["-f", "text", str(folder), "-", "-"], stdin=png_image())
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "storydiff: skipped -: not text (a PNG image)",
        "storydiff: skipped -: given twice (same file as -)",
    ]
    assert done.stdout.startswith(b"storydiff: 3 articles")


def test_articles_from_stdin_on_a_terminal_get_text_not_the_browser() -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_bytes()
    status, output = run_in_terminal(["-", "seeds"], 80, stdin=seed)
    assert status == 1  # the seed on stdin is the same text as its file in seeds/
    assert b"\x1b" not in output and b"== Cluster 1 of" in output


def test_the_browser_opens_and_quits_in_a_40_column_terminal() -> None:
    status, output = run_in_terminal(["seeds"], 40, keys=b"q", TERM="xterm-256color")
    assert status == 0
    assert b"Traceback" not in output and b"Error" not in output
    assert b"\x1b[?1049l" in output  # the full screen was left: the terminal is handed back
