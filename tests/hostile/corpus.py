"""Hostile inputs for storydiff, written by the tests into a temporary folder.

Three ordinary articles about one made-up story (so there is always something to
compare), then files of every kind a folder of downloads may hold: binaries, empty
files, page chrome, odd encodings and line endings, terminal escapes, markup. Nothing
here is committed as a binary: every file is built from the bytes below.
"""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

FERRY_DAILY = """\
Ferry Stalls on Lake Varno, 212 Passengers Rescued
March 3, 2025
The passenger ferry Maribel lost power on Lake Varno on Sunday evening, leaving 212 passengers stranded for nearly six hours before rescue boats reached them.
Harbour master Ilse Korven said the engine failure happened two kilometres from the northern pier at about 6 p.m. local time.
Three passengers were treated for hypothermia at the regional hospital in Dravik and released on Monday.
The operator, Varno Lines, said the ferry had passed its annual inspection in January and that an investigation was under way.
"""

LAKESIDE_NEWS = """\
212 rescued after Varno ferry breakdown
Monday 3 March 2025
Rescue crews brought 212 passengers ashore after the ferry Maribel broke down on Lake Varno on Sunday, harbour officials said.
The harbour master, Ilse Korven, told reporters the engine failed about two kilometres from the northern pier shortly after 6 p.m.
Four people were taken to hospital in Dravik with hypothermia, according to the regional health service.
Varno Lines said the vessel passed an inspection in January and promised a full investigation of the failure.
"""

NORTH_WIRE = """\
Varno ferry passengers spend six hours adrift
2025-03-03
More than 200 passengers spent nearly six hours adrift on Lake Varno after the ferry Maribel lost engine power on Sunday evening.
Korven, the harbour master, said rescue boats were delayed by fog near the northern pier.
Varno Lines, which runs the crossing, said it would cooperate with an investigation.
"""

# One paragraph a line, a blank line between paragraphs, as saved web pages often are.
GOOD_ARTICLES = {
    name: text.replace("\n", "\n\n")
    for name, text in (
        ("ferry_daily.txt", FERRY_DAILY),
        ("lakeside_news.txt", LAKESIDE_NEWS),
        ("north_wire.txt", NORTH_WIRE),
    )
}

# A line of prose with the characters legacy encodings are known to mangle.
ACCENTED = "Le café du port a rouvert lundi, a déclaré la mairie de Dravik à «Lakeside»."
CURLY = "“We did what we could,” the captain said — and the crew’s report agreed."

BOILERPLATE_ONLY = """\
Home » News » World
Subscribe to our newsletter
Follow us on Twitter
Leave a comment
© 2025 Example Media. All rights reserved.
Privacy Policy | Terms of Use
"""

MARKUP_LINES = (
    "Officials said the [bold]rescue[/bold] was slow and [link=https://example.com]the report[/link] agreed [/].",
    "The minister spoke [of recognition of the ferry operator] at length on Monday evening in Dravik.",
    "[red on white]Varno Lines[/] said the [i]inspection[/i] was complete in January, officials said.",
)

MARKDOWN_LINES = (
    "Passengers said *nobody* _told_ them; # no heading; <script>alert(1)</script> & &amp; end.",
    "Read [the report](https://example.com/report) or ![a photo](https://example.com/p.png) today.",
    "The log said `engine off` at 212|213 knots, $5 and $6, ~~struck~~, 1. first > quoted \\ slash.",
    "# Not a heading: the crew said the engine room was flooded before the lights failed.",
    "1. Not a list: the captain radioed the harbour twice before the rescue boats set out.",
    "> Not a quote: passengers waited on deck wrapped in blankets from the galley stores.",
    "- Not an item: the operator said a spare engine part was on its way from the depot.",
    "<b>Not bold</b>: the **inspection** report of __January__ was filed with https://example.com.",
)

# What a web page copied into a terminal may carry, with what each would do there.
ESCAPES = {
    "colour": "\x1b[31mred\x1b[0m",
    "clear screen": "\x1b[2J\x1b[H",
    "cursor move": "\x1b[10;20H",
    "window title": "\x1b]0;pwned\x07",
    "hyperlink": "\x1b]8;;https://example.com/evil\x1b\\click here\x1b]8;;\x1b\\",
    "clipboard write": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "eight-bit CSI": "\x9b31m",
    "bell and backspace": "\x07\x08\x08",
    "bidi override": "\u202edesrever\u202c",
    "bidi isolate": "\u2066isolated\u2069",
}


def story_line(n: int) -> str:
    """A line of plausible prose, different for each n."""
    return (
        f"Witness number {n} said the ferry drifted for hours while crews searched the water near the pier."
    )


def png_image() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def pdf_document() -> bytes:
    """A small but well-formed PDF with one page of text."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (Ferry news) Tj ET\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def bad_files() -> dict[str, tuple[bytes, str]]:
    """Files storydiff must skip: file name to (content, the reason it gives)."""
    return {
        "png_image.txt": (png_image(), "not text (a PNG image)"),
        "pdf_document.txt": (pdf_document(), "not text (a PDF document)"),
        "random_binary.txt": (bytes(range(256)) * 8, "not text (binary data)"),
        # Every other byte zero, as in UTF-16 text, but the rest is not text either.
        "sixteen_bit_binary.txt": (bytes(b for n in range(2048) for b in (n * 7 % 256, 0)), "not text (binary data)"),
        "empty_file.txt": (b"", "empty file"),
        "white_space_only.txt": (b"  \n\n\t \r\n", "empty file (only white space)"),
        "only_page_chrome.txt": (
            BOILERPLATE_ONLY.encode(), "no article text, only page chrome (copyright line, navigation, page chrome)",
        ),
        "only_escape_sequences.txt": (
            b"\x1b[2J\x1b[H\x07\n\x1b]0;title\x07\n", "no text left after removing control characters",
        ),
    }


def accepted_files() -> dict[str, tuple[bytes, str | None]]:
    """Awkward files storydiff must read: file name to (content, the warning it gives or None)."""
    return {
        "utf8_bom.txt": (article_with([ACCENTED, CURLY]).encode("utf-8-sig"), None),
        "utf16.txt": (article_with([ACCENTED, CURLY, story_line(1)]).encode("utf-16"), None),
        "windows1252.txt": (article_with([ACCENTED, CURLY, story_line(2)]).encode("cp1252"), "not UTF-8; read as Windows-1252"),
        "latin1.txt": (article_with([ACCENTED, story_line(3)]).encode("latin-1"), "not UTF-8; read as Latin-1"),
        "crlf.txt": (article_with([story_line(4), story_line(5)]).replace("\n", "\r\n").encode(), None),
        "cr.txt": (article_with([story_line(6), story_line(7)]).replace("\n", "\r").encode(), None),
        "nul_bytes.txt": (article_with([story_line(8)]).encode().replace(b"ferry", b"fe\x00rry"), "removed 1 NUL byte"),
        "markup.txt": (article_with(MARKUP_LINES).encode(), None),
        "markdown.txt": (article_with(MARKDOWN_LINES).encode(), None),
        "escapes.txt": (
            escapes_article().encode(),
            "removed 10 terminal escape sequences, 3 control characters and 4 bidirectional or invisible controls",
        ),
    }


def write_corpus(folder: Path) -> Path:
    """The whole hostile corpus in one folder, beside the three good articles and other
    files a downloads folder holds (which storydiff does not even look at)."""
    write_good_articles(folder)
    for name, (data, _) in {**bad_files(), **accepted_files()}.items():
        write(folder, name, data)
    write(folder, "photo.png", png_image())
    write(folder, "notes.docx", b"PK\x03\x04 not an article")
    (folder / "subfolder.txt").mkdir()
    return folder


def article_with(lines: tuple[str, ...] | list[str], headline: str = "Ferry inquiry opens in Dravik") -> str:
    """An article: a headline, then each line as its own paragraph."""
    return headline + "\n\n" + "\n\n".join(lines) + "\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def write_good_articles(folder: Path) -> list[Path]:
    """The three ordinary articles of the made-up story."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write(folder, name, text) for name, text in GOOD_ARTICLES.items()]


def escapes_article() -> str:
    """An article whose every paragraph hides one terminal escape or bidi control."""
    lines = [
        f"Paragraph about the {what} on the ferry, where {sequence} the crew waited for news from the pier."
        for what, sequence in ESCAPES.items()
    ]
    return article_with(lines)


def large_story(folder: Path, articles: int, paragraphs: int, seed: int = 7) -> list[Path]:
    """Many long articles of random prose on shared words: slow to align on purpose."""
    rng = random.Random(seed)
    vocabulary = [f"{a}{b}{c}" for a in ("var", "dra", "kor", "mar", "pel") for b in "aeiou" for c in ("n", "lt", "sk", "rm")]
    vocabulary += [f"{w}{n}" for w in ("harbour", "ferry", "rescue", "engine") for n in range(40)]

    def sentence() -> str:
        return " ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 18))).capitalize() + "."

    shared = [" ".join(sentence() for _ in range(3)) for _ in range(paragraphs)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(articles):
        body = [p if rng.random() < 0.6 else " ".join(sentence() for _ in range(3)) for p in shared]
        paths.append(write(folder, f"wire_{n:03d}.txt", article_with(body, headline=f"Wire copy {n}")))
    return paths


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: corpus.py FOLDER  (writes the hostile corpus there, to try by hand)")
    print(write_corpus(Path(sys.argv[1])))
