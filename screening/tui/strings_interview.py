"""The short interview's words in English (merged into the app's one table in strings.py;
their translations are in the catalogues of screening/locale)."""

from __future__ import annotations

INTERVIEW_STRINGS: dict[str, str] = {
    "results_hidden_group": "Hidden by the answer to “{question}” — {answer}:",
    "results_out_of_reach": "Would change the result, but no question will ask it now (check the earlier answer if it was a mistake):",
    "k_full_form": "Mode",
    "q_progress_full": "Section {n} of {m} · Question {k} of {total} · F: short interview",
    "q_progress_short": "Short interview · question {n} · F: all questions",
    "q_short_done": "No other question can change the result. Check the answers, then F6 for the results.",
    "q_now_short": "Short interview: only questions that can still change the result.",
    "q_now_full": "Full form: every question in order. F goes back to the short interview.",
    "results_short_done": "Short interview: {asked} questions asked. {n} not asked — none of them could change any result above:",
    "results_short_open": "Short interview not finished: {n} questions not asked yet, and some could still change a result (Esc, then continue).",
    "results_left_out": "Not shown: {title} — the set-up says {context}, and no answer pointed to this form of exploitation.",
}
