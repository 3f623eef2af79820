"""HTML pages -> Articles: main text and metadata via trafilatura; navigation and scripts dropped."""

from __future__ import annotations

from graphbuilder.errors import InputError
from graphbuilder.ingest.boilerplate import strip_boilerplate
from graphbuilder.ingest.identity import article_id
from graphbuilder.model import Article

#: Fewer words than this after extraction means the page held navigation, not an article.
MIN_ARTICLE_WORDS = 4


def article_from_html(
    html: str,
    *,
    source: str,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
) -> Article:
    """The article in an HTML page; InputError when the page holds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or isinstance(doc, dict):  # dict only with as_dict=True, which we never ask for
        raise InputError(source, "HTML page has no article text")
    text = strip_boilerplate(doc.text or "")
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(source, "HTML page has no article text")
    meta_url = url or doc.url
    return Article(
        id=article_id(text, id=id, url=meta_url),
        text=text,
        title=title or doc.title,
        url=meta_url,
        published=published or doc.date,
        publisher=publisher or doc.sitename or doc.hostname,
        source=source,
    )
