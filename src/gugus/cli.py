"""The command line: a thin layer over `gugus.Engine`."""

from __future__ import annotations

import json
import os
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from gugus.engine import Engine, default_db
from gugus.ingest.pipeline import IngestOptions
from gugus.ingest.sources import Source, expand
from gugus.records import story_record, when
from gugus.store.base import display_db

app = typer.Typer(add_completion=False, no_args_is_help=True, help="gugus: a news story engine.")
out = Console(highlight=False)
if not out.is_terminal and "COLUMNS" not in os.environ:
    out.width = 150  # piped or captured (make demo, logs): no terminal to fit, so do not squeeze
err = Console(stderr=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="GUGUS_DB", help="Store: a SQLite file (default gugus.db).", show_default=False
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
NoDenseOption = Annotated[
    bool, typer.Option("--no-dense", help="Cluster without the dense multilingual embeddings (faster).")
]


def _engine(db: str | None, options: IngestOptions | None = None, dense: bool = True) -> Engine:
    return Engine(db or default_db(), options=options, dense=dense)


def _dump(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
def ingest(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, globs, feeds, WARC, JSON Lines, URLs.")
    ],
    db: DbOption = None,
    allow_private: Annotated[
        bool, typer.Option(help="Let URLs reach loopback and private addresses (off: SSRF guard).")
    ] = False,
    fetch_links: Annotated[
        bool, typer.Option(help="Fetch the page of feed entries that carry a teaser.")
    ] = True,
    timeout: Annotated[float, typer.Option(help="Seconds allowed per URL.")] = 15.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary.")] = False,
    no_dense: NoDenseOption = False,
    no_cluster: Annotated[
        bool, typer.Option("--no-cluster", help="Only store the articles; `gugus cluster` groups them later.")
    ] = False,
) -> None:
    """Ingest articles into the store and put them into stories; exit status 1 when any input was rejected."""
    options = IngestOptions(allow_private=allow_private, fetch_links=fetch_links, timeout=timeout)
    total = sum(s.size for s in expand(inputs) if isinstance(s, Source))
    with _engine(db, options, dense=not no_dense) as engine:
        if err.is_terminal and not quiet:
            from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

            columns = (
                "[progress.description]{task.description}",
                BarColumn(),
                DownloadColumn(),
                TimeRemainingColumn(),
            )
            with Progress(*columns, console=err, transient=True) as bar:
                task = bar.add_task("ingesting", total=total or None)
                report = engine.ingest(
                    inputs, progress=lambda n: bar.advance(task, n), cluster=not no_cluster
                )
        else:
            report = engine.ingest(inputs, cluster=not no_cluster)
        stored = engine.count()
        sent = engine.deliver_alerts(budget=30) if engine.store.pending_count() else None
    if not quiet:
        for r in report.rejects:
            err.print(f"[red]rejected[/] {escape(r.source)}: {escape(r.reason)}: {escape(r.detail)}")
    summary = (
        f"{report.added} added, {report.duplicates} already stored, {report.revisions} revised, "
        f"{report.rejected} rejected; {stored} articles in {display_db(engine.db)}"
    )
    err.print(escape(summary))
    if sent:
        err.print(f"alerts: {sent['delivered']} delivered, {sent['failed']} to retry (gugus alerts deliver)")
    raise typer.Exit(1 if report.rejected else 0)


@app.command()
def articles(
    db: DbOption = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    lang: Annotated[str | None, typer.Option(help="Only this language (id, en, ms).")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List stored articles, newest first."""
    with _engine(db) as engine:
        found = engine.articles(outlet=outlet, lang=lang, since=since, limit=limit)
    if as_json:
        _dump([a.to_dict() for a in found])
        return
    table = Table(box=None, pad_edge=False)
    table.add_column("id", no_wrap=True, min_width=10)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("outlet", no_wrap=True, min_width=8, max_width=16, overflow="ellipsis")
    table.add_column("lang", no_wrap=True, min_width=4)
    table.add_column("wire", no_wrap=True, max_width=14, overflow="ellipsis")
    table.add_column("title", no_wrap=True, overflow="ellipsis")
    for a in found:
        table.add_row(
            a.id[:10],
            (a.published or "—")[:10],
            escape(a.outlet or "—"),
            a.lang or "—",
            escape(",".join(a.wire)),
            escape(a.title),
        )
    out.print(table)
    err.print(f"{len(found)} articles")


@app.command()
def article(
    article_id: Annotated[str, typer.Argument(help="An article id (or an unambiguous prefix).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one article with its metadata and where it came from."""
    with _engine(db) as engine:
        found = engine.article(article_id)
        revisions = engine.store.revisions(found.id) if found else []
    if found is None:
        err.print(f"no article {escape(article_id)!r}")
        raise typer.Exit(1)
    if as_json:
        _dump(
            found.to_dict()
            | {"revisions": [{k: r[k] for k in ("revision", "replaced_at")} for r in revisions]}
        )
        return
    out.print(f"[bold]{escape(found.title)}[/]")
    if found.section:
        out.print(f"[dim]section:[/] {escape(found.section)}")
    for label, value in (
        ("id", found.id),
        ("outlet", found.outlet),
        ("published", found.published),
        ("lang", found.lang),
        ("dateline", found.dateline),
        ("wire", ", ".join(found.wire)),
        ("author", found.author),
        ("url", found.url),
        ("source", found.location),
        ("revision", found.revision if found.revision > 1 else None),
        ("partial", "only a summary was available" if found.partial else None),
    ):
        if value:
            out.print(f"[dim]{label}:[/] {escape(str(value))}")
    out.print()
    out.print(escape(found.text))
    if found.notes:
        out.print()
        for note in found.notes:
            out.print(f"[dim]· {escape(note)}[/]")


@app.command()
def rejects(db: DbOption = None, as_json: JsonOption = False) -> None:
    """What could not be ingested, and why."""
    with _engine(db) as engine:
        found = engine.rejects()
    if as_json:
        _dump([r.to_dict() for r in found])
        return
    table = Table("source", "reason", "detail", box=None, pad_edge=False)
    for r in found:
        table.add_row(escape(r.source), escape(r.reason), escape(r.detail))
    out.print(table)
    err.print(f"{len(found)} rejects")


@app.command()
def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """What the store holds: articles by language, outlet, wire credit and source kind."""
    with _engine(db) as engine:
        found = engine.stats()
    if as_json:
        _dump(found)
        return

    def counts(d: dict) -> str:
        return ", ".join(f"{escape(str(k))} {v}" for k, v in d.items()) or "—"

    out.print(
        f"[bold]{found['articles']} articles[/] from {len(found['outlets'])} outlets, "
        f"published {found['first_published'] or '?'} … {found['last_published'] or '?'}"
    )
    out.print(f"  languages: {counts(found['languages'])}")
    out.print(f"  sources:   {counts(found['kinds'])}")
    out.print(f"  wire:      {counts(found['wire'])}")
    out.print(f"  outlets:   {counts(found['outlets'])}")
    out.print(
        f"  {found['partial']} partial (feed summary only), {found['undated']} undated, "
        f"{found['repaired_words']} run-together words split, {found['revisions']} revisions, "
        f"{found['rejects']} rejected inputs"
    )


@app.command()
def stories(
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Seen on or after this date (YYYY-MM-DD).")] = None,
    min_outlets: Annotated[int, typer.Option(help="Reported by at least this many outlets.")] = 1,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Stories ranked by recency and breadth (outlets, then articles)."""
    with _engine(db) as engine:
        found = engine.stories(since=since, min_outlets=min_outlets, limit=limit)
    if as_json:
        _dump([story_record(s) for s in found])
        return
    table = Table(box=None, pad_edge=False)
    for name, kw in (("story", {"min_width": 10}), ("last seen", {"min_width": 16}), ("arts", {}),
                     ("outlets", {}), ("langs", {}), ("headline", {"overflow": "ellipsis"})):  # fmt: skip
        table.add_column(name, no_wrap=True, **kw)
    for s in found:
        table.add_row(s["id"][:10], when(s["last_seen"]), str(s["size"]), str(s["n_outlets"]),
                      ",".join(s["languages"]), escape(s["headline"]))  # fmt: skip
    out.print(table)
    err.print(f"{len(found)} stories")


@app.command()
def trending(
    db: DbOption = None,
    hours: Annotated[float, typer.Option(min=0.1, max=24, help="The window, in hours (≤ 24).")] = 2.0,
    at: Annotated[
        str | None, typer.Option(help="As of this ISO 8601 time (UTC if no zone); default: the latest one.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """Stories gaining momentum: new articles and new outlets in the window against the story's own
    earlier pace and the day's typical story (the formula: gugus.trending)."""
    with _engine(db) as engine:
        try:
            found = engine.trending(hours=hours, at=at, limit=limit)
        except ValueError as exc:
            err.print(escape(str(exc)))
            raise typer.Exit(2) from None
    if as_json:
        _dump(found)
        return
    table = Table(box=None, pad_edge=False)
    for name, kw in (("story", {"min_width": 10}), ("momentum", {}), ("arts", {}), ("outlets", {}),
                     ("new", {}), ("size", {}), ("first seen", {"min_width": 16}),
                     ("headline", {"overflow": "ellipsis"})):  # fmt: skip
        table.add_column(name, no_wrap=True, **kw)
    for s in found["stories"]:
        mark = "[bold]breaking:[/] " if s["breaking"] else ""
        table.add_row(s["id"][:10], f"{s['momentum']:.2f}", str(s["articles"]), str(len(s["outlets"])),
                      str(len(s["new_outlets"])), str(s["size"]), s["first_seen"],
                      mark + escape(s["headline"]))  # fmt: skip
    out.print(table)
    until = f"to {found['at']} UTC" if found["at"] else "(no dated stories)"
    err.print(f"{len(found['stories'])} trending stories in the {hours:g} h {until}")


FormatOption = Annotated[
    str,
    typer.Option("--format", "-f", help="text (the terminal), md, html or json (documented in schema/).",
                 case_sensitive=False),
]  # fmt: skip
DenseCompareOption = Annotated[
    bool | None,
    typer.Option("--dense/--no-dense", show_default=False,
                 help="Align sentences by meaning too (default: only for a story in several languages)."),
]  # fmt: skip
FORMATS = ("text", "md", "html", "json")


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="A story id (or an unambiguous prefix).")],
    db: DbOption = None,
    as_json: JsonOption = False,
    fmt: FormatOption = "text",
    dense: DenseCompareOption = None,
) -> None:
    """One story compared across its outlets: summary, claims, conflicts, copies, timeline, spellings.

    `--json` prints the story's record alone (articles, entities, keywords); `--format json` the whole
    comparison."""
    fmt = _format(fmt)
    with _engine(db) as engine:
        found = engine.story(story_id)
        if found is None:
            err.print(f"no story {escape(story_id)!r}")
            raise typer.Exit(1)
        if as_json:
            _dump(story_record(found))
            return
        report = engine.compare_story(found["id"], dense=dense)
    _emit(report, fmt)
    for m in found["merges"] if fmt == "text" else ():
        out.print(f"[dim]  merged story {m['from_story']} (p={m['probability']:.2f}) at {m['at']}[/]")


@app.command()
def compare(
    article_ids: Annotated[list[str], typer.Argument(help="Two or more article ids (or id prefixes).")],
    db: DbOption = None,
    fmt: FormatOption = "text",
    dense: DenseCompareOption = None,
) -> None:
    """Compare articles directly, whether or not they share a story: claims, conflicts, provenance."""
    fmt = _format(fmt)
    if len(article_ids) < 2:
        err.print("compare needs at least two article ids")
        raise typer.Exit(2)
    with _engine(db) as engine:
        try:
            report = engine.compare_articles(article_ids, dense=dense)
        except KeyError as exc:
            err.print(escape(str(exc.args[0])))
            raise typer.Exit(1) from None
    _emit(report, fmt)


def _format(fmt: str) -> str:
    fmt = fmt.lower()
    if fmt not in FORMATS:
        err.print(f"unknown format {escape(fmt)!r}: choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    return fmt


def _emit(report: dict, fmt: str) -> None:
    from gugus.compare.render import to_html, to_markdown
    from gugus.compare.terminal import print_report

    if fmt == "json":
        _dump(report)
    elif fmt == "md":
        sys.stdout.write(to_markdown(report))
    elif fmt == "html":
        sys.stdout.write(to_html(report))
    else:
        print_report(report, out)


@app.command()
def assignments(db: DbOption = None) -> None:
    """One line per clustered article: source_id<TAB>story_id."""
    with _engine(db) as engine:
        for source_id, story_id in engine.assignments():
            sys.stdout.write(f"{source_id}\t{story_id}\n")


@app.command()
def cluster(db: DbOption = None, no_dense: NoDenseOption = False) -> None:
    """Put every article that is not yet in a story into one (after `ingest --no-cluster`)."""
    with _engine(db, dense=not no_dense) as engine:
        counts = engine.cluster()
    c = counts
    err.print(f"{c['clustered']} articles clustered, {c['new_stories']} new stories, {c['merges']} merges")


@app.command()
def recluster(db: DbOption = None, no_dense: NoDenseOption = False) -> None:
    """Rebuild every story from scratch, in time order, with the current settings."""
    with _engine(db, dense=not no_dense) as engine:
        counts = engine.recluster()
    err.print(f"{counts['clustered']} articles in {counts['new_stories'] - counts['merges']} stories "
              f"({counts['merges']} merges)")  # fmt: skip


@app.command()
def spark(
    source: Annotated[str, typer.Argument(metavar="INPUT", help="JSON Lines, WARC or Parquet files.")],
    output: Annotated[str, typer.Argument(help="Folder for the Parquet tables (replaced).")],
    window_days: Annotated[int, typer.Option("--window-days", help="Days clustered per task.")] = 7,
    overlap_days: Annotated[
        int | None, typer.Option("--overlap-days", help="Context days before each window (default 6).")
    ] = None,
    partitions: Annotated[int | None, typer.Option("--partitions", help="Partitions per map.")] = None,
    master: Annotated[str | None, typer.Option("--master", help="Spark master (default local[*]).")] = None,
    no_compare: Annotated[bool, typer.Option("--no-compare", help="Skip the comparison per story.")] = False,
    no_copies: Annotated[bool, typer.Option("--no-copies", help="Skip the archive-wide copy links.")] = False,
) -> None:
    """Run the pipeline as a Spark job (needs the spark extra); `gugus load` stores its tables."""
    from dataclasses import asdict

    from gugus.scale.job import Options
    from gugus.scale.spark import main_run

    options = Options(window_days=window_days, overlap_days=overlap_days, partitions=partitions,
                      compare=not no_compare, copies=not no_copies)  # fmt: skip
    _dump(asdict(main_run([source], output, options, master)))


@app.command()
def load(
    output: Annotated[str, typer.Argument(help="The folder `gugus spark` wrote.")], db: DbOption = None
) -> None:
    """Load the articles, stories, assignments and merges of a Spark job into the store."""
    from gugus.scale.load import load as load_tables

    with _engine(db) as engine:
        counts = load_tables(output, engine.store)
    err.print(", ".join(f"{n} {what}" for what, n in counts.items()))


@app.command(name="eval")
def evaluate(
    path: Annotated[str, typer.Argument(help="A JSON Lines file of articles.")],
    labels: Annotated[
        str | None, typer.Option(help="Gold labels: TSV id<TAB>story (default: story_id).")
    ] = None,
    only_labeled: Annotated[bool, typer.Option(help="Cluster only the labelled articles.")] = False,
    no_dense: NoDenseOption = False,
    as_json: JsonOption = False,
) -> None:
    """Ingest into a temporary store in date order, cluster, and score against gold stories."""
    from gugus.eval.harness import evaluate as run

    result = run(path, labels, dense=not no_dense, only_labeled=only_labeled)
    if as_json:
        _dump(result)
        return
    out.print(
        f"BCubed    P {result['bcubed_p']:.3f}  R {result['bcubed_r']:.3f}  F1 {result['bcubed_f1']:.3f}"
    )
    r = result
    out.print(f"pairwise  P {r['pairwise_p']:.3f}  R {r['pairwise_r']:.3f}  F1 {r['pairwise_f1']:.3f}")
    out.print(
        f"{result['gold_stories']} gold stories, {result['pred_stories']} predicted, "
        f"{result['scored']} articles scored of {result['articles']} clustered in {result['seconds']:.1f} s"
    )


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token_env: Annotated[
        str, typer.Option(help="Environment variable holding the write token; unset: writes are refused.")
    ] = "GUGUS_TOKEN",
    no_dense: NoDenseOption = False,
) -> None:
    """Serve the JSON API under /api/ (docs at /docs): reads open, ingest with the token."""
    import uvicorn

    from gugus.api import create_app

    # a threaded server forks no worker processes (gugus.parallel): a fork copies other threads' locks
    os.environ.setdefault("GUGUS_WORKERS", "1")
    store = db or default_db()
    token = os.environ.get(token_env, "")
    application = create_app(store, token=token, dense=not no_dense)
    writes = "enabled (Bearer token)" if token else f"disabled: set {token_env} to enable them"
    shown = display_db(store)
    err.print(escape(f"gugus: {shown} on http://{host}:{port}/api/ (docs at /docs); writes {writes}"))
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(escape(f"note: listening on {host}: anyone who can reach it can read the store"))
    uvicorn.run(application, host=host, port=port, log_level="info")


@app.command()
def watch(
    feeds: Annotated[str, typer.Argument(metavar="FEEDS.txt", help="Feed URLs, one a line; # comments.")],
    db: DbOption = None,
    interval: Annotated[float, typer.Option(min=1, help="Seconds from one poll to the next.")] = 300.0,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once and exit (for cron).")] = False,
    allow_private: Annotated[
        bool, typer.Option(help="Let feeds reach loopback and private addresses (off: SSRF guard).")
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds allowed per feed and per page.")] = 15.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only bad lines and errors.")] = False,
    no_dense: NoDenseOption = False,
) -> None:
    """Poll RSS/Atom feeds on an interval, ingest what is new and put it into stories; Ctrl-C stops.

    With --once the exit status is 1 when a feed or a line of FEEDS was rejected."""
    import threading

    from gugus.ingest.watch import FeedPoll, stop_on_signals
    from gugus.ingest.watch import watch as run

    options = IngestOptions(allow_private=allow_private, timeout=timeout)
    failed = False

    def report(poll: FeedPoll) -> None:
        nonlocal failed
        failed |= poll.reject is not None
        if not quiet or poll.reject is not None:
            (err if poll.reject else out).print(escape(poll.line()), soft_wrap=True)

    def bad_line(bad) -> None:
        nonlocal failed
        failed = True
        err.print(f"[red]bad line[/] {escape(str(bad))}", soft_wrap=True)

    try:
        with open(feeds, encoding="utf-8", errors="replace"):
            pass
    except OSError as exc:
        err.print(f"cannot read {escape(feeds)}: {escape(exc.strerror or str(exc))}")
        raise typer.Exit(2) from None
    stop = threading.Event()
    with stop_on_signals(stop, lambda note: err.print(escape(note))):
        run(lambda: _engine(db, options, dense=not no_dense), feeds, interval=interval, once=once,
            report=report, on_bad_line=bad_line, stop=stop)  # fmt: skip
    raise typer.Exit(1 if once and failed else 0)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words (all must match), "a phrase", prefix*, -excluded.')],
    db: DbOption = None,
    stories: Annotated[bool, typer.Option("--stories", help="Rank stories instead of articles.")] = False,
    semantic: Annotated[bool, typer.Option("--semantic", help="By meaning (multilingual model).")] = False,
    lang: Annotated[str | None, typer.Option(help="Only articles in this language.")] = None,
    since: Annotated[str | None, typer.Option(help="Only articles published since this date.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    as_json: JsonOption = False,
) -> None:
    """Search articles or stories: full text over titles, texts and their stems, or by meaning."""
    from gugus.search import semantic_unavailable

    with _engine(db, dense=False) as engine:
        kind = "stories" if stories else "articles"
        found = engine.search(query, kind=kind, limit=limit, offset=offset, semantic=semantic, lang=lang,
                              since=since)  # fmt: skip
        why = semantic_unavailable(engine.store) if semantic else None
    if why:
        err.print(f"[yellow]semantic search unavailable ({escape(why)}): full text instead[/]")
    if as_json:
        _dump(found)
        return
    for r in found:
        if stories:
            outlets = escape(", ".join(r["outlets"][:4]))
            out.print(f"{r['story_id'][:10]}  {r['size']:>3} arts  {outlets:<40.40} {escape(r['headline'])}")
        else:
            outlet, when = escape(r["outlet"] or "—"), (r["published"] or "—")[:10]
            out.print(f"{r['id'][:10]}  {when:<10}  {outlet:<16.16} [bold]{escape(r['title'])}[/]")
            out.print(f"            [dim]{escape(r['snippet'])}[/]")
    err.print(f"{len(found)} {'stories' if stories else 'articles'}")


alerts_app = typer.Typer(no_args_is_help=True, help="Watchlists: saved rules, and the alerts they raise.")
app.add_typer(alerts_app, name="alerts")


@alerts_app.command("add")
def alerts_add(
    name: Annotated[str, typer.Argument(help="What to call the watch.")],
    db: DbOption = None,
    entity: Annotated[
        list[str] | None, typer.Option(help="A person, organisation or place (repeat).")
    ] = None,
    keyword: Annotated[
        list[str] | None, typer.Option(help="A word or phrase, by its stems (repeat).")
    ] = None,
    outlet: Annotated[list[str] | None, typer.Option(help="Reported by this outlet (repeat).")] = None,
    topic: Annotated[list[str] | None, typer.Option(help="The story's topic (repeat).")] = None,
    min_outlets: Annotated[int, typer.Option(min=1, max=1000, help="Reported by at least N outlets.")] = 1,
    conflict: Annotated[
        bool, typer.Option("--conflict", help="Outlets disagree on a number, date or name.")
    ] = False,
    copy_of: Annotated[str | None, typer.Option(help="Another outlet copied this outlet's article.")] = None,
    webhook: Annotated[str | None, typer.Option(help="POST each alert here (signed JSON).")] = None,
    secret: Annotated[str | None, typer.Option(help="The HMAC key (default: one is made).")] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private-webhook", help="Let the webhook be on a private network.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Save a watch: every rule given must hold. Stories already stored are matched at once."""
    from gugus.alerts.rules import RuleError

    rules = {
        "entities": entity or [], "keywords": keyword or [], "outlets": outlet or [], "topics": topic or [],
        "min_outlets": min_outlets, "conflict": conflict, "copy_of": copy_of,
    }  # fmt: skip
    with _engine(db, dense=False) as engine:
        try:
            watch = engine.add_watch(name, rules, webhook=webhook, secret=secret, allow_private=allow_private)
        except RuleError as exc:
            err.print(f"[red]cannot save the watch:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None
        matched = len(engine.alerts(watch["id"], limit=1000))
    if as_json:
        _dump(watch)
        return
    out.print(f"watch {watch['id']} saved; {matched} stories already match")
    if watch["webhook"]:
        out.print(f"webhook secret (signs X-Gugus-Signature): {escape(watch['secret'])}")


@alerts_app.command("list")
def alerts_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The saved watches, with their alert counts."""
    from gugus.alerts.rules import rules_of

    with _engine(db, dense=False) as engine:
        watches = engine.watch_summaries()
    if as_json:
        _dump(watches)
        return
    for w in watches:
        hook = f" → {w['webhook']}" if w["webhook"] else ""
        out.print(f"{w['id']}  {escape(w['name']):<24.24} {w['alerts']:>4} alerts  "
                  f"{escape(rules_of(w).describe())}{escape(hook)}")  # fmt: skip
    pending = sum(w["pending"] for w in watches)
    err.print(f"{len(watches)} watches; {pending} alerts waiting for delivery")


@alerts_app.command("show")
def alerts_show(
    watch_id: str,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1)] = 20,
    as_json: JsonOption = False,
) -> None:
    """A watch's latest alerts: the story, why it matched, and whether the webhook has it."""
    with _engine(db, dense=False) as engine:
        if engine.store.get_watch(watch_id) is None:
            err.print(f"[red]no watch {escape(watch_id)}[/]")
            raise typer.Exit(1)
        found = engine.alerts(watch_id, limit)
    if as_json:
        _dump(found)
        return
    for a in found:
        state = (
            "delivered" if a["delivered"] else f"pending ({a['attempts']} tries: {a['last_error'] or '—'})"
        )
        story = a["payload"]["story"]
        out.print(f"{a['created'][:16]}  {story['id'][:10]}  {escape(story['headline'])}")
        out.print(f"            [dim]{escape('; '.join(a['payload']['reasons']))} · {escape(state)}[/]")


@alerts_app.command("remove")
def alerts_remove(watch_id: str, db: DbOption = None) -> None:
    """Forget a watch and its alerts."""
    with _engine(db, dense=False) as engine:
        if not engine.remove_watch(watch_id):
            err.print(f"[red]no watch {escape(watch_id)}[/]")
            raise typer.Exit(1)
    out.print(f"watch {watch_id} removed")


@alerts_app.command("deliver")
def alerts_deliver(db: DbOption = None) -> None:
    """Post the alerts whose attempt is due to their webhooks now (ingest, watch and serve also do)."""
    with _engine(db, dense=False) as engine:
        counts = engine.deliver_alerts()
        pending = engine.store.pending_count()
    out.print(f"{counts['delivered']} delivered, {counts['failed']} failed; {pending} still pending")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
