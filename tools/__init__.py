"""Maintainer tools: rebuild the shipped tables from third-party dictionaries (not installed)."""
