"""A small loopback news site: twelve article pages, an RSS feed and an Atom feed over them.

The stories are invented for these tests. RSS lists stories 1-8 with summaries only,
so their pages must be fetched; Atom lists 5-12, carrying the full text of 9 and 10,
so stories 5-8 are in both feeds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from email.utils import format_datetime
from html import escape

from tests.read.loopback import LoopbackSite, Reply, conditional, html


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    published: date
    paragraphs: tuple[str, ...]


STORIES = (
    Story(
        "coast-guard-seizes-diesel-tanker",
        "Coast guard seizes tanker smuggling diesel",
        date(2025, 12, 1),
        (
            "The coast guard seized a small tanker carrying about 300,000 litres of smuggled"
            " diesel in the Gulf of Oman on Sunday, officials said.",
            "The tanker, named Sea Lantern, was escorted to port and its eleven crew members"
            " were detained for questioning.",
        ),
    ),
    Story(
        "drone-hits-cargo-ship-red-sea",
        "Drone hits cargo ship in the Red Sea",
        date(2025, 12, 2),
        (
            "A drone struck the cargo ship Amber Coast in the Red Sea on Monday, starting a"
            " small fire on deck, a maritime security agency said.",
            "The crew put out the fire and the ship continued to its next port. No one was hurt.",
        ),
    ),
    Story(
        "pirates-hijack-fishing-vessel",
        "Pirates hijack fishing vessel in the Gulf of Aden",
        date(2025, 12, 3),
        (
            "Armed pirates hijacked the fishing vessel Blue Heron in the Gulf of Aden on"
            " Tuesday and steered it towards the Somali coast, a naval force said.",
            "The vessel's owners said they had lost contact with its crew of fourteen.",
        ),
    ),
    Story(
        "frigate-deployed-black-sea",
        "Navy deploys frigate to the Black Sea",
        date(2025, 12, 4),
        (
            "The Turkish Navy deployed a frigate to the Black Sea on Wednesday to escort"
            " grain ships, the defence ministry said.",
            "The ministry said the deployment would last at least a month.",
        ),
    ),
    Story(
        "robbers-board-bulk-carrier-singapore",
        "Robbers board bulk carrier in the Singapore Strait",
        date(2025, 12, 5),
        (
            "Four robbers boarded the bulk carrier Copper Wren in the Singapore Strait on"
            " Thursday night and stole engine spares, a regional reporting centre said.",
            "The crew raised the alarm and the robbers escaped in a small boat.",
        ),
    ),
    Story(
        "patrol-boat-chases-speedboat-caribbean",
        "Patrol boat chases speedboat across the Caribbean Sea",
        date(2025, 12, 6),
        (
            "A Coast Guard patrol boat chased a speedboat carrying cocaine across the"
            " Caribbean Sea on Friday before the smugglers ran it aground, officials said.",
            "Three men were arrested on the beach.",
        ),
    ),
    Story(
        "blockade-of-port-tightens",
        "Blockade of Hodeidah port tightens",
        date(2025, 12, 7),
        (
            "Warships have kept up a naval blockade of the port of Hodeidah since November,"
            " turning away fuel tankers, aid groups said on Saturday.",
            "The groups warned that fuel for hospitals would run out within weeks.",
        ),
    ),
    Story(
        "tanker-seized-strait-of-hormuz",
        "Tanker seized in the Strait of Hormuz",
        date(2025, 12, 8),
        (
            "Iranian forces seized the oil tanker Silver Dune in the Strait of Hormuz on"
            " Sunday, accusing it of carrying smuggled fuel, state media said.",
            "The tanker's manager said it had lost contact with the ship.",
        ),
    ),
    Story(
        "missile-strikes-tanker-off-yemen",
        "Missile strikes tanker off Yemen",
        date(2025, 12, 9),
        (
            "A missile struck the chemical tanker Orchid Bay in the Gulf of Aden on Monday,"
            " damaging its hull above the waterline, a security firm said.",
            "The tanker reached Djibouti under its own power.",
        ),
    ),
    Story(
        "destroyer-sent-to-south-china-sea",
        "Destroyer sent to the South China Sea",
        date(2025, 12, 10),
        (
            "The Japanese navy deployed a destroyer to the South China Sea on Tuesday for"
            " joint patrols, the defence ministry said.",
            "The ship will spend two months in the region.",
        ),
    ),
    Story(
        "gunmen-board-tanker-gulf-of-guinea",
        "Gunmen board tanker in the Gulf of Guinea",
        date(2025, 12, 11),
        (
            "Gunmen boarded the product tanker Marlin Star in the Gulf of Guinea on Wednesday,"
            " and the crew locked themselves in the engine room, the ship's manager said.",
            "A navy patrol boat reached the tanker hours later and the gunmen fled.",
        ),
    ),
    Story(
        "warship-pursues-dhow-arabian-sea",
        "Warship pursues smuggling dhow in the Arabian Sea",
        date(2025, 12, 12),
        (
            "An Indian Navy warship pursued a dhow suspected of carrying weapons in the"
            " Arabian Sea on Thursday and stopped it after a two-hour chase, the navy said.",
            "Sailors found rifles hidden under sacks of dried fish.",
        ),
    ),
)

RSS_STORIES = STORIES[:8]
ATOM_STORIES = STORIES[4:]
ATOM_WITH_CONTENT = {STORIES[8].slug, STORIES[9].slug}
RSS_PATH = "/feeds/latest.rss"
ATOM_PATH = "/feeds/atom.xml"
SITE_NAME = "Harbour Wire"


def page_path(story: Story) -> str:
    return f"/news/{story.published:%Y/%m/%d}/{story.slug}"


def body_html(story: Story) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in story.paragraphs)


def page(story: Story, site: LoopbackSite) -> str:
    """A news page with the chrome real sites wrap around a story."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(story.title)} | {SITE_NAME}</title>"
        f"<link rel='canonical' href='{site.url(page_path(story))}'>"
        f"<meta property='og:site_name' content='{SITE_NAME}'>"
        f"<meta property='article:published_time' content='{story.published}T08:00:00Z'>"
        "</head><body><header><a href='/'>Harbour Wire</a> <a href='/login'>Sign in</a></header>"
        "<nav><a href='/ports'>Ports</a> <a href='/security'>Security</a></nav>"
        f"<article><h1>{escape(story.title)}</h1>{body_html(story)}</article>"
        "<aside><h2>Most read</h2><ul><li>Weekend tide tables</li></ul></aside>"
        "<footer>Harbour Wire. Privacy. Cookie choices.</footer></body></html>"
    )


def _stamp(story: Story) -> datetime:
    return datetime.combine(story.published, time(8), tzinfo=UTC)


def rss(site: LoopbackSite) -> bytes:
    items = "".join(
        f"<item><title>{escape(s.title)}</title><link>{site.url(page_path(s))}</link>"
        f"<guid>{site.url(page_path(s))}</guid>"
        f"<pubDate>{format_datetime(_stamp(s), usegmt=True)}</pubDate>"
        f"<description>{escape(s.paragraphs[0][:80])}...</description></item>"
        for s in reversed(RSS_STORIES)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{SITE_NAME}</title><link>{site.url('/')}</link>{items}</channel></rss>"
    ).encode()


def atom(site: LoopbackSite) -> bytes:
    def entry(story: Story) -> str:
        # Relative links, resolved against the feed's address.
        link = f"..{page_path(story)}"
        content = (
            f"<content type='html'>{escape(body_html(story))}</content>"
            if story.slug in ATOM_WITH_CONTENT
            else ""
        )
        return (
            f"<entry><title>{escape(story.title)}</title><id>urn:hw:{story.slug}</id>"
            f"<link rel='alternate' href='{link}'/><published>{_stamp(story).isoformat()}"
            f"</published><updated>{_stamp(story).isoformat()}</updated>{content}</entry>"
        )

    entries = "".join(entry(s) for s in reversed(ATOM_STORIES))
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>{SITE_NAME}</title><id>urn:hw</id><updated>2025-12-12T08:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


def open_newsroom(site: LoopbackSite, *, validators: bool = True, page_delay: float = 0) -> None:
    """Serve the twelve pages and both feeds; with `validators`, feeds carry an ETag (RSS)
    or a Last-Modified (Atom) and answer 304 to a request that sends it back. Pages
    answer after `page_delay` seconds, so a poll can be caught halfway."""
    for story in STORIES:
        reply = replace(html(page(story, site)), delay=page_delay)
        site.routes[page_path(story)] = conditional(reply, f'"{story.slug}"')
    rss_reply = Reply(200, rss(site), {"Content-Type": "application/rss+xml"})
    atom_reply = Reply(200, atom(site), {"Content-Type": "application/atom+xml"})
    if not validators:
        site.routes[RSS_PATH], site.routes[ATOM_PATH] = rss_reply, atom_reply
        return
    site.routes[RSS_PATH] = conditional(rss_reply, '"rss-1"')
    site.routes[ATOM_PATH] = conditional(atom_reply, None, "Fri, 12 Dec 2025 08:00:00 GMT")
