"""HTML news pages: the story without page chrome, and the page's metadata."""

from __future__ import annotations

from datetime import date

import pytest

from tests.read.conftest import FIXTURES, only_article, only_error, read_all, read_stdin

PARAGRAPHS = [
    "A navy frigate escorted six grain carriers through the contested strait on Tuesday, "
    "the defence ministry said, after two drones were seen circling the convoy at dawn.",
    "The ministry said the frigate's crew tracked the drones for about forty minutes before "
    "they turned away toward the coast. No shots were fired and none of the carriers was damaged.",
    "A second frigate is expected to join the escort mission next month, the ministry added.",
]
CHROME = ["cookies", "Share this", "Related stories", "Sign up", "All rights", "Opinion", "Defence"]


def page(head: str = "", top: str = "", body_paragraphs: list[str] | None = None) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in (body_paragraphs or PARAGRAPHS))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Frigate escorts grain convoy</h1>{top}<div>{paragraphs}</div></article>"
        "<footer>Contact us | Privacy</footer></body></html>"
    )


@pytest.fixture
def fixture_article():
    return only_article(read_all([str(FIXTURES / "news_page.html")]))


def test_body_keeps_every_story_sentence(fixture_article):
    for paragraph in PARAGRAPHS:
        assert paragraph in fixture_article.text


def test_body_has_no_page_chrome(fixture_article):
    for chrome in CHROME:
        assert chrome not in fixture_article.text
    assert not fixture_article.text.startswith("Frigate escorts")


def test_metadata_comes_from_the_page_head(fixture_article):
    assert fixture_article.title == "Frigate escorts grain convoy through contested strait"
    assert fixture_article.url == "https://harbourtimes.example/2024/04/02/frigate-escorts-convoy"
    assert fixture_article.uri == fixture_article.url
    assert fixture_article.source == "Harbour Times"
    assert fixture_article.published == date(2024, 4, 2)
    assert fixture_article.published_origin == "article"
    assert fixture_article.dateline == "VALLETTA"
    assert fixture_article.fmt == "html"


@pytest.mark.parametrize(
    ("head", "top", "expected"),
    [
        (
            '<meta property="article:published_time" content="2023-08-06T23:10:00+08:00">',
            "",
            "2023-08-06",
        ),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
            '{"@type": "NewsArticle", "datePublished": "2022-02-11T08:00:00Z"}]}</script>',
            "",
            "2022-02-11",
        ),
        ("", '<time datetime="2021-06-08">June 8</time>', "2021-06-08"),
        ("", "<div class='meta'>World &middot; Published 6 August 2023, 10:12</div>", "2023-08-06"),
        ("", "<span class='date'>Saturday, December 13, 2025</span>", "2025-12-13"),
    ],
)
def test_publication_date_sources(write, head, top, expected):
    article = only_article(read_all([write("page.html", page(head, top))]))
    assert article.published == date.fromisoformat(expected)
    assert "Published" not in article.text
    assert "December 13" not in article.text


@pytest.mark.parametrize(
    ("head", "title", "source"),
    [
        (
            "<title>Frigate escorts grain convoy | Harbour Times</title>",
            "Frigate escorts grain convoy",
            "Harbour Times",
        ),
        (
            "<title>Frigate escorts grain convoy - Harbour Times</title>",
            "Frigate escorts grain convoy",
            "Harbour Times",
        ),
        ("<title>Frigate escorts grain convoy</title>", "Frigate escorts grain convoy", None),
        ("", "Frigate escorts grain convoy", None),
    ],
)
def test_title_drops_the_site_suffix_and_falls_back_to_the_heading(write, head, title, source):
    article = only_article(read_all([write("page.html", page(head))]))
    assert (article.title, article.source) == (title, source)


def test_page_without_a_url_is_named_by_its_path(write):
    path = write("page.htm", page())
    article = only_article(read_all([path]))
    assert (article.uri, article.url) == (path, None)


def test_og_url_is_used_when_there_is_no_canonical_link(write):
    head = '<meta property="og:url" content="https://news.example/frigate">'
    article = only_article(read_all([write("page.html", page(head))]))
    assert article.uri == "https://news.example/frigate"


def test_html_on_standard_input_is_recognised():
    article = only_article(read_stdin(page()))
    assert (article.fmt, article.uri) == ("html", "-")
    assert PARAGRAPHS[0] in article.text


def test_deeply_nested_html_does_not_crash(write):
    nested = "<html><body>" + "<div>" * 50_000 + "<p>Deep text.</p>" + "</div>" * 50_000
    results = read_all([write("deep.html", nested + "</body></html>")])
    assert len(results) == 1


def test_page_without_story_text_is_an_error(write):
    message = only_error(
        read_all([write("empty.html", "<html><body><nav>Home</nav></body></html>")])
    )
    assert "empty.html" in message
    assert "no article text" in message


def test_legacy_encoded_page_is_decoded(write):
    html = page(body_paragraphs=["The ship’s master said the crew was safe, the navy said."])
    raw = html.replace("charset='utf-8'", "charset='windows-1252'").encode("cp1252")
    article = only_article(read_all([write("legacy.html", raw)]))
    assert "The ship’s master said" in article.text


def test_incident_tables_keep_one_row_per_paragraph(write):
    table = (
        "<table><tr><th>Date</th><th>Incident</th></tr>"
        "<tr><td>3 May</td><td>Robbers boarded an anchored tanker and stole stores.</td></tr>"
        "<tr><td>5 May</td><td>A skiff approached a bulk carrier and fled.</td></tr></table>"
    )
    html = page().replace("</div></article>", f"</div>{table}</article>")
    article = only_article(read_all([write("table.html", html)]))
    assert "| 3 May | Robbers boarded an anchored tanker and stole stores. |" in article.text
    assert "---" not in article.text


def test_byline_and_date_stamp_above_the_story_are_dropped(write):
    top = "<p>By Ana Ruiz, defence editor</p><p>Tuesday 2 April 2024 09:15 BST</p>"
    article = only_article(read_all([write("byline.html", page(top=top))]))
    assert article.text.startswith(PARAGRAPHS[0])


def live_page(first_post: str) -> str:
    """A live blog whose newest post opens with a bold label, which trafilatura hoists
    above the headline."""
    posts = [
        f"<strong>{first_post}",
        "The navy says a destroyer is on its way to the tanker and that the crew of 21 are "
        "safe for now, with no injuries reported.",
        "The tanker's manager says it lost contact with the ship shortly after noon and has "
        "informed the flag state and the families.",
    ]
    entries = "".join(f"<div class='entry'><time>18:40 GMT</time><p>{p}</p></div>" for p in posts)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Live: tanker hit</title></head>"
        "<body><nav><a href='/'>Home</a></nav><main><article><h1>Live: tanker hit off Yemen</h1>"
        f"<p>Follow the latest on the attack in the Red Sea.</p>{entries}</article></main>"
        "<footer>Contact</footer></body></html>"
    )


@pytest.mark.parametrize(
    "summary",
    [
        "Summary.</strong> Here is where things stand: a missile hit the tanker Sea Orchid west "
        "of Hodeidah on Monday morning, starting a fire that the crew put out within an hour.",
        "Key events.</strong> A drone struck the bulk carrier Lake Tana south of Mokha early on "
        "Tuesday, and the crew were taken off by a passing container ship.",
        "Recap</strong> Houthi forces fired two missiles at the tanker Blue Lagoon in the Gulf "
        "of Aden overnight; one missed and the other caused minor damage on deck.",
    ],
)
def test_a_summary_post_hoisted_above_the_headline_stays_in_the_story(write, summary):
    article = only_article(read_all([write("live.html", live_page(summary))]))
    assert summary.split("</strong> ")[1] in article.text


@pytest.mark.parametrize("label", ["Updated</strong> 18:40 GMT", "LIVE</strong>"])
def test_a_short_label_hoisted_above_the_headline_is_dropped(write, label):
    article = only_article(read_all([write("live.html", live_page(label))]))
    assert article.text.startswith("Follow the latest on the attack in the Red Sea.")
