"""A story comparison printed with rich: every text from an article is escaped, so a title holding
"[bold]" or "[link=…]" prints as written and never as markup."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

CLAIMS_SHOWN = 12


def print_report(report: dict, console: Console) -> None:
    p = console.print
    story = report["story"]
    outlets = {a["id"]: a["outlet"] or a["id"][:10] for a in report["articles"]}
    p(f"[bold]{escape(story['headline'])}[/]")
    head = [f"{story['size']} articles", ", ".join(story["outlets"]), ", ".join(story["languages"])]
    if story.get("id"):
        head.insert(0, f"story {story['id']}")
    if story.get("first_seen"):
        head.append(f"{story['first_seen']} … {story['last_seen']}")
    p(f"[dim]{escape(' · '.join(head))}[/]")
    _section(p, "Summary")
    for s in report["summary"]["sentences"]:
        p(f"  • {escape(s['text'])} [dim]— {escape(', '.join(s['outlets']))}[/]")
    _section(p, "Articles")
    for a in report["articles"]:
        wire = f" ({', '.join(a['wire'])})" if a["wire"] else ""
        p(f"  {a['id'][:10]}  {(a['published'] or '—')[:16]:<16}  {escape(a['outlet'] or '—'):<18.18} "
          f"{a['lang'] or '—':<3} {escape(a['title'])}{escape(wire)}")  # fmt: skip
        for f in a["flags"]:
            p(f"      [yellow]{f['kind']}[/]: {escape(f['reason'])}")
    if report["conflicts"]:
        _section(p, "Conflicts")
        for c in report["conflicts"]:
            p(f"  [red]{c['field']}[/] in “{escape(c['claim'])}”")
            for v in c["values"]:
                who = ", ".join(s.get("outlet") or s["article_id"][:10] for s in v["sources"])
                p(f"      {escape(str(v['value']))} — {escape(who)}")
    claims = report["claims"]
    _section(p, f"Claims ({sum(c['kind'] == 'shared' for c in claims)} shared, "
                f"{sum(c['kind'] == 'partial' for c in claims)} partial, "
                f"{sum(c['kind'] == 'unique' for c in claims)} unique)")  # fmt: skip
    for c in sorted(claims, key=lambda c: ("shared", "partial", "unique").index(c["kind"]))[:CLAIMS_SHOWN]:
        who = escape(", ".join(c["outlets"]))
        p(f"  [{_COLOUR[c['kind']]}]{c['kind']:<7}[/] {escape(c['text'])} [dim]— {who}[/]")
    if len(claims) > CLAIMS_SHOWN:
        p(f"  [dim]… {len(claims) - CLAIMS_SHOWN} more (--format md|html|json shows all)[/]")
    if report["provenance"]:
        _section(p, "Provenance")
        for link in report["provenance"]:
            source = escape(outlets.get(link["source"], link["source"]))
            target = escape(outlets.get(link["target"], link["target"]))
            p(f"  {link['kind']:<11} {source} → {target} [dim]{escape('; '.join(link['evidence']))}[/]")
    if report["timeline"]:
        _section(p, "Timeline")
        for t in report["timeline"]:
            who = ", ".join(outlets.get(s, s[:10]) for s in t["sources"])
            p(f"  {t['date']:<10} {escape(t['text'][:110])} [dim]— {escape(who)}[/]")
    merged = [e for e in report["entities"] if len(e["variants"]) > 1]
    if merged:
        _section(p, "Spellings")
        for ent in merged:
            variants = "; ".join(
                f"{v['name']} ({', '.join(v['outlets'])}{', ' + v['flag'] if v['flag'] else ''})"
                for v in ent["variants"]
            )
            p(f"  {escape(ent['name'])}: {escape(variants)}")


_COLOUR = {"shared": "green", "partial": "cyan", "unique": "yellow"}


def _section(p, title: str) -> None:
    p(f"\n[bold]{escape(title)}[/]")
