"""The rule attributor, as tables of (text, expected) with negatives."""

import pytest

from auditor.attribute import ANONYMITY_REASON
from auditor.pipeline import audit_text


def found(text):
    doc = audit_text(text)
    out = []
    for a in doc.attributions:
        out.append((
            a.source.text(doc.text) if a.source else None,
            a.cue.text(doc.text) if a.cue else None,
            [c.text(doc.text) for c in a.content],
            a.type,
        ))
    return out


@pytest.mark.parametrize("text, expected", [
    # content before the cue
    ("The talks stalled over tariffs, two defense officials said.",
     [("two defense officials", "said", ["The talks stalled over tariffs"], "anonymous_official")]),
    # "according to" after and before its content
    ("The deal is close, according to two people familiar with the discussions.",
     [("two people familiar with the discussions", "according to", ["The deal is close"], "anonymous_familiar")]),
    ("According to court filings, the company owed $4 million.",
     [("court filings", "According to", ["the company owed $4 million"], "document")]),
    # source first, "that" left out of the content
    ("The White House said Tuesday that the meeting would go ahead.",
     [("The White House", "said", ["the meeting would go ahead"], "named_organization")]),
    # reporting verbs beyond "said"
    ("Sen. Maria Lopez warned that the bill would fail.",
     [("Sen. Maria Lopez", "warned", ["the bill would fail"], "named_official")]),
    ("The ministry denied that troops had crossed the border.",
     [("The ministry", "denied", ["troops had crossed the border"], "named_organization")]),
    # inverted order with an appositive
    ("“The water is rising,” said Jane Doe, a nurse in Tulsa.",
     [("Jane Doe, a nurse in Tulsa", "said", ["“The water is rising,”"], "named_person")]),
    # another outlet
    ("The president was talked out of the call, NBC News has reported.",
     [("NBC News", "has reported", ["The president was talked out of the call"], "media_report")]),
    # vague anonymous
    ("Critics say the plan favors donors.", [("Critics", "say", ["the plan favors donors"], "anonymous_other")]),
    # "declined to be named" is an anonymous source, not a non-answer
    ("A source who declined to be named said the CEO would resign.",
     [("A source who declined to be named", "said", ["the CEO would resign"], "anonymous_other")]),
])
def test_attributions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, response, source", [
    ("The Pentagon declined to comment.", "declined", "The Pentagon"),
    ("A spokeswoman for the company did not immediately respond to a request for comment.", "no_response",
     "A spokeswoman for the company"),
    ("Smith could not be reached for comment.", "unreachable", "Smith"),
    ("The agency declined to release the recordings.", "declined", "The agency"),
    ("The campaign declined to share its internal polling.", "declined", "The campaign"),
    ("A department spokesperson declined to characterize the conversations.", "declined", "A department spokesperson"),
    ("The platform, Loop, did not respond to a list of questions.", "no_response", "The platform, Loop"),
    ("Its director, LaToya Branch, did not respond to interview requests over three weeks.", "no_response",
     "Its director, LaToya Branch"),
    ("The White House declined to comment, and the Pentagon did not immediately respond to a request for comment.",
     "declined", "The White House"),
    ("The V.A. declined to make the project's managers available for interviews.", "declined", "The V.A."),
    ("Hartigan declined through a spokeswoman to comment on the report.", "declined", "Hartigan"),
    ("Hartigan declined, through a spokesman, to comment beyond the letter.", "declined", "Hartigan"),
    ("The warden, Ellis Maro, declines, through his secretary, a request for an interview.", "declined",
     "The warden, Ellis Maro"),
    ("Vantor declined an invitation to take part.", "declined", "Vantor"),
    ("Hartigan declined to speculate on a link.", "declined", "Hartigan"),
    ("The regulator did not respond to a fax asking whether it had issued guidance.", "no_response", "The regulator"),
    ("Hartigan does not answer repeated calls from this station.", "no_response", "Hartigan"),
])
def test_non_answers(text, response, source):
    doc = audit_text(text)
    first = doc.attributions[0]
    assert first.type == "declined_comment"
    assert first.response == response
    assert first.source.text(doc.text) == source
    assert first.content == ()


def test_two_non_answers_in_one_sentence():
    doc = audit_text("The White House declined to comment, and the Pentagon did not immediately respond to a request for comment.")
    assert [(a.source.text(doc.text), a.response) for a in doc.attributions] == [
        ("The White House", "declined"), ("the Pentagon", "no_response")]


@pytest.mark.parametrize("text", [
    "He said nothing.",                                   # no content
    "The so-called “reset” never happened.",              # scare quotes are not quotes
    "The meeting, which China has not officially confirmed, is next week.",  # negated cue
    "The bill passed the Senate on Tuesday.",             # no cue at all
    "The project has not responded to market shifts.",   # "responded" is no non-answer here
    "All told, the elevator held 1.2 million bushels of wheat.",  # a sum, not a report
    "The spray is safe for bees when it is applied according to its label.",  # in keeping with
    "The launch went according to plan, and the satellite reached orbit.",
    "The company’s stated goal is to supply cells for 200,000 trucks a year.",  # whose goal, not a report
    "Owners face bills of up to $48,000 after the engineer’s report.",  # a noun a possessive owns
])
def test_no_attribution(text):
    assert found(text) == []


def test_according_to_the_plan_cites_it():
    assert [a[:2] for a in found("According to the plan, the city will replace 40 miles of pipe.")] == [
        ("the plan", "According to")]


def test_quote_running_over_sentences_keeps_its_source():
    text = ("“I do think we’ve made some progress,” Burns said. “We’re the two most powerful governments "
            "in the world. We’ve got to be communicating.”")
    doc = audit_text(text)
    sources = [(a.source.text(text), a.cue.text(text) if a.cue else None, a.continuation) for a in doc.attributions]
    assert sources == [("Burns", "said", False), ("Burns", None, True), ("Burns", None, True)]
    assert len({a.source_id for a in doc.attributions}) == 1
    assert all(labels == ("named_person",) for labels in doc.labels)


def test_anonymity_reason_and_count():
    text = ("Two officials, who spoke on the condition of anonymity because they were not authorized to "
            "discuss the talks, said the deal was close.")
    doc = audit_text(text)
    [a] = doc.attributions
    assert a.source.text(text) == "Two officials"
    assert "condition of anonymity" in a.anonymity_reason.text(text)
    assert a.count == "2"
    assert a.type == "anonymous_official"


@pytest.mark.parametrize("sentence, reason", [
    ("The company has hired advisers, the people said, asking not to be identified because the talks are private.",
     ", asking not to be identified because the talks are private"),
    ("The talks stalled, officials said, requesting anonymity to discuss internal deliberations.",
     ", requesting anonymity to discuss internal deliberations"),
    ("A person familiar with the talks, speaking anonymously because they are private, said they stalled.",
     ", speaking anonymously because they are private"),
    ("Two officials, who were granted anonymity to discuss the matter, said the talks stalled.",
     ", who were granted anonymity to discuss the matter"),
    ("They asked that their names not be used because they expect to be called as witnesses.",
     "asked that their names not be used because they expect to be called as witnesses"),
    # with no comma after it, the reason ends at its cue
    ("A Coast Guard official who was not authorized to speak publicly about the case said the boat failed a test.",
     " who was not authorized to speak publicly about the case"),
    ("An aide who requested anonymity to discuss U.S. policy said the talks stalled.",
     " who requested anonymity to discuss U.S. policy"),
    ("The trader, who declined to be named because he was not authorized to speak to the media, said it sold.",
     ", who declined to be named because he was not authorized to speak to the media"),
    ("One lineman, who did not want his name used because he was not authorized to speak, said crews were tired.",
     ", who did not want his name used because he was not authorized to speak"),
    # in the present tense
    ("A corrections officer, who asks not to be named because staff are barred from speaking, says drugs get in.",
     ", who asks not to be named because staff are barred from speaking"),
    ("They ask not to be named because staff have been warned.", " ask not to be named because staff have been warned"),
    # an order inside the reason is no cue; a name withheld
    ("A guard, who asked not to be named because guards are told not to speak to the press, said it was late.",
     ", who asked not to be named because guards are told not to speak to the press"),
    ("His neighbour, who would not give his name, said he would vote No.", ", who would not give his name"),
    ("A foreman, who asked us not to use his name because he could be fired, told us the crews were short.",
     ", who asked us not to use his name because he could be fired"),
    # only a first name given, in the present tense
    ("She asks that only her first name, Dilcia, be used because the men she fled still look for her.",
     "asks that only her first name, Dilcia, be used because the men she fled still look for her"),
    ("A nurse who asks that her name be withheld says the ward is full.", "who asks that her name be withheld"),
    # the family's name
    ("His daughter, who asked that the family’s name not be published, said he walked.",
     "who asked that the family’s name not be published"),
    ("The mayor, asking for patience, said the talks stalled.", None),  # a request, not for anonymity
    ("She asks that the vote be held again.", None),  # negative: no name asked for
])
def test_anonymity_reason_forms(sentence, reason):
    match = ANONYMITY_REASON.search(sentence)
    assert (match.group() if match else None) == reason


@pytest.mark.parametrize("sentence, source, cue, expected", [
    # a source found inside the reason stands for the subject the reason follows
    ("A nurse at the county’s only hospital, who asked not to be identified because she was not authorized "
     "to speak, said staff were working double shifts.", "who", "said", "A nurse at the county’s only hospital"),
    ("But on Tuesday, two officials, who spoke on the condition of anonymity because the inquiry is "
     "confidential, said a fine was likely.", "the inquiry", "said", "two officials"),
    # negatives: a cue before the reason; a source outside it
    ("The deal is close, according to a person familiar with the talks, who asked not to be named because "
     "they are private.", "who", "according to", "who"),
    ("Two officials, who spoke on the condition of anonymity because they were not authorized to speak, "
     "said the deal was close.", "Two officials", "said", "Two officials"),
])
def test_a_source_inside_the_reason_for_anonymity(sentence, source, cue, expected):
    from auditor.attribute import with_details
    from auditor.types import Attribution, Span

    def at(needle):
        start = sentence.index(needle)
        return Span(start, start + len(needle))
    attribution = Attribution(source=at(source), cue=at(cue), content=())
    assert with_details(attribution, sentence, 0, sentence).source.text(sentence) == expected


def test_pronoun_takes_the_type_of_its_referent():
    text = ("Defense Secretary Lloyd Austin said the talks were useful. "
            "He said the next round would be in March.")
    doc = audit_text(text)
    assert [a.type for a in doc.attributions] == ["named_official", "named_official"]
    assert doc.attributions[0].source_id == doc.attributions[1].source_id


def test_reporter_voice_is_not_sourcing():
    doc = audit_text("They agreed that the envoy would visit China in February.")
    assert all(label == ("unattributed",) for label in doc.labels)


@pytest.mark.parametrize("text, source", [
    ('"We will not close the plant," a city official said.', "a city official"),
    ("An official, who was not authorized to speak publicly, said the plant would close.", "An official"),
])
def test_straight_quotes_and_unauthorized_clause(text, source):
    doc = audit_text(text)
    assert [a.source.text(text) for a in doc.attributions] == [source]


def test_the_and_before_a_reason_for_anonymity_leaves_the_source():
    from auditor.attribute import with_details
    from auditor.types import Attribution, Span

    sentence = ("A NOAA scientist who worked on the survey, and who asked not to be named because scientists must "
                "clear interviews, said sites were cut.")
    cue = sentence.index(" said ") + 1
    attribution = Attribution(source=Span(0, cue - 2), cue=Span(cue, cue + 4), content=())
    detailed = with_details(attribution, sentence, 0, sentence)
    assert detailed.source.text(sentence) == "A NOAA scientist who worked on the survey"
    assert detailed.anonymity_reason.text(sentence).startswith(" who asked not to be named")


@pytest.mark.parametrize("phrase, name", [
    ("A Harmon detective", None),  # "de" of "detective" is no name particle
    ("A Bayview van driver", None),
    ("Charles de Gaulle", "Charles de Gaulle"),  # negatives: particles that are words
    ("Rep. Anna van Dorn", "Anna van Dorn"),
])
def test_a_name_particle_is_a_whole_word(phrase, name):
    from auditor.classify import person_name

    assert person_name(phrase) == name
