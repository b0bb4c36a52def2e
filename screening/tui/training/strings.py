"""The trainer screens' own words in English; their Ukrainian and Russian are in the gettext
catalogues of screening/locale (docs/translation.md).

Data (vignettes, indicators) carries its own translations; these are the words of the
training and catalog screens. `s(key, language)` is the app's one lookup (`Strings`):
English when a translation is missing, counted in FALLBACKS, so a test can insist on none.
Kept free of Textual so the words can be checked without starting the app.
"""

from __future__ import annotations

from screening.i18n.locale import Strings

# {key: English}: after a change here, run python -m screening.tui.update_translations (docs/translation.md).
STRINGS: dict[str, str] = {
    # --- footer keys ----------------------------------------------------------------
    "k_back": "Back",
    "k_practice": "Practice",
    "k_demonstrate": "Demonstrate",
    "k_catalog": "Catalog",
    "k_story": "Story",
    "k_mark": "Mark",
    "k_result": "Result",
    "k_compare": "Compare",
    "k_next": "Next step",
    "k_previous": "Step back",
    "k_all_steps": "All steps",
    "k_set": "Set",
    "k_dimension": "Dimension",
    "k_strength": "Strength",
    "k_population": "Age",
    "k_search": "Search",
    "k_list": "List",
    # --- training menu --------------------------------------------------------------
    "menu_title": "Training with case vignettes",
    "menu_hint": "Choose a vignette. P: practise it yourself. D: demonstrate it step by step. C: indicator catalog.",
    "menu_none": "No vignettes are installed.",
    "fictional": "All vignettes are fictional, each built on a situation a source report describes.",
    # --- themes and age bands ---------------------------------------------------------
    "theme_adult": "adult",
    "theme_child": "child",
    "theme_labour-exploitation": "labour",
    "theme_sexual-exploitation": "sexual exploitation",
    "theme_forced-begging": "forced begging",
    "theme_forced-criminality": "forced criminality",
    "theme_domestic-servitude": "domestic servitude",
    "theme_war-border": "help at the border",
    "theme_war-displacement": "displacement",
    "theme_war-occupation": "occupation",
    "theme_forced-transfer-filtration": "forced transfer, filtration",
    "theme_rehabilitation-centre": "'rehabilitation centre'",
    "theme_online-recruitment": "online recruitment",
    "theme_military-recruitment": "military recruitment",
    "theme_educated-worker": "educated worker",
    "theme_institution": "children's institution",
    "theme_not-trafficking": "NOT trafficking",
    "theme_smuggling": "smuggling",
    "theme_crsv": "conflict-related sexual violence",
    "age": "age {band}",
    # --- practice -------------------------------------------------------------------
    "practice_title": "Practice: {title}",
    "practice_leave": "Leave the practice? Your {n} marks are forgotten (they are never saved).",
    "read_hint": "Read the story, then press Enter to mark the indicators.",
    "mark_progress": "{n}/{total} marked, {yes} yes · 1/y yes 2/n no 3/u don't know 4/d declined",
    "ans_yes": "yes",
    "ans_no": "no",
    "ans_unknown": "don't know",
    "ans_declined": "declined",
    "unanswered": "not marked",
    "your_result": "Your result",
    "result_hint": "C: compare with the expected answers.   M: back to marking.",
    "dimensions_present": "Dimensions present: {dims}",
    "none": "none",
    "observed": "Observed: {n}",
    "comparison_title": "Comparison with the expected answers",
    "score_line": "Score: {pct}%  (agreed yes: {agreed}; missed: {missed}; over-called: {over})",
    "score_explained": "The score is F1 over 'yes' answers: 2 × agreed ÷ (expected yes + your yes). Every missed and every over-called indicator lowers it.",
    "verdicts_line": "Verdicts that agree: {n} of {m}",
    "short_walk": "In the app's short interview this story needs {n} of the {m} questions of the full form, with the same result.",
    "short_walk_differs": "The app's short interview asks {n} of the {m} questions for this story but reaches a different result: tell the developers.",
    "set_score": "score {pct}%",
    "your_verdict": "Your verdict: {v}",
    "expected_verdict": "Expected:     {v}",
    "agrees": "[agrees]",
    "differs": "[DIFFERS]",
    "missed_heading": "Missed (expected yes; you: not yes)",
    "over_heading": "Over-called (you: yes; expected: not yes)",
    "nothing_missed": "Nothing missed.",
    "nothing_over": "Nothing over-called.",
    "you_vs_expected": "you: {you}; expected: {expected}",
    "source": "Source",
    "no_quote": "(no verbatim quote was seen for this source)",
    "working": "How the expected result follows from the rule",
    "teaching": "Teaching points",
    "based_on": "Based on",
    "not_trafficking_note": "This vignette is NOT a trafficking case.",
    "trafficking_note": "This vignette describes a trafficking case.",
    "not_determined_note": "Not determined: what is known is not enough to say whether this vignette is a trafficking case.",
    # One indicator's strength, as screening/i18n/results.py says it (uk agrees with "ознака", ru with "признак").
    "strength_strong": "strong",
    "strength_medium": "medium",
    "strength_weak": "weak",
    "strength_unrated": "unrated",
    # --- demonstration --------------------------------------------------------------
    "demo_title": "Demonstration: {title}",
    "demo_start": "No answers yet. Press N to add the expected answers one dimension at a time.",
    "step_line": "Step {n} of {m}: {set} — {dimension}",
    "dimension_now": "Dimension '{dimension}': {state}",
    "present": "PRESENT",
    "not_present": "not present",
    "present_because": "PRESENT ({why})",
    "so_far_dims": "Dimensions present so far: {dims}",
    "so_far_verdict": "Verdict so far: {v}",
    "demo_done": "All expected answers are in.",
    "expected_answers": "Expected answers",
    # --- catalog --------------------------------------------------------------------
    "catalog_title": "Indicator catalog",
    "search_placeholder": "Search label, explanation or id…",
    "filters": "{n} found · F5 set: {set} · F6 dim.: {dimension} · F7 str.: {strength} · F8 pop.: {population}",
    "all": "all",
    "population_adult": "adults",
    "population_child": "children",
    "population_any": "anyone",
    "col_indicator": "Indicator",
    "col_set": "Set",
    "col_strength": "Str.",
    "no_match": "No indicator matches.",
    "detail_set": "Set: {set}",
    "detail_dimension": "Dimension: {dimension}",
    "detail_strength": "Strength: {strength} · kind: {kind}",
    "kind_indicator": "indicator",
    "kind_vulnerability": "vulnerability (context, not evidence)",
    "kind_risk-factor": "risk factor (context, not evidence)",
    "verification": "Verification: {v}",
}



s = Strings(STRINGS)
FALLBACKS = s.fallbacks
has = s.has
