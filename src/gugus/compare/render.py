"""A story comparison (gugus.compare.report) as Markdown or a standalone HTML page.

Article text is hostile input: the HTML is rendered by Jinja2 with autoescaping on, links only where
the URL is http(s), and a Content-Security-Policy that allows no script; Markdown escapes the characters
that would make a title or a sentence into markup.
"""

from __future__ import annotations

import re
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_escape(text: str | None) -> str:
    return _MD_SPECIAL.sub(r"\\\1", (text or "").replace("\n", " "))


def to_html(report: dict) -> str:
    titles = {a["id"]: a["title"] for a in report["articles"]}
    outlets = {a["id"]: a["outlet"] or a["id"][:10] for a in report["articles"]}
    return _env().get_template("story.html.j2").render(r=report, titles=titles, outlets=outlets)


@cache
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("gugus.compare", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def to_markdown(report: dict) -> str:
    e = md_escape
    story = report["story"]
    titles = {a["id"]: a["title"] for a in report["articles"]}
    outlets = {a["id"]: a["outlet"] or a["id"][:10] for a in report["articles"]}
    out = [f"# {e(story['headline'])}", ""]
    head = [
        f"{story['size']} articles",
        ", ".join(e(o) for o in story["outlets"]),
        ", ".join(story["languages"]),
    ]
    if story.get("id"):
        head.insert(0, f"story {story['id']}")
    out += [" · ".join(head), "", "## Summary", ""]
    out += [
        f"{k}. {e(s['text'])} — *{e(', '.join(s['outlets']))}*"
        for k, s in enumerate(report["summary"]["sentences"], 1)
    ]
    out += ["", "## Articles", "", "| published | outlet | lang | title | flags |", "|---|---|---|---|---|"]
    for a in report["articles"]:
        flags = "; ".join(f"{f['kind']}: {f['reason']}" for f in a["flags"])
        cells = [e(a["published"] or "—"), e(a["outlet"] or "—"), a["lang"] or "—", e(a["title"]), e(flags)]
        out.append(f"| {' | '.join(cells)} |")
    if report["conflicts"]:
        out += ["", "## Conflicts", ""]
        for c in report["conflicts"]:
            out.append(f"- **{c['field']}** in “{e(c['claim'])}”")
            for v in c["values"]:
                who = ", ".join(e(s.get("outlet") or s["article_id"][:10]) for s in v["sources"])
                out.append(f"  - {e(str(v['value']))} — {who}: “{e(v['text'])}”")
    out += ["", "## Claims", ""]
    out += [f"- *{c['kind']}* {e(c['text'])} — {e(', '.join(c['outlets']))}" for c in report["claims"]]
    if report["provenance"]:
        out += ["", "## Provenance", ""]
        for p in report["provenance"]:
            target, source = e(titles.get(p["target"], p["target"])), e(titles.get(p["source"], p["source"]))
            out.append(f"- **{p['kind']}**: {target} ← {source} ({e('; '.join(p['evidence']))})")
    if report["timeline"]:
        out += ["", "## Timeline", ""]
        for t in report["timeline"]:
            who = ", ".join(e(outlets.get(s, s[:10])) for s in t["sources"])
            out.append(f"- **{t['date']}** {e(t['text'])} — {who}")
    if report["quotes"]:
        out += ["", "## Quotes", ""]
        out += [
            f"- “{e(q['text'])}” — {e(q['speaker'] or '?')} ({len(q['sources'])})" for q in report["quotes"]
        ]
    out += ["", "## People, organisations, places", ""]
    for ent in report["entities"]:
        out.append(f"- {e(ent['name'])} ({ent['kind']})")
        if len(ent["variants"]) > 1:
            for v in ent["variants"]:
                flag = f" — *{v['flag']}*" if v["flag"] else ""
                out.append(f"  - {e(v['name'])}: {e(', '.join(v['outlets']))}{flag}")
    return "\n".join(out) + "\n"
