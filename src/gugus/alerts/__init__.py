"""Watchlists and alerts: a saved watch is matched against every new or updated story; a match becomes
an alert, delivered to a webhook (signed, retried, never lost), listed in an Atom feed and the web UI."""
