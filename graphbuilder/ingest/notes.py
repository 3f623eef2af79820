"""An agency's notes in the story's text: its tweet roundups' furniture, its graphic and link notes,
its credits and editors' notes in brackets, its photo captions, its codes for market instruments
and related stories, its speakers' labels in capitals.

A wire agency's story run together on one line carries notes its page showed apart from the text:
"(Graphic: Tax receipts by year - reut.rs/2AbCdEf)", "bit.ly/2XyZ" after a sentence that cites a
report, "((Northtown newsroom; +1 555 0100))", "(Reporting by Jo Roe; Editing by Al Poe)", "For a
graphic on the vote, click tmsnrt.rs/2AbC", "FILE PHOTO: The senator speaks ... REUTERS/Jo Roe/File
Photo". A roundup of a leader's posts opens with the agency's disclaimer ("The following statements
were posted to the verified Twitter accounts of ... The opinions expressed are his own. Reuters has
not edited the statements or confirmed their accuracy."), labels the account ("@JoRoe : -"), stamps
each post with its time ("[0628 EST]") and ends with its links ("-- Source link: (bit.ly/2AbC)").
Read as sentences they made statements ("[Reuters] edited [the statements]", "[Graphic] is [Tax
receipts]") and glued a stamp onto the next post's subject ("EST] - Melania"). Each is replaced by a
paragraph break (the posts stay, each a paragraph), or by nothing inside a sentence.
"""

from __future__ import annotations

import re

from graphbuilder.ingest.agencies import SOURCES

#: A short link as an agency prints it, with no scheme: "bit.ly/2AbCdEf", "reut.rs/2AbC",
#: "tmsnrt.rs/2AbC", "instagram.com/p/AbC/" (a path after a known short-link host or a site).
_SHORT_HOSTS = r"(?:bit\.ly|reut\.rs|tmsnrt\.rs|tinyurl\.com|ow\.ly|goo\.gl|buff\.ly|t\.co|trib\.al|j\.mp)"
_SHORT_LINK = rf"(?:https?://)?{_SHORT_HOSTS}/[\w\-./]+(?![\w\-/])"
_SITE_LINK = (
    r"(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|gov|rs|ly|co|io)/[\w\-./?=&%]*(?![\w\-/?=&%])"
)
#: The disclaimer a roundup of posts opens with, each sentence of it: the posts' source ("The following
#: statements were posted to the verified Twitter accounts of ... @JoRoe and @NorthtownGov."), whose
#: opinions they are, and what the agency did not do ("Reuters has not edited the statements or
#: confirmed their accuracy.").
_ROUNDUP_DISCLAIMER = re.compile(
    r"(?:The[ ]following[ ](?:statements?|posts?|tweets?|comments?)[ ](?:was|were|have[ ]been|has[ ]been)"
    r"[ ]posted[ ](?:to|on)[ ](?:the[ ])?(?:verified[ ])?(?:Twitter|Facebook|Instagram|social[ ]media)"
    r"[ ]accounts?[ ]of[ ][^\n]{0,200}?@\w+[ ]*\."
    r"|The[ ](?:opinions|views)[ ]expressed[ ]are[ ](?:his|her|their|its)[ ]own[ ]*\."
    rf"|(?:{SOURCES})[ ]has[ ]not[ ]edited[ ]the[ ](?:statements?|posts?|tweets?)"
    r"(?:[ ]or[ ]confirmed[ ](?:their|its)[ ]accuracy)?[ ]*\.)[ \t]*"
)
#: The account's label before its posts: "@JoRoe : -", "@JoRoe: -".
_ACCOUNT_LABEL = re.compile(r"(?<![\w@])@\w+[ \t]*:[ \t]*-{1,2}[ \t]*")
#: A post's time stamp, "[0628 EST]", "[1000 EDT]", and the dash that opens the next post; a link's
#: label "here" before it after a colon or an ellipsis ("Tickets: here [1813 EST]").
_TIME_STAMP = re.compile(
    r"(?:(?<=[:.…])[ \t]+here)?[ \t]*\[[ \t]*\d{3,4}[ \t]*(?:E[SD]T|ET|GMT|UTC|BST)[ \t]*\]"
    r"[ \t]*(?:-{1,2}[ \t]*)?"
)
#: The roundup's links: "-- Source link: (bit.ly/2AbC) (bit.ly/2DeF)".
_SOURCE_LINKS = re.compile(
    r"(?:-{1,2}[ \t]*)?Source[ ]links?[ \t]*:[ \t]*"
    rf"(?:\(?[ \t]*(?:{_SHORT_LINK}|{_SITE_LINK})[ \t]*\)?[ \t]*)+"
)
#: A link in brackets inside a post or a sentence: "[bit.ly/2AbC]", "(link: instagram.com/p/AbC/)",
#: "(bit.ly/2AbC)".
_BRACKETED_LINK = re.compile(
    rf"[ \t]*(?:\[[ \t]*(?:link[ \t]*:[ \t]*)?(?:{_SHORT_LINK}|{_SITE_LINK})[ \t]*\]"
    rf"|\([ \t]*(?:link[ \t]*:[ \t]*)?(?:{_SHORT_LINK}|{_SITE_LINK})[ \t]*\))"
)
#: A short link standing alone after a sentence that cites a report ("..., the Hill reported.
#: bit.ly/2AbC The senators ..."): where a sentence may start.
_BARE_LINK = re.compile(rf"(?:(?<=[.!?\"”’])[ \t]+|(?<=\n)|^){_SHORT_LINK}[ \t]*(?=$|\n|[A-Z\"“])")
#: A sentence that only points to a link it ends with: a prompt ("Follow the story at Northtown Watch
#: www.paper.example/watch", "See the full letter at bit.ly/2AbC") or where an item can be seen ("The
#: letter can be seen here: tmsnrt.rs/2AbC"). Read as a sentence it made statements of the pointer. A
#: tweet's picture link is the tweet rule's (:mod:`graphbuilder.ingest.inline`).
_LINK_SENTENCE = re.compile(
    r"(?:(?<=[.!?\"”’])[ \t]+|(?<=\n)|^)"
    r"(?:(?:Follow|See|Read|Watch|Visit|Find)\b[^.!?\n]{0,200}?"
    r"|[A-Z][^.!?\n]{0,150}?\b(?:can|may)[ ]be[ ](?:seen|read|found|viewed|downloaded)[ ]"
    r"(?:here|at|on)[ \t]*:?)"
    rf"[ \t]+(?!pic\.twitter\.com)(?:{_SHORT_LINK}|(?:https?://)?www\.[\w\-./]+(?![\w\-/])|{_SITE_LINK})"
    r"[ \t]*\.?[ \t]*"
    r"(?=$|\n|[A-Z\"“])"
)
#: A note in brackets around a short link: "(For a graphic on tax rates, see: tmsnrt.rs/2AbC)".
_LINK_NOTE = re.compile(rf"[ \t]*\([^()\n]{{0,200}}?{_SHORT_LINK}[^()\n]{{0,40}}\)[ \t]*")
#: A graphic's or a related item's note in brackets: "(Graphic: Tax receipts - reut.rs/2AbC)",
#: "(Graphic: tmsnrt.rs/2AbC)", "(Interactive graphic: ...)", "(Factbox: ...)", "(Video: ...)". Its
#: words name the item, not the story's actors.
_GRAPHIC_NOTE = re.compile(
    r"[ \t]*\([ \t]*(?:(?:Interactive|Related)[ ])?(?:Graphics?|Chart|Map|Factbox|Timeline|Video|Photos?"
    r"|Picture|Explainer|Interactive|Story|Column|Poll)[ \t]*:[^()\n]{1,200}?\)[ \t]*"
)
#: A prompt to see a graphic or a related item: "For a graphic on the vote, click tmsnrt.rs/2AbC", "For
#: a factbox, see [ID:nL1N1]", "Click here for a graphic", a sentence of its own.
_SEE_PROMPT = re.compile(
    r"(?:(?<=[.!?\"”’)])[ \t]+|(?<=\n)|^)(?:For[ ](?:a|an|the|more)[ ](?:graphics?|interactive|chart|map"
    r"|factbox|timeline|video|photos?|pictures?|related[ ]\w+|full[ ]coverage|explainer)\b[^.!?\n]{0,150}?,?"
    r"[ ](?:click|see|go[ ]to|visit|tap)\b|Click[ ](?:here|on)\b)"
    rf"(?:[^.!?\n]{{0,150}}?(?:{_SHORT_LINK}|{_SITE_LINK}|\[[^\]\n]{{1,40}}\])[ \t]*\.?"
    r"|[^.!?\n]{0,150}(?:\.|$))"
)
#: Credits and notes in brackets: "(Reporting by Jo Roe; Editing by Al Poe)", "(Additional reporting
#: by ...)", "((Northtown newsroom; +1 555 0100))". The trailer cuts a credit that ends the text;
#: these stand anywhere a story run together on one line put them.
_BRACKETED_CREDIT = re.compile(
    r"[ \t]*(?:\(\([^()\n]{1,400}\)\)"
    r"|\([ \t]*(?:(?:Additional|Further)[ ])?(?:[Rr]eporting|Writing|Editing|Compiled|Research|Graphics?"
    r"|Translated|Translation)[ ](?:by|from)\b[^()\n]{1,400}\))[ \t]*"
)
#: A photo's caption with the agency's credit, as a wire page prints it in the text: "FILE PHOTO: The
#: senator speaks in Northtown, U.S., May 3, 2017. REUTERS/Jo Roe/File Photo", "Senator Jo Roe speaks
#: in Northtown. REUTERS/Al Poe" (the credit's agency in capitals and a slash before the
#: photographer; "AFP/Reuters" in a sign-off names two agencies). From "FILE PHOTO:" to the credit,
#: or the credit alone.
_PHOTO_CAPTION = re.compile(
    r"(?:(?:FILE[ ]PHOTO|PHOTO|FILE)[ \t]*:[ \t]*[^\n]{0,400}?)?"
    r"(?:REUTERS|AP[ ]Photo)/[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-.]*){0,3}"
    r"(?:/(?:File(?:[ ]Photo)?|Pool|Handout|[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*){0,2}))*[ \t]*"
)


#: A market instrument's code after a company's or an index's name, in brackets as an agency prints
#: it: "Northtown Mills Inc (NTM.N)", "Roe Motor (7201.T)", "Roe AG (ROEG_p.DE)", "the bank index
#: (.BKX)", "(NTM.N, NTM.L)",
#: "[NTM.UL]" (an unlisted firm). Read as words it made the code a name for the firm ("[Northtown
#: Mills] is [NTM.N]"). The code's exchange suffix must be one of :data:`_EXCHANGES`.
_EXCHANGES = (
    "N O OQ L T DE MM P PA HK SS SZ TO AX KS KQ S UL F MI MC AS BR CO ST HE OL SW VX BO NS SA SI TW TA"
)
_RIC = rf"(?:[A-Z0-9][A-Z0-9_a-z]{{0,7}}\.(?:{'|'.join(_EXCHANGES.split())})|\.[A-Z]{{2,6}})"
_INSTRUMENT_CODE = re.compile(
    rf"[ \t]*(?:\({_RIC}(?:[ \t]*,[ \t]*{_RIC})*\)|\[{_RIC}\])(?P<end>\.[ \t]+(?=[A-Z\"“]))?"
)
#: An index's, a currency's or a firm's code after its name without brackets: "the dollar index .DXY
#: fell", "the euro EUR= rose", "10-year notes US10YT=RR fell", "Northtown Bank NTBK.MM did not reply"
#: (a full stop before capitals, capitals before an equals sign, or three capitals or more before an
#: exchange's suffix; then a word in lower case: "the U.S said" is no code).
_BARE_CODE = re.compile(
    r"(?<=\w)[ \t]+(?:\.[A-Z]{2,6}|[A-Z][A-Z0-9]{2,7}=(?:[A-Z]{1,3})?|"
    rf"[A-Z0-9]{{3,8}}(?:_[a-z])?\.(?:{'|'.join(_EXCHANGES.split())}))"
    r"(?=[ \t]+[a-z])"
)
#: An agency's code for a related story, in square brackets, with its label: "[nL1N1AB2CD]",
#: "[L1N1AB2CD]", "[ID:nL1N1AB2CD]", "Story: [L1N1AB2CD]".
_STORY_CODE = re.compile(
    r"[ \t]*(?:Story[ \t]*:[ \t]*)?\[(?:ID:)?n?[A-Z][0-9][A-Z0-9]{6,9}\][ \t]*"
)


#: A speaker's label in capitals run into the quotation it heads, as a page of market or political
#: reactions prints it: a name and the speaker's role, firm or town after commas, every word in
#: capitals ("JO ROE, CHIEF ECONOMIST, NORTHTOWN BANK, NORTHTOWN “We expect ...”", "JO ROE, HEAD OF
#: RESEARCH AT NORTHTOWN BANK: “Rates ...”"). Read as one sentence the label became the subject of
#: the quotation's verb ("[JO ROE] locked up [the votes]" for "They seem to have locked up the
#: votes"), alone its capitals made nodes of the role's words ("[GLOBAL] headed [CURRENCY STRATEGY]"):
#: it goes, a paragraph break in its place.
_CAPS_WORD = r"[A-Z][A-Z'’.&\-]*"
_SPEAKER_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?\"”’])[ ]+|(?<=[ ]{2}))"
    rf"(?P<label>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{1,3}}"
    rf"(?:[ ]*,[ ]*{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,8}}){{1,4}}(?:[ ]\([a-z][^()\n]{{0,40}}\))?)"
    r"[ ]*:?[ ]*(?=[“\"][A-Z(])"
)


#: The agency's note on its own reporting, a sentence whose subject is the agency itself: what it could
#: not check ("Reuters has not independently verified the claims.", "AFP was unable to confirm the
#: report.", "The AP could not immediately authenticate the video.") and whom it could not or did reach
#: ("Reuters could not immediately reach Jo Roe for comment.", "Reuters contacted six firms."). Read as
#: news it made statements of the newsroom ("[Reuters] verified [the claims]", negated). Only the
#: agency as subject and only these verbs: "Reuters reported that ...", "The ministry told Reuters
#: that ...", "... documents seen by Reuters" and "Reuters has seen a memo that ..." (what the memo
#: says is news) stay. A sentence that goes on with a clause of its own (", who said ...", ", but
#: ...", "the documents which relate to ...") stays whole: it carries more than the note.
_AGENCY_SUBJECT = rf"(?:The[ ])?(?:{SOURCES})(?:[ ]news[ ]agency)?"
_NOT_ABLE = (
    r"(?:(?:has|have|had|was|were|is|could|can|did|does|would|will)(?:[ ]not|n[’']t|[ ]never)|cannot)"
    r"(?:[ ](?:yet[ ])?(?:been|be)[ ]able[ ]to)?"
    r"|(?:has|have|had|was|were|is)(?:[ ]been)?[ ]unable[ ]to"
)
_CHECK_VERB = (
    r"(?:verif(?:y|ied)|confirm(?:ed)?|authenticat(?:e|ed)|corroborat(?:e|ed)|reach(?:ed)?|contact(?:ed)?"
    r"|see|seen|review(?:ed)?)"
)
_CHECK_ADVERBS = r"(?:[ ](?:immediately|independently|yet|separately))*"
#: The note's words after the verb up to its full stop: no clause of its own, and a full stop after an
#: initial ("U.S.") is no sentence's end.
_NOTE_REST = (
    r"(?:(?![ ]*(?:,[ ]*(?:but|and|while|although)\b|;|:)|[ ](?:who|whom|whose|which|where)\b)[^.!?\n]"
    r"|\.(?=[A-Za-z]\.)|(?<=[ .][A-Z])\.)*"
)
_AGENCY_CHECK_NOTE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?\"”’)])[ \t]+)"
    rf"{_AGENCY_SUBJECT}[ ](?:(?:{_NOT_ABLE}){_CHECK_ADVERBS}[ ]{_CHECK_VERB}"
    r"|(?:has[ ]|had[ ])?(?:contacted|reached[ ]out[ ]to))\b"
    rf"{_NOTE_REST}[.][ \t]*(?=$|\n|[A-Z\"“‘'(])"
)
#: The same note as a relative clause that ends a sentence: "Roe denied the claims, which Reuters has
#: not independently verified." The sentence's full stop stays; the clause goes.
_AGENCY_CHECK_CLAUSE = re.compile(
    rf",[ ]+which[ ]+{_AGENCY_SUBJECT}[ ](?:{_NOT_ABLE}){_CHECK_ADVERBS}[ ]"
    r"(?:verif(?:y|ied)|confirm(?:ed)?|authenticat(?:e|ed)|corroborat(?:e|ed))"
    r"(?:[ ]independently)?(?=[.][ \t]*(?:$|\n|[A-Z\"“‘'(]))"
)


def strip_agency_notes(text: str) -> str:
    """``text`` without the notes of the module docstring."""
    if "@" in text:
        text = _ROUNDUP_DISCLAIMER.sub(_break, text)
        text = _ACCOUNT_LABEL.sub(_break, text)
    if "[" in text:
        text = _TIME_STAMP.sub(_break, text)
    if "ource link" in text:
        text = _SOURCE_LINKS.sub(_break, text)
    if "/" in text:
        text = _BRACKETED_LINK.sub(_between, text)
        text = _LINK_SENTENCE.sub(_break, _BARE_LINK.sub(_break, _LINK_NOTE.sub(_between, text)))
        text = _PHOTO_CAPTION.sub(_break, text)
    if "." in text:
        text = _BARE_CODE.sub("", _INSTRUMENT_CODE.sub(_code, text))
    if "[" in text:
        text = _STORY_CODE.sub(_between, text)
    if "“" in text or '"' in text:
        text = _SPEAKER_LABEL.sub(_break, text)
    if "(" in text:
        text = _GRAPHIC_NOTE.sub(_between, text)
        text = _BRACKETED_CREDIT.sub(_credit, text)
    if "lick" in text:
        text = _SEE_PROMPT.sub(_break, text)
    text = _AGENCY_CHECK_CLAUSE.sub("", _AGENCY_CHECK_NOTE.sub(_break, text))
    return text


def _code(match: re.Match[str]) -> str:
    """Nothing for an instrument's code of :data:`_INSTRUMENT_CODE`; before a sentence's end, the
    full stop and a paragraph break: the name before it may end like an abbreviation ("Northtown Mills
    Co (NTM.N). Shares rose" would read "Co. Shares" as one sentence)."""
    return ".\n\n" if match.group("end") else ""


def _break(match: re.Match[str]) -> str:
    """A paragraph break between text, nothing at the text's start or end."""
    text = match.string
    before, after = text[: match.start()].strip(), text[match.end() :].strip()
    return "\n\n" if before and after else ""


#: Words a credit holds beside names: "(Additional reporting by Jo Roe in Northtown and Al Poe;
#: Editing by Lu Lee)". A bracket with other lower-case words is a sentence ("(Research by Gallup
#: showed a similar drop.)").
_CREDIT_WORDS = frozenset(
    "by from and in with of the at additional further reporting writing editing compiled research "
    "graphics graphic translated translation de van von der al bin da".split()
)


def _credit(match: re.Match[str]) -> str:
    """:func:`_between` for a credit in brackets; a sentence in brackets stays (see
    :data:`_CREDIT_WORDS`)."""
    body = match.group().strip()
    if not body.startswith("(("):
        words = re.findall(r"[^\W\d_]+", body)
        if any(w.islower() and w.lower() not in _CREDIT_WORDS for w in words):
            return match.group()
    return _between(match)


def _between(match: re.Match[str]) -> str:
    """A paragraph break for a note between two sentences (after a sentence's end or a colon, or
    before a capital), a space for one inside a sentence ("the vote (Graphic: ...) was close")."""
    text = match.string
    before = text[: match.start()].rstrip()
    after = text[match.end() :].lstrip()
    if not before or not after or after[0] in ",;:.)":
        return ""
    if before[-1] in ".!?:\"”’)" or after[0].isupper() or after[0] in "\"“":
        return "\n\n"
    return " "
