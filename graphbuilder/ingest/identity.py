"""Stable article ids: from an explicit id, else the URL, else the normalised text."""

from __future__ import annotations

import hashlib
import re

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def article_id(text: str, *, id: str | None = None, url: str | None = None) -> str:
    """The article's id: a cleaned ``id`` when given, else a hash of the URL or the text.

    The same article read twice (same URL, or same text modulo whitespace) gets the same id.
    """
    if id is not None and str(id).strip():
        cleaned = _SAFE.sub("-", str(id).strip()).strip("-")
        if cleaned:
            return cleaned[:120]
    if url:
        key = "url:" + url.strip().split("#", 1)[0].rstrip("/")
    else:
        key = "text:" + " ".join(text.split())
    return "art-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
