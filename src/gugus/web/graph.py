"""The provenance graph as positions for an SVG: who copied whom, with the wire agencies credited.

Articles are placed left to right by publication time and top to bottom by outlet; an agency that
articles credit (AP, Reuters, Antara) sits in the first column with a dashed line to each of them. The
template draws it, escaping every label; nothing here is HTML."""

from __future__ import annotations

from dataclasses import dataclass

COL, ROW, BOX_W, BOX_H, PAD = 170, 64, 150, 40, 12
KIND_COLOURS = {"copy": "#b3261e", "rewrite": "#a05a00", "translation": "#5b3fa8", "wire": "#2f6f4f"}


@dataclass
class Node:
    id: str
    label: str  # the outlet, or the agency
    title: str  # the article's title, for a tooltip
    x: int
    y: int
    agency: bool = False


@dataclass
class Edge:
    x1: int
    y1: int
    x2: int
    y2: int
    kind: str  # copy | rewrite | translation | wire | credit
    colour: str
    label: str


def layout(report: dict, max_nodes: int = 24) -> dict | None:
    """Positions of the articles in provenance links and the agencies they credit; None when there is
    nothing to draw. A big story keeps its `max_nodes` most linked articles."""
    links = report["provenance"]
    articles = {a["id"]: a for a in report["articles"]}
    degree: dict[str, int] = {}
    for p in links:
        for end in (p["source"], p["target"]):
            degree[end] = degree.get(end, 0) + 1
    credited = {a["id"]: a["wire"] for a in report["articles"] if a["wire"]}
    for aid in credited:
        degree.setdefault(aid, 0)
    if not links and not credited:
        return None
    keep = sorted(degree, key=lambda i: (-degree[i], i))[:max_nodes]
    order = sorted(keep, key=lambda i: (articles[i]["published"] or "9999", i))
    agencies = sorted({w for aid in keep for w in credited.get(aid, [])})
    shift = 1 if agencies else 0
    outlets = list(dict.fromkeys(articles[i]["outlet"] or "?" for i in order))
    nodes: dict[str, Node] = {}
    for col, aid in enumerate(order):
        a = articles[aid]
        y = PAD + outlets.index(a["outlet"] or "?") * ROW
        nodes[aid] = Node(aid, a["outlet"] or "?", a["title"], PAD + (col + shift) * COL, y)
    for row, name in enumerate(agencies):
        nodes["wire:" + name] = Node("wire:" + name, name, name, PAD, PAD + row * ROW, agency=True)
    edges = []
    for p in links:
        if p["source"] in nodes and p["target"] in nodes:
            edges.append(_edge(nodes[p["source"]], nodes[p["target"]], p["kind"]))
    for aid in keep:
        for name in credited.get(aid, []):
            edges.append(_edge(nodes["wire:" + name], nodes[aid], "credit"))
    width = PAD * 2 + (len(order) + shift - 1) * COL + BOX_W
    height = PAD * 2 + (max(len(outlets), len(agencies)) - 1) * ROW + BOX_H
    return {"nodes": list(nodes.values()), "edges": edges, "width": width, "height": height,
            "box_w": BOX_W, "box_h": BOX_H, "colours": KIND_COLOURS}  # fmt: skip


def _edge(a: Node, b: Node, kind: str) -> Edge:
    """From the right edge of `a` to the left edge of `b` (or between rows when they share a column)."""
    if a.x == b.x:
        x1 = x2 = a.x + BOX_W // 2
        y1, y2 = (a.y + BOX_H, b.y) if a.y < b.y else (a.y, b.y + BOX_H)
    else:
        (x1, x2) = (a.x + BOX_W, b.x) if a.x < b.x else (a.x, b.x + BOX_W)
        y1, y2 = a.y + BOX_H // 2, b.y + BOX_H // 2
    colour = KIND_COLOURS.get(kind, "#777")
    return Edge(x1, y1, x2, y2, kind, colour, kind)
