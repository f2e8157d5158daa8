"""The web UI: server-rendered pages (FastAPI + Jinja2) over the API's Service, mounted by
`gugus.api.create_app` beside the JSON API."""
