"""Request and response models: what /docs shows, and what the write routes accept."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gugus.model import Article, Reject


def _web_url(value: str | None) -> str | None:
    """http and https only: a `javascript:` or `file:` URL must never reach a page or the fetcher."""
    if value is not None and not value.lower().startswith(("http://", "https://")):
        raise ValueError("must be an http:// or https:// URL")
    return value


class ErrorOut(BaseModel):
    error: str = Field(description="what went wrong, short: 'not found', 'unauthorized', 'too large', …")
    detail: str = Field(description="a sentence for a person")


class Health(BaseModel):
    status: str = Field(description="'ok'")
    store: str = Field(description="the store's file name (no path)")
    articles: int
    stories: int
    version: str = Field(description="gugus's version")


class Page(BaseModel):
    offset: int
    limit: int
    next_offset: int | None = Field(description="the offset of the next page; null on the last one")


class ArticlePage(Page):
    articles: list[Article] = Field(description="as `gugus articles --json`, newest first")


class Revision(BaseModel):
    revision: int
    replaced_at: str | None = None


class ArticleDetail(BaseModel):
    """An article as `gugus article ID --json`: every field of the list, and its earlier revisions."""

    model_config = ConfigDict(extra="allow")
    id: str
    title: str
    text: str
    revisions: list[Revision]


class StoryRecord(BaseModel):
    """A story as `gugus stories --json` lists it; times are UTC, 'YYYY-MM-DD HH:MM'."""

    model_config = ConfigDict(extra="allow")
    id: str
    first_seen: str
    last_seen: str
    size: int = Field(description="articles")
    n_outlets: int
    headline: str
    outlets: dict[str, int] = Field(description="outlet -> articles")
    languages: dict[str, int] = Field(description="language -> articles")
    entities: list[str] = []
    keywords: list[str] = []


class StoryPage(Page):
    total: int = Field(description="stories matching the filters")
    stories: list[StoryRecord] = Field(description="ranked by recency (day), then outlets, then size")


class TrendingStory(BaseModel):
    """A story gaining momentum, as `gugus trending --json` lists it (the formula: gugus.trending)."""

    id: str
    headline: str = Field(description="the story's headline as of `at`")
    momentum: float = Field(description="(activity − expected) / √(expected + 1): the excess over its pace")
    activity: float = Field(description="breadth-weighted articles in the window (outlets count, not posts)")
    expected: float = Field(description="hours × the higher of its own earlier rate and the day's baseline")
    articles: int = Field(description="articles in the window")
    outlets: list[str] = Field(description="outlets with an article in the window")
    new_outlets: list[str] = Field(description="outlets whose first article in the story is in the window")
    rate: float = Field(description="activity per hour in the window")
    own_rate: float = Field(description="the story's activity per hour before the window (up to 24 h)")
    size: int = Field(description="articles as of `at`")
    n_outlets: int = Field(description="outlets as of `at`")
    first_seen: str
    last_seen: str
    breaking: bool = Field(description="its first article is in the window and two or more outlets have it")


class TrendingPage(BaseModel):
    at: str | None = Field(description="as of this time, UTC 'YYYY-MM-DD HH:MM'; null for an empty store")
    hours: float = Field(description="the window")
    day_rate: float = Field(description="the day's baseline: the median story's activity per hour")
    stories: list[TrendingStory] = Field(description="the highest momentum first")


class StoryArticle(BaseModel):
    id: str
    source_id: str
    title: str
    outlet: str | None
    published: str | None
    lang: str | None
    url: str | None
    wire: list[str]


class StoryDetail(StoryRecord):
    """A story as `gugus story ID --json`: the record with its articles (oldest first) and merges."""

    articles: list[StoryArticle]
    merges: list[dict[str, Any]]


class IngestOut(BaseModel):
    """What one ingest did: `gugus.IngestReport`, with the clustering that followed."""

    added: int
    duplicates: int
    revisions: int
    rejected: int
    article_ids: list[str] = Field(description="the stored id of every article read, added or already there")
    rejects: list[Reject] = Field(description="inputs that could not be ingested: source, reason, detail")
    clustered: dict[str, int] = Field(description="articles clustered, new stories, merges")


class TextIn(BaseModel):
    text: str = Field(min_length=1, description="the article as pasted: title line, date line, body …")
    url: str | None = Field(None, max_length=4096, description="where it was published (http or https)")
    name: str = Field("api:text", max_length=200, description="a label for the source (not a path)")

    @field_validator("url")
    @classmethod
    def _web(cls, value: str | None) -> str | None:
        return _web_url(value)


class UrlIn(BaseModel):
    url: str = Field(max_length=4096, description="an http or https page or feed; private addresses refused")

    @field_validator("url")
    @classmethod
    def _web(cls, value: str) -> str:
        return _web_url(value)


class SearchPage(Page):
    """Search results, best first, as `gugus search --json` prints them. Snippets are plain text with
    the matched words between « and »: escape them before showing them as HTML."""

    query: str
    kind: str = Field(description="'articles' or 'stories'")
    mode: str = Field(description="'text' (full text), or 'semantic' when the meaning search ran")
    note: str | None = Field(None, description="why a semantic search fell back to full text")
    results: list[dict[str, Any]]


class WatchIn(BaseModel):
    """A watch to save: every rule given must hold; within a list, any item will do."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    entities: list[str] = Field([], description="people, organisations, places (any spelling or alias)")
    keywords: list[str] = Field([], description="words or phrases, matched by their stems")
    outlets: list[str] = Field([], description="reported by any of these outlets")
    topics: list[str] = Field([], description="the story's topic is one of these")
    min_outlets: int = Field(1, ge=1, le=1000, description="reported by at least this many outlets")
    conflict: bool = Field(False, description="the outlets disagree on a number, a date or a name")
    copy_of: str | None = Field(None, max_length=200, description="another outlet copied this outlet")
    webhook: str | None = Field(None, max_length=4096, description="POST each alert here (public address)")
    secret: str | None = Field(None, max_length=200, description="HMAC key; default: one is made")

    @field_validator("webhook")
    @classmethod
    def _web(cls, value: str | None) -> str | None:
        return _web_url(value)


class WatchOut(BaseModel):
    id: str
    name: str
    rules: dict[str, Any]
    webhook: str | None
    created: str
    alerts: int = Field(description="alerts raised so far")
    pending: int = Field(description="alerts waiting for the webhook")
    secret: str | None = Field(None, description="only in the answer that saved the watch")


class AlertOut(BaseModel):
    id: int
    watch_id: str
    story_id: str
    created: str
    payload: dict[str, Any] = Field(description="what the webhook receives: the watch, the story, why")
    delivered: str | None
    attempts: int
    last_error: str | None
