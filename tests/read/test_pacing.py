"""Per-host pacing: one request a second per host, longer when a host asks for it."""

from __future__ import annotations

import pytest

from maritime.read.pacing import HostPacer
from tests.read.conftest import FakeTime


@pytest.fixture
def pacer(fake_time: FakeTime) -> HostPacer:
    return HostPacer(1.0, fake_time.clock, fake_time.sleep)


def test_the_first_request_to_each_host_goes_at_once(pacer, fake_time):
    for host in ("a.example", "b.example", "c.example"):
        pacer.wait(host)
    assert fake_time.waits == []


def test_requests_to_one_host_are_spaced_by_the_interval(pacer, fake_time):
    for _ in range(4):
        pacer.wait("a.example")
    assert fake_time.waits == [1.0, 1.0, 1.0]


def test_time_already_passed_counts_towards_the_interval(pacer, fake_time):
    pacer.wait("a.example")
    fake_time.now += 0.75
    pacer.wait("a.example")
    assert fake_time.waits == [pytest.approx(0.25)]


def test_a_deferred_host_waits_that_long_while_others_do_not(pacer, fake_time):
    pacer.wait("a.example")
    pacer.defer("a.example", 30)
    pacer.wait("b.example")
    pacer.wait("a.example")
    assert fake_time.waits == [30]


def test_a_crawl_delay_slows_only_its_host_and_never_speeds_it_up(pacer, fake_time):
    pacer.slow_down("a.example", 4)
    pacer.slow_down("b.example", 0.1)
    for host in ("a.example", "a.example", "b.example", "b.example"):
        pacer.wait(host)
    assert fake_time.waits == [4, 1.0]
