"""How news tells that warships were sent, moved or seen somewhere (issue #13), and what
only sounds like it: plans, orders to get ready, ships kept in port. Sentences are our own."""

from datetime import date

import pytest

from maritime.extract import extract
from maritime.read.article import Article

PUBLISHED = date(2025, 6, 20)


def _types(text: str) -> set[str]:
    return {event.type for event in extract(Article(text, "urn:test", published=PUBLISHED))}


@pytest.mark.parametrize(
    "text",
    [
        "Beijing moved three destroyers toward the Paracel Islands on Friday.",
        "Two Dutch frigates were moved into the North Sea last week.",
        "The French navy rushed the frigate Languedoc to the Gulf of Aden on Sunday.",
        "The US surged the amphibious ship USS Wasp to the eastern Mediterranean in late July.",
        "Washington redirected the USS Carl Vinson strike group to the Gulf on Saturday.",
    ],
)
def test_warships_moved_somewhere_are_deployed(text: str) -> None:
    assert "deployment" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy plans to move two frigates to the Baltic next year.",
        "Shipping firms shifted their container ships away from the Red Sea in January.",
        "The Pentagon moved to reassure allies on Tuesday that its warships would stay.",
        "Sailors moved supplies into the destroyer's hangar on Monday.",
    ],
)
def test_moving_plans_cargo_or_merchant_ships_deploys_nothing(text: str) -> None:
    assert "deployment" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two Chinese frigates were seen sailing near Miyako Island on Monday.",
        "A Russian submarine was spotted in the Irish Sea on Thursday, the navy said.",
        "Japanese aircraft sighted four Chinese destroyers off Yonaguni on Sunday.",
    ],
)
def test_warships_sighted_in_an_area_are_deployed(text: str) -> None:
    assert "deployment" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "No Chinese warships were spotted near the island on Monday, the ministry said.",
        "The ship was seen by many as a symbol of the fleet.",
        "The container ship Asteria was spotted off Salalah on Friday.",
    ],
)
def test_sightings_of_no_warship_deploy_nothing(text: str) -> None:
    assert "deployment" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cruiser USS Normandy entered the port of Split on Friday.",
        "The destroyer USS Laboon pulled into Limassol on Tuesday.",
        "The carrier USS Nimitz entered the Central Command area of responsibility on Monday.",
        "Three Russian landing ships passed through the Bosphorus on Saturday.",
    ],
)
def test_a_warship_entering_a_port_area_or_strait_is_deployed(text: str) -> None:
    assert "deployment" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cruise ship Aurora pulled into Piraeus on Tuesday.",
        "The tanker Nordic Star entered the port of Rotterdam on Wednesday.",
        "The destroyer passed through the shipyard's final tests on Monday.",
    ],
)
def test_merchant_ships_in_port_and_tests_passed_deploy_nothing(text: str) -> None:
    assert "deployment" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Indian frigate INS Talwar joined Operation Sankalp in the Gulf of Oman in June.",
        "Two Turkish frigates joined Operation Irini off Libya on Friday.",
        "The Greek frigate Hydra joined Operation Aspides in the Red Sea on Tuesday.",
    ],
)
def test_a_warship_joining_a_named_operation_is_deployed(text: str) -> None:
    assert "deployment" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Greece will join Operation Aspides with a frigate next month.",
        "The Spanish government joined Operation Irini talks in Brussels on Friday.",
    ],
)
def test_joining_an_operation_later_or_in_talks_deploys_nothing(text: str) -> None:
    assert "deployment" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Six Chinese coast guard vessels remained near the Second Thomas Shoal on Sunday.",
        "The carrier USS Harry S. Truman has stayed in the eastern Mediterranean since March.",
        "Two Russian frigates remained off the Syrian coast on Monday, the monitor said.",
    ],
)
def test_warships_that_stay_on_station_are_deployed(text: str) -> None:
    assert "deployment" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The carrier will remain in the Mediterranean until May, officials said.",
        "The frigate stayed in port on Tuesday because of the storm.",
        "The tanker Pearl remained at anchor off Fujairah on Monday.",
    ],
)
def test_ships_kept_in_port_or_staying_later_deploy_nothing(text: str) -> None:
    assert "deployment" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon ordered a second carrier strike group to prepare for deployment to the Gulf.",
        "Two destroyers were ordered to be ready to sail for the eastern Mediterranean on Friday.",
        "The Royal Navy keeps a frigate at high readiness to guard home waters.",
    ],
)
def test_readiness_orders_deploy_nothing(text: str) -> None:
    assert "deployment" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon ordered a second carrier strike group to the eastern Mediterranean.",
        "Two destroyers were ordered toward the Strait of Hormuz on Friday.",
        "Seoul ordered the destroyer Munmu the Great back to the Gulf of Aden on Monday.",
    ],
)
def test_an_order_that_sends_warships_deploys_them(text: str) -> None:
    assert "deployment" in _types(text)
