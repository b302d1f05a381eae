"""The `storydiff` command: parse arguments, run the engine, pick a face.

A terminal on stdout gets the browser; a pipe or file gets plain text unless a
format is asked for. The browser is imported only when it is used, so the pipe
path never loads Textual.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .alignment import DEFAULT_THRESHOLD
from .engine import LoadResult, compare, load_sources
from .loading import BUNDLED_SEEDS, LIMITS_TEXT, expand_paths
from .sanitize import printable

FORMATS = ("text", "markdown", "json")
EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


class UsageError(Exception):
    """A problem with how storydiff was called; exit status 2."""


class Terminated(Exception):
    """SIGTERM arrived: raised like Ctrl+C so that a half-written --output is removed."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storydiff",
        description=(
            "Align the paragraphs of several reports of one story and show where they "
            "disagree on facts, dates, numbers, names and claims."
        ),
        epilog=(
            "With no ARTICLE, the bundled seeds are compared. A terminal opens the browser; "
            "a pipe or file gets plain text unless --format says otherwise. Exit status: 0 "
            "done, 1 some input was skipped, 2 usage error or nothing to compare, 130 interrupted, "
            "143 terminated. "
            f"Limits: {LIMITS_TEXT}."
        ),
    )
    parser.add_argument(
        "articles", nargs="*", metavar="ARTICLE",
        help="article files, folders of .txt/.md files, or - for stdin",
    )
    parser.add_argument(
        "-f", "--format", choices=FORMATS,
        help="output format (default: the browser on a terminal, text otherwise)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="write to FILE (atomically, never over an input article) instead of stdout; - is stdout",
    )
    parser.add_argument(
        "-t", "--threshold", type=_threshold, default=DEFAULT_THRESHOLD, metavar="T",
        help=(
            "alignment threshold between 0 and 1: how much specific content two paragraphs "
            f"must share to be aligned; higher aligns fewer (default {DEFAULT_THRESHOLD})"
        ),
    )
    parser.add_argument("--version", action="version", version=f"storydiff {__version__}")
    return parser


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 < number < 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1 (exclusive)")
    return number


def main(argv: list[str] | None = None) -> int:
    """Run storydiff; return the exit status."""
    _tolerate_unencodable_output()
    try:
        with _termination_raises():
            return _run(argv)
    except KeyboardInterrupt:
        print("storydiff: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("storydiff: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except UsageError as exc:
        print(f"storydiff: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    paths = args.articles or [str(BUNDLED_SEEDS)]
    if args.output == "-":
        args.output = None
    if args.output:
        _check_output_target(args.output, paths)
    loaded = load_sources(paths)
    for problem in loaded.problems:
        print(f"storydiff: skipped {problem}", file=sys.stderr)
    if not loaded.sources:
        raise UsageError("no article to compare (give article files or folders)")
    for source in loaded.sources:
        for warning in source.warnings:
            print(f"storydiff: {source.path}: {warning}", file=sys.stderr)
    status = EXIT_SKIPPED if loaded.problems else EXIT_OK
    if args.format is None and args.output is None and _can_browse(paths):
        _default_termination()  # the browser restores the terminal its own way
        return _run_browser(loaded, args.threshold) or status
    _write_story(args, loaded)
    return status


def _write_story(args: argparse.Namespace, loaded: LoadResult) -> None:
    story = compare(loaded.sources, threshold=args.threshold)
    for article, source in zip(story.articles, loaded.sources):
        for warning in article.warnings:
            if warning not in source.warnings:
                print(f"storydiff: {article.path}: {warning}", file=sys.stderr)
    for note in story.notes:
        print(f"storydiff: {note}", file=sys.stderr)
    chunks = render(story, args.format or "text")
    if args.output:
        write_atomically(args.output, chunks)
    else:
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()


@contextmanager
def _termination_raises() -> Iterator[None]:
    """While inside, SIGTERM raises Terminated (the main thread only can set handlers)."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
        installed = True
    except ValueError:
        installed = False
    try:
        yield
    finally:
        if installed:
            signal.signal(signal.SIGTERM, previous)


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


def _default_termination() -> None:
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except ValueError:
        pass


def render(story, fmt: str) -> Iterator[str]:
    """The story in one of FORMATS, as a stream of chunks."""
    if fmt == "json":
        from .export.as_json import render_json

        yield render_json(story)
    elif fmt == "markdown":
        from .export.as_markdown import iter_markdown

        yield from iter_markdown(story)
    else:
        from .export.as_text import iter_text

        yield from iter_text(story)


def _can_browse(paths: list[str]) -> bool:
    """The browser needs a real terminal on both ends, and one that can move the cursor."""
    if os.environ.get("TERM", "") == "dumb":
        return False
    if "-" in paths:  # stdin held the articles, so it cannot also bring the keys
        return False
    return all(stream is not None and stream.isatty() for stream in (sys.stdout, sys.stdin))


def _run_browser(loaded: LoadResult, threshold: float) -> int:
    from .app.browser import run_browser

    return run_browser(loaded, threshold)


def _check_output_target(output: str, inputs: list[str]) -> None:
    """Refuse to write over one of the articles being read, or where nothing can be written."""
    target = Path(output)
    shown = printable(output)
    if target.is_dir():
        raise UsageError(f"--output {shown}: is a folder")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"--output {shown}: no such folder {printable(str(parent))}")
    files, _ = expand_paths(inputs)
    for path in files:
        if path == "-":
            continue
        try:
            if target.exists() and os.path.samefile(target, path):
                raise UsageError(f"--output {shown}: would overwrite the input article {printable(path)}")
        except OSError:
            continue


def write_atomically(output: str, chunks: Iterable[str]) -> None:
    """Write to a temporary file beside the target, then rename it into place.

    Readers see the old file or the whole new one, never a part; an interruption leaves
    the target as it was. The new file gets the permissions a plain new file would get.
    """
    import tempfile  # only when writing a file: it costs the pipe path's start-up a few ms

    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise UsageError(f"--output {printable(output)}: cannot write ({reason})") from None
    try:
        os.fchmod(fd, _new_file_mode())
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _tolerate_unencodable_output() -> None:
    """A terminal or pipe that cannot encode a character gets '?', not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def _silence_stdout() -> None:
    """After the reader closed the pipe, point stdout at /dev/null so exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


