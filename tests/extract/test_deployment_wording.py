"""How news tells that warships were sent, moved or seen somewhere (issue #13), and what
only sounds like it: plans, orders to get ready, ships kept in port. Sentences are our own."""

import pytest

from tests.extract.reading import event_types


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
    assert "deployment" in event_types(text)


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
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two Chinese frigates were seen sailing near Miyako Island on Monday.",
        "A Russian submarine was spotted in the Irish Sea on Thursday, the navy said.",
        "Japanese aircraft sighted four Chinese destroyers off Yonaguni on Sunday.",
    ],
)
def test_warships_sighted_in_an_area_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "No Chinese warships were spotted near the island on Monday, the ministry said.",
        "The ship was seen by many as a symbol of the fleet.",
        "The container ship Asteria was spotted off Salalah on Friday.",
    ],
)
def test_sightings_of_no_warship_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


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
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cruise ship Aurora pulled into Piraeus on Tuesday.",
        "The tanker Nordic Star entered the port of Rotterdam on Wednesday.",
        "The destroyer passed through the shipyard's final tests on Monday.",
    ],
)
def test_merchant_ships_in_port_and_tests_passed_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Indian frigate INS Talwar joined Operation Sankalp in the Gulf of Oman in June.",
        "Two Turkish frigates joined Operation Irini off Libya on Friday.",
        "The Greek frigate Hydra joined Operation Aspides in the Red Sea on Tuesday.",
    ],
)
def test_a_warship_joining_a_named_operation_is_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Greece will join Operation Aspides with a frigate next month.",
        "The Spanish government joined Operation Irini talks in Brussels on Friday.",
    ],
)
def test_joining_an_operation_later_or_in_talks_deploys_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Six Chinese coast guard vessels remained near the Second Thomas Shoal on Sunday.",
        "The carrier USS Harry S. Truman has stayed in the eastern Mediterranean since March.",
        "Two Russian frigates remained off the Syrian coast on Monday, the monitor said.",
    ],
)
def test_warships_that_stay_on_station_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The carrier will remain in the Mediterranean until May, officials said.",
        "The frigate stayed in port on Tuesday because of the storm.",
        "The tanker Pearl remained at anchor off Fujairah on Monday.",
    ],
)
def test_ships_kept_in_port_or_staying_later_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon ordered a second carrier strike group to prepare for deployment to the Gulf.",
        "Two destroyers were ordered to be ready to sail for the eastern Mediterranean on Friday.",
        "The Royal Navy keeps a frigate at high readiness to guard home waters.",
    ],
)
def test_readiness_orders_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon ordered a second carrier strike group to the eastern Mediterranean.",
        "Two destroyers were ordered toward the Strait of Hormuz on Friday.",
        "Seoul ordered the destroyer Munmu the Great back to the Gulf of Aden on Monday.",
    ],
)
def test_an_order_that_sends_warships_deploys_them(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "China has sent four government vessels to Scarborough Shoal since Monday.",
        "Beijing dispatched two maritime surveillance ships to the reef on Tuesday.",
        "Russia sent a naval group to the eastern Mediterranean on Friday.",
        "The United States has deployed an amphibious squadron to the southern Caribbean.",
        "China's 46th naval escort task force arrived in the Gulf of Aden on Monday.",
    ],
)
def test_state_vessels_and_naval_groups_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A police task force sent officers to the port on Monday.",
        "Officials said a naval group could be sent to the region next month.",
        "The government sent a letter to the shipowner on Tuesday.",
    ],
)
def test_task_forces_on_land_and_planned_groups_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two destroyers sailed eastward through the Soya Strait on June 16.",
        "The destroyer USS Porter was transiting to the Black Sea on Friday, the Sixth Fleet said.",
        "The destroyer USS Ross entered Ukraine's southern seaport of Odesa early on Tuesday.",
        "The USS Lincoln strike group is sailing near Iran in the Gulf of Oman on Monday.",
    ],
)
def test_warships_on_their_way_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bulk carrier Aster was transiting to the Black Sea on Friday.",
        "The ferry Nordlys sailed northward to Tromso on Monday.",
        "The tanker Vega entered Greece's main port of Piraeus on Tuesday.",
    ],
)
def test_merchant_ships_on_their_way_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The French frigate Languedoc has been active in the Red Sea since early December.",
        "The frigate INS Kochi is south of Socotra Island, the navy said on Tuesday.",
        "Two Chinese destroyers were on patrol near the Senkaku Islands on Friday.",
    ],
)
def test_warships_present_in_an_area_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The container ship Maya has been active in the Baltic trade since 2019, its owner said.",
        "The tanker Delos is south of Crete awaiting orders, its manager said on Monday.",
    ],
)
def test_merchant_ships_present_in_an_area_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "HMS St Albans was scrambled to shadow the Russian cruiser Marshal Ustinov on Tuesday.",
        "The Royal Navy scrambled the patrol ship HMS Mersey to the Channel on Sunday.",
        "The frigate INS Visakhapatnam was tasked to patrol the north Arabian Sea on Monday.",
        "Two Danish frigates have been tasked with escorting tankers in the Baltic since March.",
    ],
)
def test_warships_scrambled_or_tasked_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The air force scrambled two jets over the Baltic on Monday.",
        "The agency was tasked with monitoring fishing catches in the region.",
        "A frigate could be tasked to patrol the strait if talks fail, officials said.",
    ],
)
def test_jets_agencies_and_possible_tasks_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The arrival of two Russian warships in Havana on Wednesday drew a US response.",
        "The US announced the arrival of the USS Abraham Lincoln in the Gulf on Wednesday.",
        "Officials confirmed on Monday the arrival of the frigate Hydra in the Red Sea.",
    ],
)
def test_the_arrival_of_warships_is_a_deployment(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The arrival of the tanker Ocean Star in Rotterdam on Monday eased fuel shortages.",
        "The arrival of a second carrier would expand US options, analysts said.",
        "Officials awaited the arrival of two frigates next month.",
    ],
)
def test_merchant_or_awaited_arrivals_deploy_nothing(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon has eight warships in the Caribbean, officials said on Friday.",
        "The US now has two aircraft carriers in the Middle East, officials said on Monday.",
        "Russia has had four warships off the Syrian coast since March.",
        "The Philippines has two coast guard ships at the shoal, the spokesman said on Wednesday.",
    ],
)
def test_a_state_that_has_warships_somewhere_has_deployed_them(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy has 290 ships in its fleet.",
        "The navy has two frigates in the shipyard for repairs.",
        "The company has eight tankers in the Gulf, its chief executive said on Monday.",
        "The navy has no warships in the region, the minister said on Monday.",
    ],
)
def test_fleets_yards_merchant_ships_and_none_are_no_deployment(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States bolstered its naval presence in the Caribbean on Monday.",
        "China has increased its naval presence near the Senkaku Islands since April.",
        "Britain beefed up its naval forces in the Gulf on Tuesday.",
    ],
)
def test_a_naval_presence_bolstered_is_a_deployment(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan plans to bolster its naval presence in the south next year.",
        "The talks could strengthen naval cooperation between the two states.",
        "Officials said the budget would boost naval shipbuilding.",
    ],
)
def test_plans_cooperation_and_shipbuilding_are_no_deployment(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The carrier USS Nimitz is steaming toward the Middle East, officials said on Monday.",
        "The destroyer HMS Duncan is en route to the Red Sea, the ministry said on Sunday.",
        "Three Chinese warships anchored off the island of Kinmen on Tuesday.",
        "Two Chinese coast guard ships loitered near the Second Thomas Shoal on Monday.",
        "Four Chinese warships crossed the median line of the Taiwan Strait on Saturday.",
        "Three Chinese warships sailed past the island of Yonaguni on Sunday.",
    ],
)
def test_warships_steaming_anchoring_loitering_or_crossing_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Sea Dawn anchored off Fujairah on Tuesday.",
        "The ferry Kapitan crossed the Channel on Monday.",
        "Passengers crossed the strait on a ferry on Monday.",
    ],
)
def test_merchant_ships_and_passengers_on_the_move_are_no_deployment(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The presence of three Chinese warships near the shoal on Tuesday alarmed Manila.",
        "The USS Gerald R. Ford's deployment to the Caribbean began in October.",
        "The frigate HMS Lancaster's arrival in Bahrain on Monday was welcomed by officials.",
    ],
)
def test_a_presence_deployment_or_arrival_told_as_a_noun_is_a_deployment(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy maintains a continual presence in the region.",
        "Japan's deployment of a new radar began on Monday.",
        "A deployment to the region would take weeks, officials said.",
    ],
)
def test_a_standing_presence_or_radar_deployment_is_no_deployment(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam mobilized 40 fishing surveillance vessels to the Paracels on Monday.",
        "Taiwan mobilised four coast guard ships near Kinmen on Friday.",
        "The Philippine Coast Guard intensified its maritime patrols near the shoal on Tuesday.",
        "The frigate HMS Lancaster is on a mission in the Gulf, the ministry said on Monday.",
        "The destroyer USS Carney was on a deployment to the Middle East in October.",
        "HMS Dragon left Portsmouth on Monday for the eastern Mediterranean.",
    ],
)
def test_warships_mobilised_on_a_mission_or_leaving_for_an_area_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters mobilized outside the port on Monday.",
        "Police intensified patrols in the old town on Friday.",
        "The frigate is on a mission to improve ties, the minister said.",
        "The tanker Aurora left Rotterdam on Monday for the Far East.",
    ],
)
def test_crowds_police_goodwill_missions_and_tankers_are_no_deployment(text: str) -> None:
    assert "deployment" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two Danish frigates have guarded the approaches to the Baltic since March.",
        "The frigate HMS Lancaster took over from HMS Montrose in the Gulf on Monday.",
        "Four Chinese government ships guarded the shoal on Wednesday, the spokesman said.",
        "Italian warships protected the sea lanes off Libya on Friday.",
    ],
)
def test_warships_relieving_others_or_guarding_waters_are_deployed(text: str) -> None:
    assert "deployment" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cutter transferred the migrants to a Bahamas patrol boat on Monday.",
        "Navy ships protect the sea lanes of the region, the admiral said.",
        "The new captain took over from his predecessor on Monday.",
        "Soldiers guarded the harbour gates on Monday.",
        "Two frigates will guard the strait next month, officials said.",
    ],
)
def test_transfers_new_captains_and_guards_ashore_are_no_deployment(text: str) -> None:
    assert "deployment" not in event_types(text)
