"""Corroboration: sources grouped into independent reports (versions of one newsroom's story counted once).

The fixture tests/data/wire holds three versions of one invented wire story (a first version, another outlet's
reprint, a later update that revises the number detained) and one independent local article."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.analyse import analyse
from generator.consolidate import consolidate
from generator.consolidate.reports import group_reports, within_reports
from generator.contents import Discrepancy, Report, Variant
from generator.ingest import read_corpus
from generator.render import render

WIRE = Path(__file__).resolve().parent / "data" / "wire"
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@pytest.fixture(scope="module")
def wire(nlp):
    corpus = read_corpus(WIRE)
    analysed = analyse(corpus, nlp)
    return analysed, consolidate(analysed, corpus.warnings)


def test_versions_of_one_wire_story_are_one_report_and_the_independent_article_another(wire):
    analysed, brief = wire
    files = {a.source.id: a.source.file for a in analysed}
    grouped = [[files[s] for s in r.sources] for r in brief.reports]
    assert grouped == [["01_wire-first.md", "02_wire-reprint.md", "03_wire-update.md"], ["04_local-paper.txt"]]
    assert brief.reports[0].credit == "Associated Press"
    assert brief.reports[0].dated  # every version dated: the order is the order of their dates


def test_a_sentence_from_the_wire_and_the_local_article_has_two_reports(wire):
    _, brief = wire
    mayor = next(s for s in brief.sentences if "safety rules" in s.text)
    assert len(mayor.sources) == 4 and mayor.reports == ("r1", "r2")
    copied = next(s for s in brief.sentences if "began peacefully" in s.text)
    assert len(copied.sources) == 3 and copied.reports == ("r1",)


def test_versions_of_one_report_that_differ_are_an_update_not_a_disagreement(wire):
    _, brief = wire
    detained = [d for d in brief.discrepancies if any("130" in v.text for v in d.variants)]
    assert detained and all(d.report == "r1" for d in detained)
    assert not any(v.text.startswith("130") for s in brief.sentences for v in s.disputed)


def test_a_version_a_report_corrected_in_its_update_is_that_report_s_update_not_a_disagreement():
    # the wire first said seven dead, its update nine; a local paper says nine: nobody disagrees
    toll = Discrepancy("Death toll", (Variant("at least seven people", ("wire-1",)), Variant("at least nine people", ("wire-2", "local"))))
    reports = (Report("r1", ("wire-1", "wire-2"), dated=True), Report("r2", ("local",)))
    [update] = within_reports((toll,), reports)
    assert update.report == "r1" and [(v.text, v.sources) for v in update.variants] == [
        ("at least seven people", ("wire-1",)), ("at least nine people", ("wire-2",))]
    # a third version from another newsroom is still a disagreement, with the two current versions
    eight = Discrepancy("Death toll", (*toll.variants, Variant("eight people", ("radio",))))
    found = within_reports((eight,), (*reports, Report("r3", ("radio",))))
    assert [(d.report, sorted(v.text for v in d.variants)) for d in found] == [
        (None, ["at least nine people", "eight people"]), ("r1", ["at least nine people", "at least seven people"])]
    # versions whose order is not known supersede nothing
    assert within_reports((toll,), (replace(reports[0], dated=False), reports[1])) == (toll,)


def test_the_brief_page_gives_one_footnote_per_report_listing_its_versions(wire):
    _, brief = wire
    page = render(brief, TEMPLATES)["index.md"]
    line = next(ln for ln in page.splitlines() if "safety rules" in ln and not ln.startswith("[^"))
    assert line.count("[^") == 2 and "*(2 reports, 4 articles)*" in line
    note = next(ln for ln in page.splitlines() if ln.startswith("[^") and "safety rules" in ln and "also in" in ln)
    assert note.count("](sources/") == 3  # the report's first version, and its two other versions
    assert "## Updated between versions of one report" in page and "updated in a later version" in page
    files = render(brief, TEMPLATES)
    assert "## Reports with several versions" in files["sources/index.md"] and "(Associated Press)" in files["sources/index.md"]
    # the glossary and the entity pages count reports too
    assert "Mentioned by 2 independent reports in 4 articles:" in files["glossary.md"]
    assert "of 4 sources (2 independent reports)" in files["entities/anna-berg.md"]


def test_a_quoted_paragraph_is_no_copy(tmp_path, nlp):
    """An article that quotes one paragraph of another shares too little of its text to be its version."""
    story = ("The council of Lindmark voted on Monday to close the old ferry line after forty years of service. "
             "The last ferry will sail at the end of the summer, the council said in a statement.")
    rest = ("\n\nThe line lost money every year since the new bridge opened, the council's finance officer said. "
            "Passenger numbers fell by half in five years.\n\nThe two ferries will be sold to a company in the south. "
            "Their crews will be offered jobs at the harbour office.\n\nThe vote was close: eleven to nine, with two "
            "members of the council absent because of illness.\n\nThe ferry line opened in the year the old harbour was "
            "rebuilt, and for three decades it carried most of the goods that reached the island.\n\nA group of "
            "residents has asked the regional government to review the decision before the summer ends.\n\nThe "
            "council will publish the full report on the line's finances on its website next week.")
    other = ("Residents of Holm say they were not asked about the ferry. Many of them work in Lindmark and cross "
             "every day. Shop owners fear they will lose customers. The bus company has offered a new line but no "
             "timetable yet. A petition against the closure has gathered three thousand names. The mayor of Holm "
             "will meet the council next week. Fishermen say the harbour will be empty without the ferry.")
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "01_a.txt").write_text(f"Council closes ferry line\n\n{story}{rest}", encoding="utf-8")
    (folder / "02_b.txt").write_text(f"Holm fears for its ferry\n\n{other}\n\nAs the council put it: {story}", encoding="utf-8")
    assert [len(r.sources) for r in group_reports(analyse(read_corpus(folder), nlp))] == [1, 1]


def test_more_reports_than_the_page_shows_are_behind_one_link(wire, monkeypatch):
    import generator.render as render_module

    _, brief = wire
    monkeypatch.setattr(render_module, "MAX_FOOTNOTES", 1)
    files = render_module.render(brief, TEMPLATES)
    line = next(ln for ln in files["index.md"].splitlines() if "safety rules" in ln and not ln.startswith("[^"))
    assert line.count("[^") == 1 and "[+1 more report](sources/evidence.md#s" in line
    assert "safety rules" in files["sources/evidence.md"]


def test_long_lists_show_their_most_reported_items_and_link_a_page_with_all(wire, monkeypatch):
    """The brief page stays small however many sources there are: quotes, dates and differences past
    TUNING.max_brief_items are on pages of their own, and source lists stop at TUNING.max_listed_sources."""
    import generator.render as render_module

    _, brief = wire
    assert len(brief.quotes) == 2
    monkeypatch.setattr(render_module, "MAX_LISTED", 1)
    monkeypatch.setattr(render_module, "TUNING", replace(render_module.TUNING, max_listed_sources=1))
    files = render_module.render(brief, TEMPLATES)
    page = files["index.md"]
    assert page.count("\n> “") == 1 and "[All 2 quotes](quotes.md)" in page
    assert files["quotes.md"].count("\n> “") == 2
    widest = max(brief.quotes, key=lambda q: len(q.sources))
    assert widest.text in page  # the one more sources report is the one shown
    assert "and 2 more" in page  # its three sources, listed up to max_listed_sources = 1 (see below)


def test_a_report_is_not_chained_through_a_third_article(tmp_path, nlp):
    """B shares half its text with A and half with C; C shares nothing with A: A and B are one report (B a
    re-edit of A), C is not pulled into it through B."""
    a = ["The fishing committee met on a cold Monday morning to discuss the future of the old wooden piers.",
         "Its chairman said the piers had not been repaired since the storm that flooded the lower town.",
         "Repairs would cost about four million crowns, according to a survey ordered by the council last spring.",
         "Several boat owners told the meeting they would leave the harbour if nothing was done before winter.",
         "A proposal to sell part of the waterfront to a hotel chain was rejected by a large majority of members.",
         "The committee will ask the regional government for help with the cost of the work next month."]
    b = a[3:] + ["Shipping companies in the bay say they have already moved their vessels to the deeper northern port.",
                 "One of them, a family firm with six cargo ships, said the move cost it two weeks of trade.",
                 "The port authority expects more companies to follow if the piers are closed to heavy traffic."]
    c = b[3:] + ["The ferry to the islands will keep its timetable through the winter, its operator said on Tuesday.",
                 "Passengers had feared the crossing would stop when the old landing stage was declared unsafe.",
                 "A temporary pontoon built by army engineers will carry cars and foot passengers until the spring."]
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, paragraphs in (("01_a.txt", a), ("02_b.txt", b), ("03_c.txt", c)):
        (folder / name).write_text(f"Harbour committee meets, part {name[1]}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    analysed = analyse(read_corpus(folder), nlp)
    files = {x.source.id: x.source.file for x in analysed}
    assert [[files[s] for s in r.sources] for r in group_reports(analysed)] == [["01_a.txt", "02_b.txt"], ["03_c.txt"]]


def test_a_dateline_s_agency_credit_is_no_abbreviation(wire):
    """'VESTERBY, Nordia (AP) —': AP is the agency, not another name of the place before it."""
    _, brief = wire
    assert not any("AP" in e.aliases for e in brief.entities)


def test_update_marks_order_the_versions_of_a_report_without_dates(tmp_path, nlp):
    """Wire copy marks its later versions ("UPDATE 1-", "UPDATE 2-"): without dates, they give the order, so a
    changed figure is an update in a later version."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for source in sorted(WIRE.iterdir()):
        if source.suffix == ".md":  # the three versions, without their front matter (no dates)
            text = source.read_text(encoding="utf-8").split("---\n", 2)[2].lstrip()
            mark = {"01": "", "02": "UPDATE 1-", "03": "UPDATE 2-"}[source.name[:2]]
            lines = text.split("\n", 1)
            name = {"01": "93", "02": "92", "03": "91"}[source.name[:2]]  # the files in the reverse order of the updates
            (folder / f"{name}_{source.stem}.txt").write_text(f"{mark}{lines[0].lstrip('# ')}\n{lines[1]}", encoding="utf-8")
    analysed = analyse(read_corpus(folder), nlp)
    [report] = group_reports(analysed)
    files = {a.source.id: a.source.file for a in analysed}
    assert [files[s][:2] for s in report.sources] == ["93", "92", "91"] and report.dated


def test_a_wire_s_marked_update_that_rewrote_most_of_its_story_is_a_version_of_it(tmp_path, nlp):
    """An update rewrites its lead and much else ("UPDATE 1-"): with the same wire's credit, the few paragraphs
    it keeps make it a version of the first story; an unmarked article of the same wire sharing as little is not."""
    kept = ["The ferry company said the vessel had passed its last safety inspection in the spring without any faults.",
            "Divers from the navy were expected to reach the wreck on Wednesday if the weather in the strait allowed it."]
    first = ["VESTERBY, Nordia (AP) — A ferry carrying 60 people sank in the strait off Vesterby on Monday night, officials said.",
             "Rescue boats picked up 41 survivors from the cold water in the first hours after the sinking, the coastguard said.",
             "The ferry had left the harbour at Lindby shortly after six in the evening on its regular crossing.",
             "Relatives of the passengers gathered at the terminal in Lindby, where the company set up a help desk.",
             "Fishing boats from nearby villages joined the search and lit the water with their lamps through the night.",
             "The regional governor said she would travel to Vesterby on Tuesday morning to meet the rescue teams.",
             *kept, "The cause of the sinking was not yet known, and police said it was too early to speculate about it."]
    update = ["VESTERBY, Nordia (AP) — Searchers found nine more bodies on Tuesday, raising the toll to 12, the coastguard said.",
              "Seven people were still missing after the sinking, and hopes of finding them alive were fading, officials said.",
              "The governor met survivors at the hospital in Vesterby and promised an independent inquiry into the disaster.",
              "Survivors told reporters the ship had tilted sharply after a loud noise below deck, then went down within minutes.",
              "Three crew members were questioned by police on Tuesday afternoon, a spokeswoman for the prosecutors said.",
              "Flags flew at half-mast on public buildings across the region, where a day of mourning was declared.",
              *kept, "A memorial service will be held in the cathedral of Lindby on Sunday, the bishop's office said."]
    other = ["VESTERBY, Nordia (AP) — The regional football league postponed all weekend matches after the sinking.",
             *first[1:3], "Clubs said the players would wear black armbands when the league resumes next week.",
             "The league's chairman said the decision had been taken after talks with the clubs on Tuesday.",
             "Ticket holders will be able to use their tickets for the postponed matches, the league said.",
             "Two of the league's referees were among the volunteers who joined the search on Monday night.",
             "The national cup final in Lindmark will go ahead as planned at the end of the month, officials said.",
             "A minute of silence will be held before every match played in the region for the rest of the season."]
    folder = _articles(tmp_path, (("01_first.txt", "Ferry sinks off Vesterby", first),
                                  ("02_update.txt", "UPDATE 1-Ferry toll rises to 12", update),
                                  ("03_other.txt", "League postpones matches after ferry sinking", other)))
    analysed = analyse(read_corpus(folder), nlp)
    files = {x.source.id: x.source.file for x in analysed}
    assert [[files[s] for s in r.sources] for r in group_reports(analysed)] == [["01_first.txt", "02_update.txt"], ["03_other.txt"]]


def test_the_brief_tells_a_wire_story_in_its_marked_update_s_words(tmp_path, nlp):
    """'UPDATE 1-' replaces the wire's first version: the brief tells none of the first version's sentences (its
    toll of three is the update's twelve now); a later copy without a mark replaces nothing."""
    from generator.consolidate import consolidate
    from generator.consolidate.reports import superseded_versions

    kept = ["The ferry company said the vessel had passed its last safety inspection in the spring without any faults.",
            "Divers from the navy were expected to reach the wreck on Wednesday if the weather in the strait allowed it."]
    first = ["VESTERBY, Nordia (AP) — A ferry carrying 60 people sank off Vesterby on Monday night, killing three, officials said.",
             "Fishing boats from nearby villages joined the search and lit the water with their lamps through the night.",
             "The ferry had left the harbour at Lindby shortly after six in the evening on its regular crossing.",
             *kept, "The cause of the sinking was not yet known, and police said it was too early to speculate about it."]
    update = ["VESTERBY, Nordia (AP) — Searchers found nine more bodies on Tuesday, raising the ferry toll to 12, the coastguard said.",
              "Seven people were still missing after the sinking off Vesterby, and hopes of finding them were fading.",
              "Three crew members were questioned by police on Tuesday afternoon, a spokeswoman for the prosecutors said.",
              *kept, "A memorial service will be held in the cathedral of Lindby on Sunday, the bishop's office said."]
    local = ["The Lindby ferry that sank off Vesterby on Monday had 60 people aboard, and 12 of them have died.",
             "Families in Lindby waited at the terminal through the night for news of their relatives.",
             "The town council opened the school gym to relatives who had travelled from the islands."]
    folder = _articles(tmp_path, (("01_first.txt", "Ferry sinks off Vesterby, three dead", first),
                                  ("02_update.txt", "UPDATE 1-Ferry toll rises to 12", update),
                                  ("03_local.txt", "Lindby waits for news of the ferry", local)))
    analysed = analyse(read_corpus(folder), nlp)
    first_id = next(a.source.id for a in analysed if a.source.file == "01_first.txt")
    assert superseded_versions(analysed, group_reports(analysed)) == {first_id}
    brief = consolidate(analysed)
    assert not any(s.sources == (first_id,) for s in brief.sentences)
    assert not any("killing three" in s.text or "lit the water" in s.text for s in brief.sentences)
    # the same two versions without the update's mark: a reprint, which replaces nothing
    (folder / "02_update.txt").write_text("Ferry toll rises to 12\n\n" + "\n\n".join(update), encoding="utf-8")
    analysed = analyse(read_corpus(folder), nlp)
    assert superseded_versions(analysed, group_reports(analysed)) == frozenset()


def _articles(tmp_path: Path, files) -> Path:
    """A seeds folder of plain-text articles: (file name, headline, paragraphs) each."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, title, paragraphs in files:
        (folder / name).write_text(f"{title}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return folder
