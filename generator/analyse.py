"""Analyse: run the spaCy pipeline over every paragraph and keep what the later stages need.

This is the only module that imports spaCy.  It returns plain dataclasses (sentences with their tokens and
named-entity mentions), so that consolidation is ordinary Python over typed data.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .contents import AnalysedSource, Corpus, Mention, NewsbriefError, Sentence, Source, Token

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 16  # measured: the default batch size on news-length texts peaks at several GB


def load_model(name: str) -> "Language":
    """Load the spaCy pipeline named in the settings (an installed package name or a folder)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise NewsbriefError(
            f"spaCy model {name!r} is not installed ({str(exc).splitlines()[0][:120]}); "
            "run `make install` or pass --model"
        ) from None


def analyse(corpus: Corpus, nlp: "Language", workers: int = 1) -> tuple[AnalysedSource, ...]:
    """Sentences, tokens and entity mentions for every source, in corpus order."""
    return tuple(analyse_stream(corpus.sources, nlp, workers))


def analyse_stream(sources: Iterable[Source], nlp: "Language", workers: int = 1) -> Iterator[AnalysedSource]:
    """Yield one AnalysedSource at a time so that memory stays bounded on large corpora."""
    for source in sources:
        docs = nlp.pipe(source.paragraphs, batch_size=BATCH_SIZE, n_process=workers if workers > 1 else 1)
        yield from_docs(source, list(docs))


def sentence_vector(doc: "Doc", sent) -> tuple[float, ...]:
    """The sentence's meaning as the pipeline sees it: the mean of the contextual token vectors (the tok2vec
    layer's output, `doc.tensor`) over its content words, scaled to unit length and rounded so that results are
    reproducible.  Empty when the pipeline has no tensor."""
    tensor = getattr(doc, "tensor", None)
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(doc):
        return ()
    rows = [tok.i for tok in sent if not tok.is_stop and not tok.is_punct and not tok.is_space] or [tok.i for tok in sent]
    mean = tensor[rows].mean(axis=0)
    length = float((mean * mean).sum()) ** 0.5
    if not length:
        return ()
    return tuple(round(float(x) / length, 5) for x in mean)


def from_docs(source: Source, docs: list["Doc"]) -> AnalysedSource:
    """Convert the spaCy Docs of a source's paragraphs into our data objects."""
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    for paragraph, doc in enumerate(docs):
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            index = len(sentences)
            tokens = tuple(
                Token(
                    i=tok.i - sent.start,
                    text=tok.text,
                    lemma=tok.lemma_,
                    pos=tok.pos_,
                    tag=tok.tag_,
                    dep=tok.dep_,
                    head=tok.head.i - sent.start if sent.start <= tok.head.i < sent.end else tok.i - sent.start,
                    start=tok.idx,
                    ent=tok.ent_type_,
                    stop=tok.is_stop,
                )
                for tok in sent
            )
            sentences.append(
                Sentence(
                    source_id=source.id,
                    index=index,
                    paragraph=paragraph,
                    start=sent.start_char,
                    end=sent.end_char,
                    text=sent.text.strip(),
                    tokens=tokens,
                    vector=sentence_vector(doc, sent),
                )
            )
            for ent in sent.ents:
                mentions.append(
                    Mention(
                        text=ent.text,
                        label=ent.label_,
                        paragraph=paragraph,
                        sentence=index,
                        start=ent.start_char,
                        end=ent.end_char,
                        token_start=ent.start - sent.start,
                        token_end=ent.end - sent.start,
                    )
                )
    return AnalysedSource(source=source, sentences=tuple(sentences), mentions=tuple(mentions))
