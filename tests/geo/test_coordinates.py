"""Coordinates as reports write them must come back as the right decimal degrees."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maritime.geo.coordinates import find_coordinates


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("12.5N 45.2E", 12.5, 45.2),
        ("-12.5, 45.2", -12.5, 45.2),
        ("at 12.5°N, 45.2°E", 12.5, 45.2),
        ("12°30'15\"N 045°10'00\"E", 12.50417, 45.16667),
        ("26MAR12 12:30N - 045:10E", 12.5, 45.16667),
        ("02:45.6N - 006:54.9E", 2.76, 6.915),
        ("anchored near position 01-42N 101-27E: 0.8 nm off", 1.7, 101.45),
        ("posn 01°15.2'N 104°05.6'E, approx.", 1.25333, 104.09333),
        ("LAT 12 30N LON 045 10E", 12.5, 45.16667),
        ("compact 0142N 10127E form", 1.7, 101.45),
        ("boarded at 04-34S 081-19W, at the Talara Anchorage", -4.56667, -81.31667),
        ("off Port-au-Prince at 18:34N - 072:24W.", 18.56667, -72.4),
        ("position 12:33N ¿ 043:26E. Two boats", 12.55, 43.43333),
        ("46°37'50.89\"N\n31°35'01.64\"E", 46.63080, 31.58379),
        ("12 deg 30 min N, 45 deg 10 min E", 12.5, 45.16667),
        ("12.5 north, 45.2 east", 12.5, 45.2),
        # forms found across the ASAM narratives, in sentences written for this test
        ("a skiff closed on her near 006-16N 003-13E at dusk", 6.26667, 3.21667),
        ("drifting at 13-51.7N 051-05.1E when hailed", 13.86167, 51.085),
        ("reported 14-33N  \t054-08E to the coalition", 14.55, 54.13333),
        ("anchored at 14:24N - 042:11E overnight", 14.4, 42.18333),
        ("a dhow seen at 0.4000N 56.0167E", 0.4, 56.0167),
        ("boarded at 01 13.5 N 103 58.2 E in the strait", 1.225, 103.97),
        ("last seen at 04-14-18N 099-04-42E", 4.23833, 99.07833),
        ("in Lat 12° 34' N, Long 043° 21' E at noon", 12.56667, 43.35),
        ("sighted in position 03-13.9N 108-42.5E", 3.23167, 108.70833),
        ("fixed at 12 08 N Lat, 50 48 E Long.", 12.13333, 50.8),
        ("near position 01:-19N 104-21E, eastbound", 1.31667, 104.35),
        ("seen at 22-34N 090--59E upriver", 22.56667, 90.98333),
        ("anchored near 01-19N 104*15E off the cape", 1.31667, 104.25),
        ("hailed at 12:02.8N - 50;41.1E that morning", 12.04667, 50.685),
        ("reported in 14.37.2N, 017 25.5W by the pilot", 14.62, -17.425),
        ("drifting in 01-30.N 050-12.5E", 1.5, 50.20833),
        ("moored at 05:60N - 106:54E", 6.0, 106.9),
        ("anchored near 05:48N - 1 18:04E in the bay", 5.8, 118.06667),
        ("boarded at 08:45S - 01 3:1 7 E at the anchorage", -8.75, 13.28333),
        ("underway in position14-35N 050-20E", 14.58333, 50.33333),
    ],
)
def test_reads_every_report_form(text: str, lat: float, lon: float) -> None:
    (found,) = find_coordinates(text)
    assert found[2] == pytest.approx(lat, abs=1e-4)
    assert found[3] == pytest.approx(lon, abs=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        "in the 1990s and 2000s",
        "at 0259 local time on 26MAR12",
        "the ship, 12,000 tonnes, sailed",
        "99:99N 999:99E",
        "minutes must stay under sixty: 12-75N 045-10E",
        "the MAR12 12:30 watch saw 45E written on the hull",
        "on 12 May at 0300 UTC, 14 boats, 3 skiffs",
        "Berth 12N, then Berth 45E",
    ],
)
def test_ignores_numbers_that_are_not_positions(text: str) -> None:
    assert find_coordinates(text) == []


def test_reports_offsets_of_each_pair_left_to_right() -> None:
    text = "first 01-10N 103-50E then 02:20S - 040:30W"
    spans = find_coordinates(text)
    assert [text[start:end] for start, end, _, _ in spans] == ["01-10N 103-50E", "02:20S - 040:30W"]


@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    for start, end, lat, lon in find_coordinates(text):
        assert 0 <= start < end <= len(text)
        assert -90 <= lat <= 90 and -180 <= lon <= 180


def _dm(value: float, hemispheres: str, width: int, sep: str) -> str:
    hemisphere = hemispheres[value < 0]
    minutes_total = round(abs(value) * 60, 1)
    degrees, minutes = divmod(minutes_total, 60)
    return f"{int(degrees):0{width}d}{sep}{minutes:04.1f}{hemisphere}"


def _dms(value: float, hemispheres: str) -> str:
    seconds_total = round(abs(value) * 3600)
    degrees, rest = divmod(seconds_total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{degrees}°{minutes:02d}'{seconds:02d}\"{hemispheres[value < 0]}"


def _padded(value: float, hemispheres: str) -> str:
    """Degrees written with three digits, as some bulletins do ("006-16.5N")."""
    minutes_total = round(abs(value) * 60, 1)
    degrees, minutes = divmod(minutes_total, 60)
    return f"{int(degrees):03d}-{minutes:04.1f}{hemispheres[value < 0]}"


def _spaced(value: float, hemispheres: str) -> str:
    minutes_total = round(abs(value) * 60, 1)
    degrees, minutes = divmod(minutes_total, 60)
    return f"{int(degrees)} {minutes:.1f} {hemispheres[value < 0]}"


def _hyphen_dms(value: float, hemispheres: str) -> str:
    seconds_total = round(abs(value) * 3600)
    degrees, rest = divmod(seconds_total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{degrees:02d}-{minutes:02d}-{seconds:02d}{hemispheres[value < 0]}"


def _marked(value: float, hemispheres: str) -> str:
    minutes_total = round(abs(value) * 60)
    degrees, minutes = divmod(minutes_total, 60)
    return f"{degrees}° {minutes}' {hemispheres[value < 0]}"


FORMATS = {
    "decimal": lambda lat, lon: f"{abs(lat):.3f}{'NS'[lat < 0]} {abs(lon):.3f}{'EW'[lon < 0]}",
    "signed": lambda lat, lon: f"{lat:.4f}, {lon:.4f}",
    "colon": lambda lat, lon: f"{_dm(lat, 'NS', 2, ':')} - {_dm(lon, 'EW', 3, ':')}",
    "hyphen": lambda lat, lon: f"{_dm(lat, 'NS', 2, '-')} {_dm(lon, 'EW', 3, '-')}",
    "hyphen, tab between": lambda lat, lon: f"{_dm(lat, 'NS', 2, '-')}\t {_dm(lon, 'EW', 3, '-')}",
    "zero-padded": lambda lat, lon: f"{_padded(lat, 'NS')} {_padded(lon, 'EW')}",
    "spaced": lambda lat, lon: f"{_spaced(lat, 'NS')} {_spaced(lon, 'EW')}",
    "dms": lambda lat, lon: f"{_dms(lat, 'NS')} {_dms(lon, 'EW')}",
    "hyphenated dms": lambda lat, lon: f"{_hyphen_dms(lat, 'NS')} {_hyphen_dms(lon, 'EW')}",
    "lat/long words": lambda lat, lon: f"Lat {_marked(lat, 'NS')}, Long {_marked(lon, 'EW')}",
}


@given(
    lat=st.floats(min_value=-89.9, max_value=89.9),
    lon=st.floats(min_value=-179.9, max_value=179.9),
    form=st.sampled_from(sorted(FORMATS)),
)
def test_formatted_coordinates_round_trip(lat: float, lon: float, form: str) -> None:
    text = f"The vessel reported its position as {FORMATS[form](lat, lon)} at 0300 UTC."
    (found,) = find_coordinates(text)
    assert found[2] == pytest.approx(lat, abs=0.01)
    assert found[3] == pytest.approx(lon, abs=0.01)
