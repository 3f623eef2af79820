"""Placeholder: filled in by its owner."""

commands: list = []
export_commands: list = []
