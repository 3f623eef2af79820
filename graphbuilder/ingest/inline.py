"""Publishers' furniture run into the story's text: a site's template printed between its
sentences, which texts that lost their line breaks carry mid-paragraph.

Each pattern is anchored on the publisher's template, never on a name: a section's dateline
"Tokyo (CNN) --" and byline "From CNN's Jo Roe"; an interview's speaker label "DW:" and credit
"The interview was conducted by Jo Roe."; the related-article teasers of DW, which end with
their date "(14.03.2017)"; an editors' sign-off "ab/cd (AFP, dpa)"; a photo credit "Jo Roe /
For China Daily" or "[Jo Roe/AFP]"; a BBC byline "By Jo Roe, BBC News" and its prompts
("Read more from Jo", "Follow Jo on Twitter @joroe", the newsletter line); an author's e-mail
address between two sentences; a correction note at the head of the story. Read as sentences
they became statements ("[Jo Roe] conducted [the interview]") and glued names onto the next
subject ("Will Ripley Seoul"). Each is replaced by a paragraph break, so what stood on either
side of it stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuilder.ingest.agencies import SOURCES
from graphbuilder.ingest.trailer import EMAIL_ADDRESS, SENTENCE_END_MARK, strip_trailer

#: Where a sentence may start: the text's start, after a line break, or after a sentence's end.
_AT_START = r"(?:^|(?<=\n)|(?<=[.!?\"”’'][ ])|(?<=[.!?\"”’'][ ]{2})|(?<=[.!?\"”’'][ ]{3}))"
#: A person's name as a byline prints it: one to four capitalised words or initials ("Jo J.B. Roe");
#: a word's full stop is a sentence's end ("... invest in UK. Jo Roe / For ...").
_WORD = r"(?:[A-Z]\.(?:[A-Za-z]\.){0,2}|[A-Z][\w'’\-]*)"
_NAME = rf"(?<![\w'’.\-]){_WORD}(?:[ ]{_WORD}){{0,3}}"
#: A news organisation's dateline inside the text, where a sentence starts: "... said. Tokyo (CNN)
#: -- The minister", or after a menu of sections, which goes with it: "... each stop: South Korea |
#: Japan Tokyo (CNN) --". Capitalised words, the tag, a dash and a capital: an agency named in a
#: sentence before a dash ("told Agence France-Presse (AFP) -- the only agency there --") is no
#: dateline.
_SECTION_PLACE = r"[A-Z][\w'.\-]+(?:[ ][A-Z][\w'.\-]+){0,2}"
_SECTION_DATELINE = re.compile(
    rf"(?:{_AT_START}|(?<![\w'’.\-])(?:{_SECTION_PLACE}[ ]\|[ ])+){_SECTION_PLACE}[ ]"
    rf"\((?:{SOURCES})\)[ ]*(?:--|—|–)[ ]*(?=[A-Z\"“])"
)
#: A CNN section's byline, with the next section's dateline when it follows:
#: "From CNN's Jo Roe Tokyo (CNN) --", or at the story's end "From CNN's Jo Roe".
_CNN_BYLINE = re.compile(
    r"\bFrom[ ]CNN's(?:[ ][A-Z][\w'.\-]+){1,6}[ ]\(CNN\)[ ]*(?:--|—|–)?[ ]*"
    rf"|\bFrom[ ]CNN's[ ]{_NAME}(?:(?:,[ ]|[ ]and[ ]){_NAME})*[ ]*$"
)
#: An interviewer's label, the publisher's name: "DW: Would you say ...?", "Deutsche Welle: The EU
#: is ...", "Al Jazeera: Do you think ...?", also run onto a dash that stood for a line break
#: ("Al Jazeera:-What makes ...?") or after a dash that stood for one, between paragraphs ("...
#: his life. - Al Jazeera: The show is ...") or after a link's headline ("... READ MORE: Rebels
#: win the vote- Al Jazeera:-What ..."). In a sentence it is the one told: "he told Al
#: Jazeera:-"We ..."".
_INTERVIEW_LABEL = re.compile(
    rf"(?:{_AT_START}|(?<=[.!?])[ ]+-[ ]+|(?<=\w-)[ ]+)(?:Deutsche[ ]Welle|DW|Al[ ]Jazeera)[ ]*:"
    r"(?:[ ]+|-[ ]*)(?=[A-Z\"“])"
)
#: The one answering, labelled after the interviewer's question: "... the vote? Jo Roe: I have
#: always ...", "... in them?- Jo Roe: I think ...", by the surname alone once named ("... the
#: vote? Roe: No.", "... the vote? Roe:-No."). A name of one to four capitalised words, the first
#: not all in capitals (a link's label "READ MORE:" after a question is no name). One word is a
#: label only when hyphened or when the text named someone by it before (:func:`_answer_label`):
#: a source line ('... area?" Source:-Al Jazeera and news agencies', the trailer's) or a sentence
#: after a question ("Who won? Labour: The party took 40 seats.") is no label.
_ANSWER_LABEL = re.compile(
    r"(?:(?<=\?)|(?<=\?[\"”’']))[ ]*-?[ ]*(?P<name>[A-Z][a-z'’][\w'’\-]*(?:[ ][A-Z][\w'’\-]+){0,3})"
    r"[ ]*:(?:[ ]+|-[ ]*)(?=[A-Z\"“])"
)
#: The interview's credit: "This interview was conducted by Jo Roe.", "Interview by: Jo Roe".
_INTERVIEW_CREDIT = re.compile(
    rf"{_AT_START}(?:(?:The|This)[ -]interview[ ]was[ ]conducted[ ]by[ ]{_NAME}(?:[ ]and[ ]{_NAME})?[ ]*\."
    rf"|Interview(?:[ ]by)?[ ]*:[ ]*{_NAME}(?:[ ]and[ ]{_NAME})?[ ]*$)"
)
#: An editors' sign-off with its agencies: "ab/cd (AFP, dpa)", "ab,cd/ef-(with Reuters)", "ab/cd
#: (AFP/Reuters)", "ab/cd/ef (AFP, AP)"; after the first agency a source in capitals the list does not
#: name, "ab/cd-(AFP, NTV, RRB)"; run onto a dash that stood for a line break, "... said.-ab/cd (AFP)".
_SIGN_OFF = re.compile(
    rf"(?:{_AT_START}|(?<=[.!?\"”’]-)|(?<=[.!?\"”’]-[ ]))"
    r"[a-z]{1,4}(?:,[a-z]{1,4}){0,3}(?:/[a-z]{1,4}){1,3}[ ]*-?[ ]*\([ ]*(?:with[ ]+)?"
    rf"(?:{SOURCES})(?:[ ]*[,/][ \-]*(?:{SOURCES}|(?-i:[A-Z]{{2,6}}))){{0,6}}[ ]*\)[ ]*",
    re.IGNORECASE,
)
#: An agency's credit for what the story took from it, a sentence of its own: "Including material
#: from AFP.", "With material from Reuters and dpa.", "Including-material from AFP." (a dash for a
#: lost space). Read as a sentence it made the agency a node ("[material] is from [AFP]").
_AGENCY_NOTE = re.compile(
    rf"{_AT_START}(?:(?:Including|Includes|With|Contains)[ \-]+(?:additional[ \-]+)?material[ ]+from[ ]+"
    rf"(?:{SOURCES})(?:[ ]*(?:,|and|,[ ]and)[ ]+(?:{SOURCES}))*)[ ]*\.[ ]*(?=$|\n|[A-Z\"“])"
)
#: A video's line naming its reporter and where the report comes from, a sentence of its own: "Net's
#: Jo Roe reports from Northtown.", "Our correspondent Jo Roe reports from Northtown, Ruritania.",
#: "... reports from-Northtown." (a dash for a lost space). Read as a sentence it made
#: "[Jo Roe] reported_from [Northtown]". The sentence ends at the place: a report the story cites
#: goes on ("Our reporter Jo Roe reports from Northtown that the road is shut.") and stays; so does
#: one told in the past ("a correspondent reported from the site").
_REPORTS_FROM = re.compile(
    rf"{_AT_START}(?:{_NAME}['’]s|Our(?:[ ][a-z]+)?[ ](?:correspondent|reporter|editor))[ ]{_NAME}"
    r"[ ]reports[ ]from"
    rf"[ \-]*(?:the[ ])?{_WORD}(?:[ ]{_WORD}){{0,3}}(?:,[ ]{_NAME})?[ ]*\.[ ]*(?:-[ ]*)?(?=$|\n|[A-Z\"“])"
)
#: A writer's contact address as a sign-off: "Contact the writer at jo@paper.example", "Contact the
#: writers at jo@paper.example and al@paper.example", where a sentence starts; what follows it is the
#: next paragraph (a photo's caption: "... - A worker stands in a plant"). A listing's contact for its
#: prices, "...; +1 555 0100; contact info@divers.example for rates Northtown Divers ...", goes too.
#: One the trailer's contact cut reaches is left to it (as for :data:`_EMAIL`).
_CONTACT = re.compile(
    rf"{_AT_START}Contact[ ]the[ ](?:writer|author|reporter)s?[ ](?:at[ ])?{EMAIL_ADDRESS}"
    rf"(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]){EMAIL_ADDRESS})*[ ]*\.?[ ]*"
    rf"|(?<=;[ ])contact[ ]{EMAIL_ADDRESS}[ ]for[ ](?:[a-z]+[ ]){{0,2}}"
    r"(?:rates|prices|bookings|reservations|details|information)[ ]*[.;]?[ ]*(?=$|\n|[A-Z])"
)
#: A prompt to visit a web address, a sentence of its own: "For more information, visit
#: www.northtown.example.", "Visit www.northtown.example", "His website is www.joroe.example."
_WEB_PROMPT = re.compile(
    rf"{_AT_START}(?:(?:His|Her|Their|Our|My)[ ](?:website|web[ ]site|blog)[ ]is|(?:For[ ]more[ ]"
    r"(?:information|details)[^.!?\n]{0,40}?,?[ ](?:visit|go[ ]to|see)|Visit|Go[ ]to|Log[ ]on[ ]to))"
    r"[ ]*:?-?[ ]*(?:https?://|www\.)[^\s]+?[ ]*\.?[ ]*(?=$|\n|[A-Z\"“])"
)
#: A photo credit: "Jo Roe / For China Daily", "Jo Roe / Getty Images" (a slash with spaces: "an
#: Ipsos/Reuters poll" is no credit; before a capital, a line break or the dash of the next caption,
#: "Jo Roe / Xinhua - A worker ..."), "Getty Images" alone between two sentences where the line
#: break was lost (two spaces: "Getty Images CEO Jo Roe said" is a sentence), "Photos provided to
#: China Daily",
#: "[Jo Roe/AFP]", "[Photo/Xinhua]", "[File: Reuters]"; an agency's name alone in brackets only
#: between two sentences ("... on Friday. [AFP] Police ..."): in a sentence it is an editor's
#: insertion ('"We are telling [Al Jazeera] that ..."').
_PHOTO_CREDIT = re.compile(
    rf"{_NAME}[ ]?/[ ]?(?:For[ ])?China[ ]Daily[ ]*"
    r"|(?:Photos?[ ])?[Pp]rovided[ ]to[ ]China[ ]Daily[ ]*"
    rf"|{_NAME}[ ]/[ ](?:{SOURCES})[ ]*(?=[A-Z\"“]|$|\n|-[ ])"
    rf"|{_AT_START}Getty[ ]Images(?:[ ]{{2,}}|[ ]*$)"
    rf"|\[[ ]*(?:(?:Photo|Photos|File|File[ ]photo|Image|Picture|Video)[ ]*[:/][ ]*[^\[\]\n]{{1,60}}"
    rf"|{_NAME}[ ]*/[ ]*(?:{SOURCES}))[ ]*\][ ]*"
    rf"|{_AT_START}\[[ ]*(?:{SOURCES})[ ]*\][ ]*(?=[A-Z\"“]|$)"
)
#: A photo's note in round brackets: its place on the page, "(pictured)", "(pictured above, left)",
#: "(above right)", "(below)", or its credit, "(Pic: Jo Roe)", "(Photo: Northtown Police)". Read as
#: words it made nodes ('Pic', the credited source) and objects ("[the charge] is [Pic]"). A note
#: inside a sentence goes with the space before it; a credit a capital follows ends the caption it
#: stood after, with a paragraph break. A position alone, "(left)", "(right)", may be a party's side
#: and stays.
_POSITION = r"(?:above|below|left|right|cent(?:re|er)|top|bottom|inset)"
_PHOTO_NOTE = re.compile(
    rf"[ ]*\([ ]*(?:pictured(?:[ ,]+{_POSITION})*|(?:above|below)(?:[ ,]+{_POSITION})*"
    r"|(?P<credit>(?:Pic|Photo|Picture|Image|Photograph)s?[ ]*:[ ]*[^()\n]{1,60}?))[ ]*\)"
    r"(?P<capital>[ ]*(?=[A-Z\"“]))?"
)
#: A BBC byline, prompt or promotion: "By Jo Roe, BBC News", "By Jo Roe, BBC political editor",
#: "Read more from Jo here.", "Follow Jo on Twitter @joroe", "Get news from the BBC in your inbox ...".
#: The author's prompt also in other sites' forms: "Follow Jo Roe on Twitter:-@joroe", after a dash
#: that stood for a line break ("... said.- Follow Jo Roe on Twitter: @joroe"), or without the
#: handle as a sentence of its own ("Follow Jo on Twitter."). Read as words it made the nodes
#: 'Follow Jo Roe' and 'Twitter:-'.
_BBC_ROLE = r"(?:correspondent|editor|reporter|analyst|presenter)"
_BBC = re.compile(
    rf"{_AT_START}By[ ]{_NAME},[ ]BBC(?:[ ]News(?=[ ][A-Z])|(?:[ ][A-Z][a-z]+)?(?:[ ][a-z]+){{0,3}}[ ]"
    rf"{_BBC_ROLE})[ ]*"
    rf"|{_AT_START}Read[ ]more[ ]from[ ][A-Z][a-z]+(?:[ ]here)?[.:]?[ ]*(?=[A-Z\"“]|$)"
    rf"|(?:{_AT_START}|(?<=[.!?\"”’]-)|(?<=[.!?\"”’]-[ ]))[ ]*Follow[ ]{_NAME}[ ]on[ ]Twitter"
    r"(?:[ ]*:?-?[ ]*@\w+|[ ]*\.(?=[ ]*(?:$|\n|[A-Z\"“])))[ ]*"
    r"|Get[ ]news[ ]from[ ]the[ ]BBC[ ]in[ ]your[ ]inbox,?[ ]each[ ]weekday[ ]morning[ ]*"
)
#: A byline after a section's heading: "Jobs Check: Ruritania on jobs By Jo Roe and Al Poe, CNN
#: The minister ...", "By Jo Roe, CNNMoney", "Analysis: By Jo Roe, BBC economics editor Beyond
#: ...". It goes with the heading before it, when that is short (:data:`HEADING_CHARS`) and runs
#: from a sentence's end: read as words, the heading and names became the next sentence's subject
#: ("CNNMoney Trump", "[Analysis] is [By Jo Roe ...]").
_OUTLET_BYLINE = re.compile(
    rf"(?<![\w'’.\-])By[ ]{_NAME}(?:(?:,[ ]|,?[ ]and[ ]){_NAME})*,[ ](?:CNN[ ]?Money|{SOURCES}"
    rf"|BBC(?:[ ][A-Z][a-z]+)?(?:[ ][a-z]+){{0,3}}[ ]{_BBC_ROLE})"
    r"[ ]*(?=[A-Z\"“]|$)"
)
#: A section's heading before a byline is at most this long (on dev text up to 95 characters).
HEADING_CHARS = 150
#: A tweet's embedded picture link and the handles tagged right before it: "... this way @Jo_Roe
#: pic.twitter.com/AbC123", or the tweet's short link "https://t.co/AbC123" (not one a sentence goes
#: on after: "see https://t.co/AbC123 for more" keeps it); the embed's attribution
#: after it goes too ("... pic.twitter.com/AbC123 — Jo Roe (@jroe) March 1, 2017").
_TWEET_LINK = re.compile(
    r"(?:(?<![\w@])@\w+[ ]+)*"
    r"(?:(?<![\w.])pic\.twitter\.com/\w+|(?<![\w./])https?://t\.co/\w+(?!\w|[ ]*[a-z]))[ ]*"
    r"(?:[—–-]+[ ]*[A-Z][^()\n]{0,60}\(@\w+\)[ ]*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2},[ ]\d{4}[ ]*)?"
)
#: The tweet's own words before its link, from the last sentence's end, go with it when they tag
#: a hashtag or a handle ("... the diplomat added.- Jo Roe met the #Ruritanian delegation at
#: @UN talks pic.twitter.com/AbC123"): run into the story they became its subjects ("added.-
#: Jo Roe", "#Ruritanian"). A tweet is at most :data:`TWEET_CHARS` long.
_TAG = re.compile(r"(?<![\w&])[#@][A-Za-z_]\w*")
_TWEET_START = re.compile(r"(?:^|\n|[.!?][\"”’']?-?[ ]+)")
TWEET_CHARS = 280
_INTRODUCING_COLON = re.compile(r":-?[ ]+")
_NAMED_TAG = re.compile(r"\b(?:hashtags?|slogans?|handles?|accounts?)[ ]+$", re.IGNORECASE)
#: A tweet quoted in the text without its link ends with its hashtags; the story goes on after them
#: with no full stop: "... a proud day for us #NorthtownVotes Deputy Mayor Jo Roe attended ...". Read
#: as one sentence it gave "[Jo Roe] is [NorthtownVotes Deputy Mayor]". A paragraph break goes after
#: the hashtags when a capital follows; not after a word that makes the hashtag a part of the
#: sentence ("the hashtag #RoeMustGo Tweets ...", "supporters of #Northtown First").
_HASHTAG_END = re.compile(
    r"(?P<before>[\w'’]+)?[ ]+#[A-Za-z]\w*(?:[ ]+#[A-Za-z]\w*)*(?P<space>[ ]+)(?=[A-Z\"“])"
)
#: A tweet the page embedded without its link, a paragraph of its own after the story's text
#: (after a line break or the two spaces an embed leaves) of at most a tweet's length: one that
#: ends with its hashtags ("I am so proud of our town today. #NorthtownVotes"), one a reply opens
#: with ". @handle" (". @JoRoe u gave me the chance 2 speak"), a "Breaking:" post in lower case
#: ("Breaking: new photos of the missing boat seen at pier 4."). Read as sentences its "I" and "u"
#: became the story's actors. A paragraph that names the hashtag as its object stays ("Supporters
#: rallied under the hashtag #RoeMustGo", :data:`_TAG_IN_SENTENCE`).
_EMBED_START = r"(?:(?<=\n)|(?<=[ ]{2}))(?![ ])"
_EMBED_CHAR = r"(?:(?![ ]{2})[^\n])"
_EMBED_END = r"[ ]*(?=\n|$|[ ]{2})"
_EMBEDDED_TWEET = re.compile(
    rf"{_EMBED_START}(?:{_EMBED_CHAR}{{0,270}}?(?<=[ ])(?P<tags>#[A-Za-z]\w*(?:[ ]+#[A-Za-z]\w*)*)"
    rf"[ ]*[.!?]?|(?:\.[ ]@\w+[ ]|Breaking[ ]*:[ ]+[a-z]){_EMBED_CHAR}{{1,270}}?){_EMBED_END}"
)
#: A post the page embedded after the story quoted it, a paragraph of its own after an embed's gap
#: (two spaces) whose opening words the text has printed before: '... "We will win the vote," Roe
#: wrote.  We will win the vote, and soon.' Read again as a sentence it gave the quotation a
#: second time with no speaker, or glued onto the next when cut short ("... the deal....").
#: How many opening characters of the post must stand earlier in the text.
REPEAT_CHARS = 24
_EMBED_REPEAT = re.compile(
    rf"(?<=[ ]{{2}})(?![ ])(?P<body>{_EMBED_CHAR}{{{REPEAT_CHARS},600}})(?=[ ]{{2}}|\n|$)"
)
_WORD_BEFORE = re.compile(r"[\w'’]+")
_TAG_IN_SENTENCE = frozenset(
    "a an the of by to on in at or and for via with from used tag tags about under using called named "
    "hashtag hashtags slogan slogans handle account".split()
)
#: An author's or a site's prompt to follow them on social networks, a sentence of its own: "Follow us
#: on Facebook, on Twitter @NorthtownNews, or on Instagram at northtownnews.", "Follow her on
#: Twitter and Instagram.", "Follow Jo on Twitter and Instagram @jo_roe-", "Follow Jo Roe on
#: @joroe", and the bio's "He tweets @joroe." Read as words it made nodes ('Twitter', 'Instagram',
#: the handle) and glued the handle onto the next sentence. The networks are named (or a handle
#: given): "Follow the money" and "Follow us to the square" are a speaker's words.
_NETWORK = r"(?:Twitter|Facebook|Instagram|YouTube|Snapchat|LinkedIn|Weibo|WeChat|Telegram|TikTok)"
_HANDLE = r"@[A-Za-z0-9_]+"
_ON_NETWORK = (
    rf"(?:on[ ]+)?(?:{_NETWORK}(?:[ ]*:?-?[ ]*(?:at[ ]+)?"
    rf"(?:{_HANDLE}|[a-z0-9_]+(?=[ ]*[.\-]?[ ]*(?:$|\n)|\.[ ]+[A-Z])))?"
    rf"|{_HANDLE})"
)
_FOLLOW = re.compile(
    rf"(?:{_AT_START}|(?<=[.!?\"”’]-)|(?<=[.!?\"”’]-[ ]))[ ]*"
    rf"(?:Follow[ ](?:us|me|him|her|them|{_NAME})[ ]+on[ ]+{_ON_NETWORK}"
    rf"(?:[ ]*(?:,[ ]*)?(?:and|or)?[ ]*{_ON_NETWORK})*"
    rf"|(?:He|She)[ ]tweets[ ](?:at[ ])?{_HANDLE})"
    r"[ ]*[.\-]*[ ]*(?=$|\n|[A-Z\"“])"
)
#: A note on the names the story changed, marked with an asterisk: "* Name changed to protect her
#: identity.", "*The names have been changed at the families' request.", "* Not his real name." In
#: a sentence it is the story's: "Jo, whose name has been changed, said ..." stays.
_NAME_NOTE = re.compile(
    rf"{_AT_START}\*[ ]*(?:(?:(?:The|All|Some|Their|Her|His)[ ]+)?(?:real[ ]+)?(?:[Ss]ur)?[Nn]ames?[ ]+"
    r"(?:(?:has|have)[ ]+been[ ]+)?changed\b[^.!?\n]{0,120}|Not[ ]+(?:his|her|their)[ ]+real[ ]+names?)"
    r"[ ]*[.!]?-?[ ]*(?=$|\n|[A-Z\"“])"
)
#: A picture desk's credit between two sentences, where a line break stood (a line's end, two
#: spaces or a caption's dash follow it): "Photos by Jo Roe", "Photos by Jo Roe / Northtown
#: Daily", "Photos by " with the name lost. A sentence goes on after the name ("Photos by Jo Roe
#: show the camp") and stays.
_PHOTOS_BY = re.compile(
    rf"{_AT_START}Photo(?:graph)?s?[ ]by"
    rf"(?:[ ]+{_NAME}(?:[ ]*/[ ]*(?:For[ ])?[A-Z][\w'’\-]*(?:[ ][A-Za-z][\w'’\-]*){{0,2}})?)?"
    r"[ ]*(?=$|\n|[ ]{2}|[ ]*-[ ])"
)
#: A site's link to more of its coverage, a line of its own or a sentence ending in "here": "Read more
#: about the toxin", "Read more from expert Jo Roe", "Read more of Jo's takeaway", "Read more analysis
#: here.", and a blog's "Read the rest of Jo's blog". Read as a sentence it made nodes of the names
#: it links to and ran into the next sentence ("blog Former Lords leader ..."). One that runs into
#: the story with no line break and no "here" stays ("Read more about X Jo Roe, an expert, said").
_READ_MORE = re.compile(
    rf"{_AT_START}(?:Read[ ]more(?:[ ](?:about|from|of|on)[ ][^.!?\n]{{1,80}}?|[ ]analysis)?"
    r"(?:[ ]*(?=\n|$)|[ ]here[ ]*\.)"
    r"|Read[ ]the[ ](?:rest|full[ ]text)[ ]of[ ][A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*){0,2}['’]s?[ ]"
    r"(?:blog|column|analysis|article|story)[ ]*\.?)[ ]*(?=$|\n|[A-Z\"“])"
)
#: A site's promotion of more of a series or a writer, run in where a sentence starts: "More from
#: the Northtown Freedom Project", "More from Jo Roe" (a byline's two words) before the next
#: sentence's capital. Read as a sentence it glued the series onto the next subject ("the ...
#: Project Canada's population"). A sentence that goes on stays ("More from Jo Roe's family
#: arrived", "More from the Northtown Project will follow").
_SERIES_PROMO = re.compile(
    rf"{_AT_START}More[ ]from[ ](?:the[ ](?:[A-Z][\w'’\-]*[ ]){{0,4}}"
    r"(?:Project|Series|Blog|Initiative|Programme|Program|Desk|Team|Files)"
    r"|[A-Z][a-z]+[ ][A-Z][a-z][\w\-]*)[ ]*(?=$|\n|[A-Z\"“][\w'’\-]*[ ]+(?!Project|Series)[\w\"“])"
)
#: A web address in the text, a link the page printed beside its words: "The Northtown Times (
#: http://nt.example/2abc ) reported", "... the ambulance network? https://t.co/AbC123". Read as a
#: word it became a node. It goes, with its brackets; the words around it stay. One a sentence
#: goes on after in lower case stays ("see https://t.co/AbC123 for more": the sentence's object).
_URL = re.compile(
    r"[ ]*\([ ]*https?://[^\s()]+[ ]*\)"
    r"|(?<![\w/])https?://[^\s\"”<>]+?(?=[.,;:!?)]*(?:\s|$))(?![.,;:!?)]*[ ]+[a-z])[ ]?"
)
#: An editors' note on the text's form: "This interview has been condensed and edited for
#: clarity.", "Questions and answers have been edited for clarity and length."
_EDITED_NOTE = re.compile(
    rf"(?:{_AT_START}|(?<=[.!?]-))[ ]*[A-Z][^.!?\n]{{0,60}}?[ ]ha(?:s|ve)[ ]been[ ](?:lightly[ ])?"
    r"(?:edited|condensed|shortened)(?:[ ]and[ ](?:lightly[ ])?(?:edited|condensed|shortened))?"
    r"[ ]for[ ](?:clarity|length|brevity)(?:[ ]and[ ](?:clarity|length|brevity))?[ ]*\.[ ]*-?[ ]*"
)
#: An update note: "UPDATED: This story has been updated to reflect new information.", "Update: This
#: article was updated with the minister's reply." Read as a sentence it made "[story] reflected
#: [new information]".
_UPDATE_NOTE = re.compile(
    rf"{_AT_START}(?:UPDATED?|Updated?)[ ]*:-?[ ]*(?:This|The)[ ](?:story|article|report|post)[ ]"
    r"(?:has[ ]been|had[ ]been|was|is[ ]being)[ ]updated\b[^.!?\n]{0,200}[.!]?[ ]*"
)
#: A broadcaster's promotion of a programme, an imperative to watch or listen on one of its channels:
#: "Watch Northtown Undercover on BBC One at 20:30 GMT.", "Listen to the full interview on BBC Radio
#: 4.", "Watch the Radio 1 iPlayer documentary, Me and My Town". The channel is required: "Watch
#: this space", "Listen to the people" are a speaker's words. It ends with its full stop at most 60
#: characters after the channel, or with the text: a promotion whose title runs into the next
#: sentence with no full stop stays (the next sentence would go with it).
_CHANNEL = (
    r"(?:BBC[ ](?:One|Two|Three|Four|Scotland|Wales|Alba|Parliament|News[ ]Channel|World[ ]Service"
    r"|World[ ]News|Radio[ ](?:[1-6]|[A-Z]\w+)|Sounds|iPlayer|Red[ ]Button)"
    r"|(?:BBC[ ])?iPlayer|Radio[ ][1-6](?:[ ]Xtra)?\b)"
)
_PROMO = re.compile(
    rf"{_AT_START}(?:Watch|Listen[ ](?:again[ ])?to|Catch[ ]up[ ](?:with|on))[ ][^.!?\n]{{0,200}}?{_CHANNEL}"
    r"[^.!?\n]{0,60}(?:[.!][ ]*(?=$|\n|[A-Z\"“])|$)"
)
#: An author's e-mail address standing between two sentences: "... he says. jo@example.org Two".
#: One the trailer's contact cut reaches is left to it: it goes with all that follows it (a
#: photo's caption and credit, "... said. jo@example.org - Jo Roe, 6, lives with ...").
_EMAIL = re.compile(rf"{_AT_START}{EMAIL_ADDRESS}(?=\s|$)[ ]*")
#: A correction note at the head: "Correction: An earlier version of this story misstated ...",
#: its first sentence (a title's or an initial's full stop, "Sen.", "U.S.", does not end it).
_CORRECTION = re.compile(
    r"^[ ]*(?:Correction|Clarification|Editor's[ ]note)[ ]*:[ ]"
    r"(?P<body>(?:\b(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|St|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No|[A-Z])\.|[^.\n])*)\.[ ]*"
)
_ABOUT_THE_STORY = re.compile(
    r"\b(?:this|an[ ]earlier|a[ ]previous)[ ](?:story|article|report|version)\b", re.IGNORECASE
)
#: Each pattern with the strings one of which it must contain (a quick test before the search).
_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_CNN_BYLINE, ("From CNN's",)),
    (_SECTION_DATELINE, ("--", "—", "–")),
    (_INTERVIEW_LABEL, ("DW", "Deutsche Welle", "Al Jazeera")),
    (_ANSWER_LABEL, ("?",)),
    (_INTERVIEW_CREDIT, ("nterview",)),
    (_SIGN_OFF, ("/",)),
    (_AGENCY_NOTE, ("material from",)),
    (_REPORTS_FROM, (" reports from",)),
    (_CONTACT, ("@",)),
    (_WEB_PROMPT, ("www.", "://")),
    (_PHOTO_CREDIT, ("China Daily", "[", " / ", "Getty Images")),
    (_BBC, ("BBC", "Read more from", "Twitter")),
    (_EMAIL, ("@",)),
    (_EDITED_NOTE, ("for clarity", "for length", "for brevity")),
    (_UPDATE_NOTE, ("pdate",)),
    (_PHOTO_NOTE, ("(",)),
    (_PROMO, ("BBC", "iPlayer", "Radio ")),
    (_FOLLOW, ("Follow", "tweets")),
    (_NAME_NOTE, ("*",)),
    (_PHOTOS_BY, ("Photo",)),
    (_READ_MORE, ("Read more", "Read the")),
    (_SERIES_PROMO, ("More from",)),
)


def strip_inline_furniture(text: str) -> str:
    """``text`` without the furniture of :data:`_PATTERNS` and DW teasers (a paragraph break
    in their place)."""
    if (note := _CORRECTION.match(text)) and _ABOUT_THE_STORY.search(note.group("body")):
        text = text[note.end() :]
    for pattern, needs in _PATTERNS:
        if any(n in text for n in needs):
            if pattern in (_EMAIL, _CONTACT):
                text = _strip_addresses(text, pattern)
            else:
                text = pattern.sub(_substitute(pattern), text)
    if "By " in text:
        text = _strip_bylines(text)
    if "pic.twitter.com" in text or "t.co/" in text:
        text = _strip_tweets(text)
    if "  " in text:
        text = _EMBED_REPEAT.sub(_embed_repeat, text)
    if "#" in text or ". @" in text or "Breaking" in text:
        text = _EMBEDDED_TWEET.sub(_embedded_tweet, text)
    if "#" in text:
        text = _HASHTAG_END.sub(_after_hashtags, text)
    if "://" in text:
        text = _URL.sub("", text)
    return strip_teasers(text)


def _strip_bylines(text: str) -> str:
    """``text`` without the bylines of :data:`_OUTLET_BYLINE` and the short headings before them."""
    return _cut_with_lead(text, _OUTLET_BYLINE, _heading_start)


def _heading_start(text: str, at: int, byline: int) -> int:
    """Where the heading before the byline at ``byline`` starts (after ``at``, the last sentence's
    end or the line's start); the byline alone when that is more than :data:`HEADING_CHARS` back."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, at, byline + 1)]
    start = max([at, text.rfind("\n", 0, byline) + 1, *ends])
    return byline if byline - start > HEADING_CHARS else start


def _strip_tweets(text: str) -> str:
    """``text`` without tweets' picture links (:data:`_TWEET_LINK`) and, when it tags a hashtag
    or a handle, the sentence of the tweet before the link."""
    return _cut_with_lead(text, _TWEET_LINK, _tweet_start)


def _cut_with_lead(text: str, pattern: re.Pattern[str], lead: Callable[[str, int, int], int]) -> str:
    """``text`` without the matches of ``pattern`` and the words that lead up to each, from where
    ``lead(text, previous cut's end, match's start)`` says they start; a paragraph break in their
    place."""
    pieces, at = [], 0
    for match in pattern.finditer(text):
        start = lead(text, at, match.start())
        pieces.append(text[at:start])
        pieces.append(_paragraph_break(match) if start > 0 else "")
        at = match.end()
    pieces.append(text[at:])
    return "".join(pieces)


def _substitute(pattern: re.Pattern[str]) -> Callable[[re.Match[str]], str]:
    """What a match of ``pattern`` is replaced by."""
    if pattern is _PHOTO_NOTE:
        return _photo_note
    return _answer_label if pattern is _ANSWER_LABEL else _paragraph_break


def _photo_note(match: re.Match[str]) -> str:
    """Nothing for a photo's note of :data:`_PHOTO_NOTE` inside a sentence; a paragraph break for
    a credit before a capital (the caption before it ends there)."""
    if match.group("credit") and match.group("capital") is not None:
        return _paragraph_break(match)
    return "" if match.group("capital") is None else " "


def _answer_label(match: re.Match[str]) -> str:
    """A paragraph break for an answerer's label of :data:`_ANSWER_LABEL`; a one-word label only
    when it is the surname of someone the text named before ("Jo Roe ... Roe:") or a name's
    hyphened parts ("Al-Roe:", "Jo-Roe:" for a lost space)."""
    name = match.group("name")
    named = re.compile(rf"\b[A-Z][\w'’.\-]*[ ]{re.escape(name)}\b")
    if " " in name or "-" in name or named.search(match.string, 0, match.start()):
        return _paragraph_break(match)
    return match.group(0)


def _tweet_start(text: str, at: int, link: int) -> int:
    """Where the tweet's words before its picture link at ``link`` start: after the last
    sentence's end, or after a colon that introduces them ("Jo Roe tweeted: Productive talks with
    #Borduria ...": who tweeted is the story's) when no tag stands before it ("#UPDATE: Four
    soldiers ..." is the tweet's own). The link alone when the words tag nothing, or only a tag the
    story names as one ("the slogan #NoToWar": a sentence that lost its full stop)."""
    start = max([at, *(m.end() for m in _TWEET_START.finditer(text, at, link))])
    colon = _INTRODUCING_COLON.search(text, start, link)
    if colon and not _TAG.search(text, start, colon.start()):
        start = colon.end()
    tags = [t for t in _TAG.finditer(text, start, link) if not _NAMED_TAG.search(text, start, t.start())]
    return start if tags and link - start <= TWEET_CHARS else link


def _after_hashtags(match: re.Match[str]) -> str:
    """The hashtags of :data:`_HASHTAG_END` with a paragraph break after them, unless the word
    before makes them a part of the sentence (:data:`_TAG_IN_SENTENCE`)."""
    before = match.group("before")
    if before is not None and before.lower() in _TAG_IN_SENTENCE:
        return match.group(0)
    return match.group(0)[: match.start("space") - match.start()] + "\n\n"


def _embedded_tweet(match: re.Match[str]) -> str:
    """A paragraph break for the tweet of :data:`_EMBEDDED_TWEET`, unless the word before its
    hashtags makes them a part of the sentence."""
    if match.group("tags") is not None:
        words = _WORD_BEFORE.findall(match.string, match.start(), match.start("tags"))
        if words and words[-1].lower() in _TAG_IN_SENTENCE:
            return match.group(0)
    return _paragraph_break(match)


def _embed_repeat(match: re.Match[str]) -> str:
    """A paragraph break for the post of :data:`_EMBED_REPEAT` when the text before it holds its
    opening words, else the post."""
    if match.group("body")[:REPEAT_CHARS] in match.string[: match.start()]:
        return _paragraph_break(match)
    return match.group(0)


def _strip_addresses(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` without the addresses of ``pattern`` (:data:`_EMAIL`, :data:`_CONTACT`) that the
    trailer does not cut (with all that follows them)."""
    trailer = len(strip_trailer(text))  # where the trailer's cuts begin
    return pattern.sub(lambda m: m.group(0) if m.start() >= trailer else _paragraph_break(m), text)


def _paragraph_break(match: re.Match[str]) -> str:
    """A paragraph break between text, nothing at the text's start or end (where no word
    stands before or after it: "... failed. ab/cd (AFP) -")."""
    text = match.string
    at_edge = not _WORDS.search(text, 0, match.start()) or not _WORDS.search(text, match.end())
    return "" if at_edge else "\n\n"


_WORDS = re.compile(r"\w")


#: The date a DW teaser ends with: "(14.03.2017)", after the teaser's last sentence.
_TEASER_DATE = re.compile(r"(?<=[.!?\"”’'])[ ]*\((?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?:19|20)\d\d\)"
                          r"[ ]*(?=[A-Z\"“]|\n|$)")
#: A teaser is a headline and a sentence or two, cut at about 220 characters (so all on dev text):
#: a longer stretch between two dates is not one teaser.
TEASER_CHARS = 300
#: A sentence's end before the next sentence's capital.
_SENTENCE_END = re.compile(rf"{SENTENCE_END_MARK}[ ]+(?=[A-Z\"“])")


def strip_teasers(text: str) -> str:
    """``text`` without DW's related-article teasers. They come in a block, each teaser ending
    with its date: a date with no other one within :data:`TEASER_CHARS` is no teaser's ("The
    treaty was signed. (25.03.1957) It ..."). Between two dates of a block stands one teaser;
    before the first one sentence of it goes (its first sentence, when it has two, cannot be
    told from the story's and stays)."""
    dates = _teaser_dates(text)
    if not dates:
        return text
    pieces, at = [], 0
    for i, date in enumerate(dates):
        previous = dates[i - 1].end() if i else -1
        if previous >= 0 and date.start() - previous <= TEASER_CHARS:
            at = date.end()  # the teaser between two dates goes with the cut before it
            continue
        pieces.append(text[at : _last_sentence_start(text, date.start())].rstrip(" ") + "\n\n")
        at = date.end()
    pieces.append(text[at:])
    return "".join(pieces).strip("\n")


def _teaser_dates(text: str) -> list[re.Match[str]]:
    """The teaser dates of ``text``: those with another one within :data:`TEASER_CHARS`."""
    dates = list(_TEASER_DATE.finditer(text))
    near = [b.start() - a.end() <= TEASER_CHARS for a, b in zip(dates, dates[1:], strict=False)]
    return [d for i, d in enumerate(dates) if (i and near[i - 1]) or (i < len(near) and near[i])]


def _last_sentence_start(text: str, end: int) -> int:
    """Where the sentence ending at ``end`` starts (after the previous sentence's end)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, end - 1))]
    line_start = text.rfind("\n", 0, end) + 1
    return max([line_start, *starts])
