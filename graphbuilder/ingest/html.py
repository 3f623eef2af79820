"""HTML pages -> Articles: main text and metadata via trafilatura; navigation and scripts dropped."""

from __future__ import annotations

from graphbuilder.errors import InputError
from graphbuilder.ingest.boilerplate import strip_boilerplate
from graphbuilder.ingest.identity import article_id
from graphbuilder.ingest.wire import strip_wire_furniture
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
    if isinstance(doc, dict):  # only with as_dict=True, which we never ask for
        doc = None
    # trafilatura gives up on pages too short to score; their paragraphs are the article
    raw = (doc.text if doc is not None else None) or _paragraph_text(html)
    wire = strip_wire_furniture(strip_boilerplate(raw or ""))
    text = wire.text
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(source, "HTML page has no article text")
    meta_url = url or (doc.url if doc is not None else None)
    return Article(
        id=article_id(text, id=id, url=meta_url),
        text=text,
        title=title or (doc.title if doc is not None else None),
        url=meta_url,
        published=published or (doc.date if doc is not None else None),
        publisher=publisher or (doc.sitename or doc.hostname if doc is not None else None) or wire.agency,
        source=source,
        dateline=wire.place,
    )


#: Elements whose text is never article text.
_NON_TEXT = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template")


def _paragraph_text(html: str) -> str:
    """The text of a page's paragraphs (or of its body when it has none), one per line."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_NON_TEXT)):
        element.drop_tree()
    blocks = [" ".join(p.text_content().split()) for p in root.iter("p", "h1", "h2", "h3", "li")]
    blocks = [b for b in blocks if b]
    return "\n".join(blocks) if blocks else " ".join(root.text_content().split())
