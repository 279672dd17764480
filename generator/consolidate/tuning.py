"""Every threshold and weight of the consolidate stage, in one typed, frozen settings object.

The modules read their constants from TUNING (under their old names), so that a value is changed in one
place; the brief cache is keyed by the generator's code, this file included, so a changed value never reuses
an old brief.  Word lists are data files in lang/."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tuning:
    # claims.py
    word_budget: int = 600  # words at most, however much material there is (650 was measured: coverage +0.01 to +0.05, but a third more redundant pairs)
    budget_share: float = 0.35  # of the distinct source text
    min_budget: int = 100  # words a brief may always use: a few short articles still get their main facts told
    min_claim_words: int = 5  # "A review is under way." states a fact
    max_quoted_share: float = 0.5  # a sentence more than this share inside quotation marks is a quote (for the quotes section)
    opening_quote_share: float = 0.3  # ... or this share when the sentence opens with the quotation
    same_fact: float = 0.38  # combined similarity at which two sentences state the same fact
    same_fact_anchored: float = 0.34  # ... when they also share an entity or a number
    min_shared_words: int = 2  # content words two statements of one fact share, names and numbers aside
    min_lexical: float = 0.15  # and never without some words in common ("Vesterland's delegation" is not "Holmia's delegation")
    redundant: float = 0.33  # a candidate this close to a chosen sentence adds nothing (with REDUNDANT_LEXICAL words shared)
    redundant_lexical: float = 0.25
    redundant_many_words: int = 5  # ... or this many content words shared
    redundant_many_lexical: float = 0.3  # ... with this lexical similarity (tune: redundant pairs 1.0 -> 0.9 a story, citation recall +0.01)
    semantic_weight: float = 0.4
    semantic_floor: float = 0.6
    min_new_share: float = 0.25  # a sentence whose terms are mostly told already adds too little
    sources_bonus: float = 0.6  # a fact all sources report counts this much more than a fact one source reports
    figure_bonus: float = 1.5  # a sentence telling a figure not yet told is worth this much more
    length_exponent: float = 0.8  # how much a long sentence pays for its length in the selection
    max_df_share: float = 0.15  # terms in more claims than this share make no candidate pairs
    topic_share: float = 0.2  # a word in more than this share of a story's sentences is the story's own ("bridge"): two sentences sharing it need other words in common to state one fact
    rare_terms: int = 8  # a claim finds its candidates through its rarest terms (shared with at least one other claim)
    postings: int = 24  # claims scanned per rare term and claim (see _near)
    candidates: int = 12  # claims compared with each claim: those sharing most of its rarer terms
    wordings: int = 3  # a group is tried in at most this many wordings (its clearest first)
    centrality_sample: int = 8  # a wording's centrality is measured against at most this many others of its group
    lead_sentences: int = 3  # the lead: at most this many sentences, from the articles' own leads
    lead_reaction: float = 0.6  # a lead candidate whose main verb reports what someone said weighs this much
    lead_repeat: float = 0.3  # a lead sentence this close to one already in the lead repeats it
    news_first_person: float = 2.0  # an article's news weight falls by this times its share of first-person sentences
    news_modal: float = 1.5  # ... of sentences with should/must
    news_questions: float = 2.0  # ... of questions outside quotations
    news_floor: float = 0.2  # and is never below this
    pronoun_chain_paragraphs: int = 2  # paragraphs that go on about someone as "she" a quotation's "she" looks back past
    reader_voice_sentences: int = 3  # an article whose writer speaks to the reader as "you" in this many sentences: those sentences are advice, no facts
    writer_voice_sentences: int = 3  # an article whose writer says "I" or "my" in this many sentences: those tell no facts
    misquote_context: int = 3  # words shown on each side of a word two sources quote differently
    misquote_shared: float = 0.6  # two wordings are one quotation (for telling a word put for another) sharing this share of the shorter's words
    lead_position: float = 0.1  # a lead candidate weighs this much less per sentence into its article
    lead_on_topic: float = 2.0  # an article's lead weight is its on-topic share (its mean relevance over the best article's) to this power: an article filed with the story but about something else (a rally, an opinion on aid) rarely leads it
    body_on_topic: float = 1.0  # a sentence's weight is its article's on-topic share (mean relevance over the best article's) to this power; measured on the tune stories: 0 -> 1 coverage 0.75 -> 0.78, 2 the same coverage with lower citation recall, 3 more redundant pairs
    lead_peers: int = 24  # a lead candidate's centrality is measured against the leads of at most this many other articles
    lead_window: int = 3  # an article's lead is its first this many sentences (news is written as an inverted pyramid)
    short: int = 8
    # reports.py
    report_contained: float = 0.6  # of the shorter article's eight-word runs found in another: versions of one report
    report_share: float = 0.3  # ... or this share of each article's runs found in the other
    report_share_credited: float = 0.3  # ... or this share of the shorter one's, when both credit the same wire service
    report_share_update: float = 0.1  # ... or this share, when both credit it and one carries the wire's update mark
    report_common_share: float = 0.2  # a run of words in more than this share of the sources is a stock phrase, no evidence of copying
    report_block: int = 64  # ... and in more than this many sources however many there are (at least an eighth of it may always share one)
    # render.py
    max_footnotes: int = 6  # footnotes (reports) a brief sentence shows; the rest behind one link to its evidence list
    max_versions: int = 3  # other versions of a report a footnote names; the rest behind one link to the report
    max_brief_items: int = 40  # quotes, dates and differences the brief page shows of each (the most reported); all of them on a page of their own
    history_builds: int = 20  # builds whose changes the Changes page, the feed and brief.json keep (newest first)
    max_listed_sources: int = 8  # sources a list on the brief or the glossary links (a quote's, a figure's, an entry's); the rest are on the source and entity pages
    # entities.py
    name_block: int = 64  # a name is compared with the names sharing one of its words or prefixes; blocks larger than this are left to its other words
    role_max_words: int = 14
    spelling_variant_ratio: float = 75.0  # a family name two outlets spell two ways is at least this close (rapidfuzz ratio) to the other spelling, its opening the same (as close as figures._spelling_conflicts asks: the two are reported as a spelling disagreement; "Berg" / "Bergman", 73, are two names)
    part_max_words: int = 9
    title_case_words: int = 3  # a line of at least this many words, each with a capital, is a heading or a list: no names in it alone
    # figures.py
    key_figures: int = 12
    age_noun_words: int = 3  # nouns and adjectives an age may stand before the name with ("the 45-year-old night nurse Anna Berg")
    # two versions of a figure are of one thing when some sentence stating one shares this share of its content
    # words with some sentence stating the other: a count of a kind every story counts (a death toll) or a
    # kind of change ("surge"), a share of a named thing ("of the market"; 0.3 -> 0.2 found one more
    # disagreement on the tune stories, none less, none false), a count of anything else
    related_concept: float = 0.15
    related_share: float = 0.2
    related_count: float = 0.4
    related_amount: float = 0.3  # ... an amount of money in one currency ("bribes worth €3.2m" / "3.5 million euros in bribes")
    # ... or each is the only count of its kind its sources give, at least this large and no vaguer than this
    # ratio of its range ("more than 120": 120 to 130)
    one_quantity_min: float = 10.0
    one_quantity_spread: float = 1.5
    dated_shared_words: int = 4  # two days or times of one verb's subject or object are of one fact when their sentences share this many content words (names aside), if no other test says so (measured on the tune stories: three more disagreements found, none false)
    told_max_words: int = 8  # a disagreement on a day shows the day with the verb it dates ("resigned on Monday") when they are at most this many words apart
    hedged_time_minutes: int = 15  # two clock times of one event, one of them hedged ("about 5:20 a.m." / "shortly after 6am"), differ when further apart than this
    population_spread: float = 1.25  # the largest population the sources give is at most this times the smallest: one place's
    day_alone: int = 3  # words of a day's version without its verb ("on Monday", "late on Tuesday"): told in place only beside its event
    dated_stem: int = 3  # letters of the event's word a sentence telling of it shares ("upheld" / "upholding")
    # quotes.py
    min_words: int = 4
    rare_words: int = 3  # a quote is compared with the merged quotes that share one of its 3 rarest words
    title_words: int = 5  # an opening mark closed again within this many words is a title, not a quotation
    after_window: int = 30  # words after a closing mark in which its reporting verb may stand (long appositions included)
    nested_share: float = 0.8  # a quotation within a quotation is someone else's words when it is at most this share of the outer one
    relative_reach: int = 60  # characters before a name in which a relation that describes it may open ("His lawyer, Anna Berg")


TUNING = Tuning()
