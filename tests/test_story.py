"""consolidate/story.py: the story index every part of the consolidation shares."""
from __future__ import annotations

from generator.consolidate.story import Story
from generator.contents import AnalysedSource, Sentence, Source


def analysed(source_id: str, *texts: str) -> AnalysedSource:
    sentences = tuple(Sentence(source_id, i, 0, 0, len(t), t) for i, t in enumerate(texts))
    return AnalysedSource(Source(id=source_id, file=f"{source_id}.txt", title=source_id, paragraphs=(" ".join(texts),)), sentences, ())


def test_story_indexes_sources_and_sentences_once():
    sources = (analysed("vester-wire", "The ferry sailed.", "It was late."), analysed("holm-post", "Crews cheered."))
    story = Story.of(sources)
    assert story.order == {"vester-wire": 0, "holm-post": 1}
    assert story.sentences["vester-wire", 1].text == "It was late." and story.sentences["holm-post", 0].text == "Crews cheered."
    assert list(story) == list(sources) and len(story) == 2  # reads like the tuple it indexes
    assert Story.of(story) is story  # never built twice


def test_an_empty_story():
    story = Story.of(())
    assert len(story) == 0 and story.order == {} and story.sentences == {}
