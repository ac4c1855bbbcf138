import pytest

from auditor.segment import ENGINES, SegmentConfig, split_sentences


def sentences(text, **kw):
    return [s.text(text) for s in split_sentences(text, SegmentConfig(**kw))]


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON — The U.S. is hoping for a deal, officials said. Talks resume Monday.",
     ["WASHINGTON — The U.S. is hoping for a deal, officials said.", "Talks resume Monday."]),
    ("Gen. Mark Milley met Sen. Ted Cruz on Jan. 5 at 3 p.m. in the capital. They talked.",
     ["Gen. Mark Milley met Sen. Ted Cruz on Jan. 5 at 3 p.m. in the capital.", "They talked."]),
    ("“Is it over?” Smith said. Nobody answered.", ["“Is it over?” Smith said.", "Nobody answered."]),
    ("“Why now?” he asked. It was late.", ["“Why now?” he asked.", "It was late."]),
    # negative: a sentence whose cue verb is in a clause of its own is no attribution tail
    ("“I wish we had told people.” He declined to name the manager who wrote to the lab.",
     ["“I wish we had told people.”", "He declined to name the manager who wrote to the lab."]),
    ("She would not “pre-empt a regulator.” Her office did not respond when we asked whether she had met them.",
     ["She would not “pre-empt a regulator.”", "Her office did not respond when we asked whether she had met them."]),
    ("“We have made progress,” Burns said. “We’re the two most powerful governments. We must talk.”",
     ["“We have made progress,” Burns said.", "“We’re the two most powerful governments.", "We must talk.”"]),
    # a stop right before a person's title ends a sentence (the base segmenter does not split there)
    ("Plants could not deliver in extreme heat. Gov. Eileen Markward said she had asked for an inquiry.",
     ["Plants could not deliver in extreme heat.", "Gov. Eileen Markward said she had asked for an inquiry."]),
    ("It was hot. Mr. Smith said so.", ["It was hot.", "Mr. Smith said so."]),
    # a tail with a clause of its own after the verb is a sentence, not the quote's attribution
    ("He read an email that says “the figures must tell the story.” Farris said the email had been misread.",
     ["He read an email that says “the figures must tell the story.”", "Farris said the email had been misread."]),
    # negatives: a title after an abbreviation or a capital; a quote's own attribution tail
    ("He met officials in the U.S. Gov. Lee was not there.", ["He met officials in the U.S. Gov. Lee was not there."]),
    ("“It is over.” Sen. Ann Lee said. She left.", ["“It is over.” Sen. Ann Lee said.", "She left."]),
    ("“We will win,” Farris said on Tuesday, smiling.", ["“We will win,” Farris said on Tuesday, smiling."]),
    # a paragraph's run-in label is a sentence of its own: a live blog's time stamp, a newsletter's head
    ("8:40 p.m. Okafor will take the oath. It is late.", ["8:40 p.m.", "Okafor will take the oath.", "It is late."]),
    ("THE BIG NUMBER House members submitted 3,108 requests.", ["THE BIG NUMBER", "House members submitted 3,108 requests."]),
    ("THE DEAL Valdoria’s regulator sent objections.", ["THE DEAL", "Valdoria’s regulator sent objections."]),
    ("QUOTE OF THE DAY “If you want to see a senator cry, cut his earmark.”",
     ["QUOTE OF THE DAY", "“If you want to see a senator cry, cut his earmark.”"]),
    # a time stamp with its zone; a single capitalised word of eight letters or more
    ("14:20 GMT Police cleared the square. It is late.", ["14:20 GMT", "Police cleared the square.", "It is late."]),
    ("9:15 a.m. ET Markets opened lower.", ["9:15 a.m. ET", "Markets opened lower."]),
    ("MEANWHILE Brazil’s trade ministry said so.", ["MEANWHILE", "Brazil’s trade ministry said so."]),
    # a head before "A" or "I" and a word in lower case
    ("THE MONEY A group called Citizens First has spent $412,000.", ["THE MONEY", "A group called Citizens First has spent $412,000."]),
    ("THE PAPER TRAIL A 1987 agreement describes the strait.", ["THE PAPER TRAIL", "A 1987 agreement describes the strait."]),
    # a head before a figure it counts
    ("BY THE NUMBERS 4.1 percent: how much sales rose.", ["BY THE NUMBERS", "4.1 percent: how much sales rose."]),
    ("NBA MVP A. J. Cole said so.", ["NBA MVP A. J. Cole said so."]),  # negative: initials, no head
    ("COVID 19 cases rose in the WEST COAST 12 states.", ["COVID 19 cases rose in the WEST COAST 12 states."]),  # negative: no figure's mark
    # "Q." opens an interview's question; "No." is a number's only before one
    ("Q. The committee said your cut reflected balances. Is that right?",
     ["Q. The committee said your cut reflected balances.", "Is that right?"]),
    ("FERRER: No. It is not.", ["FERRER: No.", "It is not."]),
    ("He wore No. 23 for the team.", ["He wore No. 23 for the team."]),
    # after a time stamp an acronym opens the entry (not a zone)
    ("7:55 p.m. ICE said all 134 passengers would stay in custody.", ["7:55 p.m.", "ICE said all 134 passengers would stay in custody."]),
    # a title shortened with a period does not end a sentence
    ("“It was back by Wednesday,” said Spc. Darnell Eaves, 22. He left.",
     ["“It was back by Wednesday,” said Spc. Darnell Eaves, 22.", "He left."]),
    # negatives: a dateline; a short run of acronyms; a time inside the sentence; a short capitalised word
    ("PARIS Officials met.", ["PARIS Officials met."]),
    ("At 14:20 GMT police cleared the square.", ["At 14:20 GMT police cleared the square."]),
    ("NEW YORK (AP) — The U.S. is hoping for a deal.", ["NEW YORK (AP) — The U.S. is hoping for a deal."]),
    ("AT&T CEO John Stankey said so.", ["AT&T CEO John Stankey said so."]),
    ("At 8:40 p.m. Okafor took the oath.", ["At 8:40 p.m. Okafor took the oath."]),
])
def test_news_sentences(text, expected):
    assert sentences(text) == expected


def test_paragraphs_are_never_crossed():
    text = "Headline without a stop\n\nFirst sentence here. Second one here."
    assert sentences(text) == ["Headline without a stop", "First sentence here.", "Second one here."]


def test_offsets_are_exact_for_every_engine():
    text = "Nonbreaking\u00a0spaces stay.  Double spaces too. “Quotes,” she said."
    for engine in ENGINES:
        for span in split_sentences(text, SegmentConfig(engine=engine)):
            piece = text[span.start:span.end]
            assert piece == piece.strip() and piece


def test_unknown_engine():
    with pytest.raises(ValueError, match="unknown segmenter"):
        split_sentences("A b.", SegmentConfig(engine="nope"))


def test_markdown_markup_is_not_in_the_sentence():
    from auditor.ingest import read_article
    from auditor.segment import segment
    from auditor.types import Document

    text = "# Port deal stalls\n\n> The deal stalled, two officials said.\n\n- Critics say it was rushed.\n"
    doc = segment(Document(read_article(text, "story.md")))
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Port deal stalls", "The deal stalled, two officials said.", "Critics say it was rushed."]


def test_only_boilerplate_is_nothing_to_audit():
    import pytest as _pytest

    from auditor.ingest import InputError
    from auditor.pipeline import audit_text

    with _pytest.raises(InputError, match="nothing to audit"):
        audit_text("Share this:\n\nLeave a Reply\n\nYour email address will not be published.\n")


@pytest.mark.parametrize("text, headline", [
    ("Brother says negotiators keep promising “next week”\n\nOwen Raskin was kidnapped in April.", True),
    ("Talks stall\n\nOwen Raskin was kidnapped in April.", True),
    # negatives: a one-sentence lede with its stop, inside its quote or outside
    ("He said talks would resume “next week.”\n\nOwen Raskin was kidnapped in April.", False),
    ("Talks stalled on Sunday.\n\nOwen Raskin was kidnapped in April.", False),
])
def test_a_first_line_without_a_stop_is_the_headline(text, headline):
    from auditor.ingest import read_article
    from auditor.segment import segment
    from auditor.types import Document

    doc = segment(Document(read_article(text)))
    assert doc.sentences[0].is_headline is headline
