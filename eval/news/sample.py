"""Draw the news gold sentences at random from the BBC corpus (the documented procedure).

Run from the repository root:

    python eval/news/sample.py ../shared/data/corpus/bbc-politics-business.jsonl > /tmp/sample.jsonl

Standard library only, deterministic (string seed, articles sorted by id), so anyone with the
same corpus file draws the same sentences. The output holds article id, sentence offsets and,
for the annotator's eyes only, the sentence text: the committed gold files keep the ids and
offsets, never the text.

Procedure:

1. Read every article; keep politics and business, sorted by id.
2. With ``random.Random(SEED)``, draw ``POLITICS`` politics and ``BUSINESS`` business
   articles without replacement (one sentence per article, so no article dominates).
3. Split the article into sentences with :func:`sentences` (paragraphs at line breaks, then
   sentence ends ``. ! ?`` plus closing quotes, before whitespace and an upper-case letter,
   a digit or an opening quote) and keep sentences of at least 20 characters.
4. Draw one of them uniformly with the same generator.
5. Part: ``heldback`` when ``sha256("<article id>:<start>")`` read as a number is 0 modulo 3,
   else ``dev`` (see :func:`part`).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator

SEED = "graphbuilder news gold v1"
POLITICS = 100
BUSINESS = 50
MIN_CHARS = 20

_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018A-Z0-9])")
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Sen.", "Rep.", "No.", "U.S.", "Jan.", "Feb.")


def part(article_id: str, start: int) -> str:
    """``heldback`` for a third of the sentences (by a hash of article id and offset), else ``dev``."""
    digest = hashlib.sha256(f"{article_id}:{start}".encode()).hexdigest()
    return "heldback" if int(digest, 16) % 3 == 0 else "dev"


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) character offsets of the sentences of ``text``."""
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        chunk = para.group()
        cut = 0
        for m in _END.finditer(chunk):
            before = chunk[cut : m.start()]
            if before.rstrip("\"'\u201d\u2019").endswith(_ABBREVIATIONS):
                continue
            end = m.start() + len(m.group().rstrip())
            yield _trimmed(text, start + cut, start + end)
            cut = m.end()
        if chunk[cut:].strip():
            yield _trimmed(text, start + cut, start + len(chunk))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def draw(corpus_path: str) -> list[dict[str, object]]:
    with open(corpus_path, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    by_category = {
        c: sorted((a for a in articles if a.get("category") == c), key=lambda a: a["id"])
        for c in ("politics", "business")
    }
    rng = random.Random(SEED)
    chosen = rng.sample(by_category["politics"], POLITICS) + rng.sample(by_category["business"], BUSINESS)
    out = []
    for n, article in enumerate(chosen, 1):
        text = article["text"].replace("\r\n", "\n")
        spans = [(s, e) for s, e in sentences(text) if e - s >= MIN_CHARS]
        start, end = rng.choice(spans)
        out.append(
            {
                "id": f"news-{n:03d}",
                "article": article["id"],
                "start": start,
                "end": end,
                "part": part(article["id"], start),
                "text": text[start:end],
            }
        )
    return out


if __name__ == "__main__":
    for record in draw(sys.argv[1]):
        print(json.dumps(record, ensure_ascii=False))
