"""The export dialog: what (this view or everything), which format, and where.

The file is written atomically and never over one of the input articles.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from ..cli import UsageError, render, write_atomically
from ..models import Story

FORMATS = (("text", "text", ".txt"), ("markdown", "Markdown", ".md"), ("json", "JSON", ".json"))
DEFAULT_STEM = "storydiff"


def refusal(target: Path, articles: list[str]) -> str | None:
    """Why the export may not be written to `target`, or None when it may."""
    if target.is_dir():
        return f"{target} is a folder"
    if not target.parent.is_dir():
        return f"no such folder: {target.parent}"
    if target.exists():
        for path in articles:
            try:
                if path != "-" and os.path.samefile(target, path):
                    return f"{target} is one of the input articles"
            except OSError:
                continue
    return None


class ExportDialog(ModalScreen[str | None]):
    """Ask for scope, format and path; dismiss with the path written, or None."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, everything: Story, view: Story, inputs: list[str], folder: Path | None = None) -> None:
        super().__init__()
        self.everything = everything
        self.view = view
        self.inputs = inputs  # the articles' paths as given, never to be written over
        self.folder = folder or Path.cwd()
        self.confirmed_overwrite: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export"
            with Horizontal(id="export-choices"):
                with RadioSet(id="export-scope") as scope:
                    scope.border_title = "what"
                    yield RadioButton(f"this view ({len(self.view.clusters)} clusters)", value=True, id="scope-view")
                    yield RadioButton(f"everything ({len(self.everything.clusters)} clusters)", id="scope-all")
                with RadioSet(id="export-format") as formats:
                    formats.border_title = "format"
                    for key, label, _ in FORMATS:
                        yield RadioButton(label, value=key == "text", id=f"format-{key}")
            yield Label("file (a relative name is saved in the folder storydiff started in)")
            yield Input(f"{DEFAULT_STEM}.txt", id="export-path", select_on_focus=False, compact=True)
            yield Static(id="export-error")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-go", compact=True)
                yield Button("Cancel", id="export-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @property
    def chosen_format(self) -> str:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        return pressed.id.removeprefix("format-") if pressed and pressed.id else "text"

    @on(RadioSet.Changed, "#export-format")
    def follow_format(self) -> None:
        """Give the file the new format's extension, unless the reader named it otherwise."""
        field = self.query_one("#export-path", Input)
        path = Path(field.value)
        suffixes = {suffix for _, _, suffix in FORMATS}
        if path.suffix in suffixes:
            wanted = next(suffix for key, _, suffix in FORMATS if key == self.chosen_format)
            field.value = str(path.with_suffix(wanted))

    @on(Input.Changed, "#export-path")
    def forget_confirmation(self) -> None:
        self.confirmed_overwrite = None
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(Content.styled(message, "$text-error"))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#export-go")
    @on(Input.Submitted, "#export-path")
    def export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.show_error("Give a file name.")
            return
        target = Path(raw).expanduser()
        if not target.is_absolute():
            target = self.folder / target
        problem = refusal(target, self.inputs)
        if problem:
            self.show_error(f"Cannot export: {problem}.")
            return
        if target.exists() and self.confirmed_overwrite != target:
            self.confirmed_overwrite = target
            self.show_error(f"{target.name} exists: press Export again to replace it.")
            return
        everything = self.query_one("#scope-all", RadioButton).value
        self.write(self.everything if everything else self.view, self.chosen_format, target)

    class Finished(Message):
        """The worker wrote the file, or says why it could not."""

        def __init__(self, target: Path, error: str | None) -> None:
            super().__init__()
            self.target = target
            self.error = error

    @work(thread=True, exclusive=True, group="export")
    def write(self, story: Story, fmt: str, target: Path) -> None:
        """Render and write off the event loop, then post the outcome back."""
        error = None
        try:
            write_atomically(str(target), render(story, fmt))
        except UsageError as exc:  # its message names the command-line option; keep the reason
            error = str(exc).rsplit(": ", 1)[-1]
        except OSError as exc:
            error = exc.strerror or str(exc)
        except Exception as exc:  # an exporter failing must not close the reader's session
            error = f"{type(exc).__name__}: {exc}"
        self.post_message(self.Finished(target, error))

    def on_export_dialog_finished(self, message: Finished) -> None:
        if message.error:
            self.show_error(f"Cannot export to {message.target}: {message.error}.")
        else:
            self.dismiss(str(message.target))
