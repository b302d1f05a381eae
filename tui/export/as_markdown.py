"""Markdown: the same content as the text output, as a readable document.

Article text is escaped so that nothing in it is read as Markdown or HTML. A cluster
of many different texts says under its heading that own words are marked against its
most repeated texts (see `wordiff`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Story
from ..placement import divergences_by_cluster
from ..wordiff import diff_cluster
from .summary import SEVERITY_MARK, article_tag, cluster_divergence_line, marking_note, slot_cells, sorted_divergences, where_found

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&$])")  # $: GitHub reads $...$ as math


def escape(text: str) -> str:
    """Backslash-escape every character Markdown or HTML could interpret."""
    return _SPECIAL.sub(r"\\\1", text)


def iter_markdown(story: Story) -> Iterator[str]:
    """The story as Markdown, one chunk per cluster."""
    arts = {a.id: a for a in story.articles}
    lines = ["# storydiff", "", "| id | file | headline | published |", "| --- | --- | --- | --- |"]
    for a in story.articles:
        lines.append(
            f"| {a.id} | {escape(a.name)} | {escape(a.title) or '—'} | {a.published or '—'} |"
        )
    for note in story.notes:
        lines += ["", f"> {escape(note)}"]
    aligned = sum(1 for c in story.clusters if len(c.articles) > 1)
    lines += ["", f"{len(story.clusters)} clusters, {aligned} aligned across articles.", ""]
    yield "\n".join(lines) + "\n"
    by_cluster = divergences_by_cluster(story)
    for cluster in story.clusters:
        out = [f"## Cluster {cluster.id}", ""]
        note = marking_note(cluster)
        if note:
            out += [f"*{escape(note[0].upper() + note[1:])}.*", ""]
        for diff in diff_cluster(cluster):
            art = arts[diff.paragraph.article]
            several = len(cluster.members) > 1
            if several and not diff.reworded:
                body = "".join(f"**{escape(s.text.strip())}**" + (" " if s.text.endswith(" ") else "") if s.changed and s.text.strip() else escape(s.text) for s in diff.spans)
                note = f" · {round(diff.shared_share * 100)}% shared, own words in **bold**"
            else:
                body = escape(diff.paragraph.text)
                note = " · reworded" if several else ""
            out.append(f"**{escape(article_tag(art))}**, line {diff.paragraph.line}{note}")
            out.append("")
            out.append(f"> {body}")
            out.append("")
        for d in by_cluster.get(cluster.id, ()):
            out.append(f"- {escape(cluster_divergence_line(d, cluster, arts))}")
        if cluster.id in by_cluster:
            out.append("")
        yield "\n".join(out) + "\n"
    if story.divergences:
        head = ["severity", "kind", "where", "slot"] + [f"[{a.id}]" for a in story.articles]
        out = ["## Facts across the story", "", "| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
        for d in sorted_divergences(story):
            cells = [SEVERITY_MARK[d.severity], d.kind, where_found(d), d.slot] + slot_cells(d, list(story.articles))
            out.append("| " + " | ".join(escape(c) for c in cells) + " |")
        yield "\n".join(out) + "\n"
