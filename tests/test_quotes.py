"""Quotes: who said it, by the frames of news style, or no speaker at all. Each case is a small invented article
run through ingest, the real spaCy pipeline and consolidate; one rule each. A quote given to the wrong person is
worse than one with no speaker, so half of these check that a tempting guess is not made."""
from __future__ import annotations

import pytest
from test_consolidate import articles

from generator.consolidate import consolidate
from generator.consolidate.lang import sex_of_given_name


def speakers(tmp_path, nlp, *texts: str) -> dict[str, str | None]:
    """{quote text: speaker name or None} for the quotes of these articles."""
    brief = consolidate(articles(tmp_path, nlp, *texts))
    return {text: (None if q.speaker is None else q.speaker_name) for q in brief.quotes for text in (q.text, *q.variants)}


def speaker_of(tmp_path, nlp, snippet: str, *texts: str) -> str | None:
    found = speakers(tmp_path, nlp, *texts)
    return next(speaker for text, speaker in found.items() if snippet in text)


FRAMES = {
    "calling something words: the caller's": (
        'Erik Holm will join the board. He called the price "fair to every shareholder and every worker".',
        "fair to every shareholder", "Erik Holm"),
    "thanking someone in words: the thanker's": (
        'Erik Holm, the skipper, thanked "everyone who searched the lake through the night for us" before he left.',
        "searched the lake through the night", "Erik Holm"),
    "'called' in the passive: the agent's, and nobody's without one": (
        'The plan was called "the worst idea in the history of this town" by Mayor Anna Berg.',
        "worst idea in the history", "Anna Berg"),
    "'was called' with no agent: nobody's": (
        'Tomas Brandt was called "the best player of his generation" after the final in Lindmark.',
        "best player of his generation", None),
    "a country speaks as a state, here through a participle": (
        'Vesterland denounced the decision on Monday, calling it a "reckless act and a clear breach of trust."',
        "reckless act and a clear breach", "Vesterland"),
    "according to a statement from someone: theirs": (
        'Erik Holm met Anna Berg on Monday. "The bridge will be closed by the end of the year," according to a '
        "statement from Holm.", "closed by the end", "Erik Holm"),
    "according to a noun, the name in apposition to it: theirs": (
        'Erik Holm met Anna Berg on Monday. According to his lawyer, Tomas Brandt, "the state has no evidence '
        'against my client".', "no evidence against", "Tomas Brandt"),
    "according to 'the charity': the one organisation the articles call a charity": (
        "The Lindby Heart Trust, a charity that trains lifeguards, will share the money.\n\n"
        "Anna Berg, director of the Lindby Heart Trust, said the debate had moved on. Calls had doubled, and the "
        'helpline was "busy from dawn to midnight on every single day", according to the charity.',
        "busy from dawn to midnight", "Lindby Heart Trust"),
    "according to 'the charity' with two charities named: nobody's": (
        "The Lindby Heart Trust, a charity that trains lifeguards, will share the money. The Holm Fund, a charity "
        "for sailors, will too.\n\n"
        'Calls had doubled, and the helpline was "busy from dawn to midnight on every single day", according to the '
        "charity.", "busy from dawn to midnight", None),
    "according to the statement of 'the council': the one body the articles call a council": (
        "The Vester Bar Council, which admits and disciplines advocates, has taken sides in the row.\n\n"
        "According to the council's statement, \"no hearing is fair while the defence is kept away from the "
        'evidence."', "no hearing is fair", "Vester Bar Council"),
    "'the council's statement said': the one body the articles call a council": (
        "The Vester Bar Council, which admits and disciplines advocates, has taken sides in the row.\n\n"
        '"No hearing is fair while the defence is kept away from the evidence," the council\'s statement said.',
        "hearing is fair", "Vester Bar Council"),
    "according to a noun, then a name opening the clause: nobody named": (
        'Erik Holm met Anna Berg on Monday. According to the lawyer, Holm "had no idea at all what the money was '
        'for".', "no idea at all", None),
    "'as X put it' after the quotation: theirs": (
        'Erik Holm met Anna Berg on Monday. "It is a good day for the town and for everyone who lives here," as '
        "Anna Berg put it.", "good day for the town", "Anna Berg"),
    "the name, a comma and a participle of speaking before a colon: theirs": (
        'Erik Holm met Anna Berg on Monday. Anna Berg, speaking after the vote: "It is a good day for the town and '
        'for everyone who lives here."', "good day for the town", "Anna Berg"),
    "a reporting participle after a comma, up to a colon: the clause's subject's": (
        'Erik Holm met Anna Berg on Monday. Holm rejected the claim, telling the radio: \'That is simply not true and '
        'she knows it.\'', "simply not true", "Erik Holm"),
    "a reporting participle with a pronoun subject: the pronoun's antecedent": (
        'Erik Holm met the board on Monday. He rejected the claim, telling the radio: \'That is simply not true and '
        'they know it.\'', "simply not true", "Erik Holm"),
    "a message of someone's before a colon: theirs": (
        'Erik Holm met Anna Berg on Monday. Holm\'s response was blunt: "The judge got it wrong and we will appeal '
        'the ruling."', "judge got it wrong", "Erik Holm"),
    "a statement of someone's that 'read': theirs": (
        'Erik Holm met Anna Berg on Monday. Holm\'s statement read: "The judge got it wrong and we will appeal the '
        'ruling."', "judge got it wrong", "Erik Holm"),
    "'in the words of X': theirs, as 'according to X'": (
        'Erik Holm met Anna Berg on Monday. In the words of Anna Berg, "it is a good day for the town and for '
        'everyone who lives here".', "good day for the town", "Anna Berg"),
    "a verb of an act that frames the words of the one who does it ('ruled')": (
        'Erik Holm appeared in court on Monday. "The accused will remain in custody until the trial," magistrate '
        "Karin Dahl ruled.", "remain in custody", "Karin Dahl"),
    "a verb of singing or testifying reports like 'said'": (
        'In the new track, Anna Berg sings: "I will walk the long road home to the valley, where the rivers meet."',
        "walk the long road", "Anna Berg"),
    "a newspaper that reports the words it quotes": (
        'The Lindmark Courier reported on Tuesday that the harbour fair had been "the busiest in twenty years, with '
        'every stall sold out by noon."', "busiest in twenty years", "Lindmark Courier"),
    "'the mayor' is the one person named before whose title is mayor of somewhere": (
        "Erik Holm, the mayor of Vesterby, met Anna Berg on Monday.\n\n"
        '"It was a waste of time for both of us," the mayor said later.', "waste of time", "Erik Holm"),
    "a company's name the tagger took for a person's is no unknown person before 'she'": (
        'Nordvik Labs chief executive Jane Holm said profits rose 20 percent. "This was our best year ever," she '
        "told analysts.", "best year ever", "Jane Holm"),
    "a statement is the words of the one whose statement it is": (
        'Erik Holm and Anna Berg met on Monday. Holm\'s statement said the bridge was "perfectly safe for everyone in '
        'town".', "perfectly safe", "Erik Holm"),
    "a quotation paragraph after a sentence about someone's statement": (
        "Anna Berg spoke on Monday. Erik Holm wrote to the council.\n\nHolm's statement ended with a warning about "
        'costs.\n\n"Next year, Vesterland will double the money it spends on the old harbour wall."',
        "double the money", "Erik Holm"),
    "'the union's president' is the one person named before with that title": (
        "The Vesterby Workers Union said it would fight the law. The union's president, Alex Berg, spoke on Monday."
        '\n\n"It is a sad day for workers across the country," the union\'s president said.', "sad day", "Alex Berg"),
    "testified": (
        'Erik Lindqvist testified that "the harbour gates were open all night long" before the storm.',
        "harbour gates were open", "Erik Lindqvist"),
    "a verb of accusing frames the words it quotes": (
        'Ms Anna Berg accused the ferry operators of leaving rubbish on the beach, "making the whole shore look '
        "like a dump\".", "whole shore", "Anna Berg"),
    "the reporting verb after the quotation, past a long apposition": (
        '"Drivers should expect icy roads on every hill in town," Erik Holm, a forecaster with the '
        "Vester Forecast Centre in Holm Park, Lindmark, said on Sunday.", "icy roads", "Erik Holm"),
    "after a question, the verb that opens the next sentence": (
        '"Where did the money go? When does the ferry come back?" tweeted Senator Nils Berg on Sunday.',
        "Where did the money go", "Nils Berg"),
    "a pronoun is the main subject before it, not the last name": (
        "Mayor Ann Lee said councillor Tom Hart had apologised for his remarks. She said his words were "
        '"heard the wrong way, but he meant no harm at all".', "meant no harm", "Ann Lee"),
    "an organisation in a person's title is not the speaker": (
        'Nordvik co-founder and chief executive Jane Holm said the bridge was "far stronger than anything '
        'built before it" and would open in May.', "far stronger", "Jane Holm"),
    "a paragraph that is only a quotation continues the speaker before it": (
        '"We will rebuild the bridge before the winter comes," said engineer Tomas Brandt.\n\n'
        '"It will take time and money, but the town will get its bridge back."', "town will get its bridge", "Tomas Brandt"),
    "a phrase quoted in a narrative sentence after an attributed quote is not continued": (
        '"We will rebuild the bridge before the winter comes," said engineer Tomas Brandt. Critics in the '
        'town call the plan "a costly fantasy with no end in sight" and want a ferry instead.', "costly fantasy", None),
    "after an inverted verb, the person the title and employer lead to": (
        '"Nobody really knows why some people fear the dark," said University of Lindmark psychologist Jane Holm.',
        "fear the dark", "Jane Holm"),
    "never the one spoken to": (
        "Anna Lindqvist left with her two sons on Sunday.\n\n"
        '"The water rose so fast that we left everything behind," she told Harbour Radio.', "left everything behind",
        "Anna Lindqvist"),
    "a quotation paragraph after a paragraph reporting a named speaker's words": (
        "Engineer Tomas Brandt said a lack of money had delayed the repairs for two years.\n\n"
        '"I was sure the council would never pay for a bridge that few farmers use."', "few farmers use",
        "Tomas Brandt"),
    "a quotation running over paragraphs, opening after a paragraph reporting a named speaker's words: theirs": (
        "Anna Berg, the head teacher of Lindby School, said the school had phoned all the parents on Monday.\n\n"
        '"I understand the worry, and I feel it too. These are our pupils, and we trusted the kitchen.\n\n'
        '"The inspectors have had every answer they asked us for since the first call on Monday."',
        "understand the worry", "Anna Berg"),
    "a quotation paragraph after a statement issued from someone: theirs": (
        "Nordlinje, the ferry operator, has released a statement from its founder, Erik Holmberg.\n\n"
        '"Every family will hear from us in person by Friday."', "hear from us in person", "Erik Holmberg"),
    "'the statement said' after a statement read on someone's behalf: theirs": (
        "On the steps of the courthouse, the family's solicitor, Tomas Brandt, read a statement on behalf of her "
        "mother, Karin Holmberg.\n\n"
        '"Anna spent her whole life looking after other people and never once asked for thanks," the statement said.',
        "looking after other people", "Karin Holmberg"),
    "'the statement said' after 'in a statement, X said': X's": (
        "In a statement released on Monday evening, the Vester Institute said the survey of the harbour would go on.\n\n"
        '"Our divers will be back in the water as soon as the weather allows," the statement said.',
        "back in the water", "Vester Institute"),
    "'the statement said' after 'after a statement, X said': not X's": (
        "After a statement from the ministry on Monday evening, the Vester Institute said the survey of the harbour "
        "would stop.\n\n"
        '"Our divers will be back in the water as soon as the weather allows," the statement said.',
        "back in the water", None),
    "'the statement said' after statements from two people: nobody's": (
        "Tomas Brandt read a statement from Erik Holmberg. Anna Berg later issued a statement from Jonas Lindqvist.\n\n"
        '"Anna spent her whole life looking after other people and never once asked for thanks," the statement said.',
        "looking after other people", None),
    "a denied reporting verb after the quotation frames none of it": (
        "In a note sent through the Vesterlandic consulate in Lindby, Vesterland \"has been asked for help by the "
        "Nordic police and is looking at the request carefully.\" Erik Holmberg did not respond to requests for "
        "comment.", "asked for help by the", None),
    "'he' after someone named whom the glossary does not know ('X, who'): not someone named earlier": (
        "Erik Holm's second album, Cold Harbour, is back in the charts.\n\n"
        "Late Harbour, who will headline the memorial gig, has said he can no longer play the record through. \"Song "
        "four is only the pair of us joking in a van,\" he told the radio last month.", "joking in a van", None),
    "a noun subject with a name in apposition: the name": (
        "Peter Holm was busy in his garden again.\n\n"
        "“He has grown roses in this garden since I have known him,” says his neighbour of thirty years, Erik Nordvik.",
        "grown roses", "Erik Nordvik"),
    "a title in quotation marks inside the speaker's description does not end the frame": (
        "“That’s the song that stayed with me,” the singer Marco Lindqvist, who played with Holm on “Undertow,” "
        "the slowest song on their very first record, says.", "stayed with me", "Marco Lindqvist"),
    "an auxiliary in the speaker's who-clause does not end the frame": (
        "“He always knew how to end a song,” Marco Lindqvist, who’d toured the north with Holm for a decade, "
        "says.", "end a song", "Marco Lindqvist"),
    "single quotation marks, in a paragraph with no double ones": (
        "Prime Minister Anna Berg spoke on Monday.\n\n"
        "'We have secured a deal that protects our people and our economy,' Ms Berg said.", "secured a deal",
        "Anna Berg"),
    "wire copy's ``double backquotes''": (
        "``We will not accept any deal that hands away our rights,'' Peter Holm told reporters in Lindmark.",
        "hands away our rights", "Peter Holm"),
    "a quotation over several paragraphs, each reopened and only the last closed, is framed where it opened": (
        "Glaciologist Anna Berg said: “The ice cores tell us what the winters were like before anyone kept "
        "records.\n\n“For us the cores are not only about the past.\n\n"
        "“This summer we drilled deeper than the last three teams together.”",
        "not only about the past", "Anna Berg"),
    "the same in straight marks": (
        'Peter Holm, chairman of the Lindby Rowing Club, said: "The regatta was a big event for the town.\n\n'
        '"If it keeps growing like this we will need to find a bigger hall."', "bigger hall", "Peter Holm"),
    "a participle after a comma has the main clause's subject, through a that-clause completing a noun": (
        "Mayor Peter Holm wondered aloud why so many sheds were left open, suggesting without proof that some "
        "owners left the keys inside “because the harbour guards are paid to watch everything.”",
        "harbour guards are paid", "Peter Holm"),
    "after a reported statement, the participle keeps the nearer subject": (
        "Officials said Peter Holm left the town on Monday, saying he was tired of “the endless noise and the smoke "
        "from the fires”.", "endless noise", "Peter Holm"),
    "'he added' with nobody named since is the speaker before, when the articles show his gender": (
        "“We will fix the roads,” said Peter Holm, a spokesman for the town council, on Monday.\n\n"
        "The crowd cheered loudly when the band played the old song.\n\n"
        "“Our rivals only ever talk about new taxes,” he added.", "talk about new taxes", "Peter Holm"),
    "a verb of stating an opinion frames a quotation too": (
        '"Most children outgrow the fear, it rarely lasts into adulthood," psychologist Anna Berg maintains.',
        "outgrow the fear", "Anna Berg"),
    "a verb of condemning or boasting frames the words its participle quotes": (
        "Last week, Mayor Anna Berg denounced the budget of the council, calling it a \"costly mistake and "
        "shameful waste.\"", "costly mistake", "Anna Berg"),
    "through a gerund after a preposition ('committed to securing \"...\"')": (
        "After landing in Holmia, Peter Holm insisted that Vesterland stays committed to securing "
        "“a fair and open market for farmers”.", "open market", "Peter Holm"),
    "a quotation paragraph after one saying what a named person expressed": (
        "Visiting the fair over the weekend, Anna Berg expressed quiet pride in the harvest.\n\n"
        "“Hard work and little rain, but in the end the farmers brought in the crop.”",
        "brought in the crop", "Anna Berg"),
    "'he added': the gender an honorific before a mention shows ('Mr Holm'), in any article": (
        "Mr Holm spoke to the council on Tuesday.\n\n"
        "At the earlier meeting in Lindmark, Anna Berg listened while Peter Holm said: “We cannot afford those "
        "repairs now. It is too much,” while describing the plan as “costly” work.\n\n"
        "“Our rivals have no plan at all for the harbour,” he added.", "no plan at all", "Peter Holm"),
    "'she added' after a man's quotation is not his": (
        "Mr Holm spoke to the council on Tuesday.\n\n"
        "Peter Holm said: “We really cannot afford those repairs here, not now and not ever.”\n\n"
        "“Our rivals have no plan at all for the harbour,” she added.", "no plan at all", None),
    "a quotation paragraph after one reporting what a named person holds": (
        "Few scientists have really studied the fear of the dark, Anna Berg holds.\n\n"
        "“Most children outgrow the fear. It rarely lasts into adulthood.”", "outgrow the fear", "Anna Berg"),
    "'she said' after a quotation of a person the tagger missed ('Mason said'), named in the paragraph before": (
        "Lena K. Mason, chief of the Vester Harbour Police, spoke to reporters on Monday.\n\n"
        '"We found the nets cut again this morning," Mason said.\n\n'
        'The new patrols would "keep the trawlers away from the harbour mouth," she said.', "keep the trawlers away",
        "Lena K. Mason"),
    "'he said' after a participle clause that names someone: not the one named there, whose subject he is": (
        "The chairman, Tomas Brandt, opened the meeting on Monday.\n\n"
        'Asked about Erik Holm, the former treasurer, he said: "He was never part of the decision and never will be."',
        "never part of the decision", "Tomas Brandt"),
    "a crosshead quoting words the article gives in full below: the speaker of those, not of the paragraph before": (
        "Tomas Brandt, the firm's lawyer, said it had been 'short of staff for two whole winters'.\n\n"
        "'Friday nights are the hardest'\n\n"
        "The victim's sister, Anna Berg, said: 'We always went to the harbour café on Friday nights. Friday nights "
        "are the hardest now.'", "Friday nights are the hardest", "Anna Berg"),
    "words in a clause that only says what a noun of the reported clause is: the reporter's": (
        'Dr Erik Holm, a forensic chemist, told the court that the samples showed levels that were "far above '
        'anything a person could survive".', "far above anything", "Erik Holm"),
    "a that-clause after a phrase, which the parser may hang on the phrase's noun: still the reporter's": (
        'Anna Berg told the panel at the three-week hearing that Holmex had become "a shop that sold stamps, not '
        'safety" by 2021.', "sold stamps, not safety", "Anna Berg"),
    "a family name two people of the story bear: nobody's": (
        "Shipyard chief Erik Holm agreed to buy the engine maker on Monday. His father, Nils Holm, 74, founded the "
        'group in 1970.\n\n"The board chose this path on its own, with no pressure from anyone," Mr Holm said.',
        "chose this path on its own", None),
    "'\"...,\" NAME, TITLE, told reporters' when the parse gives the verb no subject: the name the words open with": (
        '"The price was fair to every shareholder," Choi Ha-neul, the yard\'s manager, told the staff on Monday.',
        "fair to every shareholder", "Choi Ha-neul"),
    "'the director-general said': the one person with that hyphenated title": (
        "Anna Berg, director-general of the harbour authority's safety office, said the ferry had been inspected in "
        "May.\n\nThe owners of two other ferries would not discuss the inspections.\n\n"
        '"If a ferry fails the next check, it stays in port until it is fixed," the director-general said.',
        "stays in port until it is fixed", "Anna Berg"),
    "'she added' going on with a 'She said' whose clause names another woman: not that woman": (
        '"Never leave a candle burning in an empty room," said Capt. Anna Berg, a fire department spokeswoman.\n\n'
        "She said crews would visit every house on Saturday, beginning with the street where Maria Lindqvist and her "
        'children lived.\n\n"Test the alarm tonight. It is the cheapest thing you can do," she added.',
        "cheapest thing you can do", None),
    "an unnamed speaker stays unnamed": (
        "Engineer Tomas Brandt inspected the bridge on Monday.\n\n"
        '"This bridge will not last long," a local farm worker said.', "will not last long", None),
}


@pytest.mark.parametrize("case", list(FRAMES), ids=list(FRAMES))
def test_the_speaker_comes_from_the_quotation_s_own_frame_or_not_at_all(tmp_path, nlp, case):
    text, snippet, expected = FRAMES[case]
    assert speaker_of(tmp_path, nlp, snippet, text) == expected


def test_words_quoted_inside_a_narrative_sentence_are_nobody_s(tmp_path, nlp):
    """Not the person the sentence is about, nor the subject of an unrelated main verb."""
    text = ("Mayor Ann Lee announced the new flood drills on Monday. Posters will ask residents to "
            '"pack a bag, check the radio and know the way to the hill". The drills start in December.\n\n'
            "The council added the town to its list of flood zones last week, a step many residents think is a "
            '"costly mistake and a shameful waste".')
    found = speakers(tmp_path, nlp, text)
    assert [s for t, s in found.items() if "check the radio" in t] == [None]
    assert [s for t, s in found.items() if "costly mistake" in t] == [None]


@pytest.mark.parametrize("sentence", [
    # the words of someone's remark or claim, quoted inside the sentence that reports another's answer
    'Berg, responding to Holm\'s remark that the bridge was "perfectly safe for everyone", said it was not.',
    'Berg said Holm\'s claim that the bridge was "perfectly safe for everyone in town" was false.',
])
def test_words_of_another_s_remark_quoted_in_a_speaker_s_sentence_are_not_hers(tmp_path, nlp, sentence):
    assert speaker_of(tmp_path, nlp, "perfectly safe", "Erik Holm met Anna Berg on Monday. " + sentence) is None


@pytest.mark.parametrize("sentence, expected", [
    # a passive verb of describing: the agent speaks, the subject is the one described
    ('Berg was described by Holm as "the most dishonest politician in the whole town."', "Erik Holm"),
    ('Berg was described as "the most dishonest politician in the whole town."', None),
    # the one the reporting participle says is saying the words
    ('Berg quoted Holm as saying "the most dishonest politician in the whole town is her."', "Erik Holm"),
    ('"The most dishonest politician in the whole town is her," Berg recalled Holm saying.', "Erik Holm"),
    ('Holm was quoted as saying "the most dishonest politician in the whole town is her."', "Erik Holm"),
    # the same frames after the quotation, through the auxiliary before the verb
    ('"The most dishonest politician in the whole town is her," Holm was quoted as saying.', "Erik Holm"),
    ('"The most dishonest politician in the whole town is her," a local paper quoted Holm as saying.', "Erik Holm"),
    ('"The most dishonest politician in the whole town is her," Holm has said.', "Erik Holm"),
    # a plural's possessive mark in the speaker's name opens no quotation
    ('"The most dishonest politician in the whole town is her," the Lindby Tenants\' Alliance for Fair Rents said.',
     "Lindby Tenants' Alliance for Fair Rents"),
])
def test_the_speaker_of_words_someone_is_said_to_have_said(tmp_path, nlp, sentence, expected):
    assert speaker_of(tmp_path, nlp, "dishonest politician", "Erik Holm met Anna Berg on Monday. " + sentence) == expected


def test_the_subject_of_a_clause_a_message_asks_is_not_the_speaker(tmp_path, nlp):
    text = 'Erik Holm met Anna Berg on Monday. Holm sent a letter asking if Berg was "the most dishonest politician in town".'
    assert speaker_of(tmp_path, nlp, "dishonest politician", text) != "Anna Berg"


def test_a_bare_quotation_after_someone_else_s_sentence_is_nobody_s(tmp_path, nlp):
    text = ('Erik Holm met Anna Berg on Monday.\n\n"The bridge will be closed by the end of the year," Holm said. '
            'Berg disagreed.\n\n"That is simply not true and he knows it very well."')
    assert speaker_of(tmp_path, nlp, "simply not true", text) is None


def test_sources_that_give_the_words_to_two_different_people_give_them_to_neither(tmp_path, nlp):
    one = '"The bridge will reopen on the first of May," said engineer Tomas Brandt.'
    two = '"The bridge will reopen on the first of May," said mayor Ann Lee.'
    assert speaker_of(tmp_path, nlp, "reopen on the first", one, two) is None


def test_a_verb_in_the_next_clause_is_not_the_quotation_s(tmp_path, nlp):
    text = ('Mayor Ann Lee described the flood as a "disaster for the whole town" and "a warning to us all", while '
            'Tomas Brandt, the engineer, said the bridge was safe.')
    found = speakers(tmp_path, nlp, text)
    assert [s for t, s in found.items() if "warning to us all" in t] in ([None], ["Ann Lee"])


def test_an_unclosed_quotation_ends_with_its_paragraph_and_has_no_speaker(tmp_path, nlp):
    text = ('Mayor Ann Lee said the bridge was "safe for everyone who crosses it every day.\n\n'
            "The council will meet again on Friday to discuss the budget for next year.")
    found = speakers(tmp_path, nlp, text)
    assert [s for t, s in found.items() if "safe for everyone" in t] == [None]
    assert not any("council will meet" in t for t in found)


def test_single_marks_are_quotations_only_where_they_cannot_be_apostrophes():
    from generator.consolidate.text import quoted_spans

    def quoted(text: str) -> list[str]:
        return [text[a:b] for a, b in quoted_spans(text)]

    assert quoted("'We will not sign this deal,' she said.") == ["We will not sign this deal,"]
    assert quoted("He said: 'This is a betrayal of the workers' union.'") == ["This is a betrayal of the workers' union."]
    assert quoted("The workers' union said it didn't agree with the governors' plan.") == []
    assert quoted("'Tis the season, said the shopkeeper.") == []
    # a mark after a word not ending in "s", before a space, closes; one opening after another leaves the first
    assert quoted("The judge said the pair had been 'let down at every turn' by the firm.") == ["let down at every turn"]
    assert quoted("Older readers found 'kettle' and 'spoon' funnier than 'cabbages' and 'teapot'.") == ["kettle", "spoon", "teapot"]
    # a paragraph with double marks keeps them: single ones inside are a quotation within a quotation
    assert quoted("\"He told me 'never again', and left,\" she said.") == ["He told me 'never again', and left,"]
    # ... and one with single marks, double ones inside, keeps the single (the British style's quotation within one)
    assert quoted("'When I joined, the owner told me, \"Take your time\",' he said.") == [
        'When I joined, the owner told me, "Take your time",']
    assert quoted('He called the plan "a disaster" and left.') == ["a disaster"]
    # a quotation in single marks that opens the paragraph and is not closed goes on into the next paragraph
    opened = "‘We keep blaming the drivers. The drivers are not to blame, the roads are."
    assert quoted(opened) == [opened[1:]]
    assert quoted("‘Nobody maintains them. One storm is all it takes,’ she says.") == ["Nobody maintains them. One storm is all it takes,"]


def test_a_quotation_in_single_marks_over_two_paragraphs_is_one_quote_of_its_speaker(tmp_path, nlp):
    text = ("Justice Anna Berg, who wrote the judgment, said:\n\n"
            "‘When a fisherman in Lindby hauls up his nets and finds them full of dead fish, the law has failed "
            "him. The inspectors knew, and did nothing.\n\n"
            "‘The plant must close within four weeks, and its owner must pay for the clean-up.’")
    found = speakers(tmp_path, nlp, text)
    [(quote, speaker)] = [(q, s) for q, s in found.items() if "full of dead fish" in q]
    assert speaker == "Anna Berg" and "must close within four weeks" in quote


def test_a_straight_mark_that_reopens_a_continued_quotation_does_not_close_it():
    from generator.consolidate.text import quoted_spans

    text = '"If it rains on Sunday, the match will move indoors. We will see."'
    assert [text[a:b] for a, b in quoted_spans(text, open_at_start=True)] == [text[1:-1]]


@pytest.mark.parametrize("snippet, text", [
    # the one woman named before, though an organisation is named too: the man is known to be a man ("Mr
    # Nordvik"), the woman by her role ("former wife")
    ("every postcard", "The painter Robin Nordvik retired in March, his family said. Mr Nordvik is 71.\n\n"
     "A note came from Alex Berg, Nordvik's former wife, who wrote to the Lindmark Evening Post two days later. "
     "\u201ci still keep every postcard you sent me from the islands,\u201d she wrote."),
    # a quotation paragraph after a sentence that reports through a participle ("stood by ..., asking why")
    ("Why is a fisherman", "On Sunday Mayor Alex Berg stood by the ban on night fishing, asking why boat owners had "
     "ignored the storm warnings.\n\n\u201cYou must ask, \u2018Why is a fisherman heading out in a gale?\u2019\u201d"),
    # nothing in the names or titles says Alex Berg is a woman; her first "she said" does, for a later one
    ("oldest harbour masters", "According to Alex Berg, the union's president, pilots in the harbour work too many "
     "night shifts. \u201cShorter shifts save lives,\u201d she said.\n\nMore pilots would also ease the load on those "
     "already at work.\n\nDoing nothing is \u201cdangerous, as the oldest harbour masters will retire soon,\u201d she said."),
])
def test_the_speaker_of_a_quotation_framed_before_it(tmp_path, nlp, snippet, text):
    assert speaker_of(tmp_path, nlp, snippet, text) == "Alex Berg"


def test_he_said_after_a_paragraph_naming_several_people_is_its_last_main_subject_s(tmp_path, nlp):
    """The paragraph before names two people; the subject of its last main clause is who "she" is, as news style
    introduces a speaker and then quotes her ("... Anna Berg, a lawmaker, argued ... / "...," she said")."""
    assert speaker_of(tmp_path, nlp, "next big storm",
                      "The plan of Erik Nordvik for the harbour was debated on Monday. Anna Berg, a lawmaker from "
                      "Lindmark, argued that the old bridge was unsafe.\n\n"
                      "\"The bridge will fall in the next big storm, and nobody will be surprised,\" she said.") == "Anna Berg"


def test_a_paragraph_naming_no_one_between_a_speaker_and_her_quotation_is_passed_over(tmp_path, nlp):
    """A headline printed between the paragraph that names the speaker and the quotation ("Storm closes the
    harbour bridge in Vesterland") does not hide her."""
    assert speaker_of(tmp_path, nlp, "next big storm",
                      "Anna Berg, a lawmaker from Lindmark, argued on Monday that the old bridge was unsafe.\n\n"
                      "Storm closes the harbour bridge in Vesterland.\n\n"
                      "\"The bridge will fall in the next big storm, and nobody will be surprised,\" she said.") == "Anna Berg"


def test_she_said_after_a_paragraph_whose_subject_is_two_people_is_nobody_s(tmp_path, nlp):
    """Given names news text gives to both sexes: which one "she" is, is not said."""
    assert speaker_of(tmp_path, nlp, "glad to be home",
                      "Alex Berg and Robin Nordvik arrived in Lindmark on Monday.\n\n"
                      "\"We are tired but we are glad to be home again,\" she said.") is None


@pytest.mark.parametrize("before, expected", [
    ("Anna Berg and Karin Lund both spoke at the rally.", None),  # two women: which one, is not said
    ("Erik Holm said Anna Berg had apologised.", "Anna Berg"),  # not two people joined, one said of the other
    # the last subject, set aside only as someone's relative, may still be "she": not the other woman either
    ("Police questioned Anna Berg on Monday. Karin Lund, her neighbour, was also questioned.", None),
    # ... and so when the relation comes before the name
    ("Police questioned Anna Berg on Monday. Her neighbour, Karin Lund, was also questioned.", None),
])
def test_she_said_in_the_paragraph_of_a_subject_of_two_people_is_nobody_s(tmp_path, nlp, before, expected):
    speaker = speaker_of(tmp_path, nlp, "This is our town", f"{before} \"This is our town,\" she said.")
    assert speaker == expected


def test_she_is_not_a_person_whose_given_name_is_a_man_s(tmp_path, nlp):
    """Of "Anna Berg and Erik Nordvik", "she" can only be Anna Berg; and after a paragraph naming only Anna Berg,
    "he" is not her."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert speaker_of(tmp_path / "a", nlp, "glad to be home",
                      "Anna Berg and Erik Nordvik arrived in Lindmark on Monday.\n\n"
                      "\"We are tired but we are glad to be home again,\" she said.") == "Anna Berg"
    assert speaker_of(tmp_path / "b", nlp, "looked at the cracks",
                      "\"The bridge is safe and it will stay open all winter,\" Erik Nordvik said.\n\n"
                      "Anna Berg disagreed with the council on Monday.\n\n"
                      "\"They have not even looked at the cracks,\" he said.") != "Anna Berg"


@pytest.mark.parametrize("woman, man", [("Sigrid Lund", "Henrik Dahlberg"), ("Greta Lund", "Maarten Dahlberg")])
def test_she_is_the_woman_of_a_woman_and_a_man_named_by_nordic_or_dutch_given_names(tmp_path, nlp, woman, man):
    """The given names a language list knows are not only English ones."""
    assert speaker_of(tmp_path, nlp, "glass everywhere",
                      f"{woman} arrived in Lindmark on Monday with {man}.\n\n"
                      "\"There was glass everywhere, on every seat,\" she said.") == woman


def test_a_quotation_whose_speaker_the_next_paragraph_describes_unnamed_is_nobody_s(tmp_path, nlp):
    """The paragraph before names the dean; the one after says whose the words are: a student, unnamed."""
    assert speaker_of(tmp_path, nlp, "tutor I have not met",
                      "Dean Anna Holmqvist has told students in a letter that nobody will lose marks over the strike.\n\n"
                      "\"I have a tutor I have not met since the autumn. I have written to the office twice.\"\n\n"
                      "The third-year history student, who would not give her name, said she might move to Lindby.") is None


def test_the_man_who_speaks_is_not_a_man_named_paragraphs_before_as_a_man(tmp_path, nlp):
    """"a 74-year-old man, Erik Holm," makes "man" a description of his; "the man" who shouts two paragraphs on is
    the neighbour the paragraph brought in, whom the article does not name."""
    assert speaker_of(tmp_path, nlp, "like a freight train",
                      "A 74-year-old man, Erik Holm, died in the fire at his cottage in Lindby on Tuesday, police said.\n\n"
                      "Firefighters worked through the night to save the houses on the ridge.\n\n"
                      "Several houses down, a neighbour was still hosing down a smouldering roof. \"It came down the valley "
                      "like a freight train,\" the man called out from his ladder.") is None


def test_she_is_not_the_man_named_last_by_a_spanish_given_name_written_with_its_accent(tmp_path, nlp):
    """"Joaquín" is a man's given name (the list writes it "joaquin"): the "she" after his paragraph is not him."""
    assert speaker_of(tmp_path, nlp, "can outrun a fire",
                      "Marisa Holm, a geographer at the University of Vester, has mapped the valley's slopes since 2015.\n\n"
                      "The county's fire chief, Joaquín Lindqvist, said late on Monday the blaze had crossed two roads.\n\n"
                      "\"Nobody in this valley can outrun a fire like this one,\" she said.") != "Joaquín Lindqvist"


@pytest.mark.parametrize("before", [  # (given names news text gives to both sexes)
    "Police arrested Robin Nordvik on Monday. Alex Berg, the prosecutor, charged him with fraud.",  # "him": he is another
    "Alex Berg, the prosecutor, charged Robin Nordvik with fraud on Monday.",  # another person named after the subject
    "Alex Berg and his brother Robin Nordvik said on Monday that the fraud case was closed.",  # a subject of two people
])
def test_he_said_after_a_paragraph_where_he_may_be_another_person_is_nobody_s(tmp_path, nlp, before):
    assert speaker_of(tmp_path, nlp, "prove it in court",
                      before + "\n\n\"I did nothing wrong and I will prove it in court,\" he said.") is None


def test_he_said_after_a_subject_whose_aside_names_another_man_is_the_subject_s(tmp_path, nlp):
    """'Erik Holm, a fisherman who once trained the young Tomas Brandt, said ...': the man named inside what the
    sentence says of its subject, before its verb, is no second person the "he" who speaks next may be (one named
    after the verb is: see the test above)."""
    assert speaker_of(tmp_path, nlp, "since Monday",
                      "Erik Holm, 64, a fisherman who once trained the young Tomas Brandt, said the harbour had been quiet "
                      "all week.\n\n\"Nobody has come down to the boats since Monday,\" he said.") == "Erik Holm"


def test_he_said_after_a_subject_whose_name_the_tagger_missed_is_nobody_s(tmp_path, nlp):
    """'Rubén Vester Tavara, Tomas Brandt's cousin, said ...' (the model tags no name in "Rubén Vester Tavara"): the
    "he" who speaks next is that man, whom the glossary does not know, not the one name it knows there."""
    assert speaker_of(tmp_path, nlp, "knocked on our door",
                      "Rubén Vester Tavara, Tomas Brandt's cousin, said relatives heard the news from a neighbour long "
                      "before the mine rang them.\n\n"
                      "\u201cNot one person from the mine has knocked on our door,\u201d he said.") is None


@pytest.mark.parametrize("words, missed", [
    (["Rubén", "Vester", "Tavara"], True),  # a name the tagger missed
    (["Holmex", "CEO"], False),  # a company's name and a title: no name as names are written
    (["VesterMind", "Chief"], False),
    (["Tavara"], False),  # one word may be anything
])
def test_a_name_the_tagger_missed_is_proper_nouns_written_as_names_are(words, missed):
    from generator.consolidate.quotes import _missed_name
    from generator.contents import Token

    last = len(words) - 1
    toks = [Token(i=k, text=w, lemma=w, pos="PROPN", tag="NNP", dep="compound" if k < last else "nsubj",
                  head=last if k < last else last + 1, start=7 * k) for k, w in enumerate(words)]
    toks.append(Token(i=last + 1, text="said", lemma="say", pos="VERB", tag="VBD", dep="ROOT", head=last + 1, start=7 * len(words)))
    assert _missed_name(toks[last], toks) is missed


def test_the_senator_said_is_the_one_person_named_with_sen_before(tmp_path, nlp):
    assert speaker_of(tmp_path, nlp, "told nothing for weeks",
                      "Sen. Erik Holm, a Democrat from Lindby, wrote to the regulator on Friday.\n\n"
                      "\u201cThe parents were told nothing for weeks, and that is a scandal,\u201d the senator wrote.") == "Erik Holm"


def test_a_paragraph_about_someone_unnamed_between_is_not_passed_over(tmp_path, nlp):
    """"A neighbour ... saw the police arrive": the "he" who speaks next may be the neighbour."""
    assert speaker_of(tmp_path, nlp, "so many officers",
                      "Erik Nordvik was arrested on Monday at his home in Lindmark.\n\n"
                      "A neighbour, who did not want to be named, saw the police arrive at dawn.\n\n"
                      "\"It was terrifying to see so many officers at once,\" he said.") is None


@pytest.mark.parametrize("before, expected", [
    # the minister is the one person named before with that title, not the woman quoted last
    ("Finance Minister Karin Lund presented the budget on Monday.\n\nOpposition leader Maria Olsen said the budget "
     "was unfair. \"It is a disgrace,\" Olsen said.\n\nThe minister rejected the criticism.", "Karin Lund"),
    # someone named by a noun only: the "she" who speaks is hers, and nobody the article named
    ("Opposition leader Maria Olsen said the budget was unfair. \"It is a disgrace,\" Olsen said.\n\n"
     "A spokeswoman for the ministry rejected the criticism.", None),
    ("Opposition leader Maria Olsen said the budget was unfair.\n\nThe woman who chairs the committee disagreed.", None),
    # (several people named by a noun are no "she"; a subject inside a quotation is no antecedent)
    ("Opposition leader Maria Olsen said the budget was unfair.\n\nMost reporters missed what she said next.", "Maria Olsen"),
    # the paragraph before ends on someone named by a noun only: the "she" may be hers
    ("Maria Olsen praised the decision. Her sister was less sure.\n\n", None),
    # ... unless the noun is the title of the one person named before with it
    ("Maria Olsen, the mayor of Vesterby, opened the hospital on Monday. The mayor thanked the nurses.\n\n", "Maria Olsen"),
    # a noun with the name in apposition names her
    ("Maria Olsen said the budget was unfair.\n\nThe company's chief executive, Anna Berg, rejected the criticism.",
     "Anna Berg"),
])
def test_she_said_after_someone_named_by_a_noun_is_that_person_s(tmp_path, nlp, before, expected):
    assert speaker_of(tmp_path, nlp, "every pension",
                      before + " \"We have protected every pension and every hospital,\" she said.") == expected


def test_she_said_at_the_end_of_a_quotation_over_several_paragraphs_looks_before_its_opening(tmp_path, nlp):
    """News style continues a quotation over paragraphs and names its speaker at the end: the "she" is the person
    of the paragraph before the quotation opened."""
    text = ("Anna Berg, the head of the union, spoke to reporters after the vote.\n\n"
            "\"We are disappointed. We worked for months on this deal.\n\n"
            "\"Our members deserved better than this.\n\n"
            "\"But we will keep fighting for our members,\" she said.")
    assert speaker_of(tmp_path, nlp, "keep fighting", text) == "Anna Berg"


BYPASS_STORY = (  # two reports of one council vote, British quotation marks and wire-style ``marks''
    "Holmsford council has approved plans for a £120m bypass around the market town, ending a decade-long campaign by residents.\n\nCouncillors voted 31 to 12 in favour on Tuesday night after a four-hour meeting.\n\nCouncil leader Sarah Whitby said: 'This is a great day for Holmsford. Our high street has been choked by lorries for far too long.'\n\nBut campaigners from the Save Holm Meadows group said the road would destroy 40 acres of ancient woodland. Their spokesman, Dr Peter Ashby, said they would seek a judicial review.\n\n'We are not giving up,' he said. 'The council has ignored the evidence.'\n\nTransport minister Claire Dunmore, who visited the town last year, welcomed the decision. She said the government would pay £80m of the cost.\n\nWork is expected to start in spring 2027 and take three years.",
    "Plans for a bypass around Holmsford were approved by the town's council on Tuesday, despite protests from environmental groups.\n\nThe 4.5-mile road will cost £125 million, with the Department for Transport paying about two thirds.\n\n``It has taken ten years, but we got there in the end,'' said Sarah Whitby, the leader of the council.\n\nProtesters outside the town hall held banners reading 'Save Holm Meadows'. One of them, retired teacher Margaret Hale, 71, said she had walked in the woods every day for 40 years. ``They will never grow back,'' she said.",
)


def test_he_said_after_a_subject_noun_with_a_name_in_apposition_is_that_name_s(tmp_path, nlp):
    """"Their spokesman, Dr Peter Ashby, said ... / '...,' he said": the name is the subject's."""
    assert speaker_of(tmp_path, nlp, "not giving up", *BYPASS_STORY) == "Peter Ashby"


def test_she_said_after_her_paragraph_names_a_subject_is_no_earlier_speaker_s(tmp_path, nlp):
    """"One of them, retired teacher Margaret Hale, 71, said ... ``...,'' she said": whoever "she" is (the
    paragraph also names a campaign the tagger took for a person), she is not the council leader quoted before."""
    assert speaker_of(tmp_path, nlp, "never grow back", *BYPASS_STORY) != "Sarah Whitby"


@pytest.mark.parametrize("who", ["Erik Nordvik's wife", "the lawyer for Erik Nordvik", "a friend of Erik Nordvik"])
def test_a_name_that_is_a_possessor_or_an_object_after_the_verb_is_not_the_speaker(tmp_path, nlp, who):
    """'"...," said Erik Nordvik's wife': the name says whose wife spoke, not who spoke."""
    assert speaker_of(tmp_path, nlp, "appeal this ruling", f"\"We will appeal this ruling as soon as we can,\" said {who}.") is None


def test_a_person_described_as_his_someone_is_not_the_he_who_speaks_next(tmp_path, nlp):
    """"Anna Berg, his lawyer, said ..." / "...," he said: she is described as a man's lawyer, so "he" is someone
    else (here the client quoted before); "she said" may still be hers."""
    found = speakers(tmp_path, nlp,
                     "\"I did nothing wrong and I will prove it,\" Erik Nordvik said.\n\n"
                     "Anna Berg, his lawyer, said the police had no evidence.\n\n"
                     "\"They have nothing on me and they know it,\" he said.")
    assert found["They have nothing on me and they know it"] != "Anna Berg"


@pytest.mark.parametrize("relation", ["Her sister, Karin Lund,", "Karin Lund, her sister,"])
def test_she_after_a_woman_s_relative_is_introduced_is_neither_woman_s(tmp_path, nlp, relation):
    """'"...," she said. Her sister, Karin Lund, had driven up ... "...," she said': the second "she" may be the
    first speaker going on, or the sister; the relation's "her" is another woman in view."""
    found = speakers(tmp_path, nlp,
                     "Anna Berg stood by the harbour wall all evening. \"His boat left Lindby on time, the skipper "
                     f"told me,\" she said. {relation} had come down from Holmvik to wait beside her. \"Every "
                     "hour the sea looks a little calmer,\" she said.")
    assert found["His boat left Lindby on time, the skipper told me"] == "Anna Berg"
    assert found["Every hour the sea looks a little calmer"] is None


def test_a_person_described_as_his_someone_before_the_name_is_not_the_he_who_speaks_next(tmp_path, nlp):
    found = speakers(tmp_path, nlp,
                     "Erik Nordvik looked down at his hands. In the spring, his counsel, Tomas Brandt, had claimed "
                     "the charge was unfounded. \"I have worked for Lindby since I was a boy,\" he told the jury.")
    assert found["I have worked for Lindby since I was a boy"] != "Tomas Brandt"


def test_a_bare_quotation_after_an_exchange_between_two_people_is_nobody_s(tmp_path, nlp):
    found = speakers(tmp_path, nlp,
                     "\"I am leaving this town for good and I will not come back,\" Anna Berg said.\n\n"
                     "\"You cannot leave now, not after everything,\" Erik Nordvik replied.\n\n"
                     "\"Watch me do it, then, and see who stays.\"")
    assert found["Watch me do it, then, and see who stays."] is None


def test_a_bare_quotation_paragraph_goes_on_with_the_speaker_of_a_long_quote(tmp_path, nlp):
    found = speakers(tmp_path, nlp,
                     "\"I am leaving this town for good and I will not come back,\" Anna Berg said.\n\n"
                     "\"There is nothing left for me here, not since the flood took the farm.\"\n\n"
                     "\"Watch me do it, then, and see who stays.\"")
    assert found["Watch me do it, then, and see who stays."] == "Anna Berg"


def test_a_quotation_opening_after_her_quoted_words_and_going_on_past_the_paragraph_is_hers(tmp_path, nlp):
    """'"...," Anna Berg said. "We are ... (no closing mark) / "...": a quotation that opens as a sentence of its own
    after a named speaker's, in her paragraph, and goes on into the next is hers too (its second paragraph is no
    new turn of an exchange with the speaker before her)."""
    found = speakers(tmp_path, nlp,
                     "\"The new quay will bring work to the town for a decade,\" said the mayor, Erik Holm.\n\n"
                     "Anna Berg, the harbour master, told the council that the plan would fail. "
                     "\"Nobody asked the fishermen what they think,\" she said. "
                     "\"We have asked them ourselves, boat by boat.\n\n"
                     "\"We will hand the answers to the mayor in person, and she will have to read every one.\"")
    assert found["We have asked them ourselves, boat by boat. We will hand the answers to the mayor in person, and she "
                 "will have to read every one."] == "Anna Berg"


@pytest.mark.parametrize("relative, expected", [("Her daughter, Eva Berg,", "Lars Holm"), ("Her son, Erik Berg,", None)])
def test_a_shared_family_name_of_women_only_does_not_hide_the_man_who_says_he_said(tmp_path, nlp, relative, expected):
    """'Holm ... said Berg wrote by hand. "...," he said': "Berg" is Anna's or Eva's (the glossary cannot say which),
    but either is a woman, so the "he" is still Holm; if "Berg" may be her son, the "he" may be the son."""
    found = speakers(tmp_path, nlp,
                     f"The novelist Anna Berg was buried in Lindby last week. {relative} thanked "
                     "readers for their letters.\n\n"
                     "\"She kept every letter in a drawer,\" said Lars Holm, her editor for many years.\n\n"
                     "Holm, who retired in 2019, said Berg wrote every chapter by hand in blue ink. \"She once sent me a "
                     "page on the back of a bus ticket, and it was the best one in the book,\" he said.")
    assert found["She once sent me a page on the back of a bus ticket, and it was the best one in the book"] == expected


def test_an_organisation_named_as_where_someone_stands_does_not_hide_him_from_he_said(tmp_path, nlp):
    """'Outside the Vester Library, Erik Holm, a teacher, was holding ...': the library is where he stands (the
    object of the phrase of place that opens the sentence), no person's name the tagger took for a body."""
    found = speakers(tmp_path, nlp,
                     "Outside the Vester Library, Erik Holm, a 40-year-old teacher from Lindby, was holding a worn copy of "
                     "the novel. \"I first read it at school and have kept it by my bed ever since,\" he said.")
    assert found["I first read it at school and have kept it by my bed ever since"] == "Erik Holm"


def test_a_word_two_sources_quote_differently_is_a_disagreement(tmp_path, nlp):
    brief = consolidate(articles(tmp_path, nlp,
        '"They want to open bakeries that can deliver everywhere in the country, basically," said Erik Holm on Monday.',
        'Erik Holm said on Monday that Vesterland wanted to deliver "anywhere in the country basically" from its '
        'bakeries.'))
    (words,) = [d for d in brief.discrepancies if d.topic.startswith("Words of")]
    assert words.topic == "Words of Erik Holm"
    texts = sorted(v.text for v in words.variants)
    assert "everywhere in the country" in texts[0] and "anywhere in the country" in texts[1] or \
        "anywhere in the country" in texts[0] and "everywhere in the country" in texts[1]
    assert all(len(v.sources) == 1 for v in words.variants)


@pytest.mark.parametrize("other", [
    '"They want to open bakeries that can deliver everywhere in the country - basically," said Erik Holm on Monday.',  # marks
    '"They want to open bakeries that can deliver everywhere in the country, basically," said Erik Holm.',
    '"They want to open bakery that can deliver everywhere in the country, basically," said Erik Holm on Monday.',  # plural
])
def test_quotations_that_differ_only_in_marks_or_a_plural_are_no_disagreement(tmp_path, nlp, other):
    brief = consolidate(articles(tmp_path, nlp,
        '"They want to open bakeries that can deliver everywhere in the country, basically," said Erik Holm on Monday.',
        other))
    assert not [d for d in brief.discrepancies if d.topic.startswith("Words of")]


def test_a_quotation_after_a_sentence_about_a_statement_that_names_another_is_nobody_s(tmp_path, nlp):
    text = ("Anna Berg spoke on Monday. Erik Holm wrote to the council.\n\nHolm's statement drew sharp criticism from "
            'Berg.\n\n"This is the worst plan this council has ever seen, and everyone knows it."')
    assert speaker_of(tmp_path, nlp, "worst plan", text) is None


def test_a_title_after_another_s_possessive_is_not_the_one_with_that_title(tmp_path, nlp):
    text = ("Tomas Brandt, Erik Holm's lawyer, spoke on Monday. Anna Berg was also in court.\n\n"
            '"My client will appeal against this ruling," Berg\'s lawyer said.')
    assert speaker_of(tmp_path, nlp, "will appeal", text) is None


@pytest.mark.parametrize("text, expected", [
    ('Tomas Brandt said: "The rule of law still stands." Anna Berg said the state would appeal.', "Tomas Brandt"),
    ('His lawyer, Tomas Brandt, said the ruling showed that "the rule of law still stands." Prosecutor Anna Berg '
     "said the state would appeal.", "Tomas Brandt"),
    ('Erik Holm arrived first. "The rule of law still stands." Anna Berg said the state would appeal.', None),
    ('Erik Holm arrived first. "The rule of law still stands." Anna Berg told reporters.', "Anna Berg"),
])
def test_a_sentence_after_a_closed_quotation_that_reports_a_clause_of_its_own_is_not_its_frame(tmp_path, nlp, text, expected):
    assert speaker_of(tmp_path, nlp, "rule of law", text) == expected


def test_he_said_after_a_paragraph_whose_sentences_have_two_men_for_subjects_is_nobody_s(tmp_path, nlp):
    """Each of the paragraph's sentences has a man for its subject: which one "he" is, is not said."""
    assert speaker_of(tmp_path, nlp, "proud of them",
                      "Erik Holm, the club's coach, praised his players. Tomas Brandt, the captain, scored twice.\n\n"
                      "\"I am proud of them, every one of them,\" he said.") is None


@pytest.mark.parametrize("text, expected", [
    ("Passenger Sofia Lindqvist said people screamed.\n\n\"We were sure the roof would fall on us,\" Sofia said.", "Sofia Lindqvist"),
    ("Anna Berg and Anna Lund arrived.\n\n\"We were sure the roof would fall on us,\" Anna said.", None),  # which Anna
])
def test_a_given_name_alone_is_the_one_person_named_before_with_it(tmp_path, nlp, text, expected):
    assert speaker_of(tmp_path, nlp, "roof would fall", text) == expected


def test_a_noun_for_someone_named_paragraphs_ago_is_not_his_once_someone_undescribed_is_named(tmp_path, nlp):
    text = ("Lindmark's first film used a poem by Nils Nordvik, a famous poet, in 2010.\n\n"
            "Nordvik took the studio to court over it in 2012, and the case was dropped a year later.\n\n"
            "Lindmark made two more films in the far north after that.\n\n"
            "Erik Holm dedicated his new book to Lindmark at its launch. \"Nobody thought a director so young "
            "could vanish like that,\" the poet said.")
    assert speaker_of(tmp_path, nlp, "vanish like that", text) is None


@pytest.mark.parametrize("text, expected", [
    # the tagger reads the lower-case noun of "the minister said" as a name; it is still a noun for someone
    ("Health minister Karin Dahl told the Nordvik Times that the hospital would stay open. “There is no plan to "
     "close it,” the minister said.", "Karin Dahl"),
    ("Health minister Karin Dahl and finance minister Anna Berg met on Monday. “There is no plan to close it,” "
     "the minister said.", None),  # which minister
])
def test_a_title_noun_the_tagger_took_for_a_name_is_the_one_person_so_described(tmp_path, nlp, text, expected):
    assert speaker_of(tmp_path, nlp, "no plan to close", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a post once held is no post now: "the prosecutor" is the one who is, not the judge who once was one
    ("Judge Anna Berg, a former prosecutor, wrote the ruling. County Prosecutor Erik Holm said he had not yet "
     "decided.\n\n\"We owe the family a careful decision,\" the prosecutor said.", "Erik Holm"),
    # ... and "the former mayor" is who once was mayor
    ("Anna Berg, a former mayor of Lindby, has released a statement. The former mayor is 47 and "
     "lives in Holmsund.\n\n\"The count was open and clean,\" the former mayor said.", "Anna Berg"),
])
def test_the_post_a_noun_names_is_one_held_now_unless_it_says_former(tmp_path, nlp, text, expected):
    assert speaker_of(tmp_path, nlp, "careful decision" if "careful" in text else "open and clean", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one subject of the paragraph before, known to be a man, and no one else there known to be one
    ("Premier Erik Holm spoke at the showground on Wednesday.\n\nMr Holm was joined by Minister Kim Dahl and Mayor "
     "Robin Berg.\n\n\"We will build the town again, stone by stone,\" he said.", "Erik Holm"),
    # ... not when someone else is a subject there too
    ("Robin Berg said the council had kept the report secret. Mr Holm, who now lives in Lindby, did not answer.\n\n"
     "\"We will build the town again, stone by stone,\" he said.", None),
])
def test_a_pronoun_after_a_paragraph_of_several_people_is_its_one_subject_known_to_be_of_that_sex(tmp_path, nlp, text, expected):
    assert speaker_of(tmp_path, nlp, "stone by stone", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a generational suffix is no surname: "Holm" is a Holm, of two here
    ("Nils Holm Jr. was convicted in 2012. His mother, Anna Holm, kept his room as it was.\n\n"
     "In a statement, Holm said: \"I was at home with my children that night.\"", None),
    ("Nils Holm Jr. was jailed in 2012 for the robbery.\n\nIn a statement, Holm said: \"I was at home with my children that night.\"", "Nils Holm Jr"),
    ("Nils Holm Jr. was convicted in 2012. His father, Nils Holm Sr., died in 2020.\n\nHolm was moved to a prison near "
     "Lindby in 2014. Holm wrote to the court twice.\n\nIn a statement, Holm said: \"I was at home with my children that night.\"", None),
])
def test_a_surname_before_a_generational_suffix_is_the_surname(tmp_path, nlp, text, expected):
    assert speaker_of(tmp_path, nlp, "at home with my children", text) == expected


def test_the_speaker_named_after_a_post_of_a_place_is_the_post_holder(tmp_path, nlp):
    text = "In a statement on Tuesday, the mayor of Lindby, Anna Berg, said: “The bridge will reopen on Friday after the repairs.”"
    assert speaker_of(tmp_path, nlp, "bridge will reopen", text) == "Anna Berg"


@pytest.mark.parametrize("text, expected", [
    ("Karin Dahl disagreed: “I do not expect a deal before the summer, whatever the ministers say.”", "Karin Dahl"),
    ("Anna Berg was defiant: “We will not leave our homes whatever the council decides.”", "Anna Berg"),
    ("Erik Holm hit back at his critics: “They have never built anything in their lives.”", "Erik Holm"),
    # the words of a message someone received, found or pointed to are not his
    ("Erik Holm received a text message from his brother on Monday: “Come home now, the water is rising fast.”", None),
    ("Erik Holm pointed to the message his wife had sent him that morning: “Come home now, the water is rising.”", None),
])
def test_a_quotation_after_a_colon_is_the_subject_s_when_the_clause_tells_how_she_said_it(tmp_path, nlp, text, expected):
    quoted = text.split("“")[1][:20]
    assert speaker_of(tmp_path, nlp, quoted, text) == expected


@pytest.mark.parametrize("full, short", [("Jean Le Bras", "Le Bras"), ("Pieter van der Lind", "van der Lind")])
def test_a_family_name_with_its_particles_is_the_person_named_in_full_before(tmp_path, nlp, full, short):
    # the tagger may leave the short form untagged, or tag it as something else; the words are the surname of the
    # one person the article named in full
    text = (f"{full}, a naval architect at Lindby University, studied the ferry's design for a decade.\n\n"
            f'"Once water gets onto an open deck, the ship can roll over within minutes," {short} said.')
    assert speaker_of(tmp_path, nlp, "roll over within minutes", text) == full


def test_a_relative_named_in_a_description_says_nothing_of_the_person_s_own_gender(tmp_path, nlp):
    # "buried her brother" describes Karin Vik: the brother is someone else, and "she" may be Karin Vik
    assert speaker_of(tmp_path, nlp, "Nobody warned us", "Karin Vik buried her brother after the Lindby flood.",
                      "Karin Vik, whose brother, Per Vik, drowned in the flood, spoke at the funeral. \u201cNobody warned "
                      "us. Nobody came to the farm,\u201d she said.") == "Karin Vik"


def test_a_she_said_looks_back_past_paragraphs_that_go_on_about_her_as_she(tmp_path, nlp):
    # the paragraph before names only a man, and goes on about her as "she"; the one before that names her as its
    # subject (a place next to her name is no second subject, and "her" as a possessive is herself)
    text = ("In Lindby, Maria Lindqvist worked as a ferry pilot before moving to Vesterby in her thirties.\n\n"
            "She ran the harbour office for a decade and shared it with the engineer Erik Holm.\n\n"
            "Colleagues often credited her with the new quay, though she rejected the praise. \u201cI never built "
            "anything alone. I asked the crews,\u201d she told a local paper in 2004.")
    assert speaker_of(tmp_path, nlp, "I never built anything alone", text) == "Maria Lindqvist"


def test_a_name_inside_the_quotation_does_not_make_the_pronoun_after_it_unclear(tmp_path, nlp):
    # "Holmsund" inside the words quoted (which the tagger may read as a person's name) is nobody the narrative
    # names: "he" is the one person the paragraph names as its subject
    text = ("Erik Berglund, the mayor, was found guilty on Monday in Lindmark. Berglund, who denies every charge, "
            "looked at the floor as the sentence was read. Outside the courthouse, he said he would appeal. \u201cI "
            "served Holmsund with honour for nine years and I will show it,\u201d he told reporters before he left.")
    assert speaker_of(tmp_path, nlp, "I served Holmsund with honour", text) == "Erik Berglund"


def test_a_place_the_tagger_read_as_a_person_does_not_make_the_pronoun_unclear(tmp_path, nlp):
    # the glossary knows Holmsund as a town, whatever the tagger made of it in the speaker's description
    assert speaker_of(tmp_path, nlp, "For nine years we raised the alarm",
                      "Holmsund is a port town of 40,000 people on the west coast.",
                      "Jan van der Lind, who leads the opposition in the Holmsund assembly, was blunter. \u201cFor nine "
                      "years we raised the alarm, and for nine years we were told to be quiet,\u201d he said.") == "Jan van der Lind"


def test_a_quotation_paragraph_after_someone_spoke_to_reporters_is_theirs(tmp_path, nlp):
    text = ("Maja Lindholm, who heads the Vesterby Audit Office, spoke to journalists outside the town hall for an hour.\n\n"
            "\u201cFor a decade, Lindby was told the new quay was a model of sound planning. This case "
            "has shown it was a deal between friends.\u201d\n\n"
            "\u201cWe will now read every other contract his office signed,\u201d she added.")
    found = speakers(tmp_path, nlp, text)
    assert {speaker for quote, speaker in found.items() if quote.startswith(("For a decade", "We will now"))} == {"Maja Lindholm"}


@pytest.mark.parametrize("after, expected", [
    # a bare attribution opening the next paragraph: one name and a reporting verb, nothing else to report
    ("Erik Holm said. The 58-year-old fisherman has sold his catch in Lindby since 1980.", "Erik Holm"),
    # ... also with the speaker's apposition, which may name an organisation
    ("Erik Holm, the guild's chairman, said. The 58-year-old has sold his catch in Lindby since 1980.", "Erik Holm"),
    ("Erik Holm, chairman of the Lindby Fishermen's Guild, said. He has fished since 1980.", "Erik Holm"),
    # ... but a sentence with words of its own reports them, not the quotation before it
    ("Erik Holm said the harbour board had met twice. He has fished since 1980.", None),
])
def test_a_paragraph_long_quotation_is_the_speaker_s_named_in_a_bare_attribution_after_it(tmp_path, nlp, after, expected):
    assert speaker_of(tmp_path, nlp, "fished these waters", FISHED + after) == expected


FISHED = ('Fishermen gathered at the Lindby quay on Sunday.\n\n"I have fished these waters for forty years. Nobody ever told us '
          'the harbour would close, and nobody asked us what we thought of the plan."\n\n')


@pytest.mark.parametrize("after", ["Erik Holm said.", "Erik Holm, the guild's chairman, said.",
                                   "Erik Holm, chairman of the Lindby Fishermen's Guild, said."])
def test_a_bare_attribution_after_a_quotation_outweighs_a_speaker_reported_before_it(tmp_path, nlp, after):
    """The paragraph before reports the guild's view; the bare attribution after the quotation names who spoke it."""
    text = FISHED.replace("Fishermen gathered at the Lindby quay on Sunday.",
                          "The Lindby Fishermen's Guild, which has 400 members, argues that the plan was made in secret.")
    assert speaker_of(tmp_path, nlp, "fished these waters", text + after + " He has fished since 1980.") == "Erik Holm"


def test_he_said_after_a_paragraph_naming_a_man_in_any_role_is_not_an_earlier_paragraph_s_speaker(tmp_path, nlp):
    text = ('Kim Dahl has sold fish at the Lindby market since 1990. "Every crate we had was gone by noon," Dahl said.\n\n'
            'A copy of the report was handed to Erik Holm, a teacher from Vesterby, outside the Nordpost offices. '
            '"I read it twice on the train and it made me angry both times," he said.')
    assert speaker_of(tmp_path, nlp, "I read it twice", text) != "Kim Dahl"


def test_words_repeated_or_murmured_are_reported_speech(tmp_path, nlp):
    text = ('Anna Berg stood on the Lindby pier on Monday. "Nine whole months," she repeated quietly. '
            '"The boats will not go out again before the spring."')
    assert speaker_of(tmp_path, nlp, "boats will not go out", text) == "Anna Berg"


# a named speaker's quotation, then "she added" in the same paragraph, nobody else named there
ROOSVIK_SAID = ('"Every family in Vesterby has asked me why the ferry left port in a storm," Roosvik said. '
                '"Nobody who failed those passengers will be protected by this government," she added.')


def test_she_added_after_a_named_speaker_s_quotation_in_the_same_paragraph_is_hers(tmp_path, nlp):
    text = 'Harbour Minister Ebba Roosvik said the inquiry would be led by Kim Ekvik, a retired judge.\n\n' + ROOSVIK_SAID
    assert speaker_of(tmp_path, nlp, "Nobody who failed", text) == "Ebba Roosvik"


def test_she_added_is_not_the_man_a_given_name_shows_spoke_before(tmp_path, nlp):
    text = 'Harbour Minister Erik Roosvik announced an inquiry into the sinking on Tuesday.\n\n' + ROOSVIK_SAID
    assert speaker_of(tmp_path, nlp, "Nobody who failed", text) != "Erik Roosvik"


@pytest.mark.parametrize("speaker, expected", [
    ("A spokeswoman for the Nordvik Port Authority said", "Nordvik Port Authority"),
    # ... its name before the noun
    ("A Nordvik Port Authority spokeswoman said", "Nordvik Port Authority"),
    # a person's spokesman gives no words of the person's own
    ("A spokesman for Erik Holm said", None),
    ("An Erik Holm spokesman said", None),
])
def test_a_spokesperson_for_an_organisation_gives_its_words(tmp_path, nlp, speaker, expected):
    text = f'{speaker}: "The new timetable will be reviewed with the unions before the summer season starts."'
    assert speaker_of(tmp_path, nlp, "new timetable", text) == expected



TRIBUTE = ("Tomas Brandt, the drummer whose album topped the charts last year, died in Lindby.\n\n"
           "Other musicians mourned him all week. The drummer Came Early, a longtime pal and co-writer, wrote on "
           "Vesterchat after the hearing: ``Hearing it was his lungs and nothing else makes it harder. Sleep well, brother.''")
WROTE_ON = ("Tomas Brandt, the singer who topped the charts last year, died on Monday in Lindby.\n\nFellow artists paid "
            "tribute. The singer Stay Late, a close friend and bandmate, wrote on Vesterchat after the verdict: ``Hearing it "
            "was his lungs and nothing else makes it harder. Sleep well, brother.''")


@pytest.mark.parametrize("text, not_the_speaker", [
    # a title before a name the tagger did not know (words it read as a verb and an adverb) is that one's, not a
    # reference to the one drummer the article described before
    (TRIBUTE, "Tomas Brandt"),
    # where the words were written is not who wrote them (the parse gave the verb no subject)
    (WROTE_ON, "Vesterchat"),
])
def test_a_quotation_whose_speaker_the_tagger_missed_is_nobody_else_s(tmp_path, nlp, text, not_the_speaker):
    assert speaker_of(tmp_path, nlp, "Hearing it was his lungs", text) != not_the_speaker


def test_a_titled_speaker_whose_given_name_the_parser_read_as_a_preposition(tmp_path, nlp):
    """"Mayor Per Lindholm said": parsed as "Mayor" with "per Lindholm" after it, until the analyse repairs."""
    assert speaker_of(tmp_path, nlp, "harbour will reopen",
                      '"The harbour will reopen as soon as the divers are finished," Mayor Per Lindholm said outside '
                      "the town hall.") == "Per Lindholm"


@pytest.mark.parametrize("texts", [
    # (another article writes the family name alone of the other person, so the glossary cannot tell whose it is)
    ("A storm hit the coast on Monday. In Holmby, Mayor Siri Ekdal said the harbour wall had held. \"Not one boat "
     "was lost,\" Ekdal said.", "In Lindby, the school held, said Ekdal, the town's mayor. Ivar Ekdal has been mayor since 2019."),
    ("A storm hit the coast on Monday. In Holmby, Mayor Siri Ekdal said the harbour wall had held. \"Not one boat "
     "was lost,\" Ekdal said.", "The school in Lindby held, Mr Ekdal told reporters on Monday.",
     "Ivar Ekdal, the mayor of Lindby, said the school would reopen."),
])
def test_a_family_name_two_people_bear_is_the_one_the_article_has_named_in_full(tmp_path, nlp, texts):
    """'Mayor Siri Ekdal said ... "...," Ekdal said': the article has named only her in full so far; when it has
    named both, see "a family name two people of the story bear: nobody's"."""
    assert speakers(tmp_path, nlp, *texts)["Not one boat was lost"] == "Siri Ekdal"


def test_a_family_name_entry_of_either_type_that_two_people_bear_is_nobody_s():
    """'Holm said' beside Anna Holm and Erik Holm: whose words, the glossary could not tell (the entry of the
    bare name may have been doubted into an organisation); one person's surname entry is no such entry."""
    from generator.consolidate.entities import shared_surnames
    from generator.contents import Entity

    entities = (Entity("anna-holm", "Anna Holm", "person"), Entity("erik-holm", "Erik Holm", "person"),
                Entity("holm", "Holm", "organisation"), Entity("berg", "Berg", "person"),
                Entity("tomas-berg", "Tomas Berg", "person"), Entity("lindby", "Lindby", "place"),
                # a father's family name between a given name and a mother's: "Dahl" of two people
                Entity("erik-dahl-lind", "Erik Dahl Lind", "person"), Entity("nils-dahl-lund", "Nils Dahl Lund", "person"),
                Entity("dahl", "Dahl", "person"))
    assert shared_surnames(entities) == {"holm", "dahl"}


@pytest.mark.parametrize("after, opener", [
    (["Erik", "Holm", ",", "the", "manager", ",", "told"], "Erik"),  # the name the words after the mark open with
    (["Erik", "Holm", "'s", "lawyer", "told"], None),  # whose the speaker is, not who speaks
])
def test_a_reporting_verb_without_subject_after_a_quotation_is_the_opening_name_s(after, opener):
    from generator.consolidate.quotes import _Named, _name_opening
    from generator.contents import Entity, Token

    words = ['"', "Fine", ",", '"', *after]
    toks, at = [], 0
    for k, w in enumerate(words):
        toks.append(Token(i=k, text=w, lemma=w.lower(), pos="PUNCT" if w in ('"', ",") else "PROPN", tag="", dep="", head=k, start=at))
        at += len(w) + (0 if k + 1 < len(words) and words[k + 1] in (",", "'s") else 1)
    inside = [1 <= k <= 2 for k in range(len(toks))]
    holm = Entity("erik-holm", "Erik Holm", "person")
    named = [_Named(0, toks[4].start, toks[5].start + len("Holm"), holm, False)]
    found = _name_opening(toks, toks[-1], inside, toks[3].start, named)
    assert (found.text if found is not None else None) == opener


HARBOUR = ('Erik Holm, the harbour master, said the Lindby quay would stay shut until the spring.\n\n'
           '"Nobody should expect the ferries back before May. The engineers have not even started on the piles."\n\n')


@pytest.mark.parametrize("after, expected", [
    # the sentence after names whose words they were: not the speaker of the paragraph before
    ("That is the view of Anna Berg, a ferry captain who has worked the route since 1990.", "Anna Berg"),
    ("The words are those of Anna Berg, a ferry captain who has worked the route since 1990.", "Anna Berg"),
    ("The warning came from Anna Berg, a ferry captain who has worked the route since 1990.", "Anna Berg"),
    ("The account was given by Anna Berg, a ferry captain who has worked the route since 1990.", "Anna Berg"),
    ("That was how Anna Berg, a ferry captain who has worked the route since 1990, described the works.", "Anna Berg"),
    # ... the one named in apposition to a noun for a person ("the words of his daughter, Anna Berg")
    ("Those were the words of the ferry captain, Anna Berg, speaking briefly outside the harbour office.", "Anna Berg"),
    # ... a sentence that does not claim the words leaves them to the frame before, unless it brings someone new in
    # (see below)
    ("The view from the quay is of Anna Berg's old ferry, rusting at its mooring.", "Erik Holm"),
    ("Anna Berg, a ferry captain, has worked the route since 1990.", None),
])
def test_a_quotation_is_the_one_s_the_next_sentence_says_its_words_are(tmp_path, nlp, after, expected):
    assert speaker_of(tmp_path, nlp, "expect the ferries back", HARBOUR + after) == expected


def test_a_quotation_sentence_is_the_one_s_the_next_sentence_of_its_paragraph_says_its_words_are(tmp_path, nlp):
    text = ('The Lindby quay has been shut since March.\n\n"Nobody should expect the ferries back before May." '
            "The words are those of Anna Berg, a ferry captain who has worked the route since 1990.")
    assert speaker_of(tmp_path, nlp, "expect the ferries back", text) == "Anna Berg"


@pytest.mark.parametrize("before, expected", [
    # the other man is named inside what the subject is reported as saying: the words after are the subject's
    ("Erik Holm said he had met Tomas Brandt at the quay on Monday morning, and that both towns wanted the ferry back by June.",
     "Erik Holm"),
    # ... but one the subject acts on may be the "he" who speaks next
    ("Erik Holm accused Tomas Brandt of lying about the ferry on Tuesday night.", None),
])
def test_he_said_after_a_paragraph_reporting_what_its_subject_said_of_another_man(tmp_path, nlp, before, expected):
    text = (f"The ferry to Lindby was cancelled on Monday.\n\n{before}\n\n"
            '"We have shared this harbour for a century, and we will share the cost of mending it too," he said.')
    assert speaker_of(tmp_path, nlp, "share the cost of mending", text) == expected


def test_she_said_after_a_clause_whose_subject_is_a_person_named_by_a_noun_only_is_not_the_named_object_s(tmp_path, nlp):
    """The parser may hang "accused" under a later verb, so that "the candidate" is no main-clause subject; she is
    still someone "she" may stand for, and Ms Dahl, whom she accuses, is not sure to be the one speaking."""
    text = ("Anna Berg, the Green candidate, lost the vote in Lindby on Sunday.\n\n"
            "The Green candidate accused the harbour master, Ms Dahl, of ordering the counting clerks out of the room before "
            'the ledger, which holds the final count, was signed. "I stood in that room while our observers were led away by '
            'strangers nobody had seen before," she said.')
    assert speaker_of(tmp_path, nlp, "I stood in that room", text) != "Ms Dahl"



@pytest.mark.parametrize("after, expected", [
    # the next paragraph brings in someone new: the words may be theirs, so they are nobody's for sure
    ("Anna Berg, 34, stood on Monday on the slipway where her boat had been moored since 2015.", None),
    # ... someone named before does not
    ("Holm, who has fished from Lindby since 1990, said the insurers had not called him back.", "Erik Holm"),
])
def test_a_quotation_paragraph_before_a_paragraph_bringing_in_someone_new_is_not_surely_the_previous_speaker_s(tmp_path, nlp, after, expected):
    text = ('The storm tore through Lindby harbour on Sunday night.\n\n"I heard the wind take the roof, and then the boats '
            'started to knock against the pier," said Erik Holm, a fisherman.\n\n"Nothing is left of the shed. Not even the nets."'
            f"\n\n{after}")
    assert speaker_of(tmp_path, nlp, "Nothing is left of the shed", text) == expected


def test_he_is_nobody_when_the_paragraph_before_names_two_men_one_shown_so_by_a_title_the_other_by_his_given_name(tmp_path, nlp):
    """'Mr Tomas Berg, the firm's owner, had promised Erik Holmqvist ...' / '"...," he said': Berg is shown a man
    by his honorific, Holmqvist by his given name only; "he" may be either."""
    text = ("Ferry firm drops its captain\n\nLindby Ferries replaced its senior captain on Tuesday after a third late sailing.\n\n"
            "Mr Tomas Berg, the firm's owner, had promised Erik Holmqvist a long career at sea in the summer.\n\n"
            '"Patience, it seems, ends at the first delay," he said.\n')
    assert speaker_of(tmp_path, nlp, "first delay", text) is None


def test_an_honorific_inside_a_title_says_no_sex_but_a_role_s_own_noun_does():
    from generator.consolidate.quotes import _gender
    from generator.contents import Entity, Role

    def person(name: str, *roles: str) -> Entity:
        return Entity(id="x", name=name, type="person", aliases=(), roles=tuple(Role(r, ("a",)) for r in roles),
                      sources=("a",), mentions=(), description=roles[0] if roles else "")
    assert _gender(person("Kim Holm", "Lord Mayor")) is None  # a mayor of either sex
    assert _gender(person("Kim Holm", "spokeswoman")) == "f" and _gender(person("Lord Holm")) == "m"


def test_someone_the_paragraph_says_did_not_speak_is_not_the_she_who_speaks_next(tmp_path, nlp):
    text = ("Anna Berg, the eldest daughter of the dead guard, spoke to reporters outside the court in Lindby on Friday.\n\n"
            "Her mother, Eva Berg, who had been married to him for 24 years, stood beside her but did not speak to reporters.\n\n"
            "\"We are not angry yet. We are just empty,\" she said.")
    assert speaker_of(tmp_path, nlp, "not angry yet", text) != "Eva Berg"


def test_a_he_or_she_opening_the_next_sentence_says_the_sex_of_the_one_person_named_before(tmp_path, nlp):
    """"Kim Santos ... said four teams were searching. She said ...": Kim Santos is a woman, so the "he" who adds a
    quotation in the next paragraph is not her."""
    text = ("Erik Holm, the district commander, said rescuers had pulled 137 people from the water near Lindby.\n\n"
            "Kim Santos, the district's spokesperson, said four teams of divers were searching the cabin. She said "
            "relatives had been asked to bring photos of the missing to the station in Lindby.\n\n"
            "\"We are treating this as a rescue operation until Tuesday morning,\" he added.")
    assert speaker_of(tmp_path, nlp, "treating this as a rescue", text) != "Kim Santos"


def test_someone_who_said_she_would_not_comment_further_still_spoke():
    from generator.consolidate.quotes import _kept_silent
    from generator.contents import Sentence, Token

    def sentence(words: list[tuple[str, str, str, int]]) -> Sentence:
        toks, at = [], 0
        for i, (text, lemma, dep, head) in enumerate(words):
            toks.append(Token(i, text, lemma, "VERB" if dep in ("ROOT", "xcomp", "ccomp") else "X", "", dep, head, at))
            at += len(text) + 1
        return Sentence("a", 0, 0, 0, at, " ".join(w[0] for w in words), tuple(toks))
    said = sentence([("Berg", "Berg", "nsubj", 1), ("said", "say", "ROOT", 1), ("she", "she", "nsubj", 4),
                     ("would", "would", "aux", 4), ("not", "not", "neg", 5), ("comment", "comment", "ccomp", 1)])
    stood = sentence([("Berg", "Berg", "nsubj", 1), ("stood", "stand", "ROOT", 1), ("but", "but", "cc", 1),
                      ("did", "do", "aux", 5), ("not", "not", "neg", 5), ("speak", "speak", "conj", 1)])
    assert _kept_silent([stood], 0) and not _kept_silent([said], 0)


def test_a_he_opening_the_next_sentence_says_nothing_of_a_woman_named_as_someone_s_relation(tmp_path, nlp):
    """"The husband of Kim Holm was hurt in the fire. He said ...": "he" is the husband, not Kim Holm."""
    from generator.consolidate.entities import build_glossary
    from generator.consolidate.quotes import _referred_to
    analysed = articles(tmp_path, nlp, "The husband of Kim Holm was hurt in the fire. He said the smoke came first.")
    entities = build_glossary(analysed)
    kim = next(e for e in entities if e.name == "Kim Holm")
    assert "m" not in _referred_to(analysed, entities).get(kim.id, set())


LIVE_PAGE = ("The village head of Lindby, Erik Holm, says the flood has cut the road to the valley.\n\n"
             "\"The hall will stay open all night for the families,\" the village head said.\n\n"
             "{mark}\n\n"
             "\"Nobody from the province has come to see the damage yet, and the water is still rising.\"\n\n"
             "Council officials and volunteers counted 51 flooded homes by noon, far more than the morning's figure.")


@pytest.mark.parametrize("mark, expected", [
    ("11:20am", None),  # a live page's next update: its opening quotation is no one's the update does not name
    ("THE FAMILIES", None),  # a crosshead in capitals opens a section too
    ("", "Erik Holm"),  # the next paragraph of the same section: his
])
def test_a_quotation_opening_a_new_section_does_not_continue_the_speaker_before_it(tmp_path, nlp, mark, expected):
    text = LIVE_PAGE.format(mark=mark).replace("\n\n\n\n", "\n\n")
    assert speaker_of(tmp_path, nlp, "water is still rising", text) == expected


def test_he_says_after_a_man_named_beside_a_woman_s_possessive_is_his(tmp_path, nlp):
    text = ("Most of the counting was done by Erik Holm, a doctoral student working under Anna Berg's supervision. 'Some "
            "days I did nothing but weigh the same sleeping beetles,' he says.")
    assert speaker_of(tmp_path, nlp, "sleeping beetles", text) == "Erik Holm"


def test_she_said_after_an_untagged_one_word_name_as_subject_is_nobody_the_glossary_knows(tmp_path, nlp):
    """'After the ruling, Holmavathi said she ... "...," she said': "she" is that woman, whom the tagger did not
    mark as a name, not the only woman the paragraph before names."""
    text = ("The judges asked Prof. Karin Dahl of the Lindby Institute of Technology to lead a panel of experts.\n\n"
            "After the ruling, Holmavathi said she had hoped for it since her son fell ill. \"We drank from the well "
            "behind the tannery for twelve years. Nobody warned us,\" she said.")
    assert speaker_of(tmp_path, nlp, "Nobody warned us", text) is None


def test_a_quotation_said_by_a_priest_with_his_abbreviated_honorific_is_his(tmp_path, nlp):
    """'"...," said Fr. Nils Dahlgren': the honorific ("Fr", lang/honorifics.txt) is no one's name, and its stop ends no
    sentence."""
    text = '"The chapel will stay open all night for anyone who needs it," said Fr. Nils Dahlgren, the chaplain of the Lindby mine.'
    assert speaker_of(tmp_path, nlp, "stay open all night", text) == "Nils Dahlgren"


def test_he_said_after_the_outlet_s_own_reporter_spoke_to_someone_is_that_one_s(tmp_path, nlp):
    """"Our reporter spoke to Erik Holmqvist ... '...,' he said": the reporter is the outlet's own, who asks; the one
    named answers (a noun for a person as a subject before the name otherwise makes "he" unclear)."""
    text = ("The storm flooded the harbour on Monday.\n\nOur reporter spoke to Erik Holmqvist, one of the nine fishermen who "
            "swam to the pier. He has cuts to both hands and stayed at the hospital in Lindby overnight. \"A wave hit the "
            "boat and we were all in the water within a minute,\" he said.")
    assert speaker_of(tmp_path, nlp, "all in the water", text) == "Erik Holmqvist"


def test_letters_after_the_speaker_s_name_are_no_other_speaker(tmp_path, nlp):
    """'judge Erik Holm KC told Anna Berg: "..."': the parse makes "KC" the subject; the name before it speaks."""
    assert speaker_of(tmp_path, nlp, "safety of the men", 'Passing sentence, judge Erik Holm KC told Anna Berg: "You chose '
                      'the accounts over the safety of the men in your yard."') == "Erik Holm"


@pytest.mark.parametrize("before, expected", [
    # the organisation named as the subject of the sentence before: what "it" stands for
    ("The Holmvik Port Authority, which owns the quay, has not cancelled the lease.", "Holmvik Port Authority"),
    # a common noun, or a person, as that subject: "it" is not clearly the organisation named elsewhere
    ("A report for the Holmvik Port Authority found the quay unsafe.", None),
    ("Erik Dahl of the Holmvik Port Authority has not cancelled the lease.", None),
])
def test_it_said_is_the_organisation_that_is_the_last_subject_before_it(tmp_path, nlp, before, expected):
    speaker = speaker_of(tmp_path, nlp, "decide on the lease",
                         f"{before} \"The port will decide on the lease once the appeal court has ruled,\" it said in "
                         "a statement.")
    assert speaker == expected



NESTED = (
    "Fire at the Lindby depot\n\nA fire destroyed the Lindby depot on Monday night, police said. Constable Anna Berg was "
    "among the first to arrive.\n\n"
    'Inspector Erik Holm told reporters: "Constable Berg shouted into her phone, \'Two men are trapped behind the gate,\' '
    'before she ran toward the gate."\n\n'
    "\"On Tuesday an adviser assured us, 'The boats will arrive soon, stay calm.' Nothing came for a week,\" said "
    "Olof Vester, the mayor.\n\n"
    "'He wrote \"I will be home before dinner tonight\", and those were his final words to us,' Eva Lind said.\n")


@pytest.mark.parametrize(("snippet", "expected"), [
    ("shouted into her phone", "Erik Holm"),  # the outer quotation: its own speaker's
    ("Two men are trapped", "Anna Berg"),  # framed inside it by a name the article gave before
    ("The boats will arrive soon", None),  # "an adviser assured us": nobody named
    ("On Tuesday an adviser", "Olof Vester"),
    ("I will be home before dinner", None),  # "he wrote": the outer speaker's words are no guide to who "he" is
    ("his final words to us", "Eva Lind"),
])
def test_a_quotation_within_a_quotation_is_a_quote_of_its_own_never_the_outer_speaker_s(tmp_path, nlp, snippet, expected):
    found = speakers(tmp_path, nlp, NESTED)
    assert sum(1 for text in found if snippet in text) >= 1
    assert next(speaker for text, speaker in sorted(found.items(), key=lambda kv: len(kv[0])) if snippet in text) == expected


def test_a_part_of_a_quotation_merges_with_the_quotation_within_that_it_repeats(tmp_path, nlp):
    one = ("Test scandal\n\nWorkers at the Holmvik plant faked test results for years, the company said.\n\n"
           "Erik Holm, head of quality, said: \"Staff told the panel that a foreman had ordered, 'Sign the sheet anyway, "
           "the orders cannot wait,' and nobody dared to object.\"\n")
    two = ("Holmvik test scandal\n\nThe Holmvik plant faked test results for years.\n\n"
           "Quality chief Erik Holm described how foremen told inspectors to \"sign the sheet anyway, the orders can't "
           "wait.\"\n")
    brief = consolidate(articles(tmp_path, nlp, one, two))
    inner = next(q for q in brief.quotes if q.text.lower().startswith("sign the sheet anyway"))
    assert any("can't" in t for t in (inner.text, *inner.variants))  # the second source's words are the inner quotation's
    assert inner.speaker is None
    outer = next(q for q in brief.quotes if "Staff told the panel" in q.text)
    assert outer.speaker_name == "Erik Holm" and not outer.variants


@pytest.mark.parametrize("name, sex", [
    ("Giulio", "m"),  # the man's form of a listed woman's name ("Giulia")
    ("Gregoria", "f"),  # the woman's form of a listed man's name ("Gregorio")
    ("Andrea", None),  # no listed form in "o": a man's name in Italian, a woman's elsewhere
])
def test_the_other_form_of_a_listed_romance_given_name_says_the_other_sex(name, sex):
    assert sex_of_given_name(name) == sex


def test_she_said_is_not_a_man_s_whose_given_name_is_the_man_s_form_of_a_listed_woman_s(tmp_path, nlp):
    text = ("The regional director, Giulio Lindqvist, said the fire was moving faster than the brigades could walk.\n\n"
            "\"Nobody pays to clear the brush around the poorest houses in the hills,\" she said.")
    assert speaker_of(tmp_path, nlp, "clear the brush", text) is None


@pytest.mark.parametrize("text, snippet, speaker", [
    # 'Sefis' (the State Secretariat of Fisheries, tagged as a person's name) before 'she said' is no unknown person:
    # the one woman named there is the speaker
    ("In June, the residents addressed a report to both the State Secretariat of Fisheries (Sefis) and the harbour board.\n\n"
     "Anna Lindqvist recalled that two fishermen took the report to Sefis in Lindby themselves. \"We filled every form "
     "they asked for and nobody listened,\" she said.", "nobody listened", "Anna Lindqvist"),
    # 'prefect' is a post: 'The prefect declined ... "...," she said' is the prefect's, not the spokeswoman's named before
    ("The prefect of Vestoria, Anne-Marie Holmvik, praised the driver on Tuesday.\n\n"
     "Anna Lindqvist, a spokeswoman for the operator, said every slope was monitored. The prefect declined to blame "
     "anyone. \"The inquiry alone can settle what went wrong on that slope,\" she said.", "inquiry alone can settle", "Anne-Marie Holmvik"),
])
def test_she_said_after_a_body_or_a_post_the_tagger_misreads_is_the_woman_s_the_paragraph_means(tmp_path, nlp, text, snippet, speaker):
    assert speaker_of(tmp_path, nlp, snippet, text) == speaker


def test_a_he_after_a_body_s_words_is_not_the_man_of_the_paragraph_before(tmp_path, nlp):
    """'Vestmark Shipping told the Nordpost it would not comment. "...," he said': the body's man, or the body if the
    glossary mistook a person for one; never the harbour master the paragraph before named."""
    assert speaker_of(tmp_path, nlp, "did nothing wrong",
                      "Erik Holm, the harbour master, spoke to reporters on Monday about the closure of the port.\n\n"
                      "Vestmark Shipping, which runs the ferries, told the Nordpost it would not comment on the charges. "
                      "\"I can only say that our crews did nothing wrong,\" he said.") is None


def test_a_title_the_tagger_read_as_a_name_speaks_by_the_name_in_apposition(tmp_path, nlp):
    """'The Vester Labour MP for Holmbury, Tomas Brandt, who ..., said': the MP named in apposition, not his party."""
    assert speaker_of(tmp_path, nlp, "a brilliant future ahead of her",
                      "The Vester Labour party held the seat of Holmbury at the last election.\n\n"
                      "Anna Holm, 24, an artist, lived on the 20th floor with her mother. Both are missing. The Vester Labour MP for "
                      "Holmbury, Tomas Brandt, who had mentored Holm, said he was heartbroken and that Anna had had “a brilliant "
                      "future ahead of her”.") == "Tomas Brandt"


def test_a_family_name_that_is_also_a_modal_speaks(tmp_path, nlp):
    """'"...," May said after the visit': Karin May, named before, not a modal verb."""
    assert speaker_of(tmp_path, nlp, "people want answers",
                      "Prime Minister Karin May visited the site on Thursday. \"Right now, people want answers, and it's "
                      "absolutely right,\" May said after the visit.") == "Karin May"


@pytest.mark.parametrize("text", [
    "Holmex, which owns the Vesta brand, said it was working with the authorities. A spokeswoman for the company said: "
    "\"Words cannot express our sorrow at this terrible tragedy.\"",
    "Holmex, which owns the Vesta brand, said it was working with the authorities. \"Words cannot express our sorrow at "
    "this terrible tragedy,\" a spokeswoman for the company said.",
])
def test_a_spokeswoman_for_the_company_speaks_for_the_body_the_paragraph_is_about(tmp_path, nlp, text):
    assert speaker_of(tmp_path, nlp, "Words cannot express our sorrow", text) == "Holmex"


def test_a_spokeswoman_for_the_company_speaks_for_no_one_when_two_bodies_lead_the_paragraph(tmp_path, nlp):
    assert speaker_of(tmp_path, nlp, "Words cannot express our sorrow",
                      "Holmex said it was working with the authorities. Lindgas said it would help. A spokeswoman "
                      "for the company said: \"Words cannot express our sorrow at this terrible tragedy.\"") is None


@pytest.mark.parametrize("text, snippet", [
    # the family name of two entries (a full name and a short form the glossary kept apart), subject of the paragraph
    ("The team was led by Ragnvald Holmqvist, the project director. Ragge Holmqvist spoke at the launch.\n\n"
     "Tomas Brandt, a student, wrote: \"If you are attacking her, please go away,\" he said.\n\n"
     "Holmqvist also defended his colleague. \"Anna was one of many people who made this possible,\" he said.",
     "one of many people who made this possible"),
    # a family name two people bear, named in a paragraph between the last quotation and the "he"
    ("Erik Holm boarded the plane in Lindby. His sister, Anna Holm, waved goodbye.\n\n"
     "\"Every lead has been followed,\" Tomas Brandt said. He added that the search would end.\n\n"
     "A voice message, thought to have been sent by Holm to a group of friends during the flight, emerged on Wednesday.\n\n"
     "In the recording, he says: \"I'm here on a plane that looks like it's going to fall to pieces.\"",
     "going to fall to pieces"),
])
def test_a_he_after_someone_the_glossary_leaves_to_no_one_is_not_an_earlier_speaker(tmp_path, nlp, text, snippet):
    assert speaker_of(tmp_path, nlp, snippet, text) is None


def test_a_that_clause_the_parser_joined_to_an_adverbial_clause_is_not_that_clause_s_subject_s(tmp_path, nlp):
    """'A spokesman said the company had deleted the data when Holmbook Inc asked it to, and that ``...''': the
    second thing the spokesman said, never the words of the body in the when-clause."""
    assert speaker_of(tmp_path, nlp, "no data from HR was used",
                      "Vester Datamark denied wrongdoing. A spokesman said the company had deleted all the data it received "
                      "from Erik Holm's firm, Holm Research (HR), when Holmbook Inc asked it to in 2015, and that ``no data "
                      "from HR was used by Vester Datamark as part of the services it provided to the campaign.''") is None


def test_a_participle_after_a_reported_statement_about_a_body_is_not_the_body_s(tmp_path, nlp):
    """'Erik Holmqvist wrote that Holmex Inc would audit its apps, saying "..."': the writer's words or the company's,
    the sentence does not say which."""
    assert speaker_of(tmp_path, nlp, "deserve to serve you",
                      "On Wednesday night Erik Holmqvist wrote that Holmex Inc would audit thousands of apps and restrict "
                      "developers' access, saying \"we don't deserve to serve you\" if the company could not protect users' "
                      "data.") is None


@pytest.mark.parametrize("lead_in, expected", [
    # the person named first, set off by commas, then the reporting verb: the parser may lose the subject in between
    ("Tove van Holm, whose 12-year-old grandson Olle was on the ferry, said she no longer expected the owners to be "
     "charged.", "Tove van Holm"),
    # a verb of neither saying nor introducing, after a person brought in with what he is: his all the same, as
    # feature style has it (see test_a_quotation_paragraph_after_a_person_is_brought_in_is_theirs)
    ("Dr Ivar Lindqvist, a marine engineer at Holm University in Lindby, has studied ferries for years.", "Ivar Lindqvist"),
    # ... but not after someone named without what he is
    ("Ivar Lindqvist has studied ferries for years.", None),
])
def test_a_quotation_paragraph_after_a_lead_in_is_the_lead_in_s_speaker(tmp_path, nlp, lead_in, expected):
    found = speakers(tmp_path, nlp, lead_in + "\n\n\"The rust was there for anyone to see. A single look under the "
                     "waterline would have been enough.\"\n\nThe inquiry opens in May.")
    assert found["The rust was there for anyone to see. A single look under the waterline would have been enough."] == expected


@pytest.mark.parametrize("spokes", ["A Lindby Port Authority spokeswoman", "A spokeswoman for the Lindby Port Authority"])
def test_she_after_a_body_s_spokeswoman_is_the_body(tmp_path, nlp, spokes):
    """'A Lindby Port Authority spokeswoman said ... "...," she said': she speaks for the body, its words."""
    text = (f"The Lindby Port Authority was criticised on Monday. {spokes} said the ferries were safe. "
            "\"Every ferry is inspected twice a year,\" she said.")
    assert speaker_of(tmp_path, nlp, "Every ferry", text) == "Lindby Port Authority"


@pytest.mark.parametrize("text, snippet, expected", [
    # an "and" inside the name of the speaker's body is no new clause
    ('"Every metre of the coast is being searched again," Erik Lindqvist, head of the Vester Coastal Patrol and Salvage '
     'Service, told reporters.', "Every metre", "Erik Lindqvist"),
    # a surname with its particle after an honorific, which the tagger leaves untagged
    ("Dr Mirjam de Vries, a hydrologist at the Holm Water Institute, said the dykes would hold.\n\n"
     '"The water has nowhere else to go this time," Dr de Vries said.', "The water has", "Mirjam de Vries"),
    # a kind of maker written as one word, for the one body the paragraph had for a subject
    ('Holmex said on Monday it would recall the boats. "Every hull will be checked before the summer," the Vesterland '
     'shipmaker said.', "Every hull", "Holmex"),
    # "the President", capitalised: the one president the paragraph names, of several in the article; not when the
    # paragraph names two
    ("The ferry sank off Lindby on Monday. Vesterland's president, Siri Holm, visited the port on Tuesday.\n\n"
     "President Erik Dahl wrote to the crew's families. \"Every town on this coast shares your loss,\" the President "
     "said in a statement.", "shares your loss", "Erik Dahl"),
    ("The ferry sank off Lindby on Monday.\n\nPresident Erik Dahl met President Siri Holm at the port. \"Every town on "
     "this coast shares your loss,\" the President said in a statement.", "shares your loss", None),
    # a noun for someone who gave a name as theirs: that one; and a "he" going on about them
    ('"The hull tipped over in a few seconds," said a 52-year-old fisherman who gave his name as Olle, '
     'pointing at the reef.', "The hull tipped over", "Olle"),
    ("The ferry left Lindby two hours late on Friday.\n\nAnother passenger, who simply gave his name as Okoro, said the "
     'crew had been calm. "We waited on the quay in the rain and nobody told us why," he said.', "We waited on the quay", "Okoro"),
])
def test_a_speaker_named_after_the_quotation_in_ways_news_writes_them(tmp_path, nlp, text, snippet, expected):
    assert speaker_of(tmp_path, nlp, snippet, text) == expected


@pytest.mark.parametrize("lead_in, quotation, expected", [
    # a person brought in with what she is, doing something: the quotation after is hers (feature style)
    ("Erik Lindqvist, a data analyst at Holm Analytics, checked the ballot counts overnight.",
     "The harm is done to confidence. The board insisted for years that all was well.", "Erik Lindqvist"),
    ("Police chief Erik Lindqvist showed photographs of the damaged hull on Wednesday.",
     "The cracks were visible for months. Nobody acted on them.", "Erik Lindqvist"),
    # ... after a capitalised title, which the tagger reads as a name
    ("Lindby Mayor Erik Lindqvist, who has led the town since 2019, toured the flooded streets on Tuesday.",
     "Every family here has lost something. The council will pay for the repairs.", "Erik Lindqvist"),
    # not what is done to him, nor words about him ("he"): someone else's
    ("Erik Lindqvist, a harbour pilot, was arrested on Friday.", "This is a good day for the town.", None),
    ("Erik Lindqvist, 34, a harbour pilot, drowned on Friday.", "He was a loving father and a good friend.", None),
])
def test_a_quotation_paragraph_after_a_person_is_brought_in_is_theirs(tmp_path, nlp, lead_in, quotation, expected):
    found = speakers(tmp_path, nlp, f'{lead_in}\n\n"{quotation}"\n\nThe count resumes on Monday.')
    assert found[quotation] == expected
