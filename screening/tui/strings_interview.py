"""The short interview's words (merged into the app's one table in strings.py)."""

from __future__ import annotations

INTERVIEW_STRINGS: dict[str, dict[str, str]] = {
    "results_hidden_group": {
        "en": "Hidden by the answer to “{question}” — {answer}:",
        "uk": "Приховано відповіддю на «{question}» — {answer}:",
        "ru": "Скрыто ответом на «{question}» — {answer}:",
    },
    "results_out_of_reach": {
        "en": "Would change the result, but no question will ask it now (check the earlier answer if it was a mistake):",
        "uk": "Змінило б результат, але жодне питання про це вже не спитає (перевірте попередню відповідь, якщо вона помилкова):",
        "ru": "Изменило бы результат, но ни один вопрос об этом уже не спросит (проверьте предыдущий ответ, если он ошибочен):",
    },
    "k_full_form": {"en": "Mode", "uk": "Режим", "ru": "Режим"},
    "q_progress_full": {
        "en": "Section {n} of {m} · Question {k} of {total} · F: short interview",
        "uk": "Розділ {n} з {m} · Питання {k} з {total} · F (А): коротка розмова",
        "ru": "Раздел {n} из {m} · Вопрос {k} из {total} · F (А): краткая беседа",
    },
    "q_progress_short": {
        "en": "Short interview · question {n} · F: all questions",
        "uk": "Коротка розмова · питання {n} · F (А): усі питання",
        "ru": "Краткая беседа · вопрос {n} · F (А): все вопросы",
    },
    "q_short_done": {
        "en": "No other question can change the result. Check the answers, then F6 for the results.",
        "uk": "Жодне інше питання не може змінити результат. Перевірте відповіді, потім F6 — результати.",
        "ru": "Никакой другой вопрос не может изменить результат. Проверьте ответы, затем F6 — результаты.",
    },
    "q_now_short": {
        "en": "Short interview: only questions that can still change the result.",
        "uk": "Коротка розмова: лише питання, які ще можуть змінити результат.",
        "ru": "Краткая беседа: только вопросы, которые ещё могут изменить результат.",
    },
    "q_now_full": {
        "en": "Full form: every question in order. F goes back to the short interview.",
        "uk": "Повна форма: усі питання по черзі. F (А) — назад до короткої розмови.",
        "ru": "Полная форма: все вопросы по порядку. F (А) — назад к краткой беседе.",
    },
    "results_short_done": {
        "en": "Short interview: {asked} questions asked. {n} not asked — none of them could change any result above:",
        "uk": "Коротка розмова: поставлено питань — {asked}. Не поставлено — {n}; жодне з них не могло змінити результати вище:",
        "ru": "Краткая беседа: задано вопросов — {asked}. Не задано — {n}; ни один из них не мог изменить результаты выше:",
    },
    "results_short_open": {
        "en": "Short interview not finished: {n} questions not asked yet, and some could still change a result (Esc, then continue).",
        "uk": "Коротку розмову не завершено: не поставлено ще {n} питань, і деякі можуть змінити результат (Esc, потім продовжте).",
        "ru": "Краткая беседа не завершена: не задано ещё {n} вопросов, и некоторые могут изменить результат (Esc, затем продолжите).",
    },
    "results_left_out": {
        "en": "Not shown: {title} — the set-up says {context}, and no answer pointed to this form of exploitation.",
        "uk": "Не показано: {title} — під час налаштування обрано «{context}», і жодна відповідь не вказала на цю форму експлуатації.",
        "ru": "Не показано: {title} — при настройке выбрано «{context}», и ни один ответ не указал на эту форму эксплуатации.",
    },
}
