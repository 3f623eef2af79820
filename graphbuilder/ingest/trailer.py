"""What a story ends with that is not news: sign-offs, source lines, print citations, the
opinion page's disclaimer, contributor notes and contact lines.

Read as sentences they made statements ("The author is senior fellow", "the writer contacted
x@example.org"). Each pattern matches only at the very end of the text; :func:`strip_trailer`
takes them off one after another ("... The author is X. The views do not ... (Weekly 01/06/2017
page8)").
"""

from __future__ import annotations

import re

from graphbuilder.ingest.agencies import SOURCES

#: An editors' sign-off with its sources, "ab/cd (AFP, AP, dpa)", "rs/rt-(AFP, dpa)", "ab,cd/ef
#: (with dpa)", "ab/cd (AP, FCC website)", "ab/cd AFP, dpa)" (its opening bracket lost); a source
#: line, "Source: Al Jazeera and news agencies",
#: "Source:-AFP"; a site's domain among the sources, "ab/cd (dpa, AFP, FT.com)"; run onto a dash,
#: "... said. -ab/cd-(AFP, AP)"; the author's name before the editors' initials, "Jo Roe/ab/cd";
#: sources joined by a slash, "ab/cd (AFP/Reuters)"; three editors' initials, "ab/cd/ef (AFP, AP)"; a
#: source named in full, "ab/cd (AFP, Northtown Ministry of Transport and Roads)".
_SIGN_OFF_SOURCE = (
    r"[A-Za-z]{2,10}(?:\.[a-z]{2,3}|[ \t]+[a-z]{2,10}|(?:[ \t]+(?:[A-Z][\w\-]*|of|and|for|the)){1,8})?"
)
_SIGN_OFF = re.compile(
    r"""(?:^|(?<=[\s.!?"'”’)\-]))(?:
        [a-z]{1,4}(?:,[a-z]{1,4}){0,3}(?:/[a-z]{0,4}){1,3}[ \t]*-?[ \t]*\([ \t]*(?:with[ \t]+)?
        SOURCE(?:[ \t]*[,/][ \t\-]*SOURCE){0,7}[ \t]*\)
      | [a-z]{1,4}(?:,[a-z]{1,4}){0,3}/[a-z]{1,4}[ \t]+(?:AGENCY)(?:[ \t]*,[ \t\-]*(?:AGENCY)){0,6}[ \t]*\)
      | (?<=[.!?"”’][ \t])[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){1,3}(?:/[a-z]{1,4}){1,3}
      | Source:[ \t]*-?[ \t]*[A-Z][^.!?\n]{0,60}
    )[ \t\-–—]*$""".replace("AGENCY", SOURCES).replace("SOURCE", _SIGN_OFF_SOURCE),  # re.escape'd
    re.VERBOSE,
)
#: Where the story was printed: "(Ruritania Daily Weekly 01/06/2017 page20)".
_PRINT_CITATION = re.compile(
    r"\([ \t]*[A-Z][\w'&.\- ]{1,60}?[ \t]+\d{1,2}/\d{1,2}/\d{2,4}(?:[ \t]*page[ \t]*\d+)?[ \t]*\)[ \t]*$",
    re.IGNORECASE,
)
#: The opinion page's disclaimer: "The views do not necessarily reflect those of X."
_DISCLAIMER = re.compile(
    r"(?:^|(?<=\s))(?:The|These|Opinions and) views (?:expressed )?(?:here |in this [a-z]+ )?"
    r"(?:do not|don't|are not)[^.!?\n]{0,100}[.!]?[ \t]*$"
)
#: A credit at the end: "Additional reporting by Jo Roe: @joroe", "(Editing by Jo Roe)", "... not
#: everyone is impressed: Compiled by Jo Roe, BBC UGC and Social News team."
_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"”:\-]))[ \t]*\(?(?:Additional [Rr]eporting|Reporting|Writing|Editing|Compiled) by\b"
    r"[^.!?\n]{0,100}\.?$"
)
#: An editors' note on the story at its end: "(This story has been refiled to correct a typo in
#: paragraph 2)", "(This story corrects the date in the first paragraph)", "(This version of the story
#: was corrected to say ...)", in brackets; without them only a note that says what was done to the
#: story and why: "The story was refiled to correct paragraph 4 to say ...". Read as a sentence it
#: made statements of the correction ("[Democrats] held [majority]"). A report's being updated in the
#: story's own words ("The report was updated in May.") stays.
_STORY_NOTE = re.compile(
    r"""(?:^|(?<=\s))(?:
        \([ \t]*(?:This|The)[ ]
        (?:story|article|report|item|version[ ]of[ ][^()\n]{0,40}?(?:story|article|report|item))
        [ ](?:has[ ]been[ ]|had[ ]been[ ]|was[ ]|is[ ]being[ ])?
        (?:corrected|refiled|updated|amended|corrects|refiles|updates|amends|fixes|adds|removes)\b
        [^()\n]{0,300}\)[ \t]*\.?
      | (?:This|The)[ ](?:story|version[ ]of[ ](?:this|the)[ ]story)[ ](?:has[ ]been|was)[ ]
        (?:refiled|corrected|updated)[ ]to[ ](?:correct|fix|say|show|add|reflect|remove|clarify)\b
        [^()\n]{0,300}
    )[ \t]*$""",
    re.VERBOSE,
)
#: A site's notes at the end: the breaking-news notice ("This is a breaking news story. Check back
#: for updates.", "More soon."), a video player's fallback ("Your browser does not support the video
#: tag."), the social networks' prompt ("Join the conversation - find us on Facebook and
#: Twitter."), a call-out's form with its questions ("Do you have a question about X? Let us know by
#: using this form: If you are reading this page on the ... app, you will need to visit ...").
_SITE_NOTE = re.compile(
    r"""(?:^|(?<=\n)|(?<=[.!?"”’]\s))(?:
        This\ is\ a\ breaking\ news\ story[^.!?\n]{0,60}\.(?:[ \t]*Check\ back\ (?:later\ )?for\ updates\.)?
      | More\ soon\.
      | Join\ the\ conversation[ \t]*[-–—:][ \t]*find\ us\ on\ [^.!?\n]{0,80}\.
      | Your\ browser\ does\ not\ support\ (?:the\ )?video(?:\ tag)?\.
      | (?:[A-Z][^.!?\n]{0,120}\?[ \t]*){0,3}
        (?:Let\ us\ know|Get\ in\ touch|Tell\ us)[^.!?\n]{0,40}\ form[ \t]*[:.]?
        (?:[ \t]*If\ you\ are\ reading\ this[^.!?\n]{0,200}\.)?
    )[ \t]*$""",
    re.VERBOSE,
)
#: A broadcaster's note on when its programme is on, a sentence with a broadcasting verb, a channel
#: and a time: "The Roe Hour is broadcast on weekdays between 09:00 and 11:00 on BBC Two.", "Jo
#: Roe's interview was recorded for the documentary Ruritania - to be broadcast on BBC Two at 21:00
#: on Thursday.", "Northtown: The Inside Story will be on BBC One at 22:50 GMT.". Read as a sentence
#: it made the programme and the regions it is shown in the story's entities. The note announces
#: (is/are/will be/to be broadcast, is on): a past broadcast is the story's ("Footage aired
#: by RTE at 18:00 showed ...", "The debate was broadcast live on Sky News at 20:00 and drew ...").
_PROGRAMME_NOTE = re.compile(
    r"""(?:^|(?<=\n)|(?<=[.!?"”’]\s))[ \t]*(?:-[ \t]*)?[A-Z"“][^.!?\n]{0,250}?
    \b(?:(?:is|are|be)\ (?:broadcast|shown|aired|screened)|be\ on|is\ on)\b
    (?=[^.!?\n]*\b(?:BBC|ITV|Channel\ 4|Sky\ News|iPlayer|RTE|RT[ÉE]\ One)\b)
    (?=[^.!?\n]*(?:\b\d{1,2}:\d\d\b|\b\d{4}[ \t]?(?:GMT|BST)\b|\bweekdays\b))
    [^.!?\n]{0,300}\.[ \t]*$""",
    re.VERBOSE,
)
#: A profile box the story ends with, its own paragraph: a label, the name and the person's
#: particulars as fields, "Age:" among the first ("CV Jo Roe Chief executive of Northtown Mills Age:
#: 59 Nationality: Ruritanian Career: ...", "Bio Jo Roe professor of law Age: 63 ..."). Read as
#: sentences it made nodes of its fields ("[Ruritania Hobbies] is [Degree in Physics]").
_PROFILE_BOX = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:CV|Bio|Profile|Biography|Resume|Résumé)[ \t]*:?[ \t]+[A-Z][^\n]{0,160}?"
    r"\bAge[ \t]*:[ \t]*\d{1,3}\b[^\n]*$"
)
#: Rules of dashes after the last sentence: "... follow.------- ---- -".
_DASHES = re.compile(r"(?<=[.!?\"”’)])[ \t]*[-–—][ \t\-–—]*$")
#: An e-mail address (also what :mod:`graphbuilder.ingest.inline` takes out between sentences).
EMAIL_ADDRESS = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_EMAIL = re.compile(rf"\b{EMAIL_ADDRESS}\b")
#: A contributor's role as the note gives it with no article, after words that qualify it:
#: "The author is managing editor of ...", "The author is chief executive officer, Northtown
#: Institute."
_ROLES = (
    "editor correspondent columnist officer director fellow professor lecturer researcher analyst "
    "chairman chairwoman president founder head chief dean scholar journalist ambassador manager "
    "secretary adviser advisor consultant economist partner member"
).split()
#: A contributor note opens with these words and a role: "The author is a fellow at ...", "The
#: writer is president of ...", "The author is Labour MP for ...", "The author is managing editor
#: of ...", two roles joined, "The author is founder and CEO of ...". A writer in the news is no
#: note: "The writer was arrested in 2016.", "The writer is under house arrest."
_CONTRIBUTOR = re.compile(
    r"(?:^|(?<=[\s.!?\"”]))(?:The|This) (?:author|writer|columnist)s? (?:is|are) "
    r"(?:an? |the |[A-Z]|[a-z][\w\-]* (?:of|at|for|with|in)\b"
    r"|(?:[a-z][\w\-]* ){1,3}(?:ROLES)(?: (?:of|at|for|with|in)\b|,)"
    r"|(?:ROLES) and (?:[a-z][\w\-]* ){0,2}(?:ROLES|[A-Z]{2,4}) (?:of|at|for|with|in)\b)"
    .replace("ROLES", "|".join(_ROLES))
)
#: A writer's credit line the story ends with, its publication after "For" and no full stop:
#: "... a community." For the Northtown Weekly".
_FOR_CREDIT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?\"”’][ \t]))For[ \t]+(?:the[ \t]+)?[A-Z][\w'’&.\-]*"
    r"(?:[ \t]+[A-Z][\w'’&.\-]*){0,3}[ \t]*$"
)
#: A related story's headline, a photo's caption or a site's prompt the story ends with: its last
#: line or the words after its last sentence, with no closing mark ("... they said. Governor's
#: arrest sends message to elites", "...\nLearn more", "... on Friday.\nPeople at the scene of the
#: blast"). Read as a sentence it made a statement of the headline. A story's own last sentence
#: that lost its full stop tells what happened or who said it ("He denied the charges", "The
#: minister said he would resign") or has a comma ("In 2003, the economy grew by 1.3%"): a word in
#: the past (:data:`_TOLD`), a pronoun first, a comma, or more than :data:`HEADLINE_END_WORDS`
#: words keep it; so does an end on a colon, a per cent sign or a dash, and a quotation in double
#: quotation marks (a speaker's words that lost their full stop; a pull quote takes single ones).
_HEADLINE_END = re.compile(
    r"(?:(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"”’'][ \t]))[ \t]*"
    r"(?P<words>[‘']?[A-Z][^.!?\n,;]*?[\w\"”’')])[ \t]*$"
)
HEADLINE_END_WORDS = 14
_TOLD = re.compile(
    r"\b(?:said|says|say|was|were|had|did|told|wrote|writes|adds|gave|made|took|went|came|saw|met|spoke"
    r"|thought|felt|began|led|won|lost|left|held|kept|found|put|sent|got|became|brought|rose|fell|ran|paid"
    r"|sold|bought|built|chose|fled|grew|hit|knew|meant|stood|struck|shot|fought|sought|[a-z]{2,}ed)\b"
)
_PRONOUNS = frozenset("He She They We I It You This That There".split())
_TRAILER_PATTERNS = (
    _STORY_NOTE, _SIGN_OFF, _PRINT_CITATION, _DISCLAIMER, _CREDIT, _SITE_NOTE, _PROGRAMME_NOTE, _PROFILE_BOX,
    _DASHES, _FOR_CREDIT,
)
#: A contact line stands in the story's last characters; a contributor note and what follows it
#: (his latest book ...) in its last sentences.
CONTACT_REACH = 400
#: The patterns above match in the story's last characters: only these are searched.
TRAILER_REACH = 1500
CONTRIBUTOR_SENTENCES = 2
#: A sentence's end: its mark and a closing quotation (here before any space, also before a
#: lower-case address; :mod:`graphbuilder.ingest.inline` wants a capital after it).
SENTENCE_END_MARK = r"[.!?][\"”’']?"
_SENTENCE_END = re.compile(rf"{SENTENCE_END_MARK}(?=\s)")


def is_print_feature(text: str) -> bool:
    """Does ``text`` end with a print citation (:data:`_PRINT_CITATION`), a weekly's feature?"""
    text = text.rstrip()
    return _PRINT_CITATION.search(text, max(0, len(text) - TRAILER_REACH)) is not None


def strip_trailer(text: str) -> str:
    """``text`` without the furniture it ends with, repeatedly."""
    text = text.rstrip()
    while True:
        shorter = _one_off(text).rstrip()
        if shorter == text:
            return text
        text = shorter


def _one_off(text: str) -> str:
    tail = max(0, len(text) - TRAILER_REACH)  # each pattern ends the text and is shorter than this
    for pattern in _TRAILER_PATTERNS:
        if (m := pattern.search(text, tail)) is not None:
            return text[: m.start()]
    tail_start = max(0, len(text) - CONTACT_REACH)
    if (email := _EMAIL.search(text, tail_start)) is not None:
        return text[: _sentence_start(text, email.start())]
    for note in _CONTRIBUTOR.finditer(text):
        after = text[note.start() :]
        if len(_SENTENCE_END.findall(after)) <= CONTRIBUTOR_SENTENCES:
            return text[: note.start()]
    return text[: headline.start()] if (headline := _headline_at_end(text)) else text


#: A paragraph's end: a paragraph break after it.
_PARAGRAPH_END = re.compile(r"[ \t]*\n[ \t]*\n")


def strip_paragraph_captions(text: str) -> str:
    """``text`` without the captions and headlines run onto a paragraph's end after its last
    sentence, with no closing mark (:data:`_HEADLINE_END`): "... never met him. The refugee crisis
    has fed a rise in anger\n\nSo they ...". A paragraph of its own (a subheading) stays."""
    pieces: list[str] = []
    at = 0
    for end in _PARAGRAPH_END.finditer(text):
        paragraph = text[at : end.start()]
        headline = _headline_at_end(paragraph)
        pieces.append(paragraph[: headline.start()].rstrip() if headline else paragraph)
        pieces.append(end.group())
        at = end.end()
    pieces.append(text[at:])
    return "".join(pieces)


#: A quotation that ends on a question or an exclamation: the words after it may be its attribution
#: ('"... relate to my president?" Jo Roe asked in her letter').
_QUESTION_QUOTED = re.compile(r"[?!][\"”’'][ \t]*$")


#: A short sentence that lost its full stop: a determiner, a noun or two in lower case and a verb in
#: the present, maybe with its particle ("The trial continues", "The search goes on", "Their fight
#: rages on"). A headline drops the article ("Trial continues"); a caption is a noun phrase, with a
#: function word or a number among its words ("The leaders of both parties").
_FUNCTION_WORDS = (
    "of in at for with from to by and or but as than the a an that which who one two three four five "
    "six seven eight nine ten is are was were be been has have had will would"
)
_SHORT_SENTENCE = re.compile(
    r"(?:The|This|That|Its|His|Her|Their|Our)(?:[ ](?!(?:FUNCTION)\b)[a-z][a-z\-]+){1,2}"
    r"[ ](?!(?:FUNCTION)\b)[a-z]{2,}[^s\W]e?s(?:[ ](?:on|up|out|ahead|apace|down))?".replace(
        "FUNCTION", "|".join(_FUNCTION_WORDS.split())
    )
)
#: A name's initial before the words: their full stop is the initial's ("... President Jo R. Roe on
#: the vote"), no sentence's end.
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]*$")


def _headline_at_end(text: str) -> re.Match[str] | None:
    """The headline, caption or prompt of :data:`_HEADLINE_END` the text ends with, if any."""
    if (m := _HEADLINE_END.search(text, max(0, len(text) - TRAILER_REACH))) is None:
        return None
    if _QUESTION_QUOTED.search(text, 0, m.start()) or _INITIAL_BEFORE.search(text, 0, m.start()):
        return None
    words = m.group("words").split()
    first = re.split(r"['’]", words[0].lstrip("\"“‘'"))[0]  # "It's" -> "It"
    if len(words) > HEADLINE_END_WORDS or first in _PRONOUNS or _TOLD.search(m.group("words")):
        return None
    return None if _SHORT_SENTENCE.fullmatch(m.group("words")) else m


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts; a call-out question right before it
    ("Are you affected? Email us at ...") goes with it."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-1] if ends else 0
    if len(ends) >= 2 and text[ends[-1] - 1] == "?":
        start = ends[-2]
    return start
