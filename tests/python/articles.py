"""Synthetic news articles for the Python tests: varied, deterministic, and
written here (no third-party text). Also sample articles for quick cases."""

from __future__ import annotations

import random
from typing import List

CITIES = ["SEOUL", "LONDON", "NAIROBI", "SÃO PAULO", "ZÜRICH", "ŁÓDŹ", "WELLINGTON", "CHICAGO",
          "MONTRÉAL", "OSAKA"]
AGENCIES = ["Reuters", "AP", "AFP"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
PEOPLE = ["Mr. Alvarez", "Dr. Okafor", "Ms. Lindqvist", "Prof. Tanaka", "Mayor Brennan",
          "José Núñez", "Zoë Hart", "Gov. Whitfield", "Sen. Ibarra", "Chief Kowalczyk"]
GROUPS = ["the city council", "the transport ministry", "the central bank", "the school board",
          "a coalition of farmers", "the port authority", "the health agency", "local unions"]
TOPICS = ["the new tram line", "water prices", "the flood barrier", "rural clinics",
          "the fishing quota", "night trains", "the housing plan", "solar subsidies",
          "the bridge repairs", "teacher pay"]
VERBS = ["approved", "criticised", "delayed", "expanded", "reviewed", "defended", "questioned",
         "funded", "suspended", "welcomed"]
DETAILS = ["after a vote of {a} to {b}", "at a cost of ${m} million", "by {p} percent",
           "for the {o} time this year", "despite protests outside the hall",
           "following a {m}-month review", "in a statement on {day}", "ahead of the {season} season"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SEASONS = ["winter", "summer", "harvest", "tourist"]
ORDINALS = ["first", "second", "third", "fourth"]
QUOTES = ["“We did not expect this,” {person} said.", '"It is a fair deal," {person} told reporters.',
          "{person} called the decision “premature”.", "“Nobody wins today,” said {person}."]
EXTRAS = ["Shares of the operator rose 2.5% in early trading.",
          "Officials said the details would follow in Oct. and Nov.",
          "The plan covers roughly 1,200 km of track — more than planned.",
          "Residents can read the report at https://example.org/report.",
          "Questions may be sent to press@example.org.",
          "The U.S. embassy declined to comment.",
          "Critics 🙁 said the timing was poor; supporters 🙂 disagreed."]


def _sentence(rng: random.Random) -> str:
    detail = rng.choice(DETAILS).format(
        a=rng.randint(5, 9), b=rng.randint(0, 4), m=rng.randint(2, 90), p=rng.randint(2, 40),
        o=rng.choice(ORDINALS), day=rng.choice(DAYS), season=rng.choice(SEASONS))
    subject = rng.choice(GROUPS + PEOPLE)
    sentence = f"{subject} {rng.choice(VERBS)} {rng.choice(TOPICS)} {detail}."
    return sentence[0].upper() + sentence[1:]


def article(seed: int) -> str:
    """One article: headline, dateline, 2-5 paragraphs, sometimes a byline and trailer."""
    rng = random.Random(seed)
    topic = rng.choice(TOPICS)
    lines = [f"{rng.choice(GROUPS).capitalize()} {rng.choice(VERBS)} {topic}", ""]
    if rng.random() < 0.5:
        lines += [f"By {rng.choice(['Ana Silva', 'Tom Berg', 'Lee Min-jun', 'Ngozi Eze'])}", ""]
    city = rng.choice(CITIES)
    month = rng.choice(MONTHS)
    paragraphs: List[str] = []
    for p in range(rng.randint(2, 5)):
        sentences = [_sentence(rng) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.4:
            sentences.append(rng.choice(QUOTES).format(person=rng.choice(PEOPLE)))
        if rng.random() < 0.3:
            sentences.append(rng.choice(EXTRAS))
        paragraphs.append(" ".join(sentences))
    paragraphs[0] = f"{city}, {month} {rng.randint(1, 28)} ({rng.choice(AGENCIES)}) - {paragraphs[0]}"
    lines.append("\n\n".join(paragraphs))
    if rng.random() < 0.5:
        lines += ["", f"Reporting by {rng.choice(['Ana Silva', 'Tom Berg'])}; "
                      f"Editing by {rng.choice(['Ruth Dale', 'Omar Haddad'])}"]
    return "\n".join(lines)


def articles(count: int, seed: int = 0) -> List[str]:
    return [article(seed * 100_003 + i) for i in range(count)]


SAMPLE = """City council approves tram extension

By Ana Silva

WELLINGTON, Sept. 6 (Reuters) - The city council approved a four-kilometre tram extension on Friday after a vote of 7 to 2. The line will link the harbour with the university campus.

Mayor Brennan said the project would cost $84 million and open in 2028. “We have waited long enough,” she told reporters outside the hall. Dr. Okafor, who chairs the transport committee, called the budget realistic.

Opponents said the money should go to buses first. Ms. Lindqvist, a local business owner, worried about two years of roadworks. The council will publish the construction timetable in Oct.

Reporting by Ana Silva; Editing by Ruth Dale"""
