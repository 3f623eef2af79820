"""CLI commands, one module per area; each exposes ``commands`` (and ``export_commands``)."""
