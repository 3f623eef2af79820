"""Stable article ids: from an explicit id, else the URL, else the normalised text.

Two different inputs never share an id: a given id is kept as written when it uses only
letters, digits and ``. _ - / ~`` and is at most 120 characters; otherwise its unsafe
characters are replaced and a hash of the id as given is appended, so "a/b c" and
"a/b-c" stay two articles, and so do two long ids with a shared prefix.
"""

from __future__ import annotations

import hashlib
import re

MAX_ID_LENGTH = 120
_SAFE_ID = re.compile(r"[A-Za-z0-9._/~-]+")
_UNSAFE = re.compile(r"[^A-Za-z0-9._/~-]+")


def article_id(text: str, *, id: str | None = None, url: str | None = None) -> str:
    """The article's id: the given ``id`` (made safe, see the module), else a hash of the
    URL or the text. The same article read twice (same id, same URL, or same text modulo
    whitespace) gets the same id.
    """
    if id is not None and str(id).strip():
        given = str(id).strip()
        if _SAFE_ID.fullmatch(given) and len(given) <= MAX_ID_LENGTH:
            return given
        readable = _UNSAFE.sub("-", given).strip("-/")[: MAX_ID_LENGTH - 17]
        digest = hashlib.sha1(given.encode("utf-8")).hexdigest()[:16]
        return f"{readable}-{digest}" if readable else f"id-{digest}"
    if url:
        key = "url:" + url.strip().split("#", 1)[0].rstrip("/")
    else:
        key = "text:" + " ".join(text.split())
    return "art-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
