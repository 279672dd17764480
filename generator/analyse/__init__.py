"""Analyse: run the spaCy pipeline over every paragraph and keep what the later stages need.

This is the only module that imports spaCy.  It returns plain dataclasses (sentences with their tokens and
named-entity mentions), so that consolidation is ordinary Python over typed data.

Articles are streamed: in one process, all paragraphs that need analysis go through one `nlp.pipe`, and each
article's Docs are converted, cached and dropped as soon as its last paragraph is back, so memory holds the
small dataclasses, never the Docs of the whole corpus.  With `workers` > 1 (and enough text to pay for them),
whole articles go to forked worker processes that inherit the loaded pipeline, and each worker also converts
and serialises its articles: the parent receives only the data objects and the cache files' bytes.  spaCy's results are cached per article
as a DocBin named by a hash of the article's text, the model's name and version, spaCy's version and this
module's code; the cache folder is safe to delete.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..contents import AnalysedSource, Corpus, Mention, NewsbriefError, Sentence, Source, Token
from ..text import DATELINE_ALONE
from .repairs import DATA_FILES, add_repairs

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger("newsbrief")

BATCH_SIZE = 16  # measured: the default batch size on news-length texts peaks at several GB
MIN_PARAGRAPHS_PER_WORKER = 200  # below this, starting worker processes costs more than it saves
VECTORS = "newsbrief.vectors"  # Doc.user_data key: the sentence vectors (DocBin does not keep doc.tensor)
# a typographic apostrophe before a capital inside a name ("O’Dahl", "D’Lindby", "N’Holm"): the model, trained on
# text written with the typewriter one, reads such a word as a common one ("O’Dahl said": no name), and reads the
# typewriter form as a name. (Not the apostrophe of a possessive or a contraction, "Holm’s", "isn’t": the model
# reads those either way, each way wrong somewhere.)
NAME_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’ʼ](?=[^\W\d_])(?=[A-ZÀ-ÖØ-Þ])")


def model_text(paragraph: str) -> str:
    """The paragraph as the model reads it: the same characters at the same offsets, but for the apostrophe inside a
    name, which is the typewriter one (the data objects keep the text as written: see from_docs)."""
    return NAME_APOSTROPHE.sub("'", paragraph)

Progress = Callable[[int, int], None]  # (articles done, articles in all)


def load_model(name: str) -> "Language":
    """Load the spaCy pipeline named in the settings (an installed package name or a folder)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise NewsbriefError(
            f"spaCy model {name!r} is not installed ({str(exc).splitlines()[0][:120]}); "
            "run `make install` or pass --model"
        ) from None
    return add_repairs(nlp)


def model_identity(name: str) -> str:
    """Name and version of the model and of spaCy, read without importing spaCy (for cache keys)."""
    try:
        spacy_version = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        spacy_version = "?"
    meta = Path(name) / "meta.json"
    if meta.is_file():
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            version = f"{data.get('lang')}_{data.get('name')}-{data.get('version')}@{meta.stat().st_mtime_ns}"
        except (OSError, ValueError):
            version = f"{meta.stat().st_mtime_ns}"
        return f"{Path(name).resolve()}={version};spacy={spacy_version}"
    try:
        version = importlib.metadata.version(name)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        version = "?"
    return f"{name}={version};spacy={spacy_version}"


@dataclass
class AnalyseStats:
    """What one run did: articles read from the cache and articles run through spaCy."""

    cached: int = 0
    analysed: int = 0


class DocCache:
    """spaCy's Docs for one article per file (`<hash>.spacy`, a DocBin), keyed by content and model."""

    def __init__(self, folder: Path, model: str):
        self.folder = Path(folder) / "docs"
        # a change to the conversion, the vectors or the repair components (and the shared text patterns they
        # read) invalidates the cache
        here = Path(__file__).parent
        code = b"".join(path.read_bytes() for path in [*sorted(here.glob("*.py")), here.parent / "text.py", *DATA_FILES])
        self.salt = hashlib.sha256(model_identity(model).encode("utf-8") + b"\0" + code).hexdigest()

    def key(self, source: Source) -> str:
        digest = hashlib.sha256(self.salt.encode("ascii"))
        for paragraph in source.paragraphs:
            digest.update(b"\0" + paragraph.encode("utf-8"))
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.spacy"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def load(self, key: str, nlp: "Language", count: int) -> list["Doc"] | None:
        from spacy.tokens import DocBin

        try:
            docs = list(DocBin().from_bytes(self.path(key).read_bytes()).get_docs(nlp.vocab))
        except Exception as exc:  # noqa: BLE001 - a damaged cache file is analysed again
            log.debug("newsbrief: ignoring unreadable cache file %s: %s", self.path(key), exc)
            return None
        return docs if len(docs) == count else None

    def store(self, key: str, docs: list["Doc"]) -> None:
        from spacy.tokens import DocBin

        self.store_bytes(key, DocBin(store_user_data=True, docs=docs).to_bytes())

    def store_bytes(self, key: str, data: bytes) -> None:
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)  # atomic: a parallel run never reads half a file
        except OSError as exc:
            log.warning("newsbrief: warning: cannot write the analysis cache in %s: %s", self.folder, exc)


def analyse(corpus: Corpus, nlp: "Language", workers: int = 1) -> tuple[AnalysedSource, ...]:
    """Sentences, tokens and entity mentions for every source, in corpus order (no cache)."""
    return tuple(analyse_stream(corpus.sources, lambda: nlp, workers))


def analyse_stream(
    sources: Iterable[Source],
    nlp: Callable[[], "Language"],
    workers: int = 1,
    cache: DocCache | None = None,
    progress: Progress | None = None,
    stats: AnalyseStats | None = None,
) -> Iterator[AnalysedSource]:
    """Yield one AnalysedSource per source, in order.  `nlp` is called (once) only when a Doc is needed, so a run
    whose articles are all cached still loads the model only to read them back."""
    sources = list(sources)
    stats = stats if stats is not None else AnalyseStats()
    keys = [cache.key(s) if cache is not None else "" for s in sources]
    todo = [cache is None or not cache.has(k) for k in keys]
    model: list["Language"] = []

    def get_nlp() -> "Language":
        if not model:
            model.append(nlp())
        return model[0]

    paragraphs = sum(len(s.paragraphs) for s, t in zip(sources, todo) if t)
    processes = workers if workers > 1 and paragraphs >= MIN_PARAGRAPHS_PER_WORKER * workers else 1
    if processes > 1:
        # whole articles to worker processes, which also convert and serialise them: the parent only receives
        # the small data objects and the cache file's bytes
        results = _in_workers([s for s, t in zip(sources, todo) if t], get_nlp(), processes, cache is not None)
    else:
        pending = (model_text(p) for s, t in zip(sources, todo) if t for p in s.paragraphs)
        stream = iter(get_nlp().pipe(pending, batch_size=BATCH_SIZE)) if paragraphs else iter(())
    for done, (source, key, fresh) in enumerate(zip(sources, keys, todo), start=1):
        if fresh and processes > 1:
            analysed, data = next(results)
            if cache is not None:
                cache.store_bytes(key, data)
            stats.analysed += 1
            yield analysed
            if progress is not None:
                progress(done, len(sources))
            continue
        docs = None if fresh or cache is None else cache.load(key, get_nlp(), len(source.paragraphs))
        if docs is not None:
            stats.cached += 1
        else:
            if fresh:
                docs = [next(stream) for _ in source.paragraphs]
            else:  # a damaged cache file
                docs = list(get_nlp().pipe(map(model_text, source.paragraphs), batch_size=BATCH_SIZE))
            for doc in docs:
                doc.user_data[VECTORS] = [sentence_vector(doc, sent) for sent in doc.sents]
            if cache is not None:
                cache.store(key, docs)
            stats.analysed += 1
        yield from_docs(source, docs)
        if progress is not None:
            progress(done, len(sources))


def _in_workers(sources: list[Source], nlp: "Language", processes: int, keep: bool) -> Iterator[tuple[AnalysedSource, bytes]]:
    """(AnalysedSource, DocBin bytes or b"") for each source, in order, from `processes` forked workers that
    inherit the loaded pipeline (nothing is pickled but the articles and the results)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    with context.Pool(processes, initializer=_start_worker, initargs=(nlp,)) as pool:
        yield from pool.imap(_analyse_in_worker, ((source, keep) for source in sources), chunksize=2)


_worker: list["Language"] = []  # the pipeline, set in each worker process by _start_worker (never in the parent)


def _start_worker(nlp: "Language") -> None:
    _worker[:] = [nlp]


def _analyse_in_worker(job: tuple[Source, bool]) -> tuple[AnalysedSource, bytes]:
    from spacy.tokens import DocBin

    source, keep = job
    docs = list(_worker[0].pipe(map(model_text, source.paragraphs), batch_size=BATCH_SIZE))
    for doc in docs:
        doc.user_data[VECTORS] = [sentence_vector(doc, sent) for sent in doc.sents]
    data = DocBin(store_user_data=True, docs=docs).to_bytes() if keep else b""
    return from_docs(source, docs), data


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


TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
ABBREVIATION_END = re.compile(
    r"(?:\b[ap]\.m|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Lt|Adm|Capt|Cmdr|Gen|Col|Sgt|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|No|Jr|Sr|Inc|Corp|Co|vs))\.$"
)


def _sentences(doc: "Doc", vectors) -> Iterator[tuple]:
    """The parser's sentences, with its most common news-text errors mended: a "sentence" that follows one
    ending without terminal punctuation ("... Technician (Electrical)" | "Sergeant Anna ...") or with an
    abbreviation ("9:15 a.m." | "Central European Time") is joined to it.  Yields (span, vector)."""
    sents = list(doc.sents)
    groups: list[list[int]] = []
    for k, sent in enumerate(sents):
        text = sent.text.strip()
        if k == 0 and len(sents) > 1 and DATELINE_ALONE.fullmatch(text):
            continue  # a dateline ("VESTERBY (Nordpress) —"): where the article was filed, no sentence of it
        if groups and text:
            previous = doc[sents[groups[-1][0]].start:sents[groups[-1][-1]].end].text.strip()
            if not TERMINAL.search(previous) or ABBREVIATION_END.search(previous):
                groups[-1].append(k)
                continue
        groups.append([k])
    for group in groups:
        span = doc[sents[group[0]].start:sents[group[-1]].end]
        if len(group) == 1 and vectors is not None:
            vector = tuple(vectors[group[0]])
        elif vectors is not None:
            vector = _mean_vector([vectors[k] for k in group])
        else:
            vector = sentence_vector(doc, span)
        yield span, vector


def _mean_vector(rows) -> tuple[float, ...]:
    rows = [r for r in rows if r]
    if not rows:
        return ()
    mean = [sum(col) / len(rows) for col in zip(*rows)]
    length = sum(x * x for x in mean) ** 0.5 or 1.0
    return tuple(round(x / length, 5) for x in mean)


def from_docs(source: Source, docs: list["Doc"]) -> AnalysedSource:
    """Convert the spaCy Docs of a source's paragraphs into our data objects."""
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    intern = sys.intern  # tags, labels and lemmas repeat: one string object each keeps large corpora small
    for paragraph, doc in enumerate(docs):
        vectors = doc.user_data.get(VECTORS)
        written = source.paragraphs[paragraph]  # the text as written (the model read model_text's)
        for sent, vector in _sentences(doc, vectors):
            if not sent.text.strip():
                continue
            index = len(sentences)
            tokens = tuple(
                Token(
                    i=tok.i - sent.start,
                    text=written[tok.idx:tok.idx + len(tok.text)],
                    lemma=intern(tok.lemma_),
                    pos=intern(tok.pos_),
                    tag=intern(tok.tag_),
                    dep=intern(tok.dep_),
                    head=tok.head.i - sent.start if sent.start <= tok.head.i < sent.end else tok.i - sent.start,
                    start=tok.idx,
                    ent=intern(tok.ent_type_),
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
                    text=written[sent.start_char:sent.end_char].strip(),
                    tokens=tokens,
                    vector=vector,
                )
            )
            for ent in sent.ents:
                mentions.append(
                    Mention(
                        text=written[ent.start_char:ent.end_char],
                        label=intern(ent.label_),
                        paragraph=paragraph,
                        sentence=index,
                        start=ent.start_char,
                        end=ent.end_char,
                        token_start=ent.start - sent.start,
                        token_end=ent.end - sent.start,
                    )
                )
    return AnalysedSource(source=source, sentences=tuple(sentences), mentions=tuple(mentions))
