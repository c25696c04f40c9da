"""HTTP API and the analysts' web page; start with `frontlines.api.app.create_app`."""
