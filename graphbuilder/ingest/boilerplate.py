"""Site boilerplate: subscribe/share prompts, comment and error-report forms, footers.

Such lines carry no news and must yield no statements, so ingest drops them before the
text is parsed (offsets are into the text as ingested, i.e. after this step).
"""

from __future__ import annotations

import re

_BOILERPLATE_LINE = re.compile(
    r"""^\s*(
        subscribe\b | follow\ us\b | share\ (this|on|via)\b | sign\ up\b | join\ us\ on\b
      | (error\ page\ url|text\ containing\ error|your\ comment|your\ name|your\ e-?mail)\s*:
      | read\ (more|also)\s*: | related\s*: | advertisement\s*$ | click\ here\b
      | all\ rights\ reserved | (©|\(c\)|copyright)\s*\d{0,4} | comments?\s*\(\d+\)\s*$
      | (send|report)\ (an\ )?error\b | if\ you\ (notice|find)\ an?\ (error|typo)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


#: A prompt or footer is a short line. A longer line that starts like one is a text whose
#: paragraphs were run together ("Share this with Facebook ... The minister said ..."):
#: dropping it would drop the article, so it stays.
PROMPT_LINE_CHARS = 240


def is_boilerplate(line: str) -> bool:
    return len(line.strip()) <= PROMPT_LINE_CHARS and bool(_BOILERPLATE_LINE.match(line))


def strip_boilerplate(text: str) -> str:
    """``text`` without boilerplate lines (and without trailing blank lines)."""
    kept = [line for line in text.split("\n") if not is_boilerplate(line)]
    return "\n".join(kept).strip("\n")
