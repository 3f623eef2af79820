"""Wire-service furniture: datelines, bylines, agency tags and correction notes.

"WASHINGTON (Reuters) - The Senate ...", "MOSCOW, March 14 (TASS) -", "By Jane Doe",
"((This story has been corrected ...))", "(Reporting by ...; Editing by ...)" carry no news:
parsed as text they become entities ("WASHINGTON") and glue the city onto the first
subject ("WASHINGTON officials" for "U.S. officials"). Ingest removes them before parsing
(offsets are into the text as ingested) and keeps what they say about the article: the
dateline city as its place and the agency as its publisher.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from graphbuilder.ingest.agencies import DATELINE_AGENCIES
from graphbuilder.ingest.deck import split_deck, strip_captions
from graphbuilder.ingest.headings import split_run_in_headings
from graphbuilder.ingest.inline import strip_inline_furniture
from graphbuilder.ingest.links import strip_links
from graphbuilder.ingest.notes import strip_agency_notes
from graphbuilder.ingest.trailer import is_print_feature, strip_paragraph_captions, strip_trailer

#: Agencies whose tag stands in a dateline, by their tag in lower case: "(Reuters)", "(AP)" ...
AGENCIES = {tag.lower(): name for tag, name in DATELINE_AGENCIES.items()}
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

#: "WASHINGTON (Reuters) -", "BEIJING, March 3 (Xinhua) --", "KYIV, Ukraine (AP) —",
#: "MOSCOW, March 14. /TASS/.", "BANGALORE (India), February 17. /TASS/.", "PARIS, 3 mars (AFP) -";
#: "BADEN-BADEN /Germany/, March 20. /TASS/."; the slash tag as typed in haste, "TOKYO, March 2. /TASS /.",
#: "MOSCOW, March 2, /TASS/.", "LONDON, May 3. /TASS, Jo Roe/." (the correspondent in the tag),
#: "MOSCOW, Moscow 28. /TASS/." (the city
#: for the month: a capitalised word and a day right before the slash tag);
#: a story from several places, "NORTHTOWN/SOUTHVILLE (Reuters) -", "NORTHTOWN, Ky./SOUTHVILLE (Reuters)
#: -" (the first is the place); a comma left before the tag, "NORTHTOWN, (Reuters) -"; a day typed
#: into the tag, "NORTHTOWN (Reuters on Monday ) -"; the cities are written in capitals.
#: Tokenised copy spaces its punctuation ("DAYTON , Ohio ( AP )"): so may the dateline.
_DATELINE = re.compile(
    rf"""^[ \t]*
    (?P<place>[A-Z][A-Z'.\- ]{{1,40}}?[A-Z.])               # city in capitals
    (?:[ \t]*(?:\([ \t]*[A-Z][A-Za-z.\- ]{{1,30}}?[ \t]*\)  # " (India)"
    |/[A-Z][A-Za-z.\- ]{{1,30}}?/))?                             # " /Germany/"
    (?:[ \t]*,[ \t]*(?P<region>[A-Z][A-Za-z.\- ]{{1,30}}?))?       # ", Ukraine"
    (?P<others>(?:[ \t]*/[ \t]*[A-Z][A-Z'.\- ]{{1,40}}?[A-Z.]         # "/NEW YORK", "/SAN JOSE, Calif."
    (?:[ \t]*,[ \t]*[A-Z][A-Za-z.\- ]{{1,30}}?(?=[ \t]*[/(,]))?){{0,3}})
    (?:[ \t]*,[ \t]*(?:{_MONTH}[ \t]*\d{{1,2}}|\d{{1,2}}[ \t]*{_MONTH}))?  # ", March 14"
    (?:[ \t]*,[ \t]*[A-Z][a-z]+[ \t]*\d{{1,2}}(?=\.?[ \t]*/))?  # ", Moscow 28. /TASS/." (month mistyped)
    [ \t]*,?[ \t]*                                              # "LONDON, (Reuters)": a comma left over
    (?:\([ \t]*(?P<agency>{_AGENCY})(?:[ \t]+[a-z]{{2,4}}[ \t]+[A-Z][a-z]+)?[ \t]*\)  # "(Reuters on Friday )"
    |[.,]?[ \t]*/[ \t]*(?P<slash_agency>{_AGENCY})
    (?:[ \t]*,[ \t]*[A-Z][\w'.\-]*(?:[ \t]+[A-Z][\w'.\-]*){{0,3}})?[ \t]*/\.?)  # "/TASS, Jo Roe/."
    [ \t]*(?:-{{1,2}}|–|—|:)?[ \t]*""",
    re.VERBOSE | re.IGNORECASE,
)
#: A dateline in mixed case with an agency's tag and a dash, or the tag run onto the first word:
#: "Tokyo (CNN) --", "New York (AP) —", "(CNN) -- The ...", "Tokyo (CNN)The ...", "Tokyo/Seoul (CNN) --".
_TITLE_DATELINE = re.compile(
    rf"""^[ \t]*(?:(?P<place>[A-Z][\w'.\-]+(?:[ ][A-Z][\w'.\-]+){{0,2}})
    (?:[ ]*,[ ]*[A-Z][\w.]+(?:[ ][A-Z][\w.]+){{0,2}})?
    (?:/[A-Z][\w'.\-]+(?:[ ][A-Z][\w'.\-]+){{0,2}}                     # "/Seoul"
    (?:[ ]*,[ ]*[A-Z][\w.]+(?:[ ][A-Z][\w.]+){{0,2}})?){{0,3}}[ ]*)?
    \((?P<agency>(?i:{_AGENCY}))\)(?:[ ]*(?:-{{1,2}}|–|—)|(?=[A-Z"“]))[ \t]*""",
    re.VERBOSE,
)
#: A line that is only a dateline without agency tag: "LANCASTER, Ky.", "LANCASTER , Ky ."
#: Headlines have the same shape ("NATO, Russia Agree Deal"): the part after the comma must
#: be a known state or country (:func:`_is_known_region`).
_BARE_DATELINE = re.compile(
    r"""^[ \t]*(?P<place>[A-Z][A-Z'.\- ]{1,40}?[A-Z.])[ \t]*,[ \t]*
    (?P<region>[A-Z][A-Za-z.\- ]{1,30}?)[ \t]*\.?[ \t]*$""",
    re.VERBOSE,
)
#: US state abbreviations of news style ("Gary, Ind.", "LANCASTER, Ky."): a place's qualifier.
STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nebr Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Va Vt Wash W.Va Wis Wyo".split()
)
#: A dateline's region has at most this many words ("New South Wales"); a headline has more.
REGION_WORDS = 3
#: A line that is only a byline: "By Jane Doe", "By JANE DOE and John Roe, Associated Press".
_BYLINE = re.compile(
    r"^[ \t]*By[ \t]+[A-Z][\w'.\-]*(?:[ \t]+[A-Z][\w'.\-]*){0,3}"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)[A-Z][\w'.\-]*(?:[ \t]+[A-Z][\w'.\-]*){0,3}){0,3}[ \t]*$"
)
#: A byline run onto the dateline after it: "By Jo Roe WASHINGTON (Reuters) -", "By Jo Roe and Al Poe
#: (Reuters) -". The names are in mixed case (the city after them in capitals); it goes only when a
#: dateline follows (:func:`_dateline`, :data:`_TITLE_DATELINE`).
_BYLINE_NAME = r"[A-Z][a-z][\w'’.\-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z][\w'’.\-]*)){1,3}"
_RUN_IN_BYLINE = re.compile(
    rf"^[ \t]*By[ \t]+{_BYLINE_NAME}(?:(?:[ \t]*,[ \t]*|,?[ \t]+and[ \t]+){_BYLINE_NAME}){{0,3}}"
    r"[ \t]+(?=[A-Z(])"
)
#: An editors' note on the story the text opens with, in brackets: "(Corrects paragraph 3 to show the
#: vote was on Monday)", "(In March 2 item, corrects spelling of name)", "(This version of the March
#: 2 story adds comment in paragraph 5)", "(Updates with vote)". Read as a sentence it made
#: statements of the correction ("[the vote] was on [Monday]") and hid the dateline after it. It must
#: say what it does to the story (:data:`_NOTE_VERB`) and name the story or a part of it
#: (:data:`_NOTE_OBJECT`), or open with the verb ("(Updates with vote)").
_HEAD_NOTE = re.compile(r"^[ \t]*\((?P<body>[^()\n]{4,400})\)[ \t]*")
_NOTE_VERB = re.compile(
    r"\b(?:correct(?:s|ed)?|refile[sd]?|updates?|updated|adds|added|fix(?:es|ed)?|clarif(?:y|ies|ied)"
    r"|changes|changed|removes|removed|deletes|deleted|recasts|rewrites|inserts|amends)\b",
    re.IGNORECASE,
)
#: What an editors' note changes: the story or a part of it. Not a name, a title or a quote alone,
#: which a sentence of the story may change too ("(The party changed its name in 2010.)").
_NOTE_OBJECT = re.compile(
    r"\b(?:story|item|version|paragraphs?|para|graf|headline|dateline|byline|spelling|throughout"
    r"|typo|typographical)\b",
    re.IGNORECASE,
)
_NOTE_OPENING = re.compile(r"(?:Corrects|Refiles|Updates|Updated|Adds|Fixes|Clarifies|Changes|Recasts)\b")


def _is_story_note(body: str) -> bool:
    """Is ``body`` (a bracket's words) an editors' note on the story (:data:`_HEAD_NOTE`)?"""
    body = body.strip()
    return bool(_NOTE_OPENING.match(body)) or (
        bool(_NOTE_VERB.search(body)) and bool(_NOTE_OBJECT.search(body))
    )


#: Whole lines of production notes: corrections, reporting and editing credits.
_NOTE_LINE = re.compile(
    r"""^[ \t]*(?:
        \(\(.*\)\)                                            # ((This story has been corrected ...))
      | \(?(?:additional\ )?(?:reporting|writing|editing|compiled)\ by\b[^\n]*\)?  # (Reporting by X)
      | [a-z\- ]*\ (?:newsroom|desk)\ *$                      # "Washington newsroom"
    )[ \t]*$""",
    re.VERBOSE | re.IGNORECASE,
)
#: A translator's or monitor's note in brackets inside a line: "( Text )", "(passage omitted)",
#: "(words indistinct)", "(Excerpts)". Read as words, "( Text ) X met Y" gave "X met Text".
_EDITORIAL_NOTE = re.compile(
    r"\([ \t]*(?:text|excerpts?|passage omitted|words indistinct|quotation marks as published|"
    r"as heard|begin recording|end recording|first paragraph[^)]{0,40})[ \t]*\)",
    re.IGNORECASE,
)
#: A dateline in mixed case with a dash, at the head of the story: "Gaziantep, Turkey --",
#: "Ludhiana and Noida, India --", "Dhaka, Bangladesh - ", "Hebron, Occupied West Bank - ",
#: "The Hague, the Netherlands - " (a country named with its article), "Northtown, occupied West
#: Bank --", "Northtown, northern Ruritania -" (a region qualified in lower case). The region must be a known
#: one (:func:`_is_known_region`) and the dash is required: without it "Paris, France" could
#: start a sentence. A word in lower case after the dash goes on with the region's: "Jo Roe, the
#: Netherlands - based lawyer, said ..." is a sentence.
_MIXED_DATELINE = re.compile(
    r"""^[ \t]*(?P<place>[A-Z][\w'.\-]+(?:[ ](?:[A-Z][\w'.\-]+|and|de|al|el))*)[ ]*,[ ]*
    (?:[Oo]ccupied[ ]|the[ ]|(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)[ ])?
    (?P<region>[A-Z][\w.]+(?:[ ][A-Z][\w.]+){0,2})[ ]*(?:-{2}|—|–|-(?=[ ]))
    (?![ \t]*[a-z])[ \t]*""",
    re.VERBOSE,
)
#: A dateline of several places, in mixed case with a dash, at the head of the story: "Northtown,
#: Southville, The Hook -", "Northtown, Ruritania/Southville, Freedonia -", "Northtown,
#: Ruritania-administered Hills -" (a story from two places, or a region named from a country).
#: Each of its parts must be a place the gazetteer knows or hold one (:func:`_is_place_like`):
#: "Mr Smith, Jones -- and others" is the sentence's own subject; but the first of three or more
#: may be a spot it does not know (:data:`MIN_NAMED_PLACES`).
_PLACE_LIST_DATELINE = re.compile(
    r"""^[ \t]*(?P<places>ITEM(?:[ ]*[,/][ ]*ITEM){1,5})[ ]*(?:-{2}|—|–|-(?=[ ]))[ \t]*(?=[A-Z"“])"""
    .replace("ITEM", r"[A-Z][\w'.\-]+(?:[ ](?:[A-Z][\w'.\-]+|and|de|al|el)){0,3}"),
)
#: A site's share bar run into the text: "Send Facebook Twitter Google+ Whatsapp ... Permalink
#: http://...": four or more network names in a row. Read as words it gave "Whatsapp Tumblr
#: stumbled". Replaced by a paragraph break (it stands between sections).
_SHARE_BAR = re.compile(
    r"(?:\bSend[ \t]+)?(?:\b(?:Facebook|Twitter|Google\+|WhatsApp|Tumblr|LinkedIn|stumble|"
    r"StumbleUpon|Digg|reddit|Newsvine|Pinterest|Messenger|E-?mail|Xing|VK)(?:[ \t]+|$)){4,}"
    r"(?:Permalink[ \t]+)?(?:https?://\S+[ \t]*)?",
    re.IGNORECASE,
)
#: An author line run into the text: "Author: Jane Doe", "Author: Jane Doe (jd)".
_AUTHOR = re.compile(
    r"\bAuthor:[ \t]+[A-Z][\w'.\-]+(?:[ \t]+[A-Z][\w'.\-]+){0,2}(?:[ \t]*\([a-z]{2,4}\))?[ \t]*"
)
#: A feature's dateline names a spot the gazetteer does not know before the city and the country it
#: lies in: "Elm Park, Northtown, Ireland --". Its first part may be unknown when at least this many
#: known places follow it ("Jo Roe, Ireland --" is no dateline).
MIN_NAMED_PLACES = 2
#: Bylines and datelines stand in the first lines of a story.
HEAD_LINES = 4


class WireParts(NamedTuple):
    text: str
    place: str | None  # the dateline city, as written ("WASHINGTON")
    agency: str | None  # the agency's usual name ("Reuters", "Associated Press")


def strip_wire_furniture(text: str) -> WireParts:
    """``text`` without dateline, byline, agency tag and production notes, and what they said."""
    lines = text.split("\n")
    kept: list[str] = []
    place = agency = None
    for i, line in enumerate(lines):
        if _NOTE_LINE.match(line):
            continue
        if i < HEAD_LINES and _BYLINE.match(line):
            continue
        if place is None and len(kept) < HEAD_LINES:
            bare = _BARE_DATELINE.match(line)
            if bare and bare.group("place").isupper() and _is_known_region(bare.group("region")):
                place = bare.group("place").strip()
                continue
            if i == 0 and (start := _dateline_after_furniture(line)):
                line = line[start:]  # "FILE PHOTO: ... REUTERS/Jo Roe/File Photo WASHINGTON (Reuters) - ..."
            if i == 0 and (note := _HEAD_NOTE.match(line)) and _is_story_note(note.group("body")):
                line = line[note.end() :]  # "(Corrects paragraph 2 ...) WASHINGTON (Reuters) - ..."
                if not line.strip():
                    continue
            rest = line[byline.end() :] if (byline := _RUN_IN_BYLINE.match(line)) else ""
            if byline and (_dateline(rest) or _TITLE_DATELINE.match(rest)):
                line = line[byline.end() :]  # "By Jo Roe WASHINGTON (Reuters) - ..."
            m = _dateline(line)
            if m:
                place = m.group("place").strip()
                tag = (m.group("agency") or m.group("slash_agency") or "").lower()
                agency = AGENCIES.get(tag)
                line = line[m.end() :]
                if not line.strip():
                    continue
            elif titled := _TITLE_DATELINE.match(line):
                place, agency = titled.group("place"), AGENCIES[titled.group("agency").lower()]
                line = line[titled.end() :]
            elif mixed := _mixed_dateline(line):
                place, line = mixed
        kept.append(_EDITORIAL_NOTE.sub(_blank, line))
    return WireParts(_without_site_furniture("\n".join(kept)).strip("\n"), place, agency)


#: A web page's furniture above the dateline, run into it on one line: a photo's caption and credit
#: ("FILE PHOTO: The senator speaks ... REUTERS/Jo Roe/File Photo"), the list of related stories'
#: headlines ("Related Coverage Senate passes bill Mayor quits"). It goes with all before the dateline,
#: which must follow within :data:`HEAD_FURNITURE_CHARS`.
_HEAD_FURNITURE = re.compile(r"^[ \t]*(?:FILE[ ]PHOTO[ \t]*:|PHOTO[ \t]*:|Related[ ]Coverage\b)")
HEAD_FURNITURE_CHARS = 800
_AGENCY_TAG = re.compile(rf"\((?:{_AGENCY})\)", re.IGNORECASE)
_WORD_START = re.compile(r"(?<=\s)(?=[A-Z(])")


def _dateline_after_furniture(line: str) -> int | None:
    """Where the dateline after the page's furniture of :data:`_HEAD_FURNITURE` starts, if any."""
    if not _HEAD_FURNITURE.match(line):
        return None
    for tag in _AGENCY_TAG.finditer(line, 0, HEAD_FURNITURE_CHARS):
        for word in _WORD_START.finditer(line, max(0, tag.start() - 60), tag.start() + 1):
            rest = line[word.start() :]
            if _dateline(rest) or (word.start() == tag.start() and _TITLE_DATELINE.match(rest)):
                return word.start()
    return None


def _dateline(line: str) -> re.Match[str] | None:
    """The dateline of :data:`_DATELINE` at the head of ``line``, when its cities are in capitals
    (the pattern ignores case for the agency's tag)."""
    m = _DATELINE.match(line)
    if m is None or not m.group("place").isupper():
        return None
    others = [part.split(",")[0] for part in m.group("others").split("/")[1:]]
    return m if all(city.strip().isupper() for city in others) else None


def _without_site_furniture(text: str) -> str:
    """``text`` without share bars, author lines, publishers' furniture
    (:mod:`graphbuilder.ingest.inline`), an agency's notes (:mod:`graphbuilder.ingest.notes`), links
    and credits run into it (:mod:`graphbuilder.ingest.links`), and without what it ends with
    (:mod:`graphbuilder.ingest.trailer`: "... Permalink http://... ab/cd (AFP)"); the dashes that
    stood for lost line breaks become paragraph breaks (:func:`_restore_line_breaks`), and so do
    the boundaries of headings run into the next sentence (:mod:`graphbuilder.ingest.headings`)
    and of a print feature's deck run into its first; a print feature's photo captions go
    (:mod:`graphbuilder.ingest.deck`)."""
    print_feature = is_print_feature(text)
    text = strip_inline_furniture(strip_agency_notes(_AUTHOR.sub("", _SHARE_BAR.sub("\n\n", text))))
    text = split_run_in_headings(_restore_line_breaks(strip_trailer(strip_links(text))))
    text = strip_paragraph_captions(text)
    return split_deck(strip_captions(text)) if print_feature else text


#: A dash run onto a sentence's end where the copy lost its line break: "... in Israel.- Israel
#: has ...", "... told Al Jazeera.-So far ...", '... the region".-  Encouraged ...', "... was
#: said.-\n\n". Read as a word it glued the sentence's last word onto the next one ("Gaza.- Khatib",
#: "announced.-"). After an initial's or an abbreviation's full stop it is a compound's hyphen: "the
#: U.S.-Mexico border", "the Jan.-March period" (:data:`_ABBREVIATED`).
#: Run onto a comma or a colon it stood for a lost space: "Mandhro,-Sindh's health minister, told
#: Al Jazeera:-"There was ..."" (nodes 'Mandhro,-Sindh', 'Al Jazeera:-"There'); so it did after a
#: function word before a capital: "talks with the-Irish Nurses ...", "according to-The Report",
#: "he travelled to-China" (no compound starts so; "an-Nusra", "as-Sham" are Arabic articles).
_GLUED_FUNCTION_WORDS = (
    "the of to in on by for with from and that into its his her their our "
    "was is were are has have had said says told"
).split()
_LOST_BREAK = re.compile(
    r"(?<=[.!?])(?P<close>[\"”’')]?)-+[ \t]*(?P<next>[A-Z\"“'‘]|\n)"
    r"|(?P<mark>(?<=\w),|:)-+[ \t]*(?=[\w\"“])|(?P<word>(?<![\w\-'’])(?:FUNCTION_WORDS))-(?=[A-Z])"
    .replace("FUNCTION_WORDS", "|".join(_GLUED_FUNCTION_WORDS))
)
#: After an initial's or an abbreviation's full stop the dash joins a compound or a range: "the
#: U.S.-Mexico border", "the Jan.-March period", "the King, Jr.-Malcolm X pair".
_ABBREVIATED = re.compile(
    r"(?:^|[^\w])(?:\w|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov"
    r"|Lt|Col|Sgt|Capt|Prof|No)\.$"
)


def _restore_line_breaks(text: str) -> str:
    """``text`` with the dashes of :data:`_LOST_BREAK` made paragraph breaks (after a sentence's
    end) or spaces (after a comma, a colon or a function word)."""

    def restore(m: re.Match[str]) -> str:
        if m.group("mark") or m.group("word"):
            return (m.group("mark") or m.group("word")) + " "
        if _ABBREVIATED.search(text, max(0, m.start() - 6), m.start()):
            return m.group(0)
        glue = "" if m.group("next") == "\n" else "\n\n"
        return m.group("close") + glue + m.group("next")

    return _LOST_BREAK.sub(restore, text) if "-" in text else text


def _mixed_dateline(line: str) -> tuple[str, str] | None:
    """The place of a mixed-case dateline at the head of ``line`` and the rest of the line: one
    place before a known region (:data:`_MIXED_DATELINE`) or a list of places
    (:data:`_PLACE_LIST_DATELINE`)."""
    if (mixed := _MIXED_DATELINE.match(line)) and _is_known_region(mixed.group("region")):
        return mixed.group("place").strip(), line[mixed.end() :]
    if listed := _PLACE_LIST_DATELINE.match(line):
        parts = [p.strip() for p in re.split(r"[,/]", listed.group("places"))]
        if all(_is_place_like(p) for p in parts[len(parts) >= MIN_NAMED_PLACES + 1 :]):
            return parts[0], line[listed.end() :]
    return None


def _is_place_like(part: str) -> bool:
    """Is ``part`` a known place ("The Hague"), or does it name one in a hyphenated compound
    ("Ruritania-administered Hills")? A country word standing alone among other words names
    no place: "US President Jo Roe" is a person."""
    return _is_known_region(part) or any(
        _is_known_region(piece)
        for word in part.split()
        if "-" in word
        for piece in word.split("-")
        if piece[:1].isupper()
    )


def _is_known_region(region: str) -> bool:
    """Is ``region`` a US state ("Ky.", "Ohio") or a country or region the gazetteer knows
    ("Ukraine", "West Bank"), in at most :data:`REGION_WORDS` words? "Russia Agree Deal" is not."""
    words = region.replace(" .", ".").split()
    if not words or len(words) > REGION_WORDS:
        return False
    if " ".join(words).rstrip(".") in STATE_ABBREVIATIONS:
        return True
    from graphbuilder.resolve.gazetteer import load_gazetteer  # resolve imports extract, which imports this

    actor = load_gazetteer().actor([w.rstrip(".") for w in words])
    return actor is not None and actor.type == "Place"


def _blank(match: re.Match[str]) -> str:
    """As many spaces as the note had characters: the rest of the line keeps its offsets."""
    return " " * len(match.group(0))
