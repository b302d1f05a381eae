"""The non-interactive faces of a `Story`: plain text, Markdown and JSON."""
