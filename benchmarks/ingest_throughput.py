"""Ingest throughput: articles/s, CPU seconds per 1,000 articles, peak memory.

Each run is the real command (`python -m maritime ingest`) in a child process on a
fresh database, so start-up, reading, extraction and writing are all counted in the
wall-clock rate; the ingest's own rate (the one its summary line prints) leaves out
start-up (imports, creating the database) and the final checkpoint, a fixed cost of
about 1.5 s that a longer corpus spreads thinner.
Peak memory is the child's ru_maxrss (for --jobs N, the largest single process)
and the sampled total resident memory of the process tree.

    python -m benchmarks.generate_corpus asam 5000
    python -m benchmarks.ingest_throughput benchmarks/out/asam-5000 --jobs 1,2
    python -m benchmarks.ingest_throughput benchmarks/out/asam-5000 --profile 500
"""

from __future__ import annotations

import cProfile
import os
import pstats
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import click

from maritime.db.engine import open_database
from maritime.ingest import ingest
from maritime.read import read_inputs

SAMPLE_SECONDS = 0.2


def tree_rss_kb(root: int) -> int:
    """Resident memory of a process and its descendants, from /proc (0 where unreadable)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry)
        children.setdefault(int(fields.get("PPid", "0").strip()), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_ingest(paths: list[str], url: str, jobs: int) -> dict[str, float | str]:
    command = [sys.executable, "-m", "maritime", "--db", url, "ingest", *paths, "--jobs", str(jobs)]
    with tempfile.TemporaryFile("w+") as stderr:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        peak_tree = 0
        while True:
            # wait4 rather than poll(): it hands back the child's own resource usage.
            pid, _status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            peak_tree = max(peak_tree, tree_rss_kb(child.pid))
            time.sleep(SAMPLE_SECONDS)
        wall = time.perf_counter() - started
        stderr.seek(0)
        text = stderr.read()
    summary = next((line for line in text.splitlines() if " new, " in line), text[-300:])
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss_mb": usage.ru_maxrss / 1024,
        "tree_mb": peak_tree / 1024,
        "summary": summary,
    }


def own_rate(summary: str) -> str:
    """'...; 14.9s, 336 articles/s' -> '336' (the ingest's rate, without start-up)."""
    return summary.rsplit(",", 1)[-1].split()[0] if summary.endswith("articles/s") else "?"


def count_articles(summary: str) -> int:
    """'N new, K already known, F failed; ...' -> N + K + F."""
    head = summary.split(";")[0]
    return sum(int(part.split()[0]) for part in head.split(",") if part.strip()[:1].isdigit())


def profile(paths: list[str], limit: int, top: int) -> None:
    """cProfile of an in-process ingest of the first `limit` articles, by cumulative time."""
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(f"sqlite:///{folder}/profile.db")
        profiler = cProfile.Profile()
        profiler.enable()
        summary = ingest(engine, islice(read_inputs(paths), limit))
        profiler.disable()
        engine.dispose()
    click.echo(summary.line())
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jobs", default="1,2", show_default=True, help="Comma-separated --jobs values.")
@click.option("--db", "db_url", help="Database URL (default: a fresh SQLite file per run).")
@click.option("--profile", "profile_limit", type=int, help="Profile N articles in-process instead.")
@click.option("--top", type=int, default=40, show_default=True)
def main(
    paths: tuple[str, ...], jobs: str, db_url: str | None, profile_limit: int | None, top: int
) -> None:
    """Print one row per --jobs value: rate, CPU per 1,000 articles, peak memory."""
    if profile_limit:
        profile(list(paths), profile_limit, top)
        return
    click.echo(
        "| jobs | articles | wall s | articles/s | ingest's own articles/s "
        "| CPU s/1000 | max RSS MB | tree RSS MB |"
    )
    click.echo("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in (int(j) for j in jobs.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            url = db_url or f"sqlite:///{folder}/ingest.db"
            result = run_ingest(list(paths), url, n)
        articles = count_articles(str(result["summary"]))
        if not articles:
            raise click.ClickException(f"ingest reported no articles: {result['summary']}")
        wall, cpu = float(result["wall"]), float(result["cpu"])
        click.echo(
            f"| {n} | {articles} | {wall:.1f} | {articles / wall:.1f} | "
            f"{own_rate(str(result['summary']))} | "
            f"{cpu / articles * 1000:.1f} | {result['maxrss_mb']:.0f} | {result['tree_mb']:.0f} |"
        )
        click.echo(f"  {result['summary']}", err=True)


if __name__ == "__main__":
    main()
