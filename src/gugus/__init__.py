"""gugus: a news story engine. Articles from many outlets in; stories, coverage and provenance out."""

from gugus.model import Article, Draft, IngestReport, Reject

__all__ = ["Article", "Draft", "Engine", "IngestReport", "Reject"]
__version__ = "0.1.0"


def __getattr__(name: str):  # lazy: `import gugus` stays cheap for the CLI's --help
    if name == "Engine":
        from gugus.engine import Engine

        return Engine
    raise AttributeError(name)
