"""Passive claims: what was, or was not, done to someone ("the captain has been arrested")."""

from __future__ import annotations

import pytest
from facts_helpers import claim_conflicts, compare_bodies, found


def test_a_role_arrested_and_not_arrested_whoever_owns_it():
    assert claim_conflicts(
        "The train's driver has been arrested, police said on Monday.",
        "The driver of the train has not been arrested and is being treated in hospital, officers said.",
    ) == {"arrested (driver)": {"1": "affirmed", "2": "negated"}}


def test_a_named_person_released_and_never_released():
    assert claim_conflicts(
        "Ines Calloway was released without charge on Saturday evening, her lawyer said.",
        "Ines Calloway was never released and remains in custody, according to her family.",
    ) == {"released (Ines Calloway)": {"1": "affirmed", "2": "negated"}}


def test_yet_to_be_and_contractions_negate():
    assert claim_conflicts(
        "The gunman has been identified as a former employee of the warehouse.",
        "The gunman has yet to be identified, the sheriff's office said.",
        "The gunman hasn't been identified by investigators.",
    ) == {"identified (gunman)": {"1": "affirmed", "2": "negated", "3": "negated"}}


def test_a_denial_negates_the_passive_it_frames():
    assert claim_conflicts(
        "The suspect was released on bail on Tuesday afternoon.",
        "Prosecutors denied reports that the suspect had been released.",
    ) == {"released (suspect)": {"1": "affirmed", "2": "negated"}}


def test_the_text_output_names_the_predicate_and_its_object(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Mine flooded\n\nThe mine's manager has been charged, prosecutors said.\n")
    (tmp_path / "b.txt").write_text("Mine flooded\n\nThe manager of the mine has not been charged, prosecutors said.\n")
    out = subprocess.run([sys.executable, "-m", "tui", str(tmp_path)], capture_output=True, text=True, check=True)
    text = out.stdout.replace("\n    ", " ")
    assert "CONFLICT claim · charged (manager): affirmed" in text
    assert "negated “The manager of the mine has not been charged”" in text


DENIED = "The captain has not been arrested, a police spokesman said."


@pytest.mark.parametrize(
    "said",
    [
        "The captain may be arrested later this week, police said.",
        "Police want to arrest the captain as soon as he is found.",
        "If the captain is arrested, he will appear in court on Monday.",
        "The captain is believed to have been arrested near the border.",
        "The captain has reportedly been arrested, local radio said.",
        "It was unclear whether the captain had been arrested.",
        "The captain has been arrested?",
        "Police asked the public whether the captain was arrested.",
    ],
)
def test_hedges_plans_and_questions_affirm_nothing(said):
    assert claim_conflicts(said, DENIED) == {}


@pytest.mark.parametrize(
    "said",
    [
        "The owner was arrested, a police spokesman said.",  # another person
        "The ferry's owner has been arrested, police said.",
        "The captain has been charged, a police spokesman said.",  # another deed
        "The harbour captain has been arrested, police said.",  # another captain
        "Police have arrested the captain's brother, officials said.",
        "The captain's brother has been arrested, police said.",
    ],
)
def test_other_people_and_other_deeds_do_not_conflict(said):
    assert claim_conflicts(said, DENIED) == {}


def test_not_until_and_not_immediately_tell_no_denial():
    assert claim_conflicts(
        "The driver was arrested on Friday, police said.",
        "The driver was not arrested until Friday, police said.",
        "The driver was not immediately arrested, police said.",
    ) == {}


def test_a_name_after_a_preposition_is_no_patient():
    assert claim_conflicts(
        "The old bridge at Harlow was built in 1911.",
        "Harlow was not built on the river, historians say.",
    ) == {}


def test_the_active_voice_is_no_passive_claim():
    assert claim_conflicts(
        "The captain has arrested two of the crew, police said.",
        DENIED,
    ) == {}


@pytest.mark.parametrize(
    "said",
    [
        "Neither the captain nor the owner has been arrested, police said.",  # "neither": not read
        "The owner was arrested in 2019 over an earlier sinking.",  # another time
        "The owner had previously been arrested for overloading the boat.",
    ],
)
def test_negations_before_the_patient_and_other_times_are_left_unread(said):
    assert claim_conflicts(said, "The owner has not been arrested, a police spokesman said.") == {}


def test_groups_counted_differently_are_not_one_patient():
    assert claim_conflicts(
        "The 12 miners have been rescued, the company said.",
        "The 3 miners have not been rescued, the company said.",
    ) == {}
    # without a count they are the same group
    assert claim_conflicts(
        "The miners have been rescued, the company said.",
        "The miners have not been rescued, the company said.",
    ) == {"rescued (miners)": {"1": "affirmed", "2": "negated"}}


def test_immediately_arrested_is_an_affirmation():
    assert claim_conflicts(
        "The driver was immediately arrested, police said.",
        "The driver has not been arrested, police said.",
    ) == {"arrested (driver)": {"1": "affirmed", "2": "negated"}}


def test_a_titled_name_is_the_patient():
    assert claim_conflicts(
        "Governor Odile Marchetti has been questioned by investigators, her office said.",
        "Governor Odile Marchetti has not been questioned, her office said.",
    ) == {"questioned (Odile Marchetti)": {"1": "affirmed", "2": "negated"}}


def test_the_object_of_a_preposition_is_no_patient():
    assert claim_conflicts(
        "Relations with the council have been suspended, the mayor said.",
        "The council has not been suspended, the mayor said.",
    ) == {}
    assert claim_conflicts(
        "Talks with Vernon Hale have been suspended, the mayor said.",
        "Vernon Hale has not been suspended, the mayor said.",
    ) == {}


def test_a_deed_told_actively_meets_its_passive_denial():
    assert claim_conflicts(
        "Police arrested the captain on Friday night, officials said.",
        "The captain has not been arrested, a police spokesman said.",
    ) == {"arrested (captain)": {"1": "affirmed", "2": "negated"}}
    assert claim_conflicts(
        "Detectives have questioned Odile Marchetti, her office said.",
        "Odile Marchetti has not been questioned, her office said.",
    ) == {"questioned (Odile Marchetti)": {"1": "affirmed", "2": "negated"}}


def test_one_actor_not_doing_it_is_no_denial_that_it_was_done():
    assert claim_conflicts(
        "The captain has been arrested, police said.",
        "The army has not arrested the captain, a spokesman said.",
    ) == {}


def test_no_one_has_been_denies_it_of_each_patient():
    assert claim_conflicts(
        "The captain and the owner have been charged. The owner has been charged, prosecutors said.",
        "No one has been charged over the sinking, prosecutors said.",
        "The captain has been charged with manslaughter, his lawyer said.",
    ) == {
        "charged (owner)": {"1": "affirmed", "2": "negated"},
        "charged (captain)": {"2": "negated", "3": "affirmed"},
    }


@pytest.mark.parametrize(
    "said",
    [
        "No one else has been charged over the sinking, prosecutors said.",
        "No one was charged at the scene, prosecutors said.",  # one moment, not so far
        "No passengers have been charged, prosecutors said.",  # others than the captain
    ],
)
def test_no_one_else_or_at_one_moment_is_no_universal_denial(said):
    assert claim_conflicts("The captain has been charged with manslaughter, his lawyer said.", said) == {}


def test_a_relative_clause_or_an_apposition_names_its_patient():
    assert claim_conflicts(
        "The victim, who has not been named, was 34, police said.",
        "The victim has been named as Tomas Reyes, a local teacher.",
    ) == {"named (victim)": {"1": "negated", "2": "affirmed"}}
    assert claim_conflicts(
        "The driver, Pavel Orlov, has not been charged, prosecutors said.",
        "Pavel Orlov has been charged with dangerous driving.",
    ) == {"charged (Pavel Orlov)": {"1": "negated", "2": "affirmed"}}


@pytest.mark.parametrize(
    "said",
    [
        "The defendant was found not guilty on all counts.",
        "The defendant was found guilty of fraud, prosecutors believe.",
        "The defendant had been found guilty of fraud weeks before the trial.",
    ],
)
def test_a_negated_complement_a_belief_or_an_earlier_time_is_no_denial(said):
    assert claim_conflicts(said, "The defendant was not found guilty, the court said.") == {}


def test_reports_that_it_was_done_are_hearsay():
    assert claim_conflicts(
        "Reports that the owner had been arrested were dismissed by police on Sunday.",
        "The owner has not been arrested, a police spokesman said.",
    ) == {}


def test_an_owner_that_is_any_vessel_or_firm_may_be_the_one_another_article_names():
    s = compare_bodies(
        "The ferry's captain has been arrested, police said on Friday in the port town.",
        "The captain of the vessel has not been arrested, police said on Friday in the port town.",
    )
    [d] = found(s, "claim", "arrested")
    assert d.severity == "conflict"
    s = compare_bodies(
        "The company's chief executive has been arrested, prosecutors said on Friday.",
        "The chief executive of the firm has not been arrested, prosecutors said on Friday.",
    )
    [d] = found(s, "claim", "arrested")
    assert d.severity == "conflict"


def test_a_thing_named_without_the_exposed_and_not_exposed():
    assert claim_conflicts(
        "In a statement, Corvana said no financial data was exposed.",
        "The regulator found that financial data was exposed for about 2 million users, contradicting the company's earlier assurances.",
    ) == {"exposed (financial data)": {"1": "negated", "2": "affirmed"}}
    assert claim_conflicts("No passengers were evacuated.", "Passengers were evacuated from the ship.") == {
        "evacuated (passengers)": {"1": "negated", "2": "affirmed"}
    }


def test_other_things_many_of_them_or_another_time_are_no_conflict():
    assert claim_conflicts("Corvana said no financial data was exposed.", "Email addresses were exposed.") == {}
    assert claim_conflicts("Corvana said no passwords were exposed.", "Many passwords were exposed.") == {}
    assert claim_conflicts("No financial data was exposed.", "Financial data was not exposed.") == {}
    assert claim_conflicts("Corvana said no passwords were exposed.", "Passwords were exposed earlier, the regulator said.") == {}


@pytest.mark.parametrize(
    "denied",
    [
        "The director said the company had received no warnings about the tunnel.",
        "The company did not receive any warning about the tunnel, the director said.",
        "The company had never received a warning about the tunnel, its director said.",
    ],
)
def test_receiving_no_warnings_denies_having_been_warned(denied):
    conflicts = claim_conflicts("The company had been warned about the tunnel, a union leader said.", denied)
    assert conflicts["warned (company)"] == {"1": "affirmed", "2": "negated"}


def test_a_warning_received_affirms_and_one_asked_about_says_nothing():
    assert claim_conflicts(
        "The company received repeated warnings about the tunnel, a union leader said.",
        "The company had not been warned about the tunnel, its director said.",
    ) == {"warned (company)": {"1": "affirmed", "2": "negated"}}
    assert claim_conflicts(
        "Inspectors asked whether the company had received any warnings about the tunnel.",
        "The company had not been warned about the tunnel, its director said.",
    ) == {}


def test_a_relative_clause_of_another_time_leaves_the_sentence_read():
    # "which was reinforced in 2023" dates the tunnel, not the warning.
    assert claim_conflicts(
        "The director said the company had received no warnings about the tunnel, which was reinforced in 2023.",
        "The company had been warned about the tunnel, a union leader said.",
    ) == {"warned (company)": {"1": "negated", "2": "affirmed"}}
    assert claim_conflicts(
        "The company had been warned about the tunnel in 2019, a union leader said.",
        "The director said the company had received no warnings about the tunnel.",
    ) == {}
