"""Write benchmark corpora into benchmarks/out/: synthetic news, or real ASAM reports.

Synthetic articles come from templates.json in four formats (txt, html, json,
jsonl) so every reader is exercised; ASAM reports are real incident narratives of
realistic length, which is what the ingest target (>= 300 reports/s) is stated in.

    python -m benchmarks.generate_corpus synthetic 5000
    python -m benchmarks.generate_corpus asam 5000
"""

from __future__ import annotations

import csv
import html
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import click

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
ASAM_CSV = BENCH_DIR.parent.parent / "shared" / "data" / "asam" / "asam_nga_msi_1978-2022-06.csv"
FORMATS = ("txt", "html", "json", "jsonl")
# Folders and JSONL files stay small enough to list and read quickly at any corpus size.
FILES_PER_FOLDER = 1000
LINES_PER_JSONL = 500
# The ASAM brief: an article about a report appears a few days after the incident.
ASAM_PUBLICATION_DELAY = timedelta(days=3)


def load_templates() -> dict[str, Any]:
    return json.loads((BENCH_DIR / "templates.json").read_text(encoding="utf-8"))


def synthetic_article(rng: random.Random, t: dict[str, Any], number: int) -> dict[str, str]:
    """One plausible article: headline, a lead per incident, filler; dates near `published`."""
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
    values = {
        "actor": rng.choice(t["actors"]),
        "place": rng.choice(t["places"]),
        "port": rng.choice(t["ports"]),
        "offset": rng.choice(t["offsets"]),
        "vessel_type": rng.choice(t["vessel_types"]),
        "vessel": f"{rng.choice(t['vessel_first'])} {rng.choice(t['vessel_second'])}".upper(),
        "flag": rng.choice(t["flags"]),
        "cargo": rng.choice(t["cargo"]),
        "verb_past": rng.choice(t["verbs_past"]),
        "passive": rng.choice(t["passives"]),
        "count": str(rng.randint(2, 6)),
        "killed": str(rng.randint(1, 12)),
        "crew": str(rng.randint(8, 30)),
    }
    values["vessel_type_cap"] = values["vessel_type"].capitalize()
    paragraphs = []
    for _ in range(rng.choice((1, 1, 1, 2))):
        day = published - timedelta(days=rng.randrange(6))
        values["when"] = f"{day.day} {day:%B}"
        values["when_phrase"] = rng.choice(
            (f"on {day:%A}", f"on {day.day} {day:%B} {day.year}", "earlier this week")
        )
        kind = rng.choice(list(t["leads"]))
        lead = rng.choice(t["leads"][kind]).format(**values)
        filler = " ".join(s.format(**values) for s in rng.sample(t["filler"], 3))
        paragraphs.append(f"{lead[0].upper()}{lead[1:]} {filler}")
    return {
        "title": rng.choice(t["headlines"]).format(**values),
        "source": rng.choice(t["sources"]),
        "published": published.isoformat(),
        "url": f"https://news.example.org/maritime/{published:%Y/%m}/{number}",
        "text": "\n\n".join(paragraphs),
    }


def as_txt(article: dict[str, str]) -> str:
    return f"{article['title']}\n\n{article['published']}\n\n{article['text']}\n"


def as_html(article: dict[str, str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n\n"))
    title = html.escape(article["title"])
    return (
        "<!doctype html><html><head>"
        f"<title>{title}</title>"
        f'<link rel="canonical" href="{article["url"]}">'
        f'<meta property="article:published_time" content="{article["published"]}T08:00:00Z">'
        f'<meta property="og:site_name" content="{html.escape(article["source"])}">'
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>\n"
    )


def write_synthetic(count: int, out: Path, formats: tuple[str, ...], seed: int) -> int:
    """Round-robin over formats; JSONL files gather LINES_PER_JSONL articles each."""
    rng = random.Random(seed)
    t = load_templates()
    written = 0
    lines: list[str] = []
    for number in range(count):
        article = synthetic_article(rng, t, number)
        fmt = formats[number % len(formats)]
        if fmt == "jsonl":
            lines.append(json.dumps(article, ensure_ascii=False))
            if len(lines) == LINES_PER_JSONL:
                written += _write_lines(out, written, lines)
            continue
        folder = out / f"{number // FILES_PER_FOLDER:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = {"txt": as_txt, "html": as_html}.get(fmt)
        body = text(article) if text else json.dumps(article, ensure_ascii=False, indent=1)
        (folder / f"article-{number:07d}.{fmt}").write_text(body, encoding="utf-8")
        written += 1
    return written + (_write_lines(out, written, lines) if lines else 0)


def _write_lines(out: Path, stamp: int, lines: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    (out / f"batch-{stamp:07d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    count = len(lines)
    lines.clear()
    return count


def asam_reports(path: Path) -> Iterator[dict[str, str]]:
    """Newest first: recent reports read like today's incident notices."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if (r.get("description") or "").strip()]
    rows.sort(key=lambda r: (r["date"], r["reference"]), reverse=True)
    seen: set[str] = set()
    for row in rows:
        if row["reference"] in seen:
            continue
        seen.add(row["reference"])
        published = date.fromisoformat(row["date"]) + ASAM_PUBLICATION_DELAY
        victim = " ".join(row["victim"].split()) or "vessel"
        hostility = " ".join(row["hostility"].split()) or "incident"
        yield {
            "title": f"ASAM {row['reference']}: {hostility.lower()}, {victim.lower()}",
            "source": "NGA ASAM",
            "published": published.isoformat(),
            "url": f"urn:nga-asam:{row['reference']}",
            "text": " ".join(row["description"].split()),
        }


def write_asam(count: int, out: Path, source: Path) -> int:
    lines: list[str] = []
    written = 0
    for report in asam_reports(source):
        if written + len(lines) >= count:
            break
        lines.append(json.dumps(report, ensure_ascii=False))
        if len(lines) == LINES_PER_JSONL:
            written += _write_lines(out, written, lines)
    return written + (_write_lines(out, written, lines) if lines else 0)


@click.group()
def main() -> None:
    """Write a benchmark corpus under benchmarks/out/ (never committed)."""


@main.command()
@click.argument("count", type=click.IntRange(1))
@click.option("--out", type=click.Path(path_type=Path), help="Default: out/synthetic-COUNT.")
@click.option("--formats", default=",".join(FORMATS), show_default=True)
@click.option("--seed", type=int, default=7, show_default=True)
def synthetic(count: int, out: Path | None, formats: str, seed: int) -> None:
    """COUNT synthetic articles, formats in turn."""
    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    unknown = set(chosen) - set(FORMATS)
    if unknown or not chosen:
        raise click.BadParameter(f"use some of {', '.join(FORMATS)}", param_hint="--formats")
    target = out or OUT_DIR / f"synthetic-{count}"
    click.echo(f"{write_synthetic(count, target, chosen, seed)} articles in {target}")


@main.command()
@click.argument("count", type=click.IntRange(1))
@click.option("--out", type=click.Path(path_type=Path), help="Default: out/asam-COUNT.")
@click.option("--csv", "csv_path", type=click.Path(path_type=Path), default=ASAM_CSV)
def asam(count: int, out: Path | None, csv_path: Path) -> None:
    """The COUNT newest ASAM reports as JSONL (published = report date + 3 days)."""
    if not csv_path.is_file():
        click.echo(f"ASAM reports not found at {csv_path}; skipping (pass --csv PATH)", err=True)
        sys.exit(0)
    target = out or OUT_DIR / f"asam-{count}"
    written = write_asam(count, target, csv_path)
    click.echo(f"{written} ASAM reports in {target}")


if __name__ == "__main__":
    main()
