"""Who acted: the agent of the act, not whoever reports it; states by their capitals,
forces and hull prefixes; a deployment is always a state's or an alliance's."""

from __future__ import annotations

from datetime import date

import pytest

from maritime.extract import ExtractedEvent, extract
from maritime.read.article import Article

PUBLISHED = date(2025, 6, 20)


def only(text: str, kind: str) -> ExtractedEvent:
    found = [e for e in extract(Article(text=text, uri="t.txt", published=PUBLISHED))]
    chosen = [e for e in found if e.type == kind]
    assert len(chosen) == 1, f"expected one {kind} in {text!r}: {found}"
    return chosen[0]


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon said two drones struck the tanker Blue Heron in the Red Sea on Friday.",
        "Tehran announced on Monday that drones had hit the tanker Coral Bay near Fujairah.",
        "According to the Pentagon, drones struck the tanker Sea Lark in the Red Sea on Tuesday.",
        "The Royal Navy reported that a missile hit the cargo ship Amber Lake on Sunday.",
    ],
)
def test_whoever_reports_a_strike_did_not_make_it(text: str) -> None:
    strike = only(text, "strike")
    assert (strike.actor, strike.actor_country) == (None, None)


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("Iran said it had seized the tanker Coral Bay in the Gulf on Monday.", "seizure", "IRN"),
        (
            "The Pentagon said on Tuesday that it struck a drug boat in the Caribbean.",
            "strike",
            "USA",
        ),
        (
            "The Pentagon said Iranian boats seized the tanker Coral Bay on Monday.",
            "seizure",
            "IRN",
        ),
    ],
)
def test_a_speaker_who_says_it_acted_or_names_the_agent(text: str, kind: str, country: str) -> None:
    assert only(text, kind).actor_country == country


def test_a_speaker_who_says_they_acted_is_the_actor() -> None:
    strike = only("The Houthis said they struck the tanker Blue Heron on Friday.", "strike")
    assert strike.actor == "Houthis"


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("U.S. forces seized the tanker Coral Bay off Venezuela on Monday.", "seizure", "USA"),
        (
            "The Guards seized the tanker Coral Bay in the Strait of Hormuz on Monday.",
            "seizure",
            "IRN",
        ),
        ("Tehran seized the tanker Coral Bay in the Strait of Hormuz on Monday.", "seizure", "IRN"),
        ("Moscow deployed two frigates to the Baltic Sea on Monday.", "deployment", "RUS"),
        ("Beijing sent coast guard ships to the shoal on Monday.", "deployment", "CHN"),
        ("Indian forces boarded the dhow Al Noor in the Arabian Sea on Monday.", "boarding", "IND"),
    ],
)
def test_capitals_guards_and_forces_stand_for_their_state(
    text: str, kind: str, country: str
) -> None:
    assert only(text, kind).actor_country == country


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pirates hijacked a tanker carrying fuel to Washington on Monday.", "hijacking"),
        ("Robbers boarded a cargo ship bound for Beijing off Lagos on Monday.", "boarding"),
    ],
)
def test_a_capital_as_a_destination_is_no_actor(text: str, kind: str) -> None:
    assert only(text, kind).actor_country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The guided-missile destroyer INS Kochi, deployed in the Gulf of Aden on Friday, "
            "reached the tanker.",
            "IND",
        ),
        ("USS Mason was deployed to the Gulf of Aden on Tuesday after pirates attacked.", "USA"),
        ("HMS Lancaster was sent to the Red Sea on Monday to deter pirates.", "GBR"),
    ],
)
def test_a_deployed_ship_with_a_hull_prefix_is_its_states(text: str, country: str) -> None:
    assert only(text, "deployment").actor_country == country


@pytest.mark.parametrize(
    "text",
    [
        "The frigate Esbern Snare arrived in the Gulf of Guinea on Monday to hunt pirates.",
        "The frigate Esbern Snare, which arrived in the Gulf of Guinea in early November, "
        "killed four pirates on Wednesday.",
    ],
)
def test_pirates_never_deploy_a_frigate(text: str) -> None:
    assert only(text, "deployment").actor_kind != "nonstate"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pirates boarded the tanker Coral Bay off Lagos on Monday.", "boarding"),
        ("Somali pirates hijacked the bulk carrier Ruby Sky on Monday.", "hijacking"),
    ],
)
def test_pirates_still_act_on_ships(text: str, kind: str) -> None:
    assert only(text, kind).actor_kind == "nonstate"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "A Ukrainian sea drone struck the tanker Volga Star near the Kerch Strait on Friday.",
            "UKR",
        ),
        ("Russian drones hit the bulk carrier Amber Lake at Izmail on Monday.", "RUS"),
        ("CCG ship 5205 rammed the Philippine vessel BRP Cabra near the shoal on Monday.", "CHN"),
        (
            "The PCG said a CCG vessel fired water cannon at the supply boat Unaizah May 2 on "
            "Saturday.",
            "CHN",
        ),
    ],
)
def test_drones_and_coast_guard_initials_name_their_state(text: str, country: str) -> None:
    assert only(text, "strike").actor_country == country


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Coast guard officers intercepted a go-fast boat 80 miles south of Kingston, Jamaica, "
            "on Monday.",
            "pursuit",
        ),
        ("Officers of the navy boarded a fishing boat near Colon, Panama, on Tuesday.", "boarding"),
        ("The frigate, sailing from Lisbon, Portugal, seized a speedboat on Monday.", "seizure"),
    ],
)
def test_a_country_after_a_town_and_a_comma_is_where_it_is(text: str, kind: str) -> None:
    assert only(text, kind).actor_country is None


def test_a_country_after_an_opening_phrase_still_acts() -> None:
    assert only("On Monday, Panama seized the tanker Coral Bay.", "seizure").actor_country == "PAN"


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded the tanker Coral Bay off Lagos on Monday. Pirates also boarded the "
        "bulk carrier Ruby Sky on Tuesday. The frigate Esbern Snare arrived in the region on "
        "Wednesday.",
        "Robbers stormed the cargo ship Amber Lake on 2 May and pirates hijacked the tanker "
        "Grey Heron on 4 May. Two patrol boats were sent to the area on 6 May.",
    ],
)
def test_an_article_about_pirates_lends_them_no_deployment(text: str) -> None:
    assert only(text, "deployment").actor_kind != "nonstate"


def test_an_article_about_a_navy_lends_it_to_its_deployment() -> None:
    text = (
        "Danish commandos boarded a pirate skiff off Nigeria on Monday. The frigate Esbern "
        "Snare arrived in the region in early November."
    )
    assert only(text, "deployment").actor_country == "DNK"


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit the tanker Coral Bay near Mokha on Monday, the Pentagon said.",
        "The tanker Sea Lark was struck by a missile off Aden on Tuesday, Britain's Royal Navy "
        "said.",
        "The UKMTO agency, run by the Royal Navy, said it had learned that drones struck the "
        "tanker Sea Lark on Monday.",
    ],
)
def test_a_source_after_the_act_or_before_a_that_clause_did_not_make_it(text: str) -> None:
    assert only(text, "strike").actor_country is None


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        (
            "The Guards said they had stopped a foreign tanker near Larak Island on Sunday and "
            "seized it.",
            "seizure",
            "IRN",
        ),
        ("The tanker Coral Bay was seized by Iran on Monday, the Pentagon said.", "seizure", "IRN"),
        (
            "The bulk carrier Amber Lake was boarded by Russia near the Bosphorus on Monday.",
            "boarding",
            "RUS",
        ),
        ("Units of the Bolivarian Navy seized the fishing boat Alba on Monday.", "seizure", "VEN"),
    ],
)
def test_the_agent_of_a_passive_or_of_what_the_speaker_did(
    text: str, kind: str, country: str
) -> None:
    assert only(text, kind).actor_country == country


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters seized the car carrier Polar Sun in the Red Sea on Sunday.",
        "Houthi rebels seized an Israeli-linked cargo vessel, the Polar Sun, on Sunday.",
    ],
)
def test_houthi_fighters_are_the_houthis(text: str) -> None:
    assert only(text, "hijacking").actor == "Houthis"


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Sea Lark was hit by two missiles on Monday in an attack the Houthis later "
        "claimed.",
        "A drone struck the bulk carrier Amber Lake near Mokha on Tuesday, and the Houthis took "
        "responsibility.",
        "Drones hit the tanker Grey Heron off Hodeidah on Friday in a strike the Houthis have "
        "claimed.",
    ],
)
def test_who_claimed_an_act_told_before_made_it(text: str) -> None:
    assert only(text, "strike").actor == "Houthis"


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck the bulk carrier Amber Lake near Mokha on Tuesday, and the Saudi coast "
        "guard took the crew ashore.",
        "A drone struck the bulk carrier Amber Lake near Mokha on Tuesday, and the Pentagon "
        "condemned the attack.",
    ],
)
def test_who_only_reacts_to_an_act_did_not_make_it(text: str) -> None:
    assert only(text, "strike").actor is None


def strikes_on(text: str, name: str) -> ExtractedEvent:
    found = extract(Article(text=text, uri="t.txt", published=PUBLISHED))
    return next(e for e in found if e.type == "strike" and name in [v.name for v in e.vessels])


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        (
            "Houthi militants fired a missile at shipping on Monday. The bulk carrier Sea Lark "
            "was struck in the Red Sea on Monday. U.S. forces struck a Houthi boat near Hodeidah "
            "on Tuesday. U.S. forces also struck two Houthi boats near Mokha on Wednesday.",
            "Sea Lark",
            "Houthis",
        ),
        (
            "Pirates have attacked ships off Somalia this month. The tanker Blue Heron was fired "
            "upon off Eyl on Monday. The Indian Navy sent the frigate INS Talwar to the area on "
            "Tuesday. Indian commandos boarded a skiff on Wednesday.",
            "Blue Heron",
            "pirates",
        ),
        (
            "Rebels have threatened shipping in the gulf. A drone hit the container ship Amber "
            "Lake near Aden on Friday. The U.S. Navy sent two destroyers to the gulf on Saturday.",
            "Amber Lake",
            "armed men",
        ),
    ],
)
def test_an_unclaimed_attack_on_a_merchant_ship_is_the_armed_groups(
    text: str, name: str, actor: str
) -> None:
    assert strikes_on(text, name).actor == actor


def test_with_no_armed_group_named_the_states_forces_are_lent() -> None:
    text = (
        "The tanker Blue Heron was struck off Odesa on Monday. Russian drones hit the port "
        "again on Tuesday, and Russian forces struck a grain ship on Wednesday."
    )
    assert strikes_on(text, "Blue Heron").actor_country == "RUS"


def test_a_named_attacker_beats_the_armed_group() -> None:
    text = (
        "Houthi militants have threatened shipping for months. Russian drones hit the bulk "
        "carrier Sea Lark at Izmail on Monday."
    )
    assert strikes_on(text, "Sea Lark").actor_country == "RUS"


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        (
            "Authorities in Finland said they had boarded the tanker, Eagle S, on Thursday.",
            "boarding",
            "FIN",
        ),
        ("The navy of Sri Lanka seized a trawler near Jaffna on Monday.", "seizure", "LKA"),
        (
            "The coast guard of Japan chased a fishing boat near the Senkaku Islands on Monday.",
            "pursuit",
            "JPN",
        ),
        ("The Finnish Border Guard boarded the tanker Eagle S on Thursday.", "boarding", "FIN"),
    ],
)
def test_a_force_named_by_its_state_after_it(text: str, kind: str, country: str) -> None:
    assert only(text, kind).actor_country == country


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Troops in Ukraine seized a barge on the Dnipro on Monday.", "seizure"),
        ("Pirates boarded a tanker carrying the oil of Nigeria off Bonny on Monday.", "boarding"),
    ],
)
def test_a_state_named_after_troops_or_cargo_owns_neither(text: str, kind: str) -> None:
    assert only(text, kind).actor_country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Several U.S. Coast Guard cutters seized the cocaine in the Eastern Pacific in May.",
            "USA",
        ),
        ("Two Iranian patrol boats seized a tanker near Larak Island on Sunday.", "IRN"),
        ("Indian warships seized three dhows off Socotra on Friday.", "IND"),
    ],
)
def test_ships_that_seize_an_object_act(text: str, country: str) -> None:
    assert only(text, "seizure").actor_country == country


@pytest.mark.parametrize(
    "text",
    [
        "The tanker seized last year near Larak Island was released on Monday.",
        "Two tankers were seized near Larak Island on Monday.",
    ],
)
def test_a_passive_without_agent_has_no_actor(text: str) -> None:
    assert only(text, "seizure").actor is None


def test_the_seizing_ships_are_not_the_seized() -> None:
    event = only(
        "Several U.S. Coast Guard cutters seized the cocaine off Panama in May.", "seizure"
    )
    assert event.vessels == []


@pytest.mark.parametrize(
    ("text", "kind", "actor", "country"),
    [
        (
            "The IRGC Navy seized the tanker Coral Bay on Monday.",
            "seizure",
            "Islamic Revolutionary Guard Corps",
            "IRN",
        ),
        (
            "PLA Navy ships chased the fishing boat Hai Yang near the shoal on Monday.",
            "pursuit",
            "PLA Navy",
            "CHN",
        ),
        (
            "China Coast Guard vessels rammed the supply boat Unaizah May 4 on Monday.",
            "strike",
            "China Coast Guard",
            "CHN",
        ),
        ("Houthi forces attacked the tanker Blue Heron on Monday.", "strike", "Houthis", None),
        (
            "The USCGC Stone boarded the fishing vessel Marlin off Panama on Monday.",
            "boarding",
            "United States Coast Guard",
            "USA",
        ),
    ],
)
def test_state_forces_by_name_and_the_houthis_stateless(
    text: str, kind: str, actor: str, country: str | None
) -> None:
    event = only(text, kind)
    assert (event.actor, event.actor_country) == (actor, country)


def test_an_unclaimed_strike_on_a_small_boat_is_lent_the_states_forces() -> None:
    text = (
        "Gunmen have attacked fishermen in the area. A boat was struck in the Caribbean on "
        "Monday, killing three. U.S. forces struck another boat on Tuesday. U.S. forces struck "
        "a third boat on Wednesday."
    )
    found = extract(Article(text=text, uri="t.txt", published=PUBLISHED))
    assert [e.actor_country for e in found if e.type == "strike"] == ["USA", "USA", "USA"]


@pytest.mark.parametrize(
    "text",
    [
        "Coast Guard Cutter Dorado Point boarded the fishing vessel Mar Azul off Aruba on Monday.",
        "The crew of the Coast Guard cutter Bayard Ross boarded a go-fast vessel on Tuesday.",
        "On May 2, 1893, Revenue Cutter Perry seized the schooner Alta Vista off Cape Flattery.",
    ],
)
def test_a_coast_guard_or_revenue_cutter_by_name_is_the_us_coast_guard(text: str) -> None:
    [event] = extract(Article(text=text, uri="t.txt", published=PUBLISHED))
    assert (event.actor, event.actor_country) == ("United States Coast Guard", "USA")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Japan Coast Guard cutter Akitsu boarded the trawler Lu Yan 5 on Monday.", "JPN"),
        ("The Philippine Coast Guard cutter Cabra boarded the boat Sea Lion on Monday.", "PHL"),
    ],
)
def test_another_states_coast_guard_cutter_stays_its_own(text: str, country: str) -> None:
    assert only(text, "boarding").actor_country == country


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Coast Guard Cutter Dorado Point left Key West on May 3. On May 9, Dorado Point's "
            "crew boarded a go-fast vessel south of Haiti.",
            "boarding",
        ),
        (
            "The crew of Coast Guard Cutter Ilse Barker returned home on Friday. In mid-May, an "
            "Ilse Barker boarding team boarded a fishing vessel west of the Galapagos Islands.",
            "boarding",
        ),
        (
            "INS Tarkash sailed for the Gulf of Aden in March. On 9 April the Tarkash "
            "intercepted a dhow carrying weapons off Socotra and seized it.",
            "seizure",
        ),
    ],
)
def test_a_state_ship_named_again_by_its_name_alone_acts_for_its_state(
    text: str, kind: str
) -> None:
    found = extract(Article(text=text, uri="t.txt", published=PUBLISHED))
    later = [e for e in found if e.type == kind][-1]
    assert later.actor_country in ("USA", "IND") and later.vessels[0].name is None


@pytest.mark.parametrize(
    "text",
    [
        # Named beside its state's adjective only: the ship is no force of its own.
        "The Russian warship Moskva left port on Monday. Ukrainian drones struck the Moskva "
        "off Odesa on Tuesday.",
        # A merchant ship named again acts for nobody.
        "The Panama-flagged tanker Lune Grise sailed on Monday. Pirates boarded the Lune Grise "
        "off Lome on Tuesday.",
    ],
)
def test_a_ship_named_without_its_force_acts_for_nobody_when_named_again(text: str) -> None:
    found = extract(Article(text=text, uri="t.txt", published=PUBLISHED))
    assert found[-1].actor_country in ("UKR", None) and found[-1].vessels[0].name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Coast Guard Cutter Dorado Point, after transiting the Panama Canal, boarded a "
            "go-fast vessel off Colombia on Monday.",
            "boarding",
        ),
        ("Drug boats from South America were struck in the Caribbean on Monday.", "strike"),
        ("A drone hit a tanker in the Bay of Bengal off Central America on Monday.", "strike"),
    ],
)
def test_a_state_inside_a_place_name_does_not_act(text: str, kind: str) -> None:
    assert only(text, kind).actor_country in ("USA", None)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Panama seized the tanker Lune Grise in the Caribbean on Monday.", "PAN"),
        ("North Korea seized the trawler Dae Yang 3 in the Sea of Japan on Monday.", "PRK"),
    ],
)
def test_a_state_by_its_own_name_still_acts(text: str, country: str) -> None:
    assert only(text, "seizure").actor_country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The Datu Kalantiaw, one of Manila's newest coast guard ships, was sent to Sabina "
            "Shoal on 3 May.",
            "PHL",
        ),
        (
            "The cutter Kojima, one of Tokyo's largest coast guard vessels, was deployed to the "
            "Senkaku Islands on 3 May.",
            "JPN",
        ),
        (
            "The frigate Alborz, one of Tehran's oldest navy ships, was deployed to the Gulf of "
            "Aden on 3 May.",
            "IRN",
        ),
    ],
)
def test_a_states_service_a_few_words_after_its_possessive(text: str, country: str) -> None:
    assert only(text, "deployment").actor_country == country


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # A ship, drone or port a few words on may be anyone's: no actor of its own.
        (
            "Houthi drones struck Ukraine's grain export ship Alma Rosa on 3 May.",
            "strike",
            "Houthis",
        ),
        (
            "The tanker Orla, one of Greece's largest merchant ships, was seized by Iranian "
            "commandos on 3 May.",
            "seizure",
            "Iran",
        ),
    ],
)
def test_a_possessive_far_from_a_ship_or_weapon_owns_neither(
    text: str, kind: str, actor: str
) -> None:
    assert only(text, kind).actor == actor


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        (
            "Chinese coast guard ships fired water cannon at the supply boat Unaizah May 4 near "
            "a Philippine Coast Guard vessel on Monday, damaging its mast.",
            "strike",
            "CHN",
        ),
        (
            "Iranian boats harassed the tanker Nord Star near the destroyer USS Mason on Monday, "
            "forcing it to turn back.",
            "pursuit",
            "IRN",
        ),
        (
            "The Philippine Coast Guard said Chinese ships rammed the supply boat Unaizah May 4 "
            "near a Philippine patrol boat on Monday, damaging its hull.",
            "strike",
            "CHN",
        ),
    ],
)
def test_a_participle_hung_on_a_clause_shares_its_subject(
    text: str, kind: str, country: str
) -> None:
    assert only(text, kind).actor_country == country


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # No comma: the participle is no hanging one.
        (
            "Pirates fired on the tanker Coral Bay as Indian commandos boarding it fled.",
            "strike",
            "pirates",
        ),
        # The participle's own clause names its subject after the comma.
        (
            "The Houthis fired at the tanker Coral Bay on Monday, the Pentagon said.",
            "strike",
            "Houthis",
        ),
    ],
)
def test_an_act_with_a_subject_of_its_own_keeps_it(text: str, kind: str, actor: str) -> None:
    assert only(text, kind).actor == actor


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iranian helicopters landed gunmen on the tanker Thera Star and seized it.", "IRN"),
        (
            "Commandos from the Guards' navy, armed men in black, boarded and seized the "
            "tanker Thera Star.",
            "IRN",
        ),
        (
            "Russian helicopters dropped masked men onto the bulk carrier Kestrel Dawn and "
            "took it to Novorossiysk.",
            "RUS",
        ),
        (
            "Venezuelan navy boats have put armed men aboard the tanker Luma Grace and "
            "seized her off Margarita.",
            "VEN",
        ),
    ],
)
def test_gunmen_a_states_force_brought_seize_for_that_state(text: str, country: str) -> None:
    seizure = only(text, "seizure")
    assert (seizure.actor_kind, seizure.actor_country) == ("state", country)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Gunmen boarded the tanker Thera Star off Nigeria; the Nigerian Navy later freed it.",
            "boarding",
        ),
        (
            "Nigerian Navy troops clashed with gunmen who had seized the tanker Orla Bay.",
            "hijacking",
        ),
        (
            "Indian helicopters patrolled the area after masked men seized the tanker Orla Bay.",
            "hijacking",
        ),
    ],
)
def test_gunmen_a_force_fights_or_follows_are_nobodys(text: str, kind: str) -> None:
    act = only(text, kind)
    assert (act.actor, act.actor_kind) == ("armed men", "nonstate")
