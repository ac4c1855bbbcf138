import pytest

from auditor.group import source_key
from auditor.pipeline import audit_text


@pytest.mark.parametrize("a, b, same", [
    ("two defense officials", "the two defense officials", True),
    ("two defense officials", "U.S. defense officials", True),
    ("a former U.S. official", "a current U.S. official and a former U.S. official", False),
    ("The White House", "the White House", True),
])
def test_anonymous_and_org_keys(a, b, same):
    t = "anonymous_official" if "official" in a else "named_organization"
    assert (source_key(a, t) == source_key(b, t)) is same


def test_surname_groups_with_full_name():
    assert source_key("Nicholas Burns, the U.S. ambassador to China", "named_official") == source_key("Burns", "named_official")


def test_scores_follow_the_labels():
    text = ("Budget talks stall\n\n"
            "The deal is dead, two officials said. "
            "The mayor said the city would keep talking. "
            "The council meets again in May.")
    doc = audit_text(text)
    s = doc.scores
    assert s.sentences == 4
    assert s.anonymous_sentences == 1
    assert s.anonymous_sentence_share == pytest.approx(0.25)
    assert s.anonymous_attributed_share == pytest.approx(0.5)
    assert s.lede_anonymous is True
    assert s.distinct_sources == 2
    words = [len(doc.text[x.start:x.end].split()) for x in doc.sentences]
    assert s.anonymous_word_share == pytest.approx(round(words[1] / sum(words), 4))


def test_excluded_text_counts_in_no_score():
    base = "Council backs plan\n\nThe plan passed, officials said. It costs $2 million."
    with_footer = base + "\n\nShare this:\n\nLeave a Reply\n"
    a, b = audit_text(base).scores, audit_text(with_footer).scores
    assert a == b


def _grouped_doc(text, mentions):
    """Group stand-in attributions: ``mentions`` is a list of (source needle, type); a
    needle may repeat (the nth one is found after the previous)."""
    from auditor.group import group
    from auditor.ingest import read_article
    from auditor.segment import segment
    from auditor.types import Attribution, Document, Span

    attributions, at = [], 0
    for needle, type_ in mentions:
        start = text.index(needle, at)
        at = start + len(needle)
        attributions.append(Attribution(source=Span(start, at), cue=None, content=(), type=type_))
    return group(segment(Document(read_article(text), attributions=tuple(attributions))))


def _groups(text, mentions):
    """The groups of mention indices :func:`_grouped_doc` gives, in order of first mention."""
    ids = [a.source_id for a in _grouped_doc(text, mentions).attributions]
    return [sorted({i for i, x in enumerate(ids) if x == ident}) for ident in dict.fromkeys(ids)]


@pytest.mark.parametrize("text, mentions, groups", [
    # a definite description points back at the nearest mention with its head noun
    ("Tesla is weighing a sale, two people familiar with the matter said. The people said talks began.",
     [("two people familiar with the matter", "anonymous_familiar"), ("The people", "anonymous_familiar")], [[0, 1]]),
    # a part of a group belongs to the group
    ("Prices rose, three U.S. officials said. Two of the officials said more was coming.",
     [("three U.S. officials", "anonymous_official"), ("Two of the officials", "anonymous_official")], [[0, 1]]),
    ("Talks stalled, people familiar with the talks said. One of them said a deal was near.",
     [("people familiar with the talks", "anonymous_familiar"), ("One of them", "anonymous_familiar")], [[0, 1]]),
    # the name after a title or an appositive is the person
    ("Harborline's chief executive, Dana Whitcomb, said sales fell. Whitcomb said costs rose.",
     [("Harborline's chief executive, Dana Whitcomb", "named_official"), ("Whitcomb", "named_official")], [[0, 1]]),
    ("Gov. Elena Marquez vetoed it. Gov. Marquez said it was bloated.",
     [("Gov. Elena Marquez", "named_official"), ("Gov. Marquez", "named_official")], [[0, 1]]),
    ("Tomás Reyes, an analyst, said so. Reyes added more.",
     [("Tomás Reyes, an analyst", "named_person"), ("Reyes", "named_person")], [[0, 1]]),
    # a spokesperson speaks for the institution
    ("The Justice Department said it would appeal. A department spokeswoman declined to comment.",
     [("The Justice Department", "named_organization"), ("A department spokeswoman", "declined_comment")], [[0, 1]]),
    ("Harborline said sales fell. A Harborline spokesman said more.",
     [("Harborline", "named_organization"), ("A Harborline spokesman", "named_organization")], [[0, 1]]),
    # "the newspaper" points back at the last outlet cited
    ("The Washington Post reported the raid. The newspaper said two died.",
     [("The Washington Post", "media_report"), ("The newspaper", "media_report")], [[0, 1]]),
    # a relative pronoun stands for the phrase right before it
    ("Cole Dempsey, who leads the caucus, praised it. Gov. Marquez, who vetoed it, said so.",
     [("who", "named_official"), ("who", "named_official")], [[0], [1]]),
    # a pronoun the typer typed otherwise than its nearest antecedent: the last source of its type
    ("Robert Lindqvist, the chief executive, said sales rose. Marcus Feld, an analyst, said the stock was cheap. "
     "He said the company would hire.",
     [("Robert Lindqvist, the chief executive", "named_official"), ("Marcus Feld, an analyst", "named_person"),
      ("He", "named_official")], [[0, 2], [1]]),
    # a description named later: its own description or title before the name
    ("His lawyer declined to comment. The lawyer, Stefan Kowalski, said later that the arrest was unlawful.",
     [("His lawyer", "declined_comment"), ("The lawyer, Stefan Kowalski", "named_person")], [[0, 1]]),
    ("The county sheriff said roads were closed. Sheriff Dale Hutchins said two people died.",
     [("The county sheriff", "named_official"), ("Sheriff Dale Hutchins", "named_official")], [[0, 1]]),
    # negatives: a plural description, one already named, a spokesperson, an anonymous official
    ("Two lawyers said so. The lawyer, Stefan Kowalski, said not.",
     [("Two lawyers", "named_person"), ("The lawyer, Stefan Kowalski", "named_person")], [[0], [1]]),
    ("The engineer, Kevin Yoon, said so. The engineer, Ana Ruiz, said not.",
     [("The engineer, Kevin Yoon", "named_person"), ("The engineer, Ana Ruiz", "named_person")], [[0], [1]]),
    ("A spokesman for the chancellor said so. Wang Hao, a spokesman for the ministry, said not.",
     [("A spokesman for the chancellor", "named_organization"), ("Wang Hao, a spokesman for the ministry", "named_official")],
     [[0], [1]]),
    ("A senior official said so. The official, Ned Price, said not.",
     [("A senior official", "anonymous_official"), ("The official, Ned Price", "named_official")], [[0], [1]]),
    # a pronoun whose antecedent is no source joins the source with that name
    ("Mayor Denise Harlan forced out the chief, records show. Harlan denied it. She declined to answer questions.",
     [("records", "document"), ("Harlan", "named_official"), ("She", "declined_comment")], [[0], [1, 2]]),
    # an acronym and the name it abbreviates, either way round
    ("The Federal Aviation Administration said so. An FAA spokesman said more. The FAA said not.",
     [("The Federal Aviation Administration", "named_organization"), ("An FAA spokesman", "named_organization"),
      ("The FAA", "named_organization")], [[0, 1, 2]]),
    ("The DNC said so. The Democratic National Committee said more. The Federal Trade Commission said not.",
     [("The DNC", "named_organization"), ("The Democratic National Committee", "named_organization"),
      ("The Federal Trade Commission", "named_organization")], [[0, 1], [2]]),
    # acronyms that leave out "Department of" or the last "and …", or are written with full stops
    ("The Department of Veterans Affairs said so. The V.A. said more. The VA said not.",
     [("The Department of Veterans Affairs", "named_organization"), ("The V.A.", "named_organization"),
      ("The VA", "named_organization")], [[0, 1, 2]]),
    ("The Centers for Disease Control and Prevention said so. The CDC said more. The CDP said not.",
     [("The Centers for Disease Control and Prevention", "named_organization"), ("The CDC", "named_organization"),
      ("The CDP", "named_organization")], [[0, 1], [2]]),
    # an acronym with "of" in it or "U.S." spelled out ("DOI", "USACE")
    ("The state Department of Insurance said so. DOI said more. The Office of Management said not. OM said yes.",
     [("The state Department of Insurance", "named_organization"), ("DOI", "named_organization"),
      ("The Office of Management", "named_organization"), ("OM", "named_organization")], [[0, 1], [2, 3]]),
    ("The U.S. Army Corps of Engineers said so. USACE said more.",
     [("The U.S. Army Corps of Engineers", "named_organization"), ("USACE", "named_organization")], [[0, 1]]),
    # "Inc" ends a company's name: "The company" is it
    ("Hollander Confections Inc said so. The company said more.",
     [("Hollander Confections Inc", "named_organization"), ("The company", "named_organization")], [[0, 1]]),
    # "the co-op" is the cooperative; "The board, which …" is the board
    ("Green Country Electric Cooperative said so. The co-op said more.",
     [("Green Country Electric Cooperative", "named_organization"), ("The co-op", "named_organization")], [[0, 1]]),
    ("The state Cemetery and Funeral Board said so. The board, which licenses cemeteries, said more.",
     [("The state Cemetery and Funeral Board", "named_organization"),
      ("The board, which licenses cemeteries", "named_organization")], [[0, 1]]),
    # "Another authority spokesperson" speaks for the authority
    ("The Central Corridor Toll Authority said so. Another authority spokesperson said more.",
     [("The Central Corridor Toll Authority", "named_organization"), ("Another authority spokesperson", "named_organization")],
     [[0, 1]]),
    # a title with an "of" before the name: the name is the key
    ("Deputy Chief of Staff Paul Grady said so. Grady said more. Secretary of State John Kerry said not.",
     [("Deputy Chief of Staff Paul Grady", "named_official"), ("Grady", "named_official"),
      ("Secretary of State John Kerry", "named_official")], [[0, 1], [2]]),
    # an insurer named like a person is no "he"
    ("The hospital’s insurer, Keystone Mutual, could not be reached. Tom Ruiz said so. He said more.",
     [("The hospital’s insurer, Keystone Mutual", "declined_comment"), ("Tom Ruiz", "named_person"), ("He", "named_person")],
     [[0], [1, 2]]),
    # a headline's short mention is spelled out in the body
    ("Helicopter parts overpriced, audit finds\n\nThe Army paid too much, an audit by the inspector general found.",
     [("audit", "document"), ("an audit by the inspector general", "document")], [[0, 1]]),
    ("Deal near, people familiar say\n\nThe deal is near, two people familiar with the talks said. Officials said not.",
     [("people familiar", "anonymous_familiar"), ("two people familiar with the talks", "anonymous_familiar"),
      ("Officials", "anonymous_official")], [[0, 1], [2]]),
    # a pronoun of the other gender is somebody else
    ("The lawyer, Miriam Holloway, said so. She added more. A lawyer from the other firm, Curtis Baylor, said not. "
     "Ms. Holloway said yes. He said no.",
     [("The lawyer, Miriam Holloway", "named_official"), ("She", "named_official"),
      ("A lawyer from the other firm, Curtis Baylor", "named_official"), ("Ms. Holloway", "named_official"),
      ("He", "named_official")], [[0, 1, 3], [2, 4]]),
    # "a second prosecutor" is not the first one
    ("A prosecutor told jurors so. The prosecutor, Renee Okafor, said more. A second prosecutor, Lydia Varga, said not.",
     [("A prosecutor", "named_official"), ("The prosecutor, Renee Okafor", "named_official"),
      ("A second prosecutor, Lydia Varga", "named_official")], [[0, 1], [2]]),
    # a headline's title names the person the body names
    ("Budget veto looms, mayor says\n\nMayor Anders Hallstrom said he would veto it.",
     [("mayor", "named_official"), ("Mayor Anders Hallstrom", "named_official")], [[0, 1]]),
    # … and the surname the body cites, titled where the text names the person in full
    ("Chancellor says campus waited too long\n\nA letter accused Chancellor Ruth Okonjo of it. Okonjo said so.",
     [("Chancellor", "named_official"), ("A letter", "document"), ("Okonjo", "named_official")], [[0, 2], [1]]),
    ("Chancellor says campus waited too long\n\nA letter accused Dean Ruth Okonjo of it. Okonjo said so.",
     [("Chancellor", "named_official"), ("A letter", "document"), ("Okonjo", "named_official")], [[0], [1], [2]]),
    # … or the noun of an appositive before the name, and a title's abbreviation spelled out
    ("Brother says talks keep promising “next week”\n\nHis older brother, Ethan Raskin, spoke. Raskin said so.",
     [("Brother", "named_person"), ("Raskin", "named_person")], [[0, 1]]),
    ("Senator visits base, vows budget fight\n\nSen. Paul Hendricks said the budget was short.",
     [("Senator", "named_official"), ("Sen. Paul Hendricks", "named_official")], [[0, 1]]),
    # the earlier description may have been typed anonymous
    ("A top aide to the mayor said so. The aide, Tomasz Rudnik, said more.",
     [("A top aide to the mayor", "anonymous_official"), ("The aide, Tomasz Rudnik", "named_official")], [[0, 1]]),
    # "the findings", "the document": the document cited last
    ("A state audit found the district overpaid, and Okafor said so. The findings show more.",
     [("A state audit", "document"), ("Okafor", "named_official"), ("The findings", "document")], [[0, 2], [1]]),
    # a named person's non-answer is no institution for "the board" to point at
    ("Dunmore said so. A Dunmore spokeswoman, Allison Brandt, declined to comment. The board said more.",
     [("Dunmore", "named_organization"), ("A Dunmore spokeswoman, Allison Brandt", "declined_comment"),
      ("The board", "named_organization")], [[0, 2], [1]]),
    # a company's non-answer is keyed by its whole name, not as a person's surname ("motors")
    ("Ridgeline Motors declined to comment. Apex Motors declined too. Ridgeline Motors said later it agreed.",
     [("Ridgeline Motors", "declined_comment"), ("Apex Motors", "declined_comment"),
      ("Ridgeline Motors", "named_organization")], [[0, 2], [1]]),
    # negatives: different people, different institutions, different anonymous groups
    ("Jane Holt said yes. Tom Holt said no.", [("Jane Holt", "named_person"), ("Tom Holt", "named_person")], [[0], [1]]),
    ("The Agriculture Department said so. The Colorado Department of Public Health said not.",
     [("The Agriculture Department", "named_organization"), ("The Colorado Department of Public Health", "named_organization")],
     [[0], [1]]),
    ("A former U.S. official said so. A senior Pentagon official said not. The official added more.",
     [("A former U.S. official", "anonymous_official"), ("A senior Pentagon official", "anonymous_official"),
      ("The official", "anonymous_official")], [[0], [1, 2]]),
    # "the company" is no government agency; "the authority" is not an audit commissioned by it
    ("The Pipeline Safety Administration said so. The agency said more. The company said not.",
     [("The Pipeline Safety Administration", "named_organization"), ("The agency", "named_organization"),
      ("The company", "named_organization")], [[0, 1], [2]]),
    ("A 2023 audit commissioned by the authority’s board found flaws. The authority said it disagreed.",
     [("A 2023 audit commissioned by the authority’s board", "document"), ("The authority", "named_organization")],
     [[0], [1]]),
    # "the company" is the company the narration named last ("owned by", an appositive, a
    # company word), and so are its name's first words later, typed as a person or not
    ("The mine is owned by Black Harrow Energy, a company based in Charleston. The company said the miners were "
     "safe. Black Harrow said more.",
     [("The company", "named_organization"), ("Black Harrow", "named_organization")], [[0, 1]]),
    ("Producers led by Calloway Tube & Steel, a family-owned company, filed the petition. The company said so. "
     "Calloway Tube said more.",
     [("The company", "named_organization"), ("Calloway Tube", "named_person")], [[0, 1]]),
    # negatives: a company's source after the narrated name is "the company"; an acronym spelled
    # out as an authority is no company; "on Sunday, the company" calls no Sunday a company
    ("Ridgeline Motors buys its axles. Dunmore said talks failed. The company also said it would pay. "
     "Ridgeline Motors said it would wait.",
     [("Dunmore", "named_person"), ("The company", "named_organization"), ("Ridgeline Motors", "named_organization")],
     [[0], [1], [2]]),
    ("The Ashcombe Municipal Water Authority tested the wells. AMWA said the water was safe. The company said it "
     "was not to blame.",
     [("AMWA", "named_organization"), ("The company", "named_organization")], [[0], [1]]),
    ("Quillon, a cryptocurrency exchange, collapsed. Its founder stepped down on Sunday, the company said.",
     [("Quillon, a cryptocurrency exchange", "named_organization"), ("the company", "named_organization")], [[0, 1]]),
    # "An agency spokeswoman" speaks for the agency, not for "a report released by the agency"
    ("The FDA said so. An inspection report released by the agency shows more. An agency spokeswoman declined to "
     "comment.",
     [("The FDA", "named_organization"), ("An inspection report released by the agency", "document"),
      ("An agency spokeswoman", "declined_comment")], [[0, 2], [1]]),
    # "he" is the sheriff, not the acronym before him
    ("U.S. Customs and Border Protection declined to comment. CBP said so. The sheriff of Santa Lucia County, Dwight "
     "Lomax, said smugglers noticed. His deputies stopped four vans, he said.",
     [("U.S. Customs and Border Protection", "declined_comment"), ("CBP", "named_organization"),
      ("The sheriff of Santa Lucia County, Dwight Lomax", "named_official"), ("he", "named_official")], [[0, 1], [2, 3]]),
    # "whose" ends a description's head; a survey is the poll
    ("A rancher whose land runs along the border said so. The rancher, Lyle Brannigan, 66, said more.",
     [("A rancher whose land runs along the border", "named_person"), ("The rancher, Lyle Brannigan, 66", "named_person")],
     [[0, 1]]),
    ("Brandt trails, a poll released Wednesday by Keystone College found. The survey also found more.",
     [("a poll released Wednesday by Keystone College", "document"), ("The survey", "document")], [[0, 1]]),
    # negative: a named person's indefinite description ("a restructuring lawyer") is no earlier "his lawyer"
    ("He did not respond, and his lawyer could not be reached. The new chief executive, Marguerite Salcedo-Blum, "
     "a restructuring lawyer, said records were missing.",
     [("his lawyer", "declined_comment"), ("The new chief executive, Marguerite Salcedo-Blum, a restructuring lawyer",
                                           "named_official")], [[0], [1]]),
    # a man or a woman introduced without a name, renamed by the next mention with a name
    ("A man who has fished these waters for 40 years said the cap was unfair. He added more. The fisherman, "
     "Wendell Tibbetts, 63, said so. Tibbetts said more.",
     [("A man who has fished these waters for 40 years", "anonymous_other"), ("He", "anonymous_other"),
      ("The fisherman, Wendell Tibbetts, 63", "named_person"), ("Tibbetts", "named_person")], [[0, 1, 2, 3]]),
    # a company's short name is not the person whose description names the company
    ("Strand, the chief operating officer of Pelagic Metals, said so. Strand said more. Pelagic says it will mine.",
     [("Strand, the chief operating officer of Pelagic Metals", "named_official"), ("Strand", "named_official"),
      ("Pelagic", "named_official")], [[0, 1], [2]]),
    # a bare "One" is one of the group before it; "One, Héctor Ruelas" is a source of his own
    ("Several Republicans who voted to table the motion said so. One, who asked not to be named, said more.",
     [("Several Republicans who voted to table the motion", "anonymous_other"), ("One", "anonymous_other")], [[0, 1]]),
    ("Two workers said so. One, Héctor Ruelas, said more.",
     [("Two workers", "anonymous_other"), ("One, Héctor Ruelas", "named_person")], [[0], [1]]),
    # … also with a participle after the noun ("A man waiting at a bus stop")
    ("A man waiting at a bus stop across the street told KRVT the car never slowed. The man, Luis Cabrera, said more.",
     [("A man waiting at a bus stop across the street", "anonymous_other"), ("The man, Luis Cabrera", "named_person")],
     [[0, 1]]),
    # negatives: another source between them; a son is no woman; two named people stay two
    ("A woman who shops there said prices rose. A store manager said not. The shopper, Debra Kessinger, said more.",
     [("A woman who shops there", "anonymous_other"), ("A store manager", "anonymous_official"),
      ("The shopper, Debra Kessinger", "named_person")], [[0], [1], [2]]),
    ("A woman whose mother died there said so. The son, Raymond Fontenot, said more.",
     [("A woman whose mother died there", "anonymous_other"), ("The son, Raymond Fontenot", "named_person")],
     [[0], [1]]),
    # a person's surname with a capital inside is the whole surname ("McConnell", not "Mc")
    ("Senate leaders met. McConnell said so. McCarthy said not. McConnell said more.",
     [("McConnell", "named_official"), ("McCarthy", "named_official"), ("McConnell", "named_official")],
     [[0, 2], [1]]),
    # an acronym is not the data an agency published; "the company" is no well-known agency
    ("Aid lagged, according to data published by the Federal Emergency Management Agency. FEMA said it sent more.",
     [("data published by the Federal Emergency Management Agency", "document"), ("FEMA", "named_organization")],
     [[0], [1]]),
    ("Nerevant Therapeutics said so. An FDA spokeswoman declined to comment. The company said more.",
     [("Nerevant Therapeutics", "named_organization"), ("An FDA spokeswoman", "declined_comment"),
      ("The company", "named_organization")], [[0, 2], [1]]),
    # a plural description points at a plural mention
    ("A former Pentagon official said so. Two U.S. officials said not. The officials added more.",
     [("A former Pentagon official", "anonymous_official"), ("Two U.S. officials", "anonymous_official"),
      ("The officials", "anonymous_official")], [[0], [1, 2]]),
    ("The White House declined to comment. Gray Harbor declined to comment.",
     [("The White House", "declined_comment"), ("Gray Harbor", "declined_comment")], [[0], [1]]),
    # a title shortened with a period is no surname: two senators stay two people
    ("Sen. Thaddeus Brumbaugh of Nebraska, the chairman, said so. Sen. Delphine Kalvoda of Minnesota, the senior "
     "Democrat, said not. Brumbaugh said more. Kalvoda said less.",
     [("Sen. Thaddeus Brumbaugh of Nebraska, the chairman", "named_official"),
      ("Sen. Delphine Kalvoda of Minnesota, the senior Democrat", "named_official"),
      ("Brumbaugh", "named_official"), ("Kalvoda", "named_official")], [[0, 2], [1, 3]]),
    # a name with a letter outside ASCII
    ("Lourdes Patiño, 71, said the power failed. Patiño said nobody called.",
     [("Lourdes Patiño, 71", "named_person"), ("Patiño", "named_person")], [[0, 1]]),
    # an acronym in capitals is the institution even when typed as a person; "WHO" is no pronoun
    ("The Government Accountability Office, the investigative arm of Congress, said so. GAO recommended a delay.",
     [("The Government Accountability Office, the investigative arm of Congress", "named_organization"),
      ("GAO", "named_official")], [[0, 1]]),
    ("The World Health Organization said so. Dr. Anders Varslund said more. WHO said it sent staff.",
     [("The World Health Organization", "named_organization"), ("Dr. Anders Varslund", "named_official"),
      ("WHO", "named_organization")], [[0, 2], [1]]),
    # "the agency" may be the World Health Organization
    ("The health ministry said so. The World Health Organization said more. The agency said it sent staff.",
     [("The health ministry", "named_organization"), ("The World Health Organization", "named_organization"),
      ("The agency", "named_organization")], [[0], [1, 2]]),
    # a company's name ending in "Dynamics", "Bio" is no surname; its first word alone is the company
    ("The missile’s prime contractor, Veyrant Dynamics, said so. Veyrant declined to name the supplier.",
     [("The missile’s prime contractor, Veyrant Dynamics", "named_official"), ("Veyrant", "named_person")], [[0, 1]]),
    ("Its maker, Quarrington Bio, said so. Halden Bio said not. Quarrington said more.",
     [("Its maker, Quarrington Bio", "named_organization"), ("Halden Bio", "named_organization"),
      ("Quarrington", "named_organization")], [[0, 2], [1]]),
    # a description's noun tells the gender: "He" is not "his daughter"
    ("Cornelius Vantreese said so. His daughter, Joanna Pruden, said more. He said less.",
     [("Cornelius Vantreese", "named_person"), ("His daughter, Joanna Pruden", "named_person"), ("He", "named_person")],
     [[0, 2], [1]]),
    # a description named later by a shorter noun it ends with
    ("A schoolteacher who testified said she waited. The teacher, Sunniva Yoest, said more.",
     [("A schoolteacher who testified", "named_person"), ("The teacher, Sunniva Yoest", "named_person")], [[0, 1]]),
    # documents: either number; "The memo, a copy of which …" is "the memo"; none is an institution
    ("Court filings show the delay. The filing says more.",
     [("Court filings", "document"), ("The filing", "document")], [[0, 1]]),
    ("A memo prepared by Treasury economists warned of costs. The memo, a copy of which was obtained by this "
     "newspaper, says more.",
     [("A memo prepared by Treasury economists", "document"),
      ("The memo, a copy of which was obtained by this newspaper", "document")], [[0, 1]]),
    ("Federal Railroad Administration data show defects. The railroad said it fixed them.",
     [("Federal Railroad Administration data", "document"), ("The railroad", "named_organization")], [[0], [1]]),
    ("Asylum permits to shrink, notice says\n\nThe permits will shrink, according to a notice scheduled to be "
     "published on Monday.",
     [("notice", "document"), ("a notice scheduled to be published on Monday", "document")], [[0, 1]]),
    # a headline's "trustee" is no antecedent for a body pronoun; a pronoun whose antecedent is
    # no source yet is that person, whom a later surname joins
    ("Superintendent fired, trustee says\n\nA board fired Superintendent Leland Marrick on Monday, and he said he "
     "would appeal. Trustee Yesenia Arbogast said the vote was wrong. Marrick said more.",
     [("trustee", "named_official"), ("he", "named_official"), ("Trustee Yesenia Arbogast", "named_official"),
      ("Marrick", "named_official")], [[0, 2], [1, 3]]),
    # a person first named inside a document's mention is not the document
    ("A memo that the budget director, Harold Nygaard, wrote in May warned of a gap. Nygaard said the gap was real.",
     [("A memo that the budget director, Harold Nygaard, wrote in May", "document"), ("Nygaard", "named_official")],
     [[0], [1]]),
    # a headline's "company" is the first company the body names; "railroad" in "A railroad
    # spokeswoman, Celia Brandauer" does not make her "the railroad"
    ("Drug rejected, company says\n\nThe drug failed, its maker, Quarrington Bio, said. The company said more.",
     [("company", "named_organization"), ("its maker, Quarrington Bio", "named_organization"),
      ("The company", "named_organization")], [[0, 1, 2]]),
    # a name inside an appositive that relates the source to it is another source
    ("Baltic Gate, a subsidiary of the Danish shipping group Norrvik, said so. Norrvik did not respond.",
     [("Baltic Gate, a subsidiary of the Danish shipping group Norrvik", "named_organization"),
      ("Norrvik", "declined_comment")], [[0], [1]]),
    ("A spokeswoman for the diocese, Colette Brandvold, said so. Brandvold said more.",  # negative: her name
     [("A spokeswoman for the diocese, Colette Brandvold", "named_official"), ("Brandvold", "named_official")],
     [[0, 1]]),
    # "The sheriff" is the sheriff the text named with that title
    ("Sheriff Wade Tolliver said the change was about safety. The sheriff said he would add a kiosk.",
     [("Sheriff Wade Tolliver", "named_official"), ("The sheriff", "named_official")], [[0, 1]]),
    ("Sheriff Wade Tolliver said the change was about safety. The deputy said he would add a kiosk.",  # negative
     [("Sheriff Wade Tolliver", "named_official"), ("The deputy", "named_official")], [[0], [1]]),
    ("Judge Rafael Ocampo said it was unfair. Two other judges said so. The judge said more.",  # negative: nearer judges
     [("Judge Rafael Ocampo", "named_official"), ("Two other judges", "anonymous_official"),
      ("The judge", "named_official")], [[0], [1], [2]]),
    # a document's author is not the document: "Alder" after "a presentation by … Alder Pension Systems"
    ("A presentation by its former consultant, Alder Pension Systems, projected gains. Alder did not respond.",
     [("A presentation by its former consultant, Alder Pension Systems", "document"), ("Alder", "declined_comment")],
     [[0], [1]]),
    # negative: the headline's "Safety board" names a board, not the first company the body names
    ("Safety board says crew was warned\n\nMeridia Air said it was cooperating with the inquiry.",
     [("Safety board", "named_organization"), ("Meridia Air", "named_organization")], [[0], [1]]),
    ("Greenway Pacific Railroad said so. A railroad spokeswoman, Celia Brandauer, said more. The railroad said not.",
     [("Greenway Pacific Railroad", "named_organization"), ("A railroad spokeswoman, Celia Brandauer", "named_official"),
      ("The railroad", "named_organization")], [[0, 2], [1]]),
    ("The administration said so. Two administration officials said more. The administration said not.",
     [("The administration", "named_organization"), ("Two administration officials", "anonymous_official"),
      ("The administration", "named_organization")], [[0, 2], [1]]),
    # document synonyms
    ("Body camera video shows the stop. The footage, which is dark, shows more.",
     [("Body camera video", "document"), ("The footage, which is dark", "document")], [[0, 1]]),
    # an acronym of the capitalised words; a name that joined by reference is there for its acronym
    ("The state Department of Correctional Services said so. DCS said more.",
     [("The state Department of Correctional Services", "named_organization"), ("DCS", "named_organization")],
     [[0, 1]]),
    ("Camp is full, aid agency says\n\nThe camp is full, the International Refugee Relief Agency said. IRRA said more.",
     [("aid agency", "named_organization"), ("the International Refugee Relief Agency", "named_organization"),
      ("IRRA", "named_organization")], [[0, 1, 2]]),
    # "One of them, a former camp director" is one of the group; an appositive's noun names the person later
    ("Four former employees of the charity said so. One of them, a former camp director, said more.",
     [("Four former employees of the charity", "anonymous_other"), ("One of them, a former camp director", "anonymous_other")],
     [[0, 1]]),
    ("Marrick, who has led the district since 2019, said so. The district said not.",  # a relative clause is no appositive
     [("Marrick, who has led the district since 2019", "named_official"), ("The district", "named_organization")],
     [[0], [1]]),
    ("Some residents said they had wondered. One of them, Lupe Carranza, said more.",  # a member named is her own source
     [("Some residents", "anonymous_other"), ("One of them, Lupe Carranza", "named_person")], [[0], [1]]),
    ("The mission’s principal investigator, a planetary scientist at Wexford University, said so. The scientist, "
     "Tobias Rendahl, said more.",
     [("The mission’s principal investigator, a planetary scientist at Wexford University", "named_official"),
      ("The scientist, Tobias Rendahl", "named_official")], [[0, 1]]),
    # a document's noun anywhere in its head ("a letter the agency sent"); an appositive's noun
    ("A letter the agency sent to Skyvale last week ordered checks. The letter said more.",
     [("A letter the agency sent to Skyvale last week", "document"), ("The letter", "document")], [[0, 1]]),
    ("The Economic Community of Sahel States, a 12-nation bloc, said so. The bloc said more.",
     [("The Economic Community of Sahel States, a 12-nation bloc", "named_organization"),
      ("The bloc", "named_organization")], [[0, 1]]),
    # a pronoun no source may stand for is the person the text names before it (not a company);
    # "His daughter" is the daughter named before
    ("Cornelius Vantreese died on Sunday, said his daughter, Joanna Pruden. Vantreese sold the store to Tallgrass "
     "Supply in 2015. He said in 2012 that he never asked for the money. His daughter said the town owed him. "
     "She said more. Vantreese said once that he was paid back.",
     [("his daughter, Joanna Pruden", "named_person"), ("He", "named_person"), ("His daughter", "named_person"),
      ("She", "named_person"), ("Vantreese", "named_person")], [[0, 2, 3], [1, 4]]),
    # an acronym of a name with its place before or after; an outlet's report is the outlet's
    ("The Halvorsen Museum of Natural History in Minneapolis said so. The HMNH said more.",
     [("The Halvorsen Museum of Natural History in Minneapolis", "named_organization"), ("The HMNH", "named_organization")],
     [[0, 1]]),
    ("The Nebraska Department of Health and Human Services said so. DHHS said more.",
     [("The Nebraska Department of Health and Human Services", "named_organization"), ("DHHS", "named_organization")],
     [[0, 1]]),
    ("The Harbor City Star reported it. The rise was steep, according to a report in The Star.",
     [("The Harbor City Star", "media_report"), ("a report in The Star", "media_report")], [[0, 1]]),
    ("The Harbor City Star reported it. The rise was steep, according to a report in The Sun.",  # negative
     [("The Harbor City Star", "media_report"), ("a report in The Sun", "media_report")], [[0], [1]]),
    # a document's noun after an agency's name with "of" in it
    ("A U.S. Department of Agriculture inspection report from April found leaks. The report said more.",
     [("A U.S. Department of Agriculture inspection report from April", "document"), ("The report", "document")],
     [[0, 1]]),
    # a person introduced by any noun and a relative clause, renamed by another noun; a document between
    ("A Texas oilman who has given to groups supporting Mr. Haskell said so. The donor, Boyd Castellaw, said more.",
     [("A Texas oilman who has given to groups supporting Mr. Haskell", "named_official"),
      ("The donor, Boyd Castellaw", "named_person")], [[0, 1]]),
    ("A retired machinist who shopped there said so. Lottery records show it. “No,” said the retiree, Harold Dunn.",
     [("A retired machinist who shopped there", "anonymous_other"), ("Lottery records", "document"),
      ("the retiree, Harold Dunn", "named_person")], [[0, 2], [1]]),
    ("A senior official who was not authorized to speak said so. The spokesman, Ned Price, said not.",  # negative
     [("A senior official who was not authorized to speak", "anonymous_official"),
      ("The spokesman, Ned Price", "named_official")], [[0], [1]]),
    # a name followed by its place or employer is still a name: the pronoun after it is that person
    ("Caroline Medvedev, an analyst, said so. Another analyst, Fenna Albers of Meridian Space Advisory, said "
     "more. She said customers had waited.",
     [("Caroline Medvedev, an analyst", "named_person"),
      ("Another analyst, Fenna Albers of Meridian Space Advisory", "named_person"), ("She", "named_person")],
     [[0], [1, 2]]),
    ("Sen. Roger Tillman of West Virginia said so. The other, Sen. Dale Haverkamp of Nebraska, said more. "
     "“Not yet,” he said. Tillman said not.",
     [("Sen. Roger Tillman of West Virginia", "named_official"), ("The other, Sen. Dale Haverkamp of Nebraska", "named_official"),
      ("he", "named_official"), ("Tillman", "named_official")], [[0, 3], [1, 2]]),
    # the spokeswoman named for somebody is not that somebody
    ("A spokeswoman for Mr. Pruitt, Kelsey Monroe, said he was busy. Mr. Pruitt said in March the map was fair.",
     [("A spokeswoman for Mr. Pruitt, Kelsey Monroe", "named_official"), ("Mr. Pruitt", "named_official")], [[0], [1]]),
    # negative: a company's name, then its bare first word
    ("The system, Bramwell Health, said so. Bramwell said more.",
     [("The system, Bramwell Health", "named_organization"), ("Bramwell", "named_official")], [[0, 1]]),
    # a lower-case title before the appositive name: the pronoun after it is that person
    ("Sports director Marco Bellandi said the team was clean. His colleague, sports director Joost Vermeulen, said "
     "the riders were tested. He said no rider failed.",
     [("Sports director Marco Bellandi", "named_official"), ("His colleague, sports director Joost Vermeulen", "named_official"),
      ("He", "named_official")], [[0], [1, 2]]),
    # a party-and-state tag is no surname
    ("Committee Chairman Wade Tollefson (R-Neb.), a rancher, said so. Tollefson said more.",
     [("Committee Chairman Wade Tollefson (R-Neb.), a rancher", "named_person"), ("Tollefson", "named_person")], [[0, 1]]),
    # an acronym with "&", "the utility" and "A Pinecrest spokesman" are the company
    ("Pinecrest Power & Light said the line was inspected. The utility said it would help. PP&L said winds were "
     "high. A Pinecrest spokesman declined to comment.",
     [("Pinecrest Power & Light", "named_organization"), ("The utility", "named_organization"),
      ("PP&L", "named_organization"), ("A Pinecrest spokesman", "declined_comment")], [[0, 1, 2, 3]]),
    # "the company" is not "the FRA", the Federal Railroad Administration
    ("A company spokeswoman said the railroad would pay. A 2024 audit by the Federal Railroad Administration was "
     "released. The FRA said it was examining the case. Asked again, the company said it would cooperate.",
     [("A company spokeswoman", "named_organization"), ("The FRA", "named_organization"),
      ("the company", "named_organization")], [[0, 2], [1]]),
    # a pronoun of the other gender than a given name is somebody else ("Celia", "Denise" are no "he")
    ("District Attorney Celia Brandvold said the case was closed. Marcus Okonjo said he was grateful. "
     "Brandvold said more. He said he would rest.",
     [("District Attorney Celia Brandvold", "named_official"), ("Marcus Okonjo", "named_person"),
      ("Brandvold", "named_official"), ("He", "named_official")], [[0, 2], [1, 3]]),
    # an institution is no "he"
    ("Senior Col. Zhao Ruifeng said the pilot acted lawfully. China’s Defense Ministry said the jet was safe. "
     "He said the pilot was fine.",
     [("Senior Col. Zhao Ruifeng", "named_official"), ("China’s Defense Ministry", "named_organization"),
      ("He", "named_official")], [[0, 2], [1]]),
    # negative: a given name of the same gender, or one given to both, keeps the nearest antecedent
    ("Marcus Okonjo said he was grateful. District Attorney Celia Brandvold said the case was closed. She said more.",
     [("Marcus Okonjo", "named_person"), ("District Attorney Celia Brandvold", "named_official"),
      ("She", "named_official")], [[0], [1, 2]]),
    # a name followed by "of the University of Kansas" is still a name, so "He" is the nearer person
    ("Thomas Ferrell, a plant geneticist, said the loss was severe. Another geneticist, Samuel Oduya of the "
     "University of Kansas, said the samples were gone. He said the backups failed.",
     [("Thomas Ferrell, a plant geneticist", "named_person"),
      ("Another geneticist, Samuel Oduya of the University of Kansas", "named_person"), ("He", "named_person")],
     [[0], [1, 2]]),
    # a person introduced by a description of no gender is renamed by "The man, …"
    ("A retired machinist from Zanesville who has waited 14 months said he learned of it on TV. The man, "
     "Gerald Pruitt, 61, said he registered elsewhere.",
     [("A retired machinist from Zanesville who has waited 14 months", "named_person"),
      ("The man, Gerald Pruitt, 61", "named_person")], [[0, 1]]),
    # a named person the rules typed an institution may still be "she"
    ("Gina Farrow, a lawyer with the Midstate Innocence Project, said the tests came back. Another project "
     "lawyer, Beth Anselm, said the state agreed. She said the hearing was set.",
     [("Gina Farrow, a lawyer with the Midstate Innocence Project", "named_organization"),
      ("Another project lawyer, Beth Anselm", "named_organization"), ("She", "named_official")],
     [[0], [1, 2]]),
    # one institution under two names
    ("The Pentagon called the flight unsafe. The Defense Department said the crew was safe. DOD said more.",
     [("The Pentagon", "named_organization"), ("The Defense Department", "named_organization"),
      ("DOD", "named_organization")], [[0, 1, 2]]),
    ("The Pentagon called the flight unsafe. The Justice Department said it would investigate.",  # negative
     [("The Pentagon", "named_organization"), ("The Justice Department", "named_organization")], [[0], [1]]),
    # headlinese: "GM", "state vet" are the person the body names by that office
    ("Foundry listening on Ortiz, GM says\n\nThe Foundry will listen, general manager Dan Hollins said.",
     [("GM", "named_organization"), ("general manager Dan Hollins", "named_official")], [[0, 1]]),
    ("Flu found in three herds as state vet warns\n\nTesting lags, State Veterinarian Dr. Anneke Holm said.",
     [("state vet", "anonymous_official"), ("State Veterinarian Dr. Anneke Holm", "named_official")], [[0, 1]]),
    # the headline's "AG" is the attorney general, not an assistant one
    ("Deeds stolen, AG says\n\nAssistant Attorney General Kevin Moss said so. Attorney General Maria Delacroix said more.",
     [("AG", "named_official"), ("Assistant Attorney General Kevin Moss", "named_official"),
      ("Attorney General Maria Delacroix", "named_official")], [[0, 2], [1]]),
    # a child called by her given name is the child named in full; her father is another Brandt
    ("The drill felt real, seventh-grader Ava Brandt said. “I cried,” Ava, who is 12, said. Ava’s father, Kevin "
     "Brandt, said she slept badly. He said more.",
     [("seventh-grader Ava Brandt", "named_person"), ("Ava, who is 12", "named_person"),
      ("Ava’s father, Kevin Brandt", "named_person"), ("He", "named_person")], [[0, 1], [2, 3]]),
    ("Kestrel Chief Executive Martin Ashby said so. Kestrel said more.",  # negatives: a company's name before a title
     [("Kestrel Chief Executive Martin Ashby", "named_official"), ("Kestrel", "named_person")], [[0], [1]]),
    ("Ann Lee said so. “Yes,” Ava said.",  # negative: a given name nobody had
     [("Ann Lee", "named_person"), ("Ava", "named_person")], [[0], [1]]),
    # the acronym of "The U.S. Geological Survey" keeps the "U.S."
    ("USGS said the quake was shallow. The U.S. Geological Survey said more.",
     [("USGS", "named_organization"), ("The U.S. Geological Survey", "named_organization")], [[0, 1]]),
    # "the Cincinnati-based chain" is the company named before it
    ("MedWell Pharmacy Inc said it would close stores. The Cincinnati-based chain said more.",
     [("MedWell Pharmacy Inc", "named_organization"), ("The Cincinnati-based chain", "named_organization")], [[0, 1]]),
    # "the company" is not the investor the narration names after "backed by"
    ("Voltaris Energy said it would hire. Voltaris is backed by the fund Meridian Tan Holdings. The company said more.",
     [("Voltaris Energy", "named_organization"), ("The company", "named_organization")], [[0, 1]]),
    # a described full name keeps its given name apart from a namesake's
    ("Longtime owner Bud Harlan said so. His son, Matt Harlan, the team’s general manager, said more.",
     [("Longtime owner Bud Harlan", "named_official"), ("His son, Matt Harlan, the team’s general manager", "named_official")],
     [[0], [1]]),
    # a transcript's label in capitals is the titled full name before it, given name and all
    ("BYLINE: Chief Public Defender Nia Roberts says it is bad.\n\nNIA ROBERTS: We are not giving a defense.",
     [("Chief Public Defender Nia Roberts", "named_official"), ("NIA ROBERTS", "named_official")], [[0, 1]]),
    ("Judge Tom Roberts ruled.\n\nNIA ROBERTS: We disagree.",  # negative: another given name
     [("Judge Tom Roberts", "named_official"), ("NIA ROBERTS", "named_official")], [[0], [1]]),
    # a firm's noun before its name: the name is the firm's key
    ("Shares fell after the short-selling firm Pellucid Research published a report. Pellucid said more.",
     [("the short-selling firm Pellucid Research", "named_organization"), ("Pellucid", "named_organization")], [[0, 1]]),
    # a document of another kind with the same noun is another document
    ("The jail’s incident report says he slept. The autopsy report says he died at 3 a.m. The report says more.",
     [("The jail’s incident report", "document"), ("The autopsy report", "document"), ("The report", "document")],
     [[0], [1, 2]]),
    ("The jail’s incident report says he slept. The final report says he died.",  # negative: "final" tells no kind
     [("The jail’s incident report", "document"), ("The final report", "document")], [[0, 1]]),
    # "CEO" is the body's chief executive, named after the office
    ("Deposits are safe, CEO says\n\nThe credit union’s chief executive, Marcus Ostrowski, said so.",
     [("CEO", "named_organization"), ("The credit union’s chief executive, Marcus Ostrowski", "named_official")], [[0, 1]]),
    # a short name of a kind: "the federation" is the last institution cited; "the utility" is no
    # government's survey
    ("The North American Chess Union said it would review the game. The federation said more.",
     [("The North American Chess Union", "named_organization"), ("The federation", "named_organization")], [[0, 1]]),
    ("Corvallo Valley Gas said a line broke. The U.S. Geological Survey said it was a quake. The utility said more.",
     [("Corvallo Valley Gas", "named_organization"), ("The U.S. Geological Survey", "named_organization"),
      ("The utility", "named_organization")], [[0, 2], [1]]),
    ("Flu found in three herds as state vet warns\n\nTesting lags, Dr. Anneke Holm said.",  # negative: no office named
     [("state vet", "anonymous_official"), ("Dr. Anneke Holm", "named_official")], [[0], [1]]),
    # a part of "the two officials" is one of that group, not the single official just before it
    ("It broke apart, two U.S. officials said. A senior Army official said tests would stop. "
     "One of the two officials said the date would slip.",
     [("two U.S. officials", "anonymous_official"), ("A senior Army official", "anonymous_official"),
      ("One of the two officials", "anonymous_official")], [[0, 2], [1]]),
    ("It failed, four officials said. None of the officials interviewed would say more.",  # the plural, not the participle
     [("four officials", "anonymous_official"), ("None of the officials interviewed", "anonymous_official")], [[0, 1]]),
    # "the official" after "one of the officials" is that one
    ("He was relieved, two Navy officials said. One of the officials said it was overdue. The official said more.",
     [("two Navy officials", "anonymous_official"), ("One of the officials", "anonymous_official"),
      ("The official", "anonymous_official")], [[0, 1, 2]]),
    # "Some of them" needs a group before it: not a sheriff whose name ends in "s", nor "Brandt’s lawyer"
    ("Sheriff Dale Hutchins said he was sorry. Brandt’s lawyer, Mitchell Greer, said more. Some of them said they were afraid.",
     [("Sheriff Dale Hutchins", "named_official"), ("Brandt’s lawyer, Mitchell Greer", "named_official"),
      ("Some of them", "anonymous_other")], [[0], [1], [2]]),
    # the group the rest of a partitive describes best, not the nearest with its noun
    ("It was softened, two European diplomats involved in the drafting said. Several diplomats from the Baltic "
     "delegations objected. Two of the diplomats involved in the drafting said so.",
     [("two European diplomats involved in the drafting", "anonymous_official"),
      ("Several diplomats from the Baltic delegations", "anonymous_official"),
      ("Two of the diplomats involved in the drafting", "anonymous_official")], [[0, 2], [1]]),
    # "The other" after "One" of a pair is the pair's
    ("Two former board members described the hearings. One said they were rushed. The other, who left in 2020, said "
     "the caseload doubled.",
     [("Two former board members", "anonymous_official"), ("One", "anonymous_official"),
      ("The other, who left in 2020", "anonymous_official")], [[0, 1, 2]]),
    # a headline's "officials there" are the body's officials
    ("Owner talked with Kansas City about moving the team, officials there confirm\n\nTwo officials said talks began. "
     "The officials said no deal was near.",
     [("officials there", "anonymous_official"), ("Two officials", "anonymous_official"),
      ("The officials", "anonymous_official")], [[0, 1, 2]]),
    # "a copy of the cable" is the cable
    ("Forty diplomats signed it, according to a copy of the cable reviewed by The Ledger. The cable argues more.",
     [("a copy of the cable reviewed by The Ledger", "document"), ("The cable", "document")], [[0, 1]]),
    ("Democrats said the bill was dead. Some of them said it could return.",
     [("Democrats", "named_organization"), ("Some of them", "named_organization")], [[0, 1]]),
    # a headline's "Watchdog" is the body's "…, a nonpartisan watchdog group"
    ("Watchdog says campaign and PAC shared a pollster\n\nThe Campaign Integrity Project, a nonpartisan watchdog "
     "group, said so.",
     [("Watchdog", "named_official"), ("The Campaign Integrity Project, a nonpartisan watchdog group", "named_organization")],
     [[0, 1]]),
    # a headline's "U.S." is the body's United States attorney's office, and no company
    ("Executive traded on secret results, U.S. Says\n\nHe sold stock, the United States attorney’s office in "
     "Manhattan said. The company said he resigned.",
     [("U.S.", "named_organization"), ("the United States attorney’s office in Manhattan", "named_organization"),
      ("The company", "named_organization")], [[0, 1], [2]]),
    # a headline's "county" is the body's county health department
    ("Dogs sickened at park, county says\n\nEleven dogs fell ill, the Black Hawk County Health Department said. "
     "The state said not.",
     [("county", "named_organization"), ("the Black Hawk County Health Department", "named_organization"),
      ("The state", "named_organization")], [[0, 1], [2]]),
    # a person's pronoun with no source before it is the person named before it, not her center
    ("Shelters cut staff\n\nRosa Delgado has run the Sandia Crisis Center for 14 years, and she says she laid off "
     "four counselors. Delgado says more.",
     [("she", "named_official"), ("Delgado", "named_official")], [[0, 1]]),
    # nor the place or the army named before it
    ("Interpreters wait\n\nYusuf Amiri keeps his letters. For 14 months he interpreted for a U.S. Army company in "
     "Darwan’s Helm province, and he says he was shot at. Amiri applied in 2021, he says.",
     [("he", "named_person"), ("Amiri", "named_person"), ("he", "named_person")], [[0, 1, 2]]),
    # a name in another source's relative clause is not that source
    ("The agency, which built the probe with the contractor Arclight Systems, said so. Arclight referred questions "
     "to the agency.",
     [("The agency, which built the probe with the contractor Arclight Systems", "named_organization"),
      ("Arclight", "declined_comment")], [[0], [1]]),
    # an acronym the text spelled out in brackets is what it spelled out, a document or an outlet too
    ("Court filing\n\nMehra fled, according to the CBI’s first information report (FIR). The FIR accuses him of fraud.",
     [("the CBI’s first information report (FIR)", "document"), ("The FIR", "named_organization")], [[0, 1]]),
    ("Port sold\n\nDunehaven won, the state-run Belmara News Agency (BNA) reported. BNA said the offer was $410 "
     "million. The government plans to repay debts.",
     [("the state-run Belmara News Agency (BNA)", "media_report"), ("BNA", "named_organization"),
      ("The government", "named_organization")], [[0, 1], [2]]),
    # a headline's "state media" is the body's first state outlet
    ("Journalist held, state media says\n\nShe was charged, according to that country’s state broadcaster. The Post "
     "reported more.",
     [("state media", "media_report"), ("that country’s state broadcaster", "media_report"), ("The Post", "media_report")],
     [[0, 1], [2]]),
    # a headline's "Senate budget chief" is the body's Senate Budget Committee chairman (not the House's)
    ("Parliamentarian strikes drug plan, Senate budget chief says\n\nThe plan cannot stay, Senate Budget Committee "
     "Chairman Marcus Ebbing said.",
     [("Senate budget chief", "named_official"), ("Senate Budget Committee Chairman Marcus Ebbing", "named_official")],
     [[0, 1]]),
    ("Parliamentarian strikes drug plan, Senate budget chief says\n\nThe plan cannot stay, House Budget Committee "
     "Chairman Al Roe said.",
     [("Senate budget chief", "named_official"), ("House Budget Committee Chairman Al Roe", "named_official")], [[0], [1]]),
    # an institution's non-answer is the institution, though a non-answer's name is keyed like a person's
    ("Journalist held\n\nGlobal Affairs Canada says it is aware of the case. Global Affairs Canada did not respond to "
     "questions. Canada said more.",
     [("Global Affairs Canada", "named_organization"), ("Global Affairs Canada", "declined_comment"),
      ("Canada", "named_organization")], [[0, 1], [2]]),
    # letters after a name are no surname ("Naomi Feld SC" is Feld, not "SC")
    ("Trial\n\nThe paper relied on gossip, Mr Tanner’s barrister, Naomi Feld SC, told the court. Feld said more.",
     [("Mr Tanner’s barrister, Naomi Feld SC", "named_official"), ("Feld", "named_official")], [[0, 1]]),
    # a headline's "court" is the court a body spokeswoman speaks for
    ("Okafor to be sworn in tonight, court says\n\nShe takes the oath at 9 p.m., a spokeswoman for the Missouri "
     "Supreme Court said. The state party said more.",
     [("court", "named_organization"), ("a spokeswoman for the Missouri Supreme Court", "named_organization"),
      ("The state party", "named_organization")], [[0, 1], [2]]),
    # "She" opening a sentence is the woman the sentence before opens with, not the last source
    ("Mail slows\n\nRanchers and small-business owners across eastern Montana say letters are late. Cheryl Dahl runs "
     "an insurance agency in Miles City. She says checks take nine days. Dahl says more.",
     [("Ranchers and small-business owners across eastern Montana", "anonymous_other"), ("She", "named_person"),
      ("Dahl", "named_person")], [[0], [1, 2]]),
    # "Data published by NHS England on Thursday" names nobody "he" could be
    ("Waits grow\n\nHundreds wait, new figures show. Data published by NHS England on Thursday show delays.\n\n"
     "Among those waiting is Brian Coulson, 71, a retired welder from Sunderland, who was referred in 2022. “It "
     "hurts,” he told the station. Mr Coulson said more.",
     [("new figures", "document"), ("Data published by NHS England on Thursday", "document"), ("he", "named_person"),
      ("Mr Coulson", "named_person")], [[0], [1], [2, 3]]),
    # "he" right after an unnamed person spoke is that person, not the last named one of the typer's type
    ("Arrest\n\nDesmond Carter said he was arrested. A Harmon detective, who asks not to be named, says the tool was "
     "used often. “Everybody knew,” he says.",
     [("Desmond Carter", "named_person"), ("A Harmon detective", "anonymous_official"), ("he", "named_person")],
     [[0], [1, 2]]),
    # … though an institution's name comes in between ("Border Patrol trucks" names no person)
    ("Arrest\n\nDesmond Carter said he was arrested. A Harmon detective, who asks not to be named, says he saw "
     "Border Patrol trucks on the shoulder. “Everybody knew,” he says.",
     [("Desmond Carter", "named_person"), ("A Harmon detective", "anonymous_official"), ("he", "named_person")],
     [[0], [1, 2]]),
    # "She" right after an unnamed spokeswoman is that spokeswoman, for the institution she speaks for
    ("Inspection\n\nAnn Reyes said she was fired. OSHA has opened an inspection, an agency spokeswoman confirmed. "
     "She would not say when it began.",
     [("Ann Reyes", "named_person"), ("an agency spokeswoman", "named_organization"), ("She", "declined_comment")],
     [[0], [1, 2]]),
    ("Inspection\n\nAnn Reyes said she was fired. An OSHA spokeswoman in Denver said it was open. "
     "She would not say when it began.",
     [("Ann Reyes", "named_person"), ("An OSHA spokeswoman in Denver", "named_organization"), ("She", "declined_comment")],
     [[0], [1, 2]]),
    # negative: more than one person spoke before
    ("Arrest\n\nDesmond Carter said he was arrested. Two Harmon detectives say the tool was used often. “It was "
     "wrong,” he says.",
     [("Desmond Carter", "named_person"), ("Two Harmon detectives", "anonymous_official"), ("he", "named_person")],
     [[0, 2], [1]]),
    # "she" after "and" is the woman her own sentence opens with, not the last woman who spoke
    ("Prisons\n\nTasha Greenberg, a criminologist, says scans help. State Sen. Carla Munoz, a Democrat, has a bill, "
     "and she says she expects a hearing. Munoz said more.",
     [("Tasha Greenberg, a criminologist", "named_person"), ("she", "named_official"), ("Munoz", "named_official")],
     [[0], [1, 2]]),
    # negative: a man opens the sentence
    ("Prisons\n\nTasha Greenberg, a criminologist, says scans help. State Sen. Carl Munoz, a Democrat, has a bill, "
     "and she says she expects a hearing.",
     [("Tasha Greenberg, a criminologist", "named_person"), ("she", "named_person")], [[0, 1]]),
    # a company named with its town is that company: "Stormline" after "Stormline Alert Systems of Wichita"
    ("Sirens failed\n\nThe vendor, Stormline Alert Systems of Wichita, said a setting changed. Stormline said more.",
     [("The vendor, Stormline Alert Systems of Wichita", "named_organization"), ("Stormline", "named_organization")],
     [[0, 1]]),
    ("Notices mailed by mistake, elections office says\n\nThe vendor, Bluegrass Data Solutions of Lexington, did "
     "not respond.",  # negative: a company is no "office"
     [("elections office", "named_organization"), ("The vendor, Bluegrass Data Solutions of Lexington", "declined_comment")],
     [[0], [1]]),
    # a headline's "court records" is the body's analysis of those records
    ("Hospital sued 900 patients, court records show\n\nA third were sued, according to an analysis of Missouri court "
     "records by The Tribune. The analysis found more.",
     [("court records", "document"), ("an analysis of Missouri court records by The Tribune", "document"),
      ("The analysis", "document")], [[0, 1, 2]]),
    # a headline's "state" is the body's state department
    ("Seven sickened by raw milk, state says\n\nSeven people fell ill, the Vermont Department of Health said. The "
     "department named the farm.",
     [("state", "named_organization"), ("the Vermont Department of Health", "named_organization"),
      ("The department", "named_organization")], [[0, 1, 2]]),
    ("Seven sickened by raw milk, state says\n\nSeven people fell ill, the U.S. Department of Agriculture said.",
     [("state", "named_organization"), ("the U.S. Department of Agriculture", "named_organization")], [[0], [1]]),
    # "A department spokesman" is the police, not a company nor a person's non-answer
    ("Arrest\n\nHarmon police say the rules changed. The software’s maker, Lumen Identity Systems, says it is "
     "accurate. The detective who ran the search could not be reached. A department spokesman says more.",
     [("Harmon police", "named_organization"), ("The software’s maker, Lumen Identity Systems", "named_organization"),
      ("The detective who ran the search", "declined_comment"), ("A department spokesman", "named_organization")],
     [[0, 3], [1], [2]]),
    # a headline's "documents" is the body's first document; its "poll" a survey; its "FAA letter" the
    # Federal Aviation Administration's letter "sent to" somebody
    ("Maker knew of melting cords, documents show\n\nThe cords melted, according to internal emails filed in a "
     "lawsuit. A lawyer said more.",
     [("documents", "document"), ("internal emails filed in a lawsuit", "document"), ("A lawyer", "named_person")],
     [[0, 1], [2]]),
    ("Yes side leads, poll says\n\nThe Yes side leads, according to a survey by the Andina institute.",
     [("poll", "document"), ("a survey by the Andina institute", "document")], [[0, 1]]),
    ("Airline warned on fatigue, FAA letter shows\n\nPilots were tired, a Federal Aviation Administration letter "
     "sent to the company in March says.",
     [("FAA letter", "document"), ("a Federal Aviation Administration letter sent to the company in March", "document")],
     [[0, 1]]),
    # a couple is not one of them alone; "the Haddads" are the couple
    ("Movers\n\nRaleigh couple Omar and Leah Haddad said their things were held. Omar Haddad said he paid. "
     "The Haddads said more.",
     [("Raleigh couple Omar and Leah Haddad", "named_person"), ("Omar Haddad", "named_person"),
      ("The Haddads", "named_person")], [[0, 2], [1]]),
    ("Movers\n\nJohn Smith and Jane Doe said their things were held. Doe said more.",  # negative: two surnames
     [("John Smith and Jane Doe", "named_person"), ("Doe", "named_person")], [[0, 1]]),
    ("Brakes failed, documents show\n\nThe brakes failed, a notice the automaker filed says. The brakes wore out, "
     "internal documents show.",  # negative: one notice is not the headline's documents
     [("documents", "document"), ("a notice the automaker filed", "document"), ("internal documents", "document")],
     [[0, 2], [1]]),
    ("Donors hidden, records show\n\nThe group paid, a state filing says. Donors were hidden, bank records reviewed by "
     "the Ledger show.",  # negative: the headline's records are the body's records, not its first document
     [("records", "document"), ("a state filing", "document"), ("bank records reviewed by the Ledger", "document")],
     [[0, 2], [1]]),
    ("Airline warned on fatigue, poll says\n\nPilots were tired, a letter sent to the company in March says.",  # negative
     [("poll", "document"), ("a letter sent to the company in March", "document")], [[0], [1]]),
    # a surname with its particle is the full name's: "de Wit" after "Annelies de Wit"
    ("Relic stays\n\nAnnelies de Wit, the museum's director, said the loan failed. De Wit said so twice, and de Wit "
     "said the monks were kind.",
     [("Annelies de Wit, the museum's director", "named_official"), ("De Wit", "named_official"),
      ("de Wit", "named_person")], [[0, 1, 2]]),
    # "the cooperative" is the institution named so, not the last one cited
    ("Homes wait\n\nThe utility, Sable Valley Electric Cooperative, said it had no transformers. The Electrical "
     "Equipment Council said demand rose. The cooperative said it would ask for help.",
     [("The utility, Sable Valley Electric Cooperative", "named_organization"),
      ("The Electrical Equipment Council", "named_organization"), ("The cooperative", "named_organization")],
     [[0, 2], [1]]),
    ("Milk tested\n\nThe Department of Agriculture said 12 herds were infected. The cooperative said the milk was safe.",
     [("The Department of Agriculture", "named_organization"), ("The cooperative", "named_organization")],
     [[0], [1]]),  # negative: a department is no cooperative
    # a company and its first words: "Keel Street" after "Keel Street Partners"
    ("The building’s owner, Keel Street Partners, said the fees were fair. Keel Street said it would not lower them.",
     [("The building’s owner, Keel Street Partners", "named_organization"), ("Keel Street", "named_organization")],
     [[0, 1]]),
    # a company and its first word: "Ridgeline" after "Ridgeline Telecom"
    ("Lines cut\n\nRidgeline Telecom said the lines were old. Ridgeline says a unit will be offered.",
     [("Ridgeline Telecom", "named_organization"), ("Ridgeline", "named_organization")], [[0, 1]]),
])
def test_grouping_table(text, mentions, groups):
    assert _groups(text, mentions) == groups


@pytest.mark.parametrize("text, mentions, types", [
    # a description typed anonymous, named later, takes the name's type
    ("A former employee who worked beside him said he drove 40 miles. The employee, Rafael Dunmire, said more.",
     [("A former employee who worked beside him", "anonymous_other"), ("The employee, Rafael Dunmire", "named_person")],
     ["named_person", "named_person"]),
    # a person the typer took for a document (for the study in the clause) is named later: one person
    ("An economist who reviewed the study called it fantasy. The economist, Paulina Lindqvist of Gulf Coast State "
     "University, said so.",
     [("An economist who reviewed the study", "document"), ("The economist, Paulina Lindqvist of Gulf Coast State University", "named_person")],
     ["named_person", "named_person"]),
    # a person's noun the typer took for an institution, named later: the name's type
    ("The tournament’s runner-up accused the winner. The runner-up, Tobias Renner, said more.",
     [("The tournament’s runner-up", "named_organization"), ("The runner-up, Tobias Renner", "named_person")],
     ["named_person", "named_person"]),
    ("A county spokeswoman said so. The spokeswoman, Ann Lee, said more.",  # negative: an unnamed spokesperson
     [("A county spokeswoman", "named_organization"), ("The spokeswoman, Ann Lee", "named_official")],
     ["named_organization", "named_official"]),
    ("A study by the team said so. The economist, Paulina Lindqvist, said not.",  # negative: a document's noun
     [("A study by the team", "document"), ("The economist, Paulina Lindqvist", "named_person")],
     ["document", "named_person"]),
    # a headline's bare "sources" is the body's people familiar, and "two of the people" their kind
    ("Shipper moved oil at sea, sources say\n\nThe oil moved, according to three people with knowledge of the "
     "shipments. Two of the people said more.",
     [("sources", "anonymous_other"), ("three people with knowledge of the shipments", "anonymous_familiar"),
      ("Two of the people", "anonymous_other")],
     ["anonymous_familiar", "anonymous_familiar", "anonymous_familiar"]),
    ("Critics are wary, sources say\n\nThe plan is weak, critics said.",  # negative: vague in the body too
     [("sources", "anonymous_other"), ("critics", "anonymous_other")], ["anonymous_other", "anonymous_other"]),
    # negatives: an anonymous official and a named one are two sources; an unnamed group stays anonymous
    ("A senior official said so. The official, Ned Price, said not.",
     [("A senior official", "anonymous_official"), ("The official, Ned Price", "named_official")],
     ["anonymous_official", "named_official"]),
    ("Two former employees said so. Dunmire said not.",
     [("Two former employees", "anonymous_other"), ("Dunmire", "named_person")], ["anonymous_other", "named_person"]),
    # an acronym typed as a person or as nobody in particular is the institution it abbreviates
    ("The World Health Organization said so. WHO said it sent staff. The GAO said not.",
     [("The World Health Organization", "named_organization"), ("WHO", "anonymous_other"), ("The GAO", "named_official")],
     ["named_organization", "named_organization", "named_official"]),
    # "one of them" is of its group's type
    ("“We are closer,” two European diplomats said. “But not there,” one of them said.",
     [("two European diplomats", "anonymous_official"), ("one of them", "named_official")],
     ["anonymous_official", "anonymous_official"]),
    ("Prices rose, officials said. One of them, a former camp director, said so.",  # described: the typer's
     [("officials", "anonymous_official"), ("One of them, a former camp director", "anonymous_other")],
     ["anonymous_official", "anonymous_other"]),
    ("The mayor, Ann Lee, said so. You said more.",  # a pronoun keeps the typer's answer
     [("The mayor, Ann Lee", "named_official"), ("You", "anonymous_other")], ["named_official", "anonymous_other"]),
    # a headline's "Grand jury" is the body's grand jury report: a document
    ("Grand jury finds diocese hid abuse\n\nThe diocese hid abuse, according to a grand jury report released on "
     "Tuesday. The report said more.",
     [("Grand jury", "named_organization"), ("a grand jury report released on Tuesday", "document"),
      ("The report", "document")], ["document", "document", "document"]),
    ("Pentagon says talks stalled\n\nThe talks stalled, the Pentagon said. A Pentagon report said more.",  # negative
     [("Pentagon", "named_organization"), ("the Pentagon", "named_organization"), ("A Pentagon report", "document")],
     ["named_organization", "named_organization", "document"]),
    # a headline's "GM" is the body's general manager, of the body's type
    ("Foundry listening on Ortiz, GM says\n\nThe Foundry will listen, general manager Dan Hollins said.",
     [("GM", "named_organization"), ("general manager Dan Hollins", "named_official")],
     ["named_official", "named_official"]),
    # … and its "Watchdog", typed a person, the institution the body names
    ("Watchdog says campaign and PAC shared a pollster\n\nThe Campaign Integrity Project, a nonpartisan watchdog "
     "group, said so.",
     [("Watchdog", "named_official"), ("The Campaign Integrity Project, a nonpartisan watchdog group", "named_organization")],
     ["named_organization", "named_organization"]),
    # "The sources" points back at "three senior government sources", and is of their kind
    ("Reshuffle\n\nVale will go, according to three senior government sources. The sources said she was told.",
     [("three senior government sources", "anonymous_official"), ("The sources", "anonymous_familiar")],
     ["anonymous_official", "anonymous_official"]),
    # negative: new people with a description of their own keep the typer's answer
    ("Reshuffle\n\nVale will go, according to three senior government sources. Two people familiar with the plan "
     "said she was told.",
     [("three senior government sources", "anonymous_official"), ("Two people familiar with the plan", "anonymous_familiar")],
     ["anonymous_official", "anonymous_familiar"]),
    # an acronym the text spelled out takes the type of what it spelled out
    ("Port sold\n\nDunehaven won, the state-run Belmara News Agency (BNA) reported. BNA said the offer was $410 million.",
     [("the state-run Belmara News Agency (BNA)", "media_report"), ("BNA", "named_organization")],
     ["media_report", "media_report"]),
])
def test_a_description_named_later_takes_the_name_s_type(text, mentions, types):
    assert [a.type for a in _grouped_doc(text, mentions).attributions] == types


@pytest.mark.parametrize("text, mentions, types", [
    # an outlet's "it", typed an institution, is the outlet
    ("Tariffs\n\nThe Hanlin Daily said the tariffs were unfair. It warned of consequences.",
     [("The Hanlin Daily", "media_report"), ("It", "named_organization")], ["media_report", "media_report"]),
    # negative: an institution's "it"
    ("Tariffs\n\nThe ministry said the tariffs were unfair. It warned of consequences.",
     [("The ministry", "named_organization"), ("It", "named_organization")], ["named_organization", "named_organization"]),
])
def test_an_outlet_s_it_is_the_outlet(text, mentions, types):
    from auditor.modelstages import settle_group_types

    assert [a.type for a in settle_group_types(_grouped_doc(text, mentions)).attributions] == types


def test_one_span_with_two_cues_is_one_source_however_each_was_typed():
    from auditor.group import group
    from auditor.ingest import read_article
    from auditor.segment import segment
    from auditor.types import Attribution, Document, Span

    text = "A barley grower who organized a petition said she applied in August and was told the money was gone."
    grower = Span(0, len("A barley grower who organized a petition"))
    attributions = (Attribution(source=grower, cue=None, content=(), type="anonymous_familiar"),
                    Attribution(source=grower, cue=None, content=(), type="named_person"))
    doc = group(segment(Document(read_article(text), attributions=attributions)))
    assert len({a.source_id for a in doc.attributions}) == 1


def test_distinct_sources_count_only_sources_that_are_cited():
    from auditor.group import group
    from auditor.ingest import read_article
    from auditor.score import score
    from auditor.segment import segment
    from auditor.types import Attribution, Document, Span

    text = "Port plan\n\nThe White House had eyed a deal. The deal is off, two officials said.\n"
    def at(needle):
        start = text.index(needle)
        return Span(start, start + len(needle))
    attributions = (
        Attribution(source=at("The White House"), cue=at("had eyed"), content=(at("a deal"),), type="named_organization", sourcing=False),
        Attribution(source=at("two officials"), cue=at("said"), content=(at("The deal is off"),), type="anonymous_official"),
    )
    doc = score(group(segment(Document(read_article(text), attributions=attributions))))
    assert [s.sourcing for s in doc.sources] == [False, True]
    assert (doc.scores.distinct_sources, doc.scores.named_sources, doc.scores.anonymous_sources) == (1, 0, 1)


def test_grouping_is_scored_against_the_gold_source_ids():
    from auditor.evaluate import source_grouping
    from auditor.types import Attribution, Document, Scores, Span

    text = "Talks stalled, two officials said. The officials said Smith left. Smith said no. Jones said yes."
    def at(needle, after=0):
        start = text.index(needle, after)
        return {"start": start, "end": start + len(needle)}
    mentions = [("two officials", "officials", "anonymous_official", 0), ("The officials", "officials", "anonymous_official", 0),
                ("Smith", "smith", "named_person", text.index("Smith said")), ("Jones", "jones", "named_person", 0)]
    gold = {"text": text, "sentences": [{"start": 0, "end": len(text), "text": text, "attributions": [
        {"source": m, "source_span": at(m, after), "source_id": ident, "type": t, "cue": "said"} for m, ident, t, after in mentions]}]}
    # the auditor joined Smith with Jones and missed the officials' link
    predicted = [("two officials", "a", 0), ("The officials", "b", 0), ("Smith", "c", text.index("Smith said")), ("Jones", "c", 0)]
    attributions = tuple(Attribution(source=Span(at(m, after)["start"], at(m, after)["end"]), cue=None, content=(),
                                     type="named_person", source_id=ident) for m, ident, after in predicted)
    doc = Document(article=None, attributions=attributions, scores=Scores(named_sources=1, anonymous_sources=2))
    result = source_grouping(gold, doc)
    assert (result["matched"], result["link_tp"], result["link_pred"], result["link_gold"]) == (4, 0, 1, 1)
    assert (result["gold_named"], result["gold_anonymous"], result["named"], result["anonymous"]) == (2, 1, 1, 2)
    assert "errors" not in result
    errors = source_grouping(gold, doc, show_errors=True)["errors"]
    assert [(e["kind"], e["mentions"]) for e in errors] == [
        ("split", ["two officials", "The officials"]), ("joined", ["Smith", "Jones"])]


def test_a_person_is_named_by_a_mention_that_looks_like_a_name():
    from auditor.group import build_sources
    from auditor.types import Attribution, Span

    text = "It was mandated in an executive order Biden signed. Biden said so. Biden added more."
    first = text.index("an executive order Biden")
    spans = [Span(first, first + len("an executive order Biden")),
             Span(text.index("Biden said"), text.index("Biden said") + 5),
             Span(text.index("Biden added"), text.index("Biden added") + 5)]
    attributions = tuple(Attribution(source=s, cue=None, content=(), type="named_official", source_id="biden")
                         for s in spans)
    (source,) = build_sources(attributions, text)
    assert source.name == "Biden"


def test_a_source_type_tie_goes_to_the_first_mention():
    # the tie was broken by set order, which changes with Python's hash seed from run to run
    from auditor.group import build_sources
    from auditor.types import Attribution, Span

    text = "Aides said so. The aides said more."
    attributions = (
        Attribution(source=Span(0, 5), cue=None, content=(), type="anonymous_other", source_id="aides"),
        Attribution(source=Span(15, 24), cue=None, content=(), type="anonymous_official", source_id="aides"),
    )
    assert build_sources(attributions, text)[0].type == "anonymous_other"


def test_a_gold_mention_found_twice_takes_the_first_attribution_s_id():
    # two attributions share one source span; the score must not depend on how the ids are spelled
    from auditor.evaluate import source_grouping
    from auditor.types import Attribution, Document, Scores, Span

    text = "Two officials said so and added more. The officials said no."
    gold = {"text": text, "sentences": [{"start": 0, "end": len(text), "text": text, "attributions": [
        {"source": "Two officials", "source_span": {"start": 0, "end": 13}, "source_id": "o", "type": "anonymous_official"},
        {"source": "The officials", "source_span": {"start": 38, "end": 51}, "source_id": "o", "type": "anonymous_official"}]}]}
    for first, second in (("a", "z"), ("z", "a")):
        attributions = (Attribution(source=Span(0, 13), cue=None, content=(), source_id=first),
                        Attribution(source=Span(0, 13), cue=None, content=(), source_id=second),
                        Attribution(source=Span(38, 51), cue=None, content=(), source_id=first))
        doc = Document(article=None, attributions=attributions, scores=Scores())
        assert source_grouping(gold, doc)["link_tp"] == 1


@pytest.mark.parametrize("phrase, gender", [
    ("Tasha Greenberg", "f"), ("Jonah Feld", "m"), ("State Sen. Carla Munoz", "f"),
    ("Jordan Achebe", None), ("Kiran Desai", None),  # names given to both say nothing
    ("Tom Berglund, an energy consultant in Ann Arbor", "m"),  # the name, not a place in the appositive
    ("Virginia Beach Mayor Tom Lee", "m"), ("The worker, Rosa Delgado of the union", "f"),
])
def test_a_common_given_name_tells_the_gender(phrase, gender):
    from auditor.group import mention_gender

    assert mention_gender(phrase) == gender


def test_a_pronoun_after_an_unnamed_speaker_not_granted_anonymity_keeps_its_own_antecedent():
    # "one questioner claimed …" … "“You’re right,” he said": whoever answers, not the questioner
    text = ("Forum\n\nDonald Trump spoke at a forum. One questioner claimed the military was weak. “You’re right,” he "
            "said.")
    ids = [a.source_id for a in _grouped_doc(text, [("Donald Trump", "named_official"), ("One questioner", "anonymous_other"),
                                                   ("he", "named_official")]).attributions]
    assert ids[2] != ids[1]


def test_a_report_by_the_headline_s_person_is_not_that_person():
    # "State auditor finds …" … "a report … by the state auditor general": the report is no person
    text = ("State auditor finds utility ignored warnings\n\nThe utility failed, according to a report released on "
            "Thursday by the state auditor general. Auditor General Timothy DeSantis said more.")
    ids = [a.source_id for a in _grouped_doc(text, [
        ("State auditor", "named_official"), ("a report released on Thursday by the state auditor general", "document"),
        ("Auditor General Timothy DeSantis", "named_official")]).attributions]
    assert ids[1] not in (ids[0], ids[2])
