"""Schema 1 JSON: what programs read."""

from __future__ import annotations

import json
from typing import Any

from ..models import Story

SCHEMA = 1


def story_to_dict(story: Story) -> dict[str, Any]:
    """The story as plain JSON-ready data, exactly schema 1."""
    return {
        "schema": SCHEMA,
        "articles": [
            {
                "id": a.id,
                "name": a.name,
                "path": a.path,
                "title": a.title,
                "published": a.published,
            }
            for a in story.articles
        ],
        "clusters": [
            {
                "id": c.id,
                "members": [{"article": p.article, "line": p.line, "text": p.text} for p in c.members],
            }
            for c in story.clusters
        ],
        "boilerplate": [
            {"article": b.paragraph.article, "line": b.paragraph.line, "text": b.paragraph.text, "reason": b.reason}
            for a in story.articles
            for b in a.boilerplate
        ],
        "divergences": [
            {
                "kind": d.kind,
                "severity": d.severity,
                "slot": d.slot,
                "cluster": d.cluster,
                "values": [
                    {
                        "article": v.article,
                        "line": v.line,
                        "text": v.text,
                        "value": v.value,
                        **({"qualifier": v.qualifier} if v.qualifier else {}),
                    }
                    for v in d.values
                ],
            }
            for d in story.divergences
        ],
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "variants": [{"text": v.text, "articles": list(v.articles)} for v in e.variants],
            }
            for e in story.entities
        ],
    }


def render_json(story: Story) -> str:
    return json.dumps(story_to_dict(story), ensure_ascii=False, indent=2) + "\n"
