import pytest

from auditor.ingest import (
    IngestConfig, InputError, decode, detect_format, expand_paths, guess_language, mark_excluded,
    read_article, read_path,
)

ARTICLE = (
    "Mayor vows to fix roads\n\n"
    "The mayor said on Monday that the city would repave 40 miles of roads this year.\n\n"
    "Residents have complained for years about potholes, a council member said.\n\n"
)


@pytest.mark.parametrize("footer, reason", [
    ("Share this:", "share prompt"),
    ("Sign up for our morning newsletter to get the news in your inbox.", "newsletter prompt"),
    ("Related: Council approves the budget", "related links"),
    ("Leave a Reply", "comment form"),
    ("Your email address will not be published. Required fields are marked *", "comment form"),
    ("Αφήστε μια απάντηση στο άρθρο", "other language (greek)"),
    ("Deja un comentario y cuéntanos lo que piensas de la noticia de hoy en la ciudad.", "other language (es)"),
    ("*By Staff Writer*", "byline"),
    ("By JANE DOE and JOHN ROE, Associated Press", "byline"),
    ("By Jane Doe | The Ledger", "byline"),
    ("Updated 5:32 PM EST, Mon November 27, 2023", "timestamp"),
    ("Published: Nov. 27, 2023 at 10:02 a.m.", "timestamp"),
    ("Posted on 2023-11-27", "timestamp"),
    ("Photo: AP", "photo credit"),
    ("(AP Photo/Evan Vucci)", "photo credit"),
    ("Reporting by Jane Doe in Washington; Editing by John Roe", "credit line"),
    ("The Associated Press contributed to this report.", "credit line"),
    ("Jane Doe is a reporter for The Ledger. Reach her at jdoe@ledger.com.", "author note"),
    ("Topics: Politics, Courts", "navigation"),
    ("Correction: An earlier version of this story misstated the mayor's name.", "editor's note"),
    ("A version of this article appears in print on Nov. 27, 2023, Section A, Page 1.", "print edition line"),
    ("Comments are closed on this article.", "comment form"),
    ("Join the conversation: comments on this story are moderated.", "comment form"),
    ("Have you been affected by the storm? Tell us your story.", "reader callout"),
    ("Follow our election coverage on The Ticket.", "navigation"),
    ("A firefighter walks past the house on Saturday. (Jane Roe for The Ledger)", "photo credit"),
    ("Staff photo by Gil Hatch: Boats on their moorings in the harbor.", "photo credit"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "credit line"),
    ("Update, Jan. 7: This story has been updated with comment from the company.", "editor's note"),
    ("Associated Press writer Dana Kovac in Columbus contributed to this report.", "credit line"),
    ("Reach Nell Carver, who covers fishing for The Ledger, at ncarver@ledger.example.", "author note"),
    ("Lydia Marsh has covered the courts for The Sun since 2015. Contact her at lmarsh@sun.example.", "author note"),
    ("This article appears in the September issue of High Country Quarterly.", "print edition line"),
    ("If you or someone you know is struggling with addiction, call the helpline at 1-800-555-0142.", "helpline note"),
    ("What do you think? Comments are reviewed before they appear.", "reader callout"),
    ("Share your thoughts in the comments below.", "comment form"),
    ("Letters to the editor may be sent to letters@ledger.example.", "reader callout"),
    ("Look up any restaurant’s inspection history in our county dining database.", "related links"),
    ("Do you have a relative in a nursing home? We want to hear about their care.", "reader callout"),
    ("Follow AP’s coverage of hospital cyberattacks.", "navigation"),
    ("Support independent journalism: become a WKPR member today.", "donation prompt"),
    ("Fleet Report is reader-supported. Subscribe for full access to our daily briefings.", "donation prompt"),
    ("Support for WNMR’s health coverage comes from listeners like you. Donate now.", "donation prompt"),
    ("Republish this article for free under our Creative Commons license.", "republishing note"),
    ("We welcome civil discussion. Comments are moderated and may take up to 24 hours to appear.", "comment form"),
    ("(Reporting by Elena Voight in Cincinnati; Editing by Mark Tan)", "wire credit line"),
    ("More Ironclads coverage: Camp observations, Day 1", "related links"),
    ("Have a health question you want answered? Email the Well Explained team.", "reader callout"),
    ("Get Workforce Ledger’s daily briefing in your inbox. Sign up", "newsletter prompt"),
    ("Cyclists gather outside the courthouse on Wednesday. (Staff photo by Lena Park)", "photo credit"),
    ("This story was produced by the Capitol Bureau, a nonprofit newsroom covering state government.", "partner note"),
    ("This live blog has ended. Follow our continuing coverage of the storm here.", "live blog end"),
    ("Plains Public Radio is a nonprofit newsroom. Make a gift today.", "donation prompt"),
    ("Was this forwarded to you? Subscribe to The Brief here.", "newsletter prompt"),
    ("Unsubscribe | Manage preferences", "newsletter prompt"),
    ("You’re receiving The Front Office because you signed up at our website.", "newsletter prompt"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "copyright line"),
    ("Refresh this page for the latest updates.", "navigation"),
    ("See a typo? Report it here.", "reader callout"),
    ("This transcript has been edited for length and clarity.", "editor's note"),
    ("Questions about city government? Reach reporter Lena Pryce at lpryce@today.example.", "reader callout"),
    ("Media contact: Jenna Ortiz, press@volterra.example", "credit line"),
    ("Data reporting by Priya Anand. Graphics by Luis Ocampo.", "credit line"),
    ("This interview is part of The Sentinel’s series on the missing.", "partner note"),
    ("Tri-State Herald subscribers can read the full report here.", "newsletter prompt"),
    ("Correction, 12 October: An earlier version of this article gave the wrong month.", "editor's note"),
    ("Metro Line airs weekdays at noon on WKRT 90.1 FM.", "broadcast note"),
    ("More Sports: Kiptoo eyes a fall double in Chicago", "related links"),
    ("Hangar Floor Weekly | Subscribe | Advertise | Contact the newsroom", "navigation"),
    ("This transcript was produced by a contractor and may contain errors.", "editor's note"),
    ("Comments on this story are moderated and may take up to an hour to appear.", "comment form"),
    ("KDSR is a member station of the Western Public Radio Network.", "publisher note"),
    ("The Ellery Lantern is the independent student newspaper of Ellery College, published since 1921.", "publisher note"),
    ("For licensing inquiries, contact Northgate Wire Sales.", "publisher note"),
    ("Follow Capitol Desk on social media for more.", "navigation"),
    ("The Ballot Box is sent Tuesdays and Fridays through Election Day.", "newsletter prompt"),
    ("Advertise with Builders’ Ledger.", "advertisement"),
    ("Want to write for the Lantern? Come to our Tuesday meeting.", "tips prompt"),
    ("Share by email", "share prompt"),
    ("Read the county’s full after-action review (PDF).", "related links"),
    ("This explainer will be updated as the registrar verifies signatures.", "editor's note"),
    ("Correction, Aug. 8, 2025: An earlier version of this article misstated the number.", "editor's note"),
    ("Update, 5:45 p.m.: This article has been updated with comment from the city.", "editor's note"),
])
def test_boilerplate_is_excluded(footer, reason):
    text = ARTICLE + footer + "\n"
    spans, reasons, language = mark_excluded(text)
    assert language == "en"
    assert [text[s.start:s.end] for s in spans] == [footer]
    assert reasons == (reason,)


@pytest.mark.parametrize("paragraph", [
    "The company said it would share the data with regulators.",
    "Officials said the newsletter was sent to 2,000 residents in error last week.",
    "“Related matters will be discussed later,” she said.",
    "By a slim margin, voters said the economy was weak.",  # "By" and lower case: a sentence
    "By Tuesday, the crowd had grown to 2,000.",
    "Published reports say the deal fell through on Nov. 3 after talks.",  # no timestamp after the word
    "Updated figures released Tuesday show 3 percent growth.",
    "Photos released by the agency show damage to the pier.",
    "(The numbers were revised in 2021, the agency said.)",
    "Reporting by The Ledger last year found the district had overspent.",  # a media report, not a credit
    "Residents said the plan contributed to the flooding.",
    "She is a reporter for The Ledger, the mayor said, and she should know better.",
    "The correction in stock prices worried investors, analysts said.",
    "Follow the money, one investigator said.",
    "Have you seen the report? the senator asked. She said she had not.",  # a question in the story
    "The mayor thanked the crews (including volunteers from the Red Cross) for their work.",
    "The bill passed 52-48 (Sen. Jane Roe for the amendment).",
    "Home-security app sold users’ location data to brokers, regulator alleges",  # "Home" is no menu here
    "Nerevant halts late-stage ALS trial after four patient deaths",  # "als" alone is no German
    "Updated guidance from the agency: masks are optional.",  # no "Update:" note
    "If you ask the mayor, the budget is balanced, she said.",
    "Reach out to the agency, the mayor urged residents, and ask for a refund.",
    "Lydia Marsh has covered every meeting since 2015, the mayor said.",
    "What do you think the council will do, she asked.",
    "Residents were asked to donate blood at the fire station, and dozens did.",  # an appeal in the story
    "The campaign asked supporters to give now, before the deadline, the filing shows.",
    "The charity, which is donor-supported, said it would reopen the shelter.",
    "Photos taken by the agency (photo by a drone) show damage to the pier, the agency said.",
    "More than 40 percent of the coverage was lost, the insurer said.",
    "How we did this",  # a subhead, with the method after it in the article
    "More than half: that is how many voters stayed home, the clerk said.",
    "The program airs its final episode next week, the network said.",
    "Subscribers to the service lost access for a day, the company said.",  # no prompt
    "The live blog format has ended up costing the paper readers, the editor said.",
    "Update, 9:40 p.m.: The sheriff’s office said a stolen pickup was found.",  # a live blog's news
    "Follow the money for more than a decade and you find the same donors, she said.",
])
def test_article_paragraphs_are_kept(paragraph):
    spans, _, _ = mark_excluded(ARTICLE + paragraph + "\n")
    assert spans == ()


def test_offsets_refer_to_the_decoded_text():
    text = "Headline\n\nWASHINGTON\u00a0— “Curly” quotes stay, officials said.\n"
    article = read_article(text)
    assert article.text == text


def test_bom_is_dropped_and_bad_bytes_refused():
    assert decode("\ufeffhello world".encode("utf-8")) == "hello world"
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(b"caf\xe9 au lait is hot")
    with pytest.raises(InputError, match="binary"):
        decode(b"\x7fELF\x00\x00\x01binary")
    with pytest.raises(InputError, match="empty"):
        decode(b"   \n")


def test_other_language_article_is_refused():
    text = ("El presidente dijo que la economía de los países de la región se encuentra en una "
            "situación muy difícil, según fuentes del gobierno y los ministros.\n")
    with pytest.raises(InputError, match="another language"):
        read_article(text)


def test_size_limit_and_missing_paths(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 3000)
    with pytest.raises(InputError, match="over the"):
        read_path(str(big), IngestConfig(max_bytes=1000))
    with pytest.raises(InputError, match="no such file"):
        read_path(str(tmp_path / "missing.txt"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .txt"):
        expand_paths([str(tmp_path / "empty")])


def test_html_body_is_extracted():
    html = """<html><head><title>Budget fight</title></head><body>
    <nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
    <article><h1>Budget fight</h1>
    <p>The governor said Tuesday that she would veto the budget unless lawmakers restored school funding.</p>
    <p>Two legislative aides, who spoke on the condition of anonymity, said a compromise was unlikely this week.</p>
    </article><footer>Share this story</footer></body></html>"""
    article = read_article(html, "page.html")
    assert article.input_format == "html"
    assert "veto the budget" in article.text
    assert "Politics" not in article.text
    assert detect_format(html) == "html"


def test_language_guess():
    assert guess_language("The senator said on Tuesday that the bill would pass the House.") == "en"
    assert guess_language("Der Minister sagte, dass die Regierung die Steuern nicht erhöhen wird.") == "de"
    # French and Spanish share "le", "un", "que": the words only one of them uses decide
    assert guess_language("Le ministre a déclaré que le plan serait appliqué dès janvier.") == "fr"
    assert guess_language("Le gouvernement a annoncé mardi un nouveau plan, selon deux responsables.") == "fr"
    assert guess_language("El gobierno anunció el martes un nuevo plan, según dos funcionarios.") == "es"
    assert guess_language("ok") is None
