"""Lines a site runs into the story that are not its sentences: links to other stories
("READ MORE: Talks collapse in Ruritania The minister said ...") and credits ("Jo Roe in
Northtown contributed to this report.").

A link's headline has no full stop: run into the text it became the subject of the next
sentence ("9 police killed In February, the general told ..." gave the testimony to the
police). Its end is found where the next sentence plainly starts: a capitalised function
word or pronoun after the headline's last word, also opening a quotation ("... talks In
February", "... debate The report", '... aid "We will'), or after a "?", a "!" or a dash
run onto the word. When a full stop comes first, or nothing
within :data:`HEADLINE_WORDS` words, only the label goes (when it stands between two sentences):
the headline stays, at the start of a paragraph, rather than lose a word of the story.
"""

from __future__ import annotations

import re
from itertools import islice

#: The labels of a link to another story, in capitals as sites print them ("Read more" also as a
#: sentence's start, and "Read:"), with a colon or a dash; with a colon only, the labels of a
#: profile, a fact box, a live page or more of a series ("PROFILE: Jo Roe, the ...", "Live updates:
#: Northtown news", "MORE: Ten best beaches", "SCORECARD: Index X rose ...").
_LINK_LABEL = re.compile(
    r"(?:^|(?<=[\s.!?\"”']))(?:READ MORE|READ ALSO|ALSO READ|Read more|WATCH|OPINION|RELATED|EXPLAINER|"
    r"INSIDE STORY|IN PICTURES|INTERACTIVE|SPECIAL SERIES|(?:Read|MORE|PROFILE|SCORECARD|FACTBOX|TIMELINE"
    r"|(?P<live>Live[ ]updates|LIVE))(?=[ \t]*:)(?<!(?i:read)[ ]MORE))[ \t]*[:\-–—]-?[ \t]*"
)
#: A live page's title ends with the words "news", "updates" or "latest" ("Live updates: Northtown
#: strike and Southshire news Jo Roe, of the watchdog, said"): the next sentence starts after them
#: when a capital follows.
_LIVE_TITLE = re.compile(r"[A-Z][^.!?\n:]{0,100}?\b(?:news|updates|latest)[ \t]+(?=[A-Z])")
#: A headline is at most this many words.
HEADLINE_WORDS = 20
#: Number words a sentence may start with (a name may end in one too: "BBC One").
NUMBER_WORDS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten".split())
#: Capitalised words that start a sentence and never end a headline's proper name.
SENTENCE_OPENERS = NUMBER_WORDS | frozenset(
    """The A An In On At By For From With After Before During Since Until Under Over Among
    According Despite Although Though While When Where If As But And Or Yet So However
    Meanwhile Indeed Instead Still Once Last Earlier Later He She It They We I You His Her
    Its Their Our My This That These Those There Many Some Several Most Nearly About More
    Another Moreover Furthermore Also Both Each Amid""".split()
) | frozenset(  # the same pronouns in contractions: "It's", "We're", "There's"
    f"{word}{mark}{ending}"
    for word, ending in (w.split("'") for w in "It's I'm We're They're He's She's There's That's".split())
    for mark in "'’"
)
_WORD = re.compile(r"\S+")
#: Names of people as a credit lists them: "Jo Roe", "Jo Roe and Al Poe", "Jo Roe, Al Poe and Li Wei".
_PERSON = r"[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’.\-]*){1,3}"
_NAMES = rf"{_PERSON}(?:(?:,[ ]|,?[ ]and[ ]){_PERSON}){{0,3}}"
#: A credit line: "Jo Roe in Northtown contributed to this report.", by names also "... to the story."
#: (a sentence of its own: "Rain contributed to the story's end" is none).
_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"”]))[ \t]*[^.!?\n\"”]{1,160}?\bcontributed(?:[ \t]+reporting)?[ \t]+to[ \t]+this"
    r"[ \t]+(?:report|story|article)[ \t]*\.?"
    r"|(?:^|(?<=[.!?\"”][ ]))NAMES(?:[ ]in[ ][A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*){0,2})?[ ]contributed"
    r"(?:[ ]reporting)?[ ]to[ ]the[ ]story[ ]*\.(?=\s|$)".replace("NAMES", _NAMES)
)


def strip_links(text: str) -> str:
    """``text`` without links to other stories (a paragraph break in their place) and credits."""
    text = _strip_labelled_links(_CREDIT.sub("", text))
    if "Read more " in text:
        text = _strip_read_more(text)
    return _strip_topic_headlines(text) if ": " in text else text


#: A site's link to more of its coverage run into the text with no colon, where a sentence starts:
#: "... the hearing. Read more about this and other stories from Northtown The court heard ...",
#: "Read more of Jo's analysis In other news ...", "Read more from expert Jo Roe The ...". It goes
#: when the sentence after it plainly starts (:func:`_headline_end`), else it stays.
_READ_MORE = re.compile(r"(?<=[.!?][ ])(?<![A-Z][.!?][ ])Read[ ]more[ ](?:about|from|of|on)[ ]")


def _strip_read_more(text: str) -> str:
    """``text`` without the links of :data:`_READ_MORE` whose end is plain."""
    pieces: list[str] = []
    at = 0
    for link in _READ_MORE.finditer(text):
        if link.start() < at or (end := _headline_end(text, link.end())) is None:
            continue
        pieces.append(text[at : link.start()].rstrip(" \t") + "\n\n")
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _strip_labelled_links(text: str) -> str:
    """``text`` without the links of :data:`_LINK_LABEL`."""
    pieces: list[str] = []
    at = 0
    for label in _LINK_LABEL.finditer(text):
        if label.start() < at:
            continue
        end = _headline_end(text, label.end())
        if label.group("live") and (title := _LIVE_TITLE.match(text, label.end())):
            end = title.end() if end is None else min(end, title.end())
        if end is None:
            if not _between_sentences(text, label):
                continue
            end = label.end()  # the label goes; its headline stays, at a paragraph's start
        pieces.append(text[at : label.start()].rstrip(" \t") + "\n\n")
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


#: A headline run in between two sentences, led by its topic or speaker and a colon: "... the
#: road is shut. Ruritania: Rebels seize the port In February, the army ...", "Jo Roe: Is the deal
#: different this time? Labour MPs ...", "Infographic: Rebel attacks (2006-2017) A separate ...".
#: One to three capitalised words, a colon and a capital letter: a quotation after the colon is a
#: speaker's words ('Jo Roe: "I cannot."'). It goes only when the headline's end is plain
#: (:func:`_headline_end`); a sentence after a colon ends with a full stop first ("Bottom Line: the
#: talks failed.", "Result: Prices fell because of it.") and stays.
_TOPIC_HEADLINE = re.compile(
    r"(?:(?<=[.!?][ ])|(?<=[.!?][\"”’'][ ])|(?<=[.!?]-[ ])|(?<=[.!?]-)|(?<=\n))"
    r"[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*){0,2}:[ ]+(?=[A-Z])"
)


#: Without a link's label to say a headline stands there, an opener that may be a name's word ends
#: none: an article before a capitalised word ("The Hague", "The Guardian"), a number word after
#: one ("BBC One", "Air Force One").
_NAME_GOES_ON = re.compile(r"(?:The|A|An)[ ]+[A-Z]")
#: "I" is a capital in the middle of any sentence, so no sign of a new one: a transcript's answer
#: after its speaker's label ("Roe: Every writer I know has been threatened.") is no headline.
_FIRST_PERSON = re.compile(r"I\b")


def _may_be_a_names_word(text: str, end: int) -> bool:
    """May the opener at ``end`` be a word of a name (:data:`_NAME_GOES_ON`, a number word after a
    capitalised word), or a word in a sentence's middle (:data:`_FIRST_PERSON`)?"""
    if _NAME_GOES_ON.match(text, end) or _FIRST_PERSON.match(text, end):
        return True
    token = _WORD.match(text, end)
    before = text[max(0, end - 60) : end].split()[-1:]
    number = token is not None and token.group().rstrip(",;:") in NUMBER_WORDS
    return number and bool(before) and before[0][:1].isupper()


def _strip_topic_headlines(text: str) -> str:
    """``text`` without the run-in headlines of :data:`_TOPIC_HEADLINE`."""
    pieces: list[str] = []
    at = 0
    for topic in _TOPIC_HEADLINE.finditer(text):
        if topic.start() < at or (end := _headline_end(text, topic.end())) is None:
            continue
        if _may_be_a_names_word(text, end):
            continue
        pieces.append(text[at : topic.start()].rstrip(" \t") + "\n\n")
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


#: A label stands between two sentences: after a sentence's end ("... said.- READ MORE: Rebels ...")
#: and before a capitalised word. In a quotation ('He said: "WATCH: they will ...') it stays.
_AFTER_SENTENCE = re.compile(r"[.!?][\"”’']?-?[ \t]*$")


def _between_sentences(text: str, label: re.Match[str]) -> bool:
    before = text[max(0, label.start() - 4) : label.start()]
    return bool(_AFTER_SENTENCE.search(before)) and bool(_HEADLINE_START.match(text, label.end()))


_HEADLINE_START = re.compile(r"['‘\"“]?[A-Z0-9]")


def _headline_end(text: str, start: int) -> int | None:
    """Where the sentence after a headline starting at ``start`` begins, if it is plain."""
    words = list(islice(_WORD.finditer(text, start), HEADLINE_WORDS + 1))
    quoted = inside = False  # the headline opened a quotation (and it is still open)
    for i, (before, word) in enumerate(zip(words, words[1:], strict=False)):
        last, token = before.group(), word.group()
        if last[0] in _OPENING_QUOTES:
            quoted = inside = True
        if last.rstrip(",;:").endswith(_CLOSING_QUOTES):
            inside = False
        if last.endswith("."):
            return None  # a full stop: the headline's end was not plain, or this is no headline
        if last.endswith(("?", "!")) or (len(last) > 1 and last.endswith("-") and token[0].isupper()):
            return word.start()  # "... picks?- Senate leaders", "... juncture- Turkey says"
        if "  " in text[before.end() : word.start()] and token[0].isupper():
            return word.start()  # two spaces: the line break the text lost
        if _repeats_name(last, token):
            return word.start()  # "... accommodating Roe Roe has also ...", "... al-Sadr Sadr is"
        if _named_speaker(text, start, last, token, words[i + 2 : i + 3]):
            return word.start()  # "... tattooed by their gangs Roe says the ..."
        if inside:
            continue  # a quoted sentence in the headline: "'How do I feed them?' Mothers say"
        if token.lstrip('"“').rstrip(",;:") in SENTENCE_OPENERS and not last.endswith((":", "-", "–", "—")):
            return word.start()
        if quoted and _closes_quote(last, token, words[i + 2 : i + 3]):
            return word.start()
        if _QUOTED_SENTENCE.match(text, word.start()):
            return word.start()  # '... near Northtown "Cell members were active," the statement said'
    return None


_POSSESSIVE = re.compile(r"['’]s?$")


def _repeats_name(last: str, token: str) -> bool:
    """Does ``token`` repeat the name that ends the headline, the next sentence's subject ("Jo
    Roe Roe said", "... al-Sadr Sadr is", "... Roe Roe's party")? No sentence says a name twice
    in a row."""
    name = _POSSESSIVE.sub("", token.rstrip(",;:"))
    return len(name) > 1 and name[0].isupper() and name[1:].islower() and last.rsplit("-", 1)[-1] == name


#: Verbs a sentence goes on with after its subject's surname: "Roe says the ...".
_SPEAKER_VERBS = frozenset("says said adds added explains explained is was has had told tells".split())


def _named_speaker(text: str, start: int, last: str, token: str, after: list[re.Match[str]]) -> bool:
    """Does ``token`` start the next sentence as the surname of someone the text named in full
    before the headline at ``start``, followed by a verb ("... by their gangs Roe says the ...")?
    A headline's words in lower case are not followed by a surname and a verb."""
    if not (token.isalpha() and token[0].isupper() and token[1:].islower() and last[-1:].isalpha()):
        return False
    if not last.islower() or not after or after[0].group() not in _SPEAKER_VERBS:
        return False
    return re.search(rf"\b[A-Z][\w'’\-]+[ ]{token}\b", text[:start]) is not None


#: A quoted sentence after the headline: a double quotation mark before a capital, closed after a
#: comma or a sentence's mark within 400 characters, no quotation mark between. A headline quotes
#: a phrase and closes it on a word ('Rebels win "Northtown" vote').
_QUOTED_SENTENCE = re.compile(r"[\"“][A-Z][^\"“”\n]{0,400}[,.!?][\"”]")


_OPENING_QUOTES = "'‘\"“"
_CLOSING_QUOTES = ("'", "’", '"', "”")


def _closes_quote(last: str, token: str, after: list[re.Match[str]]) -> bool:
    """Does a quotation that ends the headline close on ``last``, before a sentence that starts
    with a capitalised word followed by a lower-case one ("... 'insider attack' Gunmen stormed")?
    An acronym goes on with the headline as often ("... to 'empower' US police")."""
    return (
        last.endswith(_CLOSING_QUOTES)
        and token[0].isupper()
        and token.isalpha()
        and not token.isupper()
        and bool(after)
        and after[0].group()[0].islower()
    )
