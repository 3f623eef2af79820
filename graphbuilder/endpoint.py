"""Moved to :mod:`graphbuilder.query.endpoint`; this name stays only until ``api.py`` imports
``check_not_served`` from there."""

from graphbuilder.query.endpoint import check_not_served, serving_process

__all__ = ["check_not_served", "serving_process"]
