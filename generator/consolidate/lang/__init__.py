"""Language knowledge as data (the way spaCy keeps `lang/en`): word lists of English news style, one file each,
read once.  A list names a general phenomenon of the language, never a story's names."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...text import data_words, norm

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The words of `<name>.txt`: one entry a line, lower case; `#` starts a comment."""
    return frozenset(line.split("#", 1)[0].strip().lower() for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines()
                     if line.split("#", 1)[0].strip())


@lru_cache(maxsize=None)
def shared_words(name: str) -> frozenset[str]:
    """The words of generator/data/`<name>.txt`: a list the analyse stage's repairs read too (one home for it)."""
    return data_words(name)


@lru_cache(maxsize=None)
def shared_cased_words(name: str) -> frozenset[str]:
    """The entries of generator/data/`<name>.txt` as written, case kept (a list the repairs read too, where case
    tells: "MS" after a name, "Ms" before)."""
    return data_words(name, cased=True)


@lru_cache(maxsize=None)
def forms(name: str) -> dict[str, str]:
    """`<name>.txt` with lines "word: form": each word with its one other form, one way ("man: men")."""
    out: dict[str, str] = {}
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        key, sep, form = line.split("#", 1)[0].strip().lower().partition(":")
        if sep and key.strip() and form.strip():
            out[key.strip()] = form.strip()
    return out


@lru_cache(maxsize=None)
def pairs(name: str) -> dict[str, frozenset[str]]:
    """`<name>.txt` with lines "word: other, other": each word with the words it may stand for, both ways."""
    out: dict[str, set[str]] = {}
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if ":" not in line:
            continue
        key, _, rest = line.partition(":")
        group = {key.strip(), *(w.strip() for w in rest.split(",") if w.strip())}
        for w in group:
            out.setdefault(w, set()).update(group - {w})
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def names(name: str) -> dict[str, str]:
    """`<name>.txt` with lines "Name: other form, other form": every form, in lower case, to the name as written
    (here, or in generator/data/ for a list the analyse stage's repairs read too)."""
    out: dict[str, str] = {}
    path = HERE / f"{name}.txt"
    if not path.is_file():
        path = HERE.parent.parent / "data" / f"{name}.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, _, rest = line.partition(":")
        for form in (key, *rest.split(",")):
            if form.strip():
                out[form.strip().lower()] = key.strip()
    return out


@lru_cache(maxsize=None)
def groups(name: str) -> dict[str, frozenset[str]]:
    """`<name>.txt` with lines "Name: word, word": each name as written, in the file's order, with its words in
    lower case."""
    out: dict[str, frozenset[str]] = {}
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, _, rest = line.partition(":")
        out[key.strip()] = frozenset(w.strip().lower() for w in rest.split(",") if w.strip())
    return out


@lru_cache(maxsize=None)
def person_nouns() -> frozenset[str]:
    """Nouns that say a person ("the minister", "a nurse", "his wife"): titles, roles, people and the words for
    men and women, for the glossary, the quotes and the brief alike."""
    return shared_words("person_titles") | shared_words("role_nouns") | words("people_nouns") | words("male_words") | words("female_words")


@lru_cache(maxsize=None)
def title_in_full() -> dict[str, str]:
    """Each abbreviation of a title, lower case and without its full stop, with the title written out ("sen":
    "senator"): title_abbreviations.txt, for the glossary's descriptions and the quotes' "the senator said"."""
    return {form: title for form, title in names("title_abbreviations").items() if form != title}


@lru_cache(maxsize=None)
def given_name_sex() -> dict[str, str]:
    """Each given name news text gives to one sex only, with that sex ("anna": "f"): given_name_genders.txt."""
    return {name: sex for sex, given in groups("given_name_genders").items() for name in given}


# the endings of a man's and a woman's form of one given name in Spanish, Portuguese and Italian ("Giulio" /
# "Giulia", "Gregorio" / "Gregoria")
ROMANCE_PAIRS = {"o": ("a", "m"), "a": ("o", "f")}


def sex_of_given_name(word: str) -> str | None:
    """"m"/"f" for a given name the list gives to one sex ("Inés" as "ines", "Joaquín" as "joaquin"), or the other
    form of a listed one in Spanish, Portuguese or Italian: a name ending in "o" whose form in "a" is a woman's
    is a man's ("Giulio" beside "Giulia"), one ending in "a" whose form in "o" is a man's a woman's ("Gregoria"); else
    None."""
    key = norm(word)
    sex = given_name_sex()
    if key in sex:
        return sex[key]
    other = ROMANCE_PAIRS.get(key[-1:])
    if other is not None and len(key) > 3 and sex.get(key[:-1] + other[0]) == ("f" if other[1] == "m" else "m"):
        return other[1]
    return None


@lru_cache(maxsize=None)
def honorific_sex() -> dict[str, str]:
    """Each honorific that says a sex ("mr": "m", "mrs": "f"): honorifics.txt read with male_ and female_words.txt."""
    honorifics = words("honorifics")
    return {**{h: "m" for h in honorifics & words("male_words")}, **{h: "f" for h in honorifics & words("female_words")}}
