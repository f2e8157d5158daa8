"""gugus over HTTP: a JSON API under /api/ as a thin layer over `gugus.Engine` (`gugus serve`)."""

from gugus.api.app import create_app

__all__ = ["create_app"]
