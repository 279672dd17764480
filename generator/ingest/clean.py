"""The cleaner: every block of an article is classified by *kind* (consent banner, subscription or share widget,
run of unrelated headlines, repeated caption, credit, read time, byline, ...) from its shape and the vocabulary of
web page furniture, never from particular articles; article paragraphs are kept as the input wrote them
(whitespace aside), metadata is lifted from the rest, and every dropped block is recorded with its kind.

The classification is two tables read in order: LINE_RULES, named rules that tell a block's kind from the block
alone (the first that applies decides, so the order is the priority), then CONTEXT_RULES, named passes that
correct kinds by the blocks around (the buttons of a consent banner, the caption after a media label, the head
and the tail of the article)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..contents import DroppedLine
from ..text import UPPERS, data_words, fold, sentences
from .readers import Block
from .shapes import (SHORT_LIMIT, caption_and_credit, ends_sentence, headline_like, only_punctuation, quotes_in_double_marks,
                     quotes_in_single_marks, title_like)

# Boilerplate is recognised by kind, from the shape of a block and the vocabulary of web page furniture
# (consent banners, subscription and share widgets, media labels, credits), never from particular articles.

CONSENT = re.compile(r"\b(cookies?|privacy (policy|statement|notice|settings)|consent|terms of (use|service)|gdpr|by continuing to (browse|use)|"
                     # the consent frameworks' own wording: "We and our 90 partners store and/or access information on
                     # a device ... personalised ads and content, ad and content measurement"
                     r"(store|access)( and/or| and| or)?( access)? information on (a|your) device|legitimate interests?|"
                     r"personali[sz]ed (ads|advertising|content)|(ad|content|audience) (and content )?measurement)\b", re.I)
YOU_WE = re.compile(r"\b(you|your|we|our|us)\b", re.I)  # a banner addresses the reader
BUTTON = re.compile(r"^((yes|no),? )?(i agree|i accept|take me to (the )?settings|accept( all)?( cookies)?|agree|ok|got it|reject( all)?|allow( all)?|manage (preferences|options|cookies)|continue|close)[.!]?$", re.I)
# widgets that say what they are, whatever their shape
SUBSCRIPTION = re.compile(
    r"^(discover more from\b|subscribe\b|sign up (for|to)\b|get (our|the) (\w+ ){0,3}(newsletter|latest|briefing)\b|newsletter\b|"
    r"(already (a )?(subscriber|member)|create (a free )?account|log ?in|sign ?in)\b|become a (member|subscriber)\b|"
    r"(support|fund) (our|independent|local|quality) ([\w-]+ ){0,2}journalism\b|(this|the) (article|story|content) is (for|available to) (subscribers|members)\b|"
    r"(limited time|special offer)\b.{0,80}\bsubscribe now\b)",
    re.I,
)
SHARE = re.compile(
    r"^(share (this|the|on|via)\b|share$|share\s+\d[\d,]*\s+comments?$|share\s*:|tagged\s*:|tags?\s*:|(related )?topics?\s*:|filed under\s*:|follow us\b|follow @\w+|like us on\b|"
    r"print this\b|copy link$|email this\b|(join|read) the conversation|comments?\s*(\(\d+\))?$|\d+ comments?$|leave a (comment|reply)|"
    r"comments are (closed|open|disabled)\b)",
    re.I,
)
WIDGET = re.compile(
    r"^(read more\b|read (next|also)\s*:|also read\s*:|see also\s*:|related\s*:\s*\S|related( articles| stories| coverage| content| topics)?\s*:?$|"
    r"advertisement(\s*[·|•:–-]\s*(scroll|story continues|continue)[\w ]{0,30})?$|"
    r"(advert(isement)?|sponsored|promoted|paid (post|content))\s*[·|•:]\s*\S|"  # an advertisement's text under its label
    r"sponsored( content)?$|search trends$|search\s*(\.\.\.|…)?$|(click|tap) here\b|most (read|popular|viewed)\b|trending( now| stories)?\s*:?$|"
    r"recommended( for you| stories)?\s*:?$|you (may|might) also like|more (from|stories|on this story)\b|continue reading\b|"
    r"show chapters$|watch( now| live| the video)?\s*:|video\s*:|listen to (this|the) (article|story)|loading\b.{0,40}(\.\.\.|…)$|"
    r"see (more|all) (photos|pictures|images|videos|stories)\b|skip (to|ad)\b|back to top$|next (article|story)\s*:?|"
    r"story continues (below|after)\b|scroll (down )?to continue\b|continue reading (below|after)\b|"
    r"our (standards|editorial (standards|principles))\s*:)",
    re.I,
)
RELATED_LABEL = re.compile(r"^(related|read (more|next|also)|more (from|stories|on)|see also|most (read|popular|viewed)|trending|"
                           r"recommended|you (may|might) also like|top stories|latest (news|stories)|further reading)\b[^:]*:?$", re.I)
OUTLET_IN_WIDGET = re.compile(r"^discover more from\s+(?P<outlet>.{2,60}?)\s*$", re.I)
# a media placeholder: a bare label, or an embed named by its kind ("Holm tweet", "Video: ...")
MEDIA = re.compile(r"^((\S+\s+){0,3}(tweet|instagram post|facebook post|video|embed)|image|images|photo|photos|photograph|picture|"
                   r"graphic|gallery|slideshow|audio|podcast|chart|map|infographic|illustration)$", re.I)
# a site's own notice at the foot of its pages: an acknowledgement of country ("Nordnet acknowledges the traditional
# custodians of the land"); its app's promotion is APP_PROMOTION's, anywhere on the page
SITE_NOTICE = re.compile(rf"\backnowledges? (the )?({'|'.join(map(re.escape, sorted(data_words('acknowledged_custodians'))))})\b", re.I)
# an app's promotion by its store badges' words, or a short imperative to install it ("Get the Nordnet app: harbour
# news on your phone"), anywhere on the page
APP_STORES = "|".join(map(re.escape, sorted(data_words("app_stores"), key=lambda w: (-len(w), w))))  # data/app_stores.txt
SOCIAL_NETWORKS = sorted(data_words("social_networks"), key=lambda w: (-len(w), w))  # data/social_networks.txt (longest first)
_NETWORKS = "|".join(map(re.escape, SOCIAL_NETWORKS))  # (as an alternation in the patterns below)
APP_PROMOTION = re.compile(rf"\b(download on the ({APP_STORES})|get it on ({APP_STORES}))\b|(^|[.!*–-]\s*)((download|get|install) (the|our) .{{0,40}}\bapp\b|"
                           rf"download (now )?on ({APP_STORES})\b|"
                           rf"({APP_STORES})(\s*[|·•]\s*({APP_STORES}))+$)|"
                           rf"\bapp\b.{{0,40}}[–—:.|-]\s*(download|install)( it)?( now| free| today)?( on| for)?\s*\(?({APP_STORES})"
                           rf"(\s*[|/·,]\s*({APP_STORES}))*\)?\s*$", re.I)
# (and the app named, then the call to download it for the stores: "... on the Nordpost app – Download it free (iOS | Android)")
# "Follow the Nordpost on Holmchat: harbour news each morning": a channel's promotion on a social network ("Join our
# Holmchat channel", "Get breaking news on Holmchat."), or a call for the readers' pictures ("Send us your photos: ...")
FOLLOW_PROMOTION = re.compile(rf"^(follow (us|(the )?[\w'’&.-]+( [\w'’&.-]+){{0,3}}) on ({_NETWORKS})\b|join (our|the) .{{0,40}}\bchannel\b|"
                              rf"get [\w ]{{0,30}}\bnews on ({_NETWORKS})\b|send us your (photos|pictures|videos|stories|tips)\b)", re.I)
# a row of reactions counted ("31 Likes · 7 Comments · 2 Reposts", "Comments | Reposts"): the page's, not the story's
REACTION_COUNTS = re.compile(r"^(\d[\d,.k]*\s+)?(likes?|comments?|shares?|restacks?|reposts?|replies|reactions|views)"
                             r"(\s*[|·•]\s*(\d[\d,.k]*\s+)?(likes?|comments?|shares?|restacks?|reposts?|replies|reactions|views))+$", re.I)
# the outlet's note on its own corrections ("Correction: This story first gave the wrong year ..."): about the
# page's history, not the story
CORRECTION_NOTE = re.compile(r"^[*_\s]*(corrections?|clarifications?|editor'?s note)\b[^:]{0,30}:|\ban earlier version of this "
                             r"(story|article|report|post|piece)\b", re.I)
# how to reach the writer ("Contact Anna Berg at aberg@nordpost.example or follow her on Holmchat @AnnaB", "Erik
# Holm can be reached at eholm@...", "Email the writer at ..."): an address, with a verb of reaching it
CONTACT_NOTE = re.compile(r"\b(contact|e-?mail|reach|reached|write to|follow)\b", re.I)
CONTACT_WORDS = 30  # a note on how to reach the writer is this short
# a site's menu printed as words in capitals set apart by runs of spaces ("HARBOUR  WEATHER  SPORT  LETTERS")
SPACED_MENU = re.compile(r"^[A-Z][A-Z&-]+(?: [A-Z&-]+)?(?: {2,}[A-Z][A-Z&-]+(?: [A-Z&-]+)?){3,}$")
# ... or items of a word or two with capitals, set apart by runs of spaces, perhaps with a bar ("My Account  Sign In
# Subscribe", "LIVE   |   Nordland   Vesterland   World")
ITEM = r"[A-Z][\w&'’.-]*(?: (?:&|[A-Z][\w&'’.-]*)){0,2}"  # a menu item: a word or three with capitals ("Farm & Garden", "U.S.")
SPACED_ITEMS = re.compile(rf"^{ITEM}(?:(?: {{2,}}| +[|·•] +){ITEM}){{2,}}$")
CLOCK_ALONE = re.compile(r"^\d{1,2}[.:]\d{2}\s*([ap]\.?m\.?)?(\s+[A-Z]{2,4})?$", re.I)
DURATION = re.compile(r"(^|\|\s*)\d{1,2}:\d{2}(:\d{2})?$")  # a video's running time ends the block
CLOCK_AND_DATE = re.compile(r"\b\d{1,2}:\d{2}\s*([AaPp]\.?[Mm]\.?)?\s*([A-Z]{2,4})?\s*(\w{3},?\s*)?\d{1,2}\s+\w{3,9}\.?\s+\d{4}\s*\|")
# "Published 3 hours ago", "Updated: 25 minutes ago": when the page was seen, not when anything happened
TIME_AGO = re.compile(r"^((published|updated|posted|last updated)\s*:?\s*)?(\d{1,3}|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?"
                      r"|months?)\s+ago\.?$", re.I)
READ_TIME = re.compile(r"^(\d{1,3}|an?|one)[\s-]*(min|mins|minute|minutes)\.?\s*(read|listen)$", re.I)
BY_WORD = re.compile(r"\bby\s", re.I)  # (a byline's "by": the byline's rule reads that line)
READ_TIME_AFTER = re.compile(r"[·|•]\s*(\d{1,3}|an?|one)[\s-]*(min|mins|minute|minutes)\.?\s*(read|listen)\s*$", re.I)  # "... · 5 min read"
# a column's note that its writer speaks for no one else ("Opinions expressed here are the writer's own"): a note on the writer
VIEWS_OWN = re.compile(r"\b(the )?(views|opinions) expressed( here| in this (article|piece|column))? are (his|her|their|the (author|writer|columnist)['’]s) own\b", re.I)
CREDIT = re.compile(
    r"^\(?\s*(?:(?:source\(s\)|sources?|photo( credit)?s?|image( credit)?s?|pictures?|credits?|graphics?|video)\s*[:\-–]|"
    r"(?:(?:additional )?reporting|writing|editing|compiled|produced|(?:[\w'’&.-]+\s+){0,2}(?:photos?|pictures?|images?|graphics?|video))"
    r" by\b)\s*(?P<credit>[^:]{2,}?)\)?$",  # ("Staff photo by Anna Berg", "File picture by ...")
    re.I,
)
CONTRIBUTED = re.compile(r"\b(contributed|contributing|also contributed) (to )?(this|the) (report|story|article)\b", re.I)
PHOTO_WORDS = re.compile(r"\b(in this (\w+ ){0,3}(photo|photograph|picture|image|illustration|handout|screenshot|still)|"
                         r"(photo|picture|image) (taken|shows)|pictured (here|above|below|on)|seen in (a|this) (photo|picture|video))\b", re.I)
COPYRIGHT = re.compile(r"(©|\(c\)\s*\d{4}|^copyright\b|\ball rights reserved\b|\bmay not be (reproduced|republished|redistributed)\b|"
                       r"\bare the copyright of\b|\breproduction without (\w+ )?permission\b|"  # ("... pictures and words are the copyright of Nordwire")
                       r"\bregistered (office|address)\s*:|\bregistered in (england|scotland|wales|ireland)( and wales)?,? (no\.?|number|company)|\bcompany (registration )?(no\.?|number)\s*:?\s*\d)",
                       re.I)  # (the publisher's registration: "Registered office: 1 Quay Street, Lindby")
# the outlet's words on itself at the foot of its reports ("Nordwire, the news arm of Holm Group, is a leading
# provider of multimedia news"): the page's, not the story's
# a site's notice on the market prices it shows ("All quotes delayed a minimum of 15 minutes"): the page's
MARKET_NOTICE = re.compile(r"\b(quotes|prices|market data)\s+(are\s+)?delayed\s+(by\s+)?(a\s+minimum\s+of\s+|at\s+least\s+|up\s+to\s+)?\d+\s+min", re.I)
OUTLET_SELF = re.compile(r"\b(provider|publisher) of (multimedia |digital |trusted )?news\b|\b(multimedia|digital) news (provider|publisher)\b", re.I)
LINK = re.compile(r"(https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b|(^|\s)@\w{2,}")
NAVIGATION = re.compile(r"^[^>»›]{1,40}(\s[>»›]\s[^>»›]{1,40}){2,}$")
# a site's menu: four or more sections of a word or three between bars or dots ("Home | News | World | Sport");
# a headline with the site's name after a bar ("Ferry sinks off Holm | World | Nordpost") has fewer, or longer, parts
MENU = re.compile(r"^[^|·•\s]+(?: [^|·•\s]+){0,2}(?: [|·•] [^|·•\s]+(?: [^|·•\s]+){0,2}){3,}$")
# a section's label, or the site's name and the section, above the headline ("OPINION | Arts", "NORDPOST | WORLD",
# "Home > World"): two or three parts of a word or three between separators (told by its place: before a headline)
SECTION_LABEL = re.compile(r"^[^|·•>›»/\s]+(?: [^|·•>›»/\s]+){0,2}(?: [|·•>›»/] [^|·•>›»/\s]+(?: [^|·•>›»/\s]+){0,2}){1,2}$")
# "and" needs spaces around it: with `\s*and\s*` a word like "Aband" splits two ways and matching backtracks exponentially
BYLINE = re.compile((r"^(by\s+)?(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|van|von|da|bin|al)){1,3})(\s*[,&]\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}|\s+and\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3})*$")
                    .replace("[A-Z]", f"[{UPPERS}]"))  # (capitals with accents too: "Émile Roux")
BY_PREFIX = re.compile(r"^[\W_]*by\s+\S", re.I)
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# the page's note on where the report first appeared ("This report by the Nordpost was first published May 3, 2025.")
FIRST_PUBLISHED = re.compile(rf"^this (report|story|article|piece)\b.{{0,60}}\b(was )?(first|originally) (published|appeared)( (on|in))?"
                             rf"\s+({MONTH}\s*\d|\d{{1,2}}\s+{MONTH}|\d{{4}}-)", re.I)  # (the date: a sentence saying the report was published so is the story's)
# ... or that it is another outlet's, or a translation ("This report was translated from Nordic. The original
# report was published in the Lindby Courier.", "This story was originally published by the Vester Post.")
REPUBLISHED = re.compile(r"^([Tt]his (report|story|article|piece) (was|has been) translated from [A-Z]\w+\b|[Tt]he original (version|article|story|report) "
                         r"(appeared|was (first )?published) (in|on|by) [A-Z\d]|[Tt]his (report|story|article|piece)\b.{0,40}\b(first|originally) "
                         r"(appeared|published) (in|on|by) (the )?[A-Z\d])")
DATE = (rf"(\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
        rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})")  # ("March 11th 2026")
# a clock time with its zone ("2:47 pm XST", "UTC-5", "14:02 (Lindby)": a zone of two to four capitals, or a place)
CLOCK = r"\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4}([+-]\d{1,2}(:?\d{2})?)?|\s*\([A-Z][a-z]+\))?"
UPDATED_AT = re.compile(rf"^(last )?(update|updated|published|posted)\s*:?\s*(at\s+)?{CLOCK}$", re.I)  # ("Last update: 14:02 (Lindby)")
DATELINE = re.compile(
    rf"^(published|updated|posted|last updated)?\s*(on)?\s*:?\s*({CLOCK}\s+)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?{DATE}"
    rf"(\s*[,|·•/]?\s*(at\s+)?{CLOCK})?(\s*[-–·|]\s*\d+\s+min(ute)?s?\s+read)?"
    rf"(\s*[/|·•]\s*(last\s+)?updated\s+((\d+|an?|one)\s+(minute|hour|day)s?\s+ago|{CLOCK}))?\.?$",  # (a time first: "9:40 PM May 3, 2024"; a read
    # time after; its update's after: "May 3, 2024 / 9:40 PM / Updated 2 hours ago", "... / UPDATED 20:47 GMT")
    re.I,
)
UPDATE_AFTER = re.compile(rf"\s*[/|·•]\s*(last\s+)?updated\s+((\d+|an?|one)\s+(minute|hour|day)s?\s+ago|{CLOCK})\.?$", re.I)
PIPED = re.compile(r"\s+[|·]\s+")
# "Posted: 3 March, 9:05pm", "Published: 3 March | Updated: ...", "Last modified Tue 3 Mar 21.12": when the
# page was published, the year left out (the dateline rule wants it)
STAMPED = re.compile(r"^(\w{3} \d{1,2} \w{3}( \d{4})? \d{1,2}[.:]\d{2} [—–-] )?(published|posted|updated|last (modified|updated))\s*:?\s+\S", re.I)
# "Tuesday, March 3, 2026 - 09:10": a date and a clock time alone
# ... or a weekday, a day without its year and a clock time ("Tue 3 Mar 21.12"): a page's time stamp
DATE_AND_CLOCK = re.compile(rf"^(((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?{DATE}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+"
                            rf"(\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}))\s*[—–\-|·,]?\s*\d{{1,2}}[:.]\d{{2}}(\s*[ap]\.?m\.?)?$", re.I)
GALLERY_COUNTER = re.compile(r"^\d{1,2}\s*(/|of)\s*\d{1,2}$")  # "1 / 4": a picture gallery's counter
GALLERY_ITEM = re.compile(r"^(item \d{1,2} of \d{1,2}|\[\d{1,2}/\d{1,2}\])\s+\S", re.I)  # "Item 1 of 3 Boats at ...": a gallery's caption
EMBARGO = re.compile(r"^(strictly )?(under )?(embargo(ed)?\s+(until|till)\b|embargo(ed)?\s*:)[^.]{0,80}$", re.I)  # "Embargoed until 09:00, Friday 6 March"
BYLINE_SEPARATORS = re.compile(r"\s+[—–|·•]\s+")
WRITER_NOTE_WORDS = 40  # a note on the writer at the end of an article is this short
WRITER_NOTE_REACH = 3  # ... and stands among its last paragraphs this many
DATED_BYLINE_LIMIT = 160  # "By Anna Berg, Senior Correspondent, Nordpost Harbour Desk Friday 4 March 2025, 09:40 GMT · 4 min read"
OUTLET_AND_PLACE = re.compile(f"^[{UPPERS}][\\w&.'’-]*(?: [{UPPERS}][\\w&.'’-]*){{0,3}}, [{UPPERS}][\\w'’-]+(?: [{UPPERS}][\\w'’-]+)?$")
BYLINE_REACH = 4  # blocks past the first paragraph where a byline may stand (under a standfirst, a picture)
STAFF_LINE = re.compile(r"^([\w’'&.\-]+\s+){0,3}(staff|staff (writer|reporter)|(senior |chief )?(\w+ )?(correspondent|reporter|writer|editor))s?$", re.I)
MOTTO = re.compile(r"\s+[—–|]\s+")  # a site's name and its motto, after a spaced dash or a bar
OUTLET_LINE = re.compile(f"^[{UPPERS}][{UPPERS}0-9&.\\-]{{1,11}}( [{UPPERS}][{UPPERS}0-9&.\\-]{{1,11}}){{0,2}}$")
# words that make a clause: a first sentence without any of them is a fragment (a caption's "Nordvik cables.")
CLAUSE_WORDS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
                "must", "shall", "should", "do", "does", "did", "said", "says", "told", "tells", "i", "we", "you", "he", "she",
                "they", "it", "this", "that", "there"}
PICTURE_LABEL = re.compile(r"^(image|picture|photo|media|video)\s+(copyright|caption|credit|source)\b", re.I)  # (a video's too: "Media caption ...")
PICTURE_CREDIT = re.compile(r"\bpurchase licensing rights(,? opens new tab)?\s*$|(\bphoto\s+credit\s*:|\(\s*credit\s+image\s*:|\bphotograph\s*:|\(\s*photo\s+by\s+[^)]*/|\(\s*photo\s*:\s*[^)]*/)\s*\S"
                            r"|\(\s*(?:[\w&.'’-]+\s+){0,3}photo\s*:\s*[^()/]{2,60}\)\s*$"  # "... (Gazette photo: Anna Berg)"
                            r"|\(\s*(?:[\w&.'’-]+\s+){0,2}photos?\s*/\s*[^()]{2,60}\)\s*$"  # "... (NW Photo/Anna Berg, File)", a wire's credit
                            r"|\(\s*(?:[\w&.'’-]+\s+){0,2}(?:photo|picture)s?(?:\s*\|\s*file)?\s*\)\s*$"  # "(NW Photo)", "(File photo)", "(Photo | File)"
                            r"|(?:^|[.\s—–-])\s*photo(?:graph)?s?\s+courtesy\s+of\s+[^.]{2,80}$"  # "... at the quay. —PHOTO COURTESY OF NORDWIRE"
                            r"|[.!?]\s+(?:[\w&.'’-]+\s+){0,2}(photo|picture|image)\s+by\s+[\w'’.-]+(\s+[\w'’.-]+){0,3}\s*$", re.I)  # "... quay. Staff photo by Anna Berg"
# a wire picture's caption: where and when, then the agency and the photographer ("... in Lindby, Nordia, March 3,
# 2025. Nordwire/Anna Berg", "... October 17, 2025. NORDWIRE"); case matters: the credit is capitalised
DATED_CREDIT = re.compile(r"\b(?i:" + MONTH + r")\s+\d{1,2}(?:,\s+\d{4})?\.\s+(?:[A-Z][\w&.'’-]*\s+){0,2}"
                          r"(?:[A-Z][\w&.'’-]*/[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+){0,2}|[A-Z]{2,}(?:\s+[A-Z]{2,})?)\s*$")
# a picture's credit in brackets at the end of its caption: the agency or outlet, a colon, the photographer's
# name ("... under control. (Nordpost News: Tomas Dahl)"); case matters: capitalised words only
CREDIT_IN_BRACKETS = re.compile(r"\((?:[A-Z][\w&.'’-]*\s+){0,2}[A-Z][\w&.'’-]*:\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\)\s*$")
BRACKETED_PICTURE = re.compile(r"^\[(image|picture|photo|photograph)(\]|:)\s*\S", re.I)  # "[Photo] Divers at the quay on Monday.", "[Photo: Divers ...]"
CAPTION_LIMIT = 800  # a caption is at most this long, whatever its labels say


@dataclass
class Cleaned:
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    date: str | None = None
    read_time: str | None = None
    credits: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    paragraph_lines: list[tuple[int, ...]] = field(default_factory=list)  # the input lines of each kept paragraph
    title_lines: tuple[int, ...] = ()
    standfirst: int = 0  # how many of the first paragraphs are the standfirst (see _mark_standfirst)
    breaks: list[int] = field(default_factory=list)  # the paragraphs that open a section (after a crosshead or a live update's time)


INVISIBLE = {"Cc", "Cf", "Cs", "Cn"}  # control, format, surrogate, unassigned
SECTION_HEADS = {"crosshead", "timestamp"}  # dropped between paragraphs, these open a new section (a live page's update)


def clean(blocks: list[Block], title: str | None = None) -> Cleaned:
    """Classify every block; keep article paragraphs, lift metadata, drop noise (recording why).

    `title` is the headline when the input format states it (front matter, HTML metadata): a copy of it in the
    text is then dropped, and no other block is taken for the title."""
    out = Cleaned()
    # a block of nothing but spaces and invisible control or format characters (U+202E, ESC) is no paragraph:
    # the pages drop those characters and would be left with an empty one
    blocks = [b for b in blocks if any(not ch.isspace() and unicodedata.category(ch) not in INVISIBLE for ch in b.text)]
    kinds = _classify(blocks, title)
    seen_captions: set[str] = set()
    section = False  # a crosshead or a live update's time since the last paragraph
    for block, kind in zip(blocks, kinds):
        text = block.text
        if kind in ("body", "standfirst"):
            out.standfirst += kind == "standfirst" and len(out.paragraphs) == out.standfirst
            if section:
                out.breaks.append(len(out.paragraphs))
            section = False
            out.paragraphs.append(text)
            out.paragraph_lines.append(block.lines)
            continue
        section = section or kind in SECTION_HEADS and bool(out.paragraphs)
        out.dropped.append(DroppedLine(text, kind))
        if kind == "title" and out.title is None:
            out.title, out.title_lines = text, block.lines
        elif kind == "outlet" and out.outlet is None:
            out.outlet = MOTTO.split(text, maxsplit=1)[0]  # "Nordpost — News for the North": the name before its motto
        elif kind == "subscription" and out.outlet is None and (m := OUTLET_IN_WIDGET.match(text)):
            out.outlet = m.group("outlet")
        elif kind == "byline" and out.byline is None:
            out.byline = _byline_text(text)
        elif kind == "read-time":
            out.read_time = text
        elif kind == "dateline":
            date, byline = _split_dateline(text)
            out.date = out.date or date
            out.byline = out.byline or byline
        elif kind == "credit":
            m = CREDIT.match(text)
            credit = m.group("credit") if m else text
            _add_unique(out.credits, ", ".join(part.strip() for part in credit.split(",") if part.strip()))
        elif kind == "caption":
            caption, credit = caption_and_credit(text)
            if caption and fold(caption) not in seen_captions:
                seen_captions.add(fold(caption))
                out.captions.append(caption)
            if credit:
                _add_unique(out.credits, credit)
    return out


def _classify(blocks: list[Block], title: str | None = None) -> list[str]:
    n = len(blocks)
    counts: dict[str, int] = {}
    for block in blocks:
        if block.item:
            continue  # a list of headlines may hold the article's own: that is no caption printed twice
        key = fold(caption_and_credit(block.text)[0])
        counts[key] = counts.get(key, 0) + 1
    # the page's head runs to the first paragraph of article text (a long sentence that speaks of no cookies):
    # a banner there opens the page, however many menu lines come before it
    head = next((i for i, b in enumerate(blocks) if len(b.text.split()) >= HEAD_END_WORDS and ends_sentence(b.text)
                 and not CONSENT.search(b.text)), 0)
    kinds = [_kind(_Line.of(block.text, i, n, counts, head)) for i, block in enumerate(blocks)]
    for _, correct in CONTEXT_RULES:
        correct(blocks, kinds, title)
    return kinds


def _consent_buttons(blocks: list[Block], kinds: list[str]) -> None:
    """The buttons of a consent banner ("Accept", "Manage options") next to it, and the short heading right above
    it; and the terms a sign-up box
    states under its button ("By registering you accept our privacy policy.")."""
    n = len(blocks)
    for i, block in enumerate(blocks):
        if kinds[i] == "body" and BUTTON.match(block.text) and any(kinds[j] == "consent" for j in (i - 1, i - 2, i + 1) if 0 <= j < n):
            kinds[i] = "consent"
        elif kinds[i] == "body" and i + 1 < n and kinds[i + 1] == "consent" and len(block.text.split()) <= BANNER_HEADING_WORDS \
                and not ends_sentence(block.text) and YOU_WE.search(block.text):
            kinds[i] = "consent"  # the banner's heading, addressing the reader ("We value your privacy"): no headline
        elif kinds[i] == "body" and i > 0 and kinds[i - 1] == "subscription" and CONSENT.search(block.text) \
                and YOU_WE.search(block.text) and len(block.text.split()) <= 40:
            kinds[i] = "subscription"
        elif kinds[i] == "body" and not block.item and any(kinds[j] == "subscription" for j in (i - 1, i + 1) if 0 <= j < n) \
                and MAILING.search(block.text) and len(block.text.split()) <= 40:
            kinds[i] = "subscription"  # what the sign-up box offers ("A free weekly email from the harbour.", "... in
            # your inbox each Friday") and its small print ("Privacy notice: we may show ads in the email"); not an item of
            # the article's own list ("5. Check the email the operator sent you") above a box


def _caption_after_media_label(blocks: list[Block], kinds: list[str]) -> None:
    """The text right after a bare media label ("Image", "Photo") is that picture's caption; so is a short text the
    format marks as a picture's (a Markdown paragraph holding the image, an HTML figcaption)."""
    for i, block in enumerate(blocks):
        if block.figure and kinds[i] == "body" and len(block.text) < CAPTION_LIMIT:
            kinds[i] = "caption"
    for i in range(len(blocks) - 1):
        if kinds[i] == "media" and MEDIA.match(blocks[i].text) and " " not in blocks[i].text and kinds[i + 1] == "body" and len(blocks[i + 1].text) < SHORT_LIMIT:
            kinds[i + 1] = "caption"


def _truncated_copies(blocks: list[Block], kinds: list[str]) -> None:
    """A block that is the truncated start of the next one (a scraped summary, a title field, a video's title)."""
    for i in range(len(blocks) - 1):
        a, b = fold(blocks[i].text), fold(blocks[i + 1].text)
        if kinds[i] == "body" and 20 <= len(a) < len(b) and b.startswith(a):
            kinds[i] = "media" if kinds[i + 1] == "media" else "truncated-duplicate"


def _caption_printed_twice(blocks: list[Block], kinds: list[str]) -> None:
    """A caption printed twice, once with its credit and once without, with small differences ("Lindmark harbour
    on 3 October." / "..., harbour, on 3 October. Photograph: ..."): both are the caption."""
    n = len(blocks)
    for i in range(n):
        if kinds[i] == "body" and len(blocks[i].text) < SHORT_LIMIT:
            for j in (i - 1, i + 1):
                if 0 <= j < n and kinds[j] == "caption" and _near_copy(blocks[i].text, PICTURE_LABEL_PREFIX.sub("", caption_and_credit(blocks[j].text)[0])):
                    kinds[i] = "caption"
                    break


PICTURE_LABEL_PREFIX = re.compile(r"^(image|picture|photo|media|video)\s+caption\s*[:\-–—]?\s*", re.I)  # "Image caption: ..." before its copy


def _near_copy(a: str, b: str) -> bool:
    """The same text but for punctuation and a word or two (rapidfuzz's normalised Indel similarity >= 90)."""
    a, b = fold(a), fold(b)
    return min(len(a), len(b)) >= 20 and fuzz.ratio(a, b) >= 90


@dataclass(frozen=True)
class _Line:
    """One block as the line rules see it, with what several rules ask computed once."""

    text: str
    words: int  # words, or characters / 8: some scripts put no spaces between words
    edge: bool  # among the first or last eight blocks, or before the article's first paragraph: where banners stand
    repeated: bool  # printed more than once in the article (as a caption, with or without its credit)
    credited: bool  # ends with a picture credit ("Caption. /Name/Agency")
    sentence: bool  # ends as a sentence does

    @classmethod
    def of(cls, text: str, i: int, n: int, counts: dict[str, int], head: int = 0) -> "_Line":
        caption, credit = caption_and_credit(text)  # a long block is its own caption, uncredited
        return cls(text, max(len(text.split()), len(text) // 8), i < max(8, head) or i >= n - 8, counts.get(fold(caption), 0) > 1,
                   bool(credit), ends_sentence(text))


# widgets whose label opens a sentence of their own: a link's headline ("Read more: ..."), an advertisement's text
LABELLED_WIDGETS = ("read more", "read also", "also read", "related:", "read next", "see also", "click here", "tap here",
                    "advert", "sponsored", "promoted", "paid")


def _widget(line: _Line) -> bool:
    return bool(WIDGET.match(line.text) and (line.words <= 8 or not line.sentence or line.text.lower().startswith(LABELLED_WIDGETS) and line.words <= 40)
                or _trail_or_menu(line.text) or BUTTONS.match(line.text))


RELATED_ROW = re.compile(r"^(related( articles| stories| coverage| content)?|read (more|next|also)|see also|more on this( story)?|"
                         r"most (read|popular)|recommended)\s*:\s*\S", re.I)


def _related_row(text: str) -> bool:
    """'Related: Holm wins the final | Ten pictures from the parade | Where next?': a label, then two or more
    headlines set apart by bars or dots (headlines, not sentences: none ends with a full stop)."""
    if not RELATED_ROW.match(text) or len(text) > 600:
        return False
    parts = PIPED.split(text[text.index(":") + 1:].strip())
    return len(parts) >= 2 and all(0 < len(p.split()) <= LINK_ITEM_WORDS and not p.rstrip().endswith(".") for p in parts)


# a share button's name: a network's (one word), or what the button does
TAGS_LABEL = re.compile(r"^[\W_]*(tagged|tags?|(related )?topics?|filed under|categories|category)\s*:", re.I)
SHARE_BUTTONS = {w for w in SOCIAL_NETWORKS if " " not in w} | {"email", "e-mail", "print", "copy", "link", "sms", "save", "tweet", "share"}


def _button_row(text: str) -> bool:
    """'Share this story: Vesterbook | Holmgram | Lindchat | Copy link': a label, then a row of buttons' names (a
    word or two each) set apart by bars or dots; or, with nothing between them, the names of the networks and
    buttons a share widget carries ("Share this story Email X Print Copy link")."""
    label = SHARE.match(text)
    if label is not None and len(text) <= 200:
        rest = [w.strip("|·•:,").lower() for w in text[label.end():].split()]
        rest = [w for w in rest if w and w not in ("this", "article", "story", "post", "page", "on", "via", "with")]  # ("Share this with X | Share this with Y")
        if len(rest) >= 2 and all(w in SHARE_BUTTONS for w in rest):
            return True
    if ":" not in text or len(text) > 200:
        return False
    parts = PIPED.split(text[text.index(":") + 1:].strip())
    if TAGS_LABEL.match(text) and not ends_sentence(text):
        # a list of the article's tags ("Filed under: Courts, Education Law, School Funding"): short names set apart
        # by commas too
        tags = [p for part in parts for p in part.split(",")]
        return len(tags) >= 2 and all(0 < len(p.split()) <= 4 for p in tags)
    return len(parts) >= 2 and all(0 < len(p.split()) <= 2 for p in parts)


BANNER_HEADING_WORDS = 6  # a consent banner's heading is this short ("We value your privacy")
HEAD_END_WORDS = 25  # a block this long that ends a sentence is article text: the page's head ends before it
SPACES = re.compile(r"\s+")
# a row of buttons written as bracketed labels, after a few words at most ("[Share] [Save]", "Share this article [X]
# [Email] [Copy link]", "[Sign up]"), and the share widget's own row after them ("[f] [x]   Share | Print | 3 comments")
BUTTONS = re.compile(r"^(\S+\s+){0,4}(\[[^\[\]]{1,30}\]\s*)+((share|save|print|email|\d+ comments?)(\s+[|·]\s+(share|save|print|email|\d+ comments?))*)?$", re.I)


# a page's button on a line of its own ("Save", "Email", "Copy link copied"), a live page's controls ("Auto-refresh
# OFF", "Refresh this page to see new posts"), a media player's notice or button ("Media playback is unsupported on
# your device", "Listen to article | 4 min"),
# an archive notice ("This article is more than 2 years old"), a messaging channel's promotion ("Join our Vesterchat
# channel ..."), a wire's note to editors ("(ATTN: ADDS ...)")
PAGE_FURNITURE = re.compile(
    rf"^(({_NETWORKS}|email)( share)?|save|e-mail|print|bookmark|copy link( copied)?|"
    r"gift this article(\s+\|\s+save)?|[\d\s·|]+share|in this article\s*:.*)$|"
    r"^(auto-?refresh (on|off)\b|refresh this page\b|this (article|story) is more than \w+ (years?|months?) old$|"
    r"media playback is (unsupported|not supported) on your device$|listen to (this )?(article|story|audio)\b|"
    rf"join our ({_NETWORKS}) (channel|group|community)\b|\(attn:)", re.I)
PRICE_PER = re.compile(r"\b(a|per)\s+(month|year|week)\b")  # "Become a member from 2 euros a month"


def _subscription(line: _Line) -> bool:
    low = line.text.lower()
    if NEWSLETTER.search(line.text) and line.words <= 15:
        return True  # "Get our weekly harbour newsletter", "... delivered to your inbox."
    if METERED.search(line.text) and line.words <= 30:
        return True  # a metered paywall's count: "You have 3 free stories left this week. Subscribe ..."
    if SIGN_UP_FOR_DELIVERIES.search(line.text) and line.words <= 25 or PODCAST_PROMOTION.search(line.text) and line.words <= 20:
        return True  # "Don't miss a thing. Sign up for our email alerts.", "... our podcast, wherever you listen"
    return bool(SUBSCRIPTION.match(line.text) and line.words <= 25 and (
        OUTLET_IN_WIDGET.match(line.text) or line.words <= 12 or "email" in low or "inbox" in low or "newsletter" in low
        or "subscribe" in low or "member" in low or PRICE_PER.search(low))) \
        or bool(SIGN_UP.search(line.text) and BUTTONS_AT_END.search(line.text) and line.words <= 30)


METERED = re.compile(r"\byou have (\d+|\w+) free (articles?|stories|reads|pieces)\b.{0,30}\b(left|remaining)\b", re.I)
NEWSLETTER = re.compile(r"^(get|sign up (here )?for|subscribe to|receive)\b.{0,60}\b(newsletter|bulletin|briefing|in your inbox|to your inbox)\b", re.I)
MAILING = re.compile(r"\b(e-?mails?|inbox|newsletters?|privacy (notice|policy)|unsubscribe)\b", re.I)  # what a sign-up box speaks of
SIGN_UP = re.compile(r"\b(sign up|subscribe|newsletter)\b", re.I)
# a sign-up to what the site sends, the sentence's imperative anywhere in the block ("Don't miss a thing. Sign up
# for our news alerts.", "Sign up for the Nordpost: one long read every Sunday")
SIGN_UP_FOR_DELIVERIES = re.compile(r"(^|[.!?]\s+)sign up (here )?(for|to)\b.{0,80}\b(alerts?|e-?mails?|newsletters?|updates|briefings?|"
                                    r"every (day|week|morning|evening|(mon|tues|wednes|thurs|fri|satur|sun)day)|daily|weekly)\b", re.I)
# a block's last sentence a bare imperative to take an offer: "Join free today.", "Subscribe now", "Download now.",
# "Sign up free" (after the offer, or after a dash or a bar); nothing but the verb and when, where or for what price
CALL_TO_ACTION = re.compile(r"(^|[.!?:|–—-]\s*)(join|subscribe|sign up|register|download|shop|book|claim|order|try it)"
                            r"( (now|today|free|for free|here|online))+[.!]?\s*$", re.I)
PROMOTION_WORDS = 30  # at most, in a block that a call to action ends
PODCAST_PROMOTION = re.compile(r"\bwherever you (listen|get (your )?podcasts)\b", re.I)  # "Hear Harbour Talk, our podcast, wherever you listen"
BUTTONS_AT_END = re.compile(r"\[[^\[\]]{1,30}\]\s*$")  # a form's button ends the block: "... alerts. [Your address] [Join]"


def _short(line: _Line) -> bool:
    return len(line.text) <= SHORT_LIMIT


# (name, kind, applies): the kind of one block told without its neighbours; the first rule that applies decides,
# and a block no rule claims is article text ("body")
LINE_RULES: tuple[tuple[str, str, Callable[[_Line], bool]], ...] = (
    ("consent banner addressing the reader", "consent",
     lambda line: len(line.text) < 1000 and line.edge and bool(CONSENT.search(line.text)) and (line.words <= 8 or bool(YOU_WE.search(line.text)))),
    ("picture widget's labels", "caption", lambda line: bool(PICTURE_LABEL.match(line.text)) and len(line.text) < CAPTION_LIMIT),
    ("caption after a bracketed picture label", "caption",
     lambda line: bool(BRACKETED_PICTURE.match(line.text)) and len(line.text) < CAPTION_LIMIT),
    ("caption ending with the picture's credit", "caption",
     lambda line: len(line.text) < CAPTION_LIMIT and bool(PICTURE_CREDIT.search(line.text[-160:]) or CREDIT_IN_BRACKETS.search(line.text[-160:])
                                                          or DATED_CREDIT.search(line.text[-160:]))),
    ("headlines after a related-articles label, in one row", "widget", lambda line: _related_row(line.text)),
    ("long block printed more than once", "caption", lambda line: not _short(line) and line.repeated),
    ("long block", "body", lambda line: not _short(line)),
    ("subscription widget", "subscription", _subscription),
    ("share widget", "share", lambda line: bool(SHARE.match(line.text)) and (line.words <= 8 or _button_row(line.text))),
    ("page's button or notice on a line of its own", "widget", lambda line: line.words <= 12 and bool(PAGE_FURNITURE.match(line.text))),
    ("widget or navigation trail", "widget", _widget),
    ("media label or running time", "media",
     lambda line: bool(MEDIA.match(line.text)) and line.words <= 4 or bool(DURATION.search(line.text) or CLOCK_AND_DATE.search(line.text))),
    ("site's notice: an acknowledgement of the land's custodians", "widget",
     lambda line: line.edge and line.words <= 60 and bool(SITE_NOTICE.search(line.text))),
    ("app's promotion by its store badges, or a channel's on a social network", "widget",
     lambda line: line.words <= 30 and bool(APP_PROMOTION.search(line.text) or FOLLOW_PROMOTION.match(line.text))),
    ("offer that ends by telling the reader to take it (\"Members save 20% with Nordpost Plus. Join free today.\")", "subscription",
     lambda line: line.words <= PROMOTION_WORDS and bool(CALL_TO_ACTION.search(line.text))),
    ("outlet's note on its corrections, or on where the report first appeared (or that it is a translation)", "widget",
     lambda line: line.words <= 80 and bool(CORRECTION_NOTE.search(line.text)) or line.words <= 30 and bool(
         FIRST_PUBLISHED.match(line.text) or REPUBLISHED.match(line.text))),
    ("note on how to reach the writer", "credit",
     lambda line: line.words <= CONTACT_WORDS and bool(CONTACT_NOTE.search(line.text)) and bool(LINK.search(line.text))),
    ("row of reactions counted, or a menu of items set apart by runs of spaces", "widget",
     lambda line: bool(REACTION_COUNTS.match(line.text) or SPACED_MENU.match(line.text) or SPACED_ITEMS.match(line.text))),
    ("clock time alone", "timestamp", lambda line: bool(CLOCK_ALONE.match(line.text))),  # a live blog's post time ("4.41pm")
    ("read time", "read-time", lambda line: bool(READ_TIME.match(line.text))),
    ("time since publication, or the time of the last update", "timestamp",
     lambda line: bool(TIME_AGO.match(line.text) or UPDATED_AT.match(line.text))),
    ("embargo notice of a press release", "timestamp", lambda line: bool(EMBARGO.match(line.text)) and line.words <= 12),
    ("gallery counter", "media", lambda line: bool(GALLERY_COUNTER.match(line.text))),
    ("caption after a gallery's counter", "caption", lambda line: bool(GALLERY_ITEM.match(line.text)) and len(line.text) < CAPTION_LIMIT),
    ("copyright line, or the outlet's words on itself or on its market prices", "copyright",
     lambda line: bool(COPYRIGHT.search(line.text) or OUTLET_SELF.search(line.text) or MARKET_NOTICE.search(line.text)) and line.words <= 40),
    ("credit line, or the writers a wire lists, or a column's note that its writer speaks for no one else", "credit",
     lambda line: bool(CREDIT.match(line.text)) and line.words <= 25 or bool(CONTRIBUTED.search(line.text)) and line.words <= 50
     or bool(VIEWS_OWN.search(line.text)) and line.words <= WRITER_NOTE_WORDS),
    ("date line, or byline with a date, or with its read time", "dateline", lambda line: bool(DATELINE.match(line.text)) or bool(_split_dateline(line.text)[0]) and len(line.text) < 120
     or bool(BY_PREFIX.match(line.text)) and len(line.text) < DATED_BYLINE_LIMIT and not line.sentence and bool(re.search(DATE, line.text, re.I))
     or bool(READ_TIME_AFTER.search(line.text)) and len(line.text) < DATED_BYLINE_LIMIT and not line.sentence and not BY_WORD.search(line.text)),
    ("publication time without a year", "timestamp", lambda line: bool(STAMPED.match(line.text)) and line.words <= 14 and not line.sentence
     or bool(DATE_AND_CLOCK.match(line.text))),
    ("credited, repeated or photo-describing caption", "caption",
     lambda line: line.credited or line.repeated or bool(PHOTO_WORDS.search(line.text)) and line.words <= 60),
    ("bare link", "link", lambda line: bool(LINK.search(line.text)) and not line.sentence and line.words <= 8),
    ("punctuation alone", "stray", lambda line: only_punctuation(line.text)),
)


def _kind(line: _Line) -> str:
    """The kind of one block that can be told without its neighbours ("body" when it is article text)."""
    return next((kind for _, kind, applies in LINE_RULES if applies(line)), "body")


def _mark_headline_runs(blocks: list[Block], kinds: list[str]) -> None:
    """Runs of three or more headline-like blocks: lists of related or trending articles."""
    n, i = len(blocks), 0
    while i < n:
        j = i
        while j < n and kinds[j] == "body" and headline_like(blocks[j].text):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                kinds[k] = "headline-run"
        i = max(j, i + 1)


def _mark_related_lists(blocks: list[Block], kinds: list[str]) -> None:
    """The headlines listed under a bare "Related" / "Read more" / "Most read" label, in any capitalisation."""
    for i, block in enumerate(blocks):
        if kinds[i] not in ("widget", "body", "caption") or len(block.text.split()) > 5 or not RELATED_LABEL.match(block.text):
            continue  # (a label the page prints twice was taken for a caption)
        kinds[i] = "widget"  # ("Read Next" without its colon)
        j = i + 1
        # (or headlines whose lines the reader joined, unmarked: however long, they end no sentence)
        while j < len(blocks) and kinds[j] in ("body", "caption") and (3 <= len(blocks[j].text.split()) <= 25 and (
                not ends_sentence(blocks[j].text) or _question_headline(blocks[j])) or _marked_headlines(blocks[j].text)
                or len(blocks[j].lines) > 1 and (not ends_sentence(blocks[j].text) or _joined_ending_in_a_question(blocks[j].text))
                and len(blocks[j].text.split()) <= JOINED_HEADLINES_WORDS):
            kinds[j] = "widget"
            j += 1


JOINED_HEADLINES_WORDS = 150  # a list of headlines joined into one block is at most this long
MARKED_ITEM = re.compile(r"(?:^|\s+)[-–>•]\s+")  # a list item's marker, where the reader joined the list's lines


def _marked_headlines(text: str) -> bool:
    """'- Holm wins the final - Explainer: how the cup is drawn - Ten pictures from the parade': a list of headlines
    whose lines the reader joined, each opening with its marker; none ends a sentence."""
    if not MARKED_ITEM.match(text) or len(text) > 600:
        return False
    items = [p for p in MARKED_ITEM.split(text) if p.strip()]
    return len(items) >= 2 and all(3 <= len(p.split()) <= LINK_ITEM_WORDS and not p.rstrip().endswith(".") for p in items)


def _joined_ending_in_a_question(text: str) -> bool:
    """Headlines whose lines the reader joined, the last one a question ("Ferry fares to rise in spring Explainer: what is
    a storm surge?"): one question and no sentence before it."""
    return text.rstrip().endswith("?") and len(sentences(text)) == 1


def _question_headline(block: Block) -> bool:
    """A headline that asks ("- How much sleep do you need?", "Letters: Is the new bridge too dear?"): one question,
    set as a list item or after a label."""
    text = block.text.strip()
    marked = text[:2] in ITEM_MARKS
    return text.endswith("?") and len(sentences(text)) == 1 and len(text.split()) <= LINK_ITEM_WORDS and (
        block.item or marked or bool(LABELLED.match(text)))


LABELLED = re.compile(r"^[A-Z][\w’']*( [\w’']+){0,2}: \w")  # "Podcast: What ...", "Letters: Who ...", "Harbour fire: what ..."
ITEM_MARKS = ("- ", "– ", "— ", "> ", "» ", "› ", "• ", "* ")  # a list item's marker, as a page's text keeps it
LINK_ITEM_WORDS = 12  # a bulleted headline is this short


def _mark_bulleted_links(blocks: list[Block], kinds: list[str]) -> None:
    """A run of list items, each a short line that ends without a full stop (a headline, or a question an
    explainer answers), set among the article's paragraphs: links to other articles ("* Floods close the
    Holm bridge", "* What is a storm surge?").  Not a list the article introduces (a heading, a colon or a short
    line that is no sentence before it: "Key points"), nor items that are sentences."""
    i, n = 0, len(blocks)
    while i < n:
        if not blocks[i].item or kinds[i] != "body":
            i += 1
            continue
        j = i
        while j < n and blocks[j].item and kinds[j] == "body":
            j += 1
        # a list the article introduces: after a heading, a colon, or a short line that is no sentence ("Key points")
        introduced = i > 0 and (blocks[i - 1].heading or blocks[i - 1].text.rstrip().endswith(":") or not ends_sentence(blocks[i - 1].text))
        headlines = all(len(b.text.split()) <= LINK_ITEM_WORDS and not b.text.rstrip().endswith((".", "!", ":", ";", ","))
                        for b in blocks[i:j])
        if i > 0 and not introduced and headlines:
            for k in range(i, j):
                kinds[k] = "widget"
        i = j


def _mark_head(blocks: list[Block], kinds: list[str], title: str | None) -> None:
    """The head of the article: title, outlet, byline and a caption before the first body paragraph."""
    n = len(blocks)
    start = _mark_page_header(blocks, kinds)
    title_found = False
    title_known = title is not None  # the format states the title: only a copy of it (or an <h1>) is the title
    h1 = None if title_known else _first_level_heading(blocks, kinds, start)
    if h1 is not None:
        # the page's one first-level heading, under nothing but short lines: the headline, and what stands above it
        # the site's (its name and motto, a menu, a sign-up line), however article-like it reads
        for i in range(start, h1):
            if kinds[i] == "body":
                kinds[i] = "widget"
        kinds[h1], title_found, start = "title", True, h1 + 1
    outlets = {fold(m.group("outlet")) for b in blocks if (m := OUTLET_IN_WIDGET.match(b.text))}
    head = [i for i in range(start, min(n, start + HEAD_BLOCKS)) if kinds[i] in ("body", "truncated-duplicate")]
    # (a label of a few words that ends no sentence, "Europe" above the headline, is no first paragraph)
    first_body = next((i for i in range(start, n) if kinds[i] == "body" and not _is_head_candidate(blocks[i]) and not _before_byline(blocks, i)
                       and not _above_standfirst(blocks, kinds, i)
                       and not (len(blocks[i].text.split()) <= 3 and not ends_sentence(blocks[i].text))), n)
    headline = None if title_known else _headline_of_lede(blocks, kinds, head, first_body)
    for i in head:
        if i > first_body:
            break
        block, text = blocks[i], blocks[i].text
        if not title_found and not title_known and _masthead(blocks, kinds, i, first_body):
            kinds[i] = "outlet"  # the site's name and its motto above its menu ("Nordpost — News for the North")
            continue
        if not title_found and kinds[i] == "body" and not block.heading and len(text.split()) <= 3 and i + 1 < n \
                and kinds[i + 1] == "widget" and _trail_or_menu(blocks[i + 1].text):
            kinds[i] = "outlet"  # the site's name above its menu or its trail ("Nordpost" / "Home > World > Europe")
            continue
        if not title_found and kinds[i] == "body" and not block.heading and _headline_follows(blocks, kinds, i, first_body) \
                and (SECTION_LABEL.match(SPACES.sub(" ", text)) or OUTLET_LINE.match(text) and not title_known):
            # the site's name in capitals ("THE NORDPOST") or a section's label above a headline written normally
            kinds[i] = "outlet" if OUTLET_LINE.match(text) else "widget"
            continue
        if headline is not None and i < headline and kinds[i] == "body" and (block.heading or title_like(text)) \
                and not _before_byline(blocks, i):
            kinds[i] = "widget"  # a line shaped like a headline above the one that tells the lede ("Your account",
            continue  # "Accept all  Settings", "World"): the page's, not the article's
        if not title_found and (
            (title is not None and (_same_title(text, title) or block.level == 1))
            or (not title_known and (kinds[i] == "truncated-duplicate" and i < first_body
                                     or kinds[i] == "body" and (block.heading or title_like(text) or _before_byline(blocks, i)
                                                                or _above_standfirst(blocks, kinds, i)) and i + 1 < n))
        ):
            kinds[i] = "title"
            title_found = True
        elif kinds[i] != "body":
            continue
        elif not title_found and len(text.split()) == 1 and not ends_sentence(text):
            kinds[i] = "widget"  # a section's label above the headline ("WORLD", "Opinion"): no article has one-word paragraphs
        elif (title_found or title_known) and fold(text) in outlets:
            kinds[i] = "outlet"
        elif i > 0 and kinds[i - 1] == "byline" and STAFF_LINE.match(text):
            kinds[i] = "byline"  # the writer's post on a line of its own under the byline ("Nordpost staff", "Health Correspondent")
        elif BY_PREFIX.match(text) and len(text) < 80 or ((title_found or title_known) and BYLINE.match(text) and len(text) < 60 and not ends_sentence(text)):
            kinds[i] = "byline"
        elif (title_found or title_known) and OUTLET_LINE.match(text) and i < first_body:
            kinds[i] = "outlet"
    # a byline under the standfirst, past the first paragraph ("By Anna Berg"), or among a label and a read time
    # ("Analysis — by Anna Berg · 7 min read"): a "By <name>" that ends no sentence is no article text
    for i in range(min(n, first_body + BYLINE_REACH)):
        if kinds[i] == "body" and _byline_parts(blocks[i].text) or kinds[i] in ("body", "widget") and _dated_name(blocks[i].text) is not None:
            kinds[i] = "byline"  # (and the name, without "By", with its date or read time: "Anna Berg · 9 min read")
        # a name alone under the headline's furniture (its date, its share buttons), then the writer's outlet and
        # place ("Anna Berg" / "Nordpost News, Lindby"): the byline without "By"
        elif kinds[i] == "body" and i > 0 and kinds[i - 1] in ("title", "dateline", "share", "timestamp", "widget") and i + 1 < n \
                and kinds[i + 1] == "body" and BYLINE.match(blocks[i].text) and len(blocks[i].text.split()) <= 4 \
                and OUTLET_AND_PLACE.match(blocks[i + 1].text):
            kinds[i] = kinds[i + 1] = "byline"
        elif kinds[i] == "body" and i > 0 and kinds[i - 1] == "byline" and OUTLET_AND_PLACE.match(blocks[i].text):
            kinds[i] = "byline"  # (the outlet and place under a byline the head already found)
        elif kinds[i] == "body" and _writer_and_post(blocks[i].text):
            kinds[i] = "byline"  # "Anna Berg, State Political Editor", "Nordpost Correspondent, Lindby": no "By"
    # a picture's caption before the article: photo vocabulary, or a first sentence that is a bare noun phrase
    first = next((i for i in range(n) if kinds[i] == "body"), None)
    if first is not None and not title_found and not title_known and first + 1 < n and _lead_caption(blocks[first].text):
        kinds[first] = "caption"


# (name, pass): corrections by the blocks around, applied in this order after the line rules
CONTEXT_RULES: tuple[tuple[str, Callable[[list[Block], list[str], str | None], None]], ...] = (
    ("buttons beside a consent banner", lambda blocks, kinds, _title: _consent_buttons(blocks, kinds)),
    ("caption after a media label", lambda blocks, kinds, _title: _caption_after_media_label(blocks, kinds)),
    ("truncated copy of the next block", lambda blocks, kinds, _title: _truncated_copies(blocks, kinds)),
    ("caption printed twice", lambda blocks, kinds, _title: _caption_printed_twice(blocks, kinds)),
    ("run of headlines", lambda blocks, kinds, _title: _mark_headline_runs(blocks, kinds)),
    ("list under a related-articles label", lambda blocks, kinds, _title: _mark_related_lists(blocks, kinds)),
    ("bulleted headlines between paragraphs", lambda blocks, kinds, _title: _mark_bulleted_links(blocks, kinds)),
    ("head of the article: title, outlet, byline, caption", _mark_head),
    ("standfirst between the headline and the byline", lambda blocks, kinds, _title: _mark_standfirst(blocks, kinds)),
    ("writer's name above the writer's post", lambda blocks, kinds, _title: _mark_named_writers(blocks, kinds)),
    ("end mark of a press release and the notes after it", lambda blocks, kinds, _title: _mark_end_of_release(blocks, kinds)),
    ("readers' comments under the comments heading", lambda blocks, kinds, _title: _mark_comments(blocks, kinds)),
    ("tail of the article: fragments after the last paragraph", lambda blocks, kinds, _title: _mark_tail(blocks, kinds)),
    ("headline quoting in single marks among paragraphs quoting in double", lambda blocks, kinds, _title: _mark_headline_quotes(blocks, kinds)),
    ("section heading in capitals between paragraphs", lambda blocks, kinds, _title: _mark_capital_crossheads(blocks, kinds)),
)


def _writer_and_post(text: str) -> bool:
    """A line of the writer's name and post, or post and place, set apart by a comma or a bar: "Anna Berg, State
    Political Editor", "Anna Berg | Health correspondent", "Nordpost Correspondent, Lindby" (the byline of a page
    that writes no "By")."""
    left, comma, right = re.sub(r"\s+[|·•]\s+", ", ", text.strip(" *_"), count=1).partition(", ")
    if not comma or ends_sentence(text) or len(text.split()) > WRITER_AND_POST_WORDS:
        return False
    return bool(BYLINE.match(left) and len(left.split()) <= 4 and STAFF_LINE.match(right)
                or STAFF_LINE.match(left) and re.fullmatch(f"[{UPPERS}][\\w'’-]+( [{UPPERS}][\\w'’-]+)?", right))


WRITER_AND_POST_WORDS = 8  # at most, in a line of a writer's name and post


def _mark_named_writers(blocks: list[Block], kinds: list[str]) -> None:
    """A line of a name or two ("Anna Berg", "By Erik Holm", "Anna Berg and Erik Holm") right above a line giving
    the writer's post ("Staff reporter", "Crime reporters", "Health Correspondent"), wherever on the page: the
    writers and their post, not the story's people (a story's paragraph never stands as a bare name)."""
    for i in range(len(blocks) - 1):
        text = re.sub(r"^[\W_]*by\s+", "", blocks[i].text.strip(" *_"), flags=re.I)
        if kinds[i] == "body" and len(text) < 60 and not ends_sentence(text) and BYLINE.match(text) \
                and STAFF_LINE.match(blocks[i + 1].text.strip(" *_")):
            kinds[i] = kinds[i + 1] = "byline"


def _mark_capital_crossheads(blocks: list[Block], kinds: list[str]) -> None:
    """'THE FAMILY', 'ON SOCIAL MEDIA': a few words in capitals alone between two paragraphs of the article head
    the section that follows (a crosshead, as plain text sets one); they are no sentence of the story."""
    body = [i for i, k in enumerate(kinds) if k == "body"]
    for i in body[:-1]:  # (the first too: a kicker above the first paragraph, "HARBOUR & SHIPPING", labels the article)
        text = blocks[i].text.strip()
        words = text.split()
        if 1 <= len(words) <= CROSSHEAD_WORDS and text.isupper() and all(w.strip("&-’'").isalpha() for w in words if w != "&"):
            kinds[i] = "crosshead"


CROSSHEAD_WORDS = 5  # a crosshead in capitals is this short


def _lead_caption(text: str) -> bool:
    parts = sentences(text)
    if len(text.split()) > 60 or len(parts) < 2:
        return False
    words = re.findall(r"[\w’']+", parts[0].lower())
    return 2 <= len(words) <= 6 and not (set(words) & CLAUSE_WORDS) and parts[0].endswith(".")


# the line a press release or a wire's copy ends on ("ENDS", "-ends-", "###", "-30-"): what follows is notes to
# editors and contacts
END_MARK = re.compile(r"^[\s\-–—]*(ends|end|###|#\s#\s#|30)[\s\-–—]*$", re.I)


def _mark_end_of_release(blocks: list[Block], kinds: list[str]) -> None:
    """The end mark of a press release, and the notes to editors after it, past the article's last paragraph.
    ("END" alone needs dashes around it or capitals: no sentence is one word.)"""
    mark = next((i for i, b in enumerate(blocks) if i > 0 and END_MARK.match(b.text) and (b.text.strip(" -–—").isupper()
                                                                                          or not b.text.strip(" -–—").isalpha())), None)
    if mark is None or not any(k == "body" for k in kinds[:mark]):
        return
    for i in range(mark, len(blocks)):
        kinds[i] = "notes"


COMMENTS_HEADING = re.compile(r"^[\W_]*(\d[\d,]*\s+)?(comments?|responses?|replies)\s*(\(\d+\))?\s*:?$", re.I)
# a reader's comment opening with the commenter's handle or name and the date it was posted ("kcappel · January
# 3, 2026 at 9:14 pm ...", "Anna B. | 3 March 2026 ...")
COMMENT_HEAD = re.compile(r"^[\w.'’@-]{2,40}(\s[\w.'’@-]{1,20}){0,2}\s+[·|•—–-]\s+(" + MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH
                          + r",?\s+\d{4})", re.I)


def _mark_comments(blocks: list[Block], kinds: list[str]) -> None:
    """Under a heading of the readers' comments ("12 Comments", "Comments (4)"), each block that opens with a
    commenter's handle and the date it was posted is a reader's comment, no article text."""
    start = next((i for i, b in enumerate(blocks) if COMMENTS_HEADING.match(b.text.strip())), None)
    if start is None:
        return
    for i in range(start + 1, len(blocks)):
        if kinds[i] == "body" and COMMENT_HEAD.match(blocks[i].text):
            kinds[i] = "comment"


def _mark_tail(blocks: list[Block], kinds: list[str]) -> None:
    """After the article's last full paragraph, short fragments are page furniture (tags, labels, links); a last
    paragraph, or the first under the byline, that says who the writer is ("Anna Berg writes the Harbour Notes column
    every Saturday.", "Anna Berg is a novelist."), named as the byline names them (or by the family name, under
    the name alone: "ANNA BERG" / "Berg covers the courts."), tells about the writer, no article text."""
    last = max((i for i, kind in enumerate(kinds) if kind == "body" and _full_paragraph(blocks[i].text)), default=None)
    if last is None:
        return
    bylines = [i for i in range(last) if kinds[i] == "byline"]
    writers = {_byline_name(blocks[i].text) for i in bylines} - {""}
    # (each writer of a byline that names several: "By Anna Berg and Erik Holm")
    writers |= {w.strip() for name in writers | {_byline_text(blocks[i].text) for i in bylines if BYLINE.match(_byline_text(blocks[i].text))}
                for w in re.split(r",|\band\b|&", name) if len(w.split()) >= 2}
    # the last paragraphs (a note on the writer may come before the outlet's note on itself), or the first one under
    # the byline (past its date): a note on the writer; or the writer's name alone, a byline at the foot
    under = next((j for j in range(bylines[0] + 1, min(len(blocks), bylines[0] + 4)) if kinds[j] == "body"), None) if bylines else None
    # (each writer's name alone at the foot and the note under it count as one: two more for each writer)
    ending = [i for i in range(len(blocks)) if kinds[i] == "body"][-(WRITER_NOTE_REACH + 2 * len(writers)):]
    for i in sorted({last, *ending, *([under] if under is not None else [])}):
        text = blocks[i].text
        # the note may name the writer by the family name alone under the name at the foot ("ANNA BERG" / "Berg
        # covers the courts for the Nordpost.")
        named = [w for w in writers if text.startswith(w + " ")
                 or i > 0 and kinds[i - 1] == "byline" and blocks[i - 1].text.strip().casefold() == w.casefold()
                 and text.casefold().startswith(w.split()[-1].casefold() + " ")]
        if named and len(text.split()) <= WRITER_NOTE_WORDS and len(sentences(text)) <= 2:
            kinds[i] = "credit"
        elif text.strip() in writers:
            kinds[i] = "byline"
    for i in range(last + 1, len(blocks)):
        if kinds[i] != "body" or _introduced_list(blocks, i):
            continue
        kinds[i] = "byline" if BY_PREFIX.match(blocks[i].text) and len(blocks[i].text) < 80 else "trailing-fragment"


HEADLINE_WORDS = 25  # a headline set among the paragraphs is this short
HEADLINE_QUOTE_RATIO = 3  # ... and the article has at least this many paragraphs quoting in double marks for each
REPORTED_PAST = re.compile(r"\b(said|told|added|asked|wrote|replied)\b", re.I)  # a headline reports in the present


def _mark_headline_quotes(blocks: list[Block], kinds: list[str]) -> None:
    """A short block that quotes in single marks, in an article whose paragraphs quote in double marks and never in
    single ones, and is shaped as a headline: no full stop ("Holm vows to 'fight on' after the vote"), or one
    sentence opening with the quotation ("'We will not sign,' mayor says"). A link to another article, in the
    headline style that quotes in single marks, set among the paragraphs. Not a sentence of the article that
    quotes a name ("a notice headed 'Bridge open'"), nor one reporting in the past ("'...,' said Anna Berg"), nor
    anything in an article that quotes in double marks in fewer than HEADLINE_QUOTE_RATIO paragraphs for each such
    block (single marks may then be its own style)."""
    body = [i for i, kind in enumerate(kinds) if kind == "body"]
    double = [i for i in body if quotes_in_double_marks(blocks[i].text)]
    short = [i for i in body if len(blocks[i].text.split()) <= HEADLINE_WORDS]
    if any(quotes_in_single_marks(blocks[i].text) for i in body if i not in short):
        return  # its paragraphs quote in single marks too
    found = [i for i in short if i not in double and quotes_in_single_marks(blocks[i].text) and len(sentences(blocks[i].text)) <= 1
             and (not ends_sentence(blocks[i].text) or quotes_in_single_marks(blocks[i].text, opening=True))
             and not REPORTED_PAST.search(blocks[i].text)]  # ("'...,' said Anna Berg": the article's own sentence)
    if len(double) < HEADLINE_QUOTE_RATIO * max(len(found), 1):
        return  # the article quotes in double marks too rarely to tell its style from a headline's
    for i in found:
        kinds[i] = "related-headline"


def _introduced_list(blocks: list[Block], i: int) -> bool:
    """A list item (or the line introducing it) of a list that the article introduces with a colon."""
    if not blocks[i].item:
        return blocks[i].text.endswith(":") and i + 1 < len(blocks) and blocks[i + 1].item
    while i > 0 and blocks[i].item:
        i -= 1
    return blocks[i].text.endswith(":") and not blocks[i].item


def _full_paragraph(text: str) -> bool:
    """Article text rather than a label: a sentence, several of them, or long."""
    return ends_sentence(text) or len(text) >= 150 or len(sentences(text)) > 1 or bool(re.search(r"[。！？]", text))


STANDFIRST_WORDS = 60  # a standfirst is a sentence or two of at most this many words


def _above_standfirst(blocks: list[Block], kinds: list[str], i: int) -> bool:
    """A short block of a sentence or two ("The weir held for a century. Then it broke.", which no headline rule
    takes for one: it ends with a full stop) above another right before a "By <name>" line: the headline, above its
    standfirst."""
    return i + 2 < len(blocks) and kinds[i] == "body" and kinds[i + 1] == "body" and _before_byline(blocks, i + 1) \
        and 4 <= len(blocks[i].text.split()) <= TITLE_WORDS and len(sentences(blocks[i].text)) <= 2 and ends_sentence(blocks[i].text) \
        and len(blocks[i + 1].text.split()) <= STANDFIRST_WORDS


TITLE_WORDS = 20  # a headline of one or two sentences above a standfirst is at most this long


def _mark_standfirst(blocks: list[Block], kinds: list[str]) -> None:
    """The standfirst (the dek): the first paragraph when the page marks it so, or a sentence or two right under the
    headline and above the byline: the editor's summary or teaser of the article ("The bridge reopens a year late.
    Who pays for the delay is another matter"). It stays article text, marked: it is no report's lead."""
    first = next((i for i, kind in enumerate(kinds) if kind == "body"), None)
    if first is not None and blocks[first].standfirst:
        kinds[first] = "standfirst"  # (marked so by the page: "<p class="dek">")
    for i in range(1, len(blocks) - 1):
        if kinds[i] == "body" and kinds[i - 1] == "title" and (kinds[i + 1] == "byline" or kinds[i + 1] == "dateline"
                                                               and BY_PREFIX.match(blocks[i + 1].text)) \
                and len(blocks[i].text.split()) <= STANDFIRST_WORDS and len(sentences(blocks[i].text)) <= 2:
            kinds[i] = "standfirst"


def _before_byline(blocks: list[Block], i: int) -> bool:
    """A short block right before a "By <name>" line is the headline, whatever its punctuation: a feature's headline
    may be two short sentences ("The mill is closing. Nobody asked us."), which title_like does not take.  (Not
    before "By Monday, the council had voted.": a line that ends a sentence is no byline.)"""
    if i + 1 >= len(blocks):
        return False
    text, after = blocks[i].text, blocks[i + 1].text
    return bool(BY_PREFIX.match(after)) and len(after) < 80 and not ends_sentence(after) \
        and 2 <= len(text.split()) <= 30 and len(text) <= 150 and len(sentences(text)) <= 3


def _byline_name(text: str) -> str:
    """The writer's name a byline block gives ("By Anna Berg", "Analysis — by Anna Berg · 7 min read", "Anna
    Berg, Health Correspondent"), or ""."""
    m = BYLINE.match(_byline_text(text).split(",")[0].strip())
    return m.group("name") if m else ""


def _byline_text(text: str) -> str:
    """A byline block without its "By", and without the label, date or read time beside it ("Analysis — by Anna
    Berg · 7 min read": "Anna Berg")."""
    named = [p for p in BYLINE_SEPARATORS.split(text) if BY_PREFIX.match(p.strip(" *_"))] if _byline_parts(text) else []
    if not named and (dated := _dated_name(text)) is not None:
        named = [dated]  # ("Anna Berg · March 3, 2026 · 9 min read")
    return re.sub(r"^[\W_]*by\s+", "", (named or [text])[0].strip(" *_"), flags=re.I)


BYLINE_IN_PLACE = re.compile(f"^[{UPPERS}][\\w'’\\-]+(?: [{UPPERS}][\\w'’\\-]+){{1,2}} in [{UPPERS}][\\w'’\\-]+(?: [{UPPERS}][\\w'’\\-]+){{0,2}}$")


def _byline_parts(text: str) -> bool:
    """A line that is a byline, alone or with a label, a date or a read time beside it between separators: one
    part is "by" and a name, the others a few words each, and it ends no sentence."""
    if len(text) > 100 or ends_sentence(text):
        return False
    if BYLINE_IN_PLACE.match(text):
        return True  # the writer and where she reports from, without "By" ("Anna Berg in Lindby")
    parts = [p.strip(" *_") for p in BYLINE_SEPARATORS.split(text) if p.strip(" *_")]
    named = [p for p in parts if BY_PREFIX.match(p) and BYLINE.match(re.sub(r"^[\W_]*by\s+", "", p, flags=re.I))]
    # (the name may carry the writer's post: "By Anna Berg, Science Correspondent")
    return len(named) == 1 and len(named[0].split()) <= 8 and all(len(p.split()) <= 4 for p in parts if p is not named[0])


def _dated_name(text: str) -> str | None:
    """The writer's name opening a line of a byline's parts without "By", with the read time beside it (and the
    date, the comments): "Anna K. Berg · March 3, 2026 · 7 min read · 12 comments"; or None."""
    if len(text) > 120 or ends_sentence(text):
        return None
    parts = [p.strip(" *_") for p in BYLINE_SEPARATORS.split(text) if p.strip(" *_")]
    if len(parts) < 2 or not BYLINE.match(parts[0]) or len(parts[0].split()) > 4 or any(ch.isdigit() for ch in parts[0]):
        return None
    # (a read time marks the line as the article's; a date alone may stand beside a label: "Breaking News · March 3")
    timed = any(READ_TIME.match(p) for p in parts[1:])
    return parts[0] if timed and all(len(p.split()) <= 6 for p in parts[1:]) else None


def _mark_page_header(blocks: list[Block], kinds: list[str]) -> int:
    """The page's header: what stands above the site's menu or its trail ("Home | News | Sport | ...", "News >
    Business") near the top of the page, with no paragraph of the article before it, is the site's (its name,
    its motto, the date and the weather, a ticker), never the article's: the headline comes after the menu.
    Returns where the article's head may start (0 when there is no such header)."""
    # (up to the headline: the first block above a byline, or a byline; share buttons below it are no menu)
    end = next((i for i in range(min(len(blocks), HEADER_BLOCKS)) if BY_PREFIX.match(blocks[i].text) or _byline_parts(blocks[i].text)
                or _before_byline(blocks, i) or i + 1 < len(blocks) and _byline_parts(blocks[i + 1].text)
                or _headline_heading(blocks, i)), min(len(blocks), HEADER_BLOCKS))  # (nor past a headline's heading)
    menus = [i for i in range(end) if kinds[i] in ("widget", "body") and not blocks[i].heading and not SHARE.match(blocks[i].text)
             and (_trail_or_menu(blocks[i].text) or SECTION_LABEL.match(SPACES.sub(" ", blocks[i].text))
                  and (kinds[i] == "widget" or bool(re.search(r"\s[>›»]\s", blocks[i].text))))]
    last = max(menus + [_menu_of_lines(blocks, kinds)], default=-1)
    if last <= 0 or any(kinds[i] == "body" and _full_paragraph(blocks[i].text) and len(blocks[i].text.split()) > HEADER_LINE_WORDS
                        for i in range(last)):
        return 0
    for i in range(last + 1):  # (the menu or trail itself too)
        if kinds[i] == "body":
            kinds[i] = "outlet" if i == 0 else "widget"
    return last + 1


def _menu_of_lines(blocks: list[Block], kinds: list[str]) -> int:
    """The last block of a site's menu printed one item a line near the top of the page ("Home" / "Local" /
    "Sport" / "Weather" / "Sign in"): MENU_LINES or more blocks in a row of a word or three each, ending no
    sentence, above the byline with no paragraph of the article before them; -1 when there is none."""
    run: list[int] = []
    # (above the byline: a row of share buttons printed one a line under it is no menu)
    byline = next((i for i, b in enumerate(blocks) if BY_PREFIX.match(b.text) or _byline_parts(b.text)), len(blocks))
    for i in range(min(len(blocks), byline)):
        text = blocks[i].text
        if kinds[i] != "title" and not blocks[i].heading and len(text.split()) <= 3 and not ends_sentence(text):
            run.append(i)
            continue
        if len(run) >= MENU_LINES or i >= HEADER_BLOCKS:
            break
        if kinds[i] == "body" and _full_paragraph(text) and len(text.split()) > HEADER_LINE_WORDS:
            return -1
        run = []
    return run[-1] if len(run) >= MENU_LINES and run[0] < HEADER_BLOCKS else -1


MENU_LINES = 4  # a site's menu printed one item a line has at least this many
HEAD_BLOCKS = 8  # the article's head (title, outlet, byline) is among the first blocks after the page's header
HEADER_BLOCKS = 12  # the site's menu stands among a page's first blocks
HEADER_LINE_WORDS = 12  # ... and what stands above it is short: a name, a motto, a date and the weather


def _masthead(blocks: list[Block], kinds: list[str], i: int, first_body: int) -> bool:
    """A block above the site's menu, trail or consent banner, when a later block before the article stands right
    above a "By ..." line (that is the headline): the site's name, with its motto ("Nordpost — News for the
    North"), not the headline, which never stands above the site's furniture."""
    if kinds[i] != "body" or blocks[i].heading or len(blocks[i].text.split()) > 15:
        return False
    furniture = False
    for j in range(i + 1, min(first_body, len(blocks))):
        if kinds[j] == "consent" or kinds[j] == "widget" and _trail_or_menu(blocks[j].text):
            furniture = True
        elif kinds[j] == "body" and furniture and _before_byline(blocks, j):
            return True
    return False


def _trail_or_menu(text: str) -> bool:
    """A navigation trail or a site's menu, however spaced out ("World  |  Business  |  Markets"), or written as
    words apart by runs of spaces ("Menu   Search   Sign in")."""
    spaced = SPACES.sub(" ", text)
    parts = [p for p in WIDE_GAP.split(text.strip()) if p]
    return bool(NAVIGATION.match(spaced) or MENU.match(spaced)) or len(parts) >= 3 and all(
        len(p.split()) <= 2 and p[:1].isupper() and not ends_sentence(p) for p in parts) or _account_row(spaced) \
        or _paired_menu(text)


def _paired_menu(text: str) -> bool:
    """A menu of many items apart by two spaces ("Home  Harbour  Farming & Fishing  Letters  Weather", "▶ ON AIR  |
    Home  Harbour  Shows  Music"): MENU_ITEMS or more, each of a word or three with a capital."""
    paired = [p.lstrip("▶►•·|> ").strip() for p in TWO_SPACES.split(text.strip())]
    paired = [p for p in paired if any(ch.isalnum() for ch in p)]  # (a bar or a play sign between them is no item)
    return len(paired) >= MENU_ITEMS and all(len(p.split()) <= 3 and p[:1].isupper() and not ends_sentence(p) for p in paired)


TWO_SPACES = re.compile(r"\s{2,}")
MENU_ITEMS = 5  # words or short phrases apart by two spaces that make a menu


ACCOUNT_ITEM = re.compile(r"^(search|menu|log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|subscribe|my account|account|"
                          r"newsletters?|e-?paper|donate)\b", re.I)


def _account_row(text: str) -> bool:
    """The reader's own row of the site's menu ("Search | Sign in | Subscribe for 2 euros a month"): short items
    between bars or dots, two or more of them the actions of a reader's account."""
    parts = [p.strip() for p in PIPED.split(text)]
    return 2 <= len(parts) <= 8 and all(0 < len(p.split()) <= 6 and not ends_sentence(p) for p in parts) \
        and sum(bool(ACCOUNT_ITEM.match(p)) for p in parts) >= 2


WIDE_GAP = re.compile(r"\s{3,}")


def _headline_follows(blocks: list[Block], kinds: list[str], i: int, first_body: int) -> bool:
    """A headline written in upper and lower case comes after block `i` and before the article's first paragraph
    (not a byline, not a label or a name in capitals)."""
    for j in range(i + 1, min(first_body + 1, len(blocks))):
        text = blocks[j].text
        if kinds[j] != "body" or BY_PREFIX.match(text) or BYLINE.match(text) or SECTION_LABEL.match(text) or OUTLET_LINE.match(text):
            continue
        return (title_like(text) or _before_byline(blocks, j)) and any(ch.islower() for ch in text)
    return False


TITLE_WORD = re.compile(r"[^\W\d_]{4,}")


def _stems(text: str) -> set[str]:
    """The longer words of a text, cut to their first five letters ("evacuated" and "evacuation" share one)."""
    return {w[:5] for w in TITLE_WORD.findall(text.lower())}


def _headline_of_lede(blocks: list[Block], kinds: list[str], head: list[int], first_body: int) -> int | None:
    """The first line before the article shaped like a headline that shares at least TITLE_SHARED_WORDS words with
    the article's first paragraphs (a headline tells the lede), when earlier lines shaped like one, of a few words
    each, do not: those are the page's (a section's name, the reader's account menu, a consent banner's buttons)."""
    lede = [i for i in range(first_body, len(blocks)) if kinds[i] == "body"][:TITLE_LEDE_PARAGRAPHS]
    words = set().union(*(_stems(blocks[i].text) for i in lede)) if lede else set()
    candidates = [i for i in head if i < first_body and kinds[i] == "body" and (blocks[i].heading or title_like(blocks[i].text))]
    for i in candidates:
        # (a headline ends no sentence: a first paragraph of one short sentence is no headline of the rest)
        if len(_stems(blocks[i].text) & words) >= TITLE_SHARED_WORDS and not ends_sentence(blocks[i].text):
            return i if i != candidates[0] else None
        if sum(1 for w in blocks[i].text.split() if any(ch.isalnum() for ch in w)) > FURNITURE_LINE_WORDS:
            return None  # a line of a headline's length that tells another story than the lede may still be the headline
    return None


TITLE_SHARED_WORDS = 2  # a headline shares this many words with the article's first paragraphs
FURNITURE_LINE_WORDS = 4  # ... and the lines shaped like one above it that do not are this short ("Your account")
TITLE_LEDE_PARAGRAPHS = 3


def _headline_heading(blocks: list[Block], i: int) -> bool:
    """A first-level heading (Markdown's "#", HTML's <h1>) of a headline's length, not the site's name in one
    ("The Harbour Index" above its motto and its menu)."""
    block = blocks[i]
    words = len(block.text.split())
    return block.heading and block.level == 1 and words >= HEADLINE_MIN_WORDS \
        and not (words <= MASTHEAD_WORDS and any(_trail_or_menu(b.text) for b in blocks[i + 1:i + 3]))


def _first_level_heading(blocks: list[Block], kinds: list[str], start: int) -> int | None:
    """The page's headline where its format marks headings (Markdown's "#", HTML's <h1>): its only first-level
    heading, among the first HEAD_BLOCKS blocks after the site's header, with only short lines above it (no
    paragraph of the article: a page may open with a lede and put its headline's heading lower), of at least
    HEADLINE_MIN_WORDS words; or None."""
    first = [i for i, b in enumerate(blocks) if b.heading and b.level == 1]
    if len(first) != 1 or not start <= first[0] < start + HEAD_BLOCKS or not _headline_heading(blocks, first[0]):
        return None  # (a word or two: the site's name set as the page's heading)
    h1 = first[0]
    return h1 if all(kinds[i] != "body" or len(blocks[i].text.split()) <= H1_FURNITURE_WORDS for i in range(start, h1)) else None


H1_FURNITURE_WORDS = 25  # at most, in a line above the headline that is the site's
HEADLINE_MIN_WORDS = 4  # at least, in a heading that is the headline
MASTHEAD_WORDS = 5  # at most, in a site's name set as a heading above its menu


def _is_head_candidate(block: Block) -> bool:
    text = block.text
    return block.heading or title_like(text) or bool(BYLINE.match(text)) or bool(OUTLET_LINE.match(text)) or bool(BY_PREFIX.match(text) and len(text) < 80)


def _same_title(text: str, title: str) -> bool:
    """`text` is the stated title, or a part of it (titles often carry the site's name after a separator)."""
    a, b = fold(re.sub(r"[^\w\s]", " ", text)), fold(re.sub(r"[^\w\s]", " ", title))
    return bool(a) and (a == b or len(a) >= 0.4 * len(b) and len(a.split()) >= 3 and (b.startswith(a) or b.endswith(a)))


def _split_dateline(text: str) -> tuple[str | None, str | None]:
    """(date, byline) from a dateline: "Published 3 May 2024", or "Anna Berg | Lindby | 08/01/2014"."""
    if len(text) > 160:
        return None, None
    if DATELINE.match(text):
        text = UPDATE_AFTER.sub("", text)  # (the date it was published, not when it was updated: "... / Updated 2 hours ago")
        return re.sub(r"^(published|updated|posted|last updated)\s*(on)?\s*:?\s*", "", text, flags=re.I), None
    # (the time since an update after the date, with no separator: "March 3, 2026 6:12 AM Updated 40 minutes ago")
    parts = PIPED.split(text) if PIPED.search(text) else re.split(r"\s+(?=(?:updated|last updated)\b)", text, flags=re.I)
    parts = [p for p in parts if p.strip()]
    if len(parts) < 2:
        return None, None
    date = next((p for p in parts if DATELINE.match(p)), None)
    if date is None:
        return None, None
    names = [m.group("name") for p in parts if p is not date and (m := BYLINE.match(p)) and len(p.split()) <= 4]
    return date, names[0] if names else None


def _add_unique(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


