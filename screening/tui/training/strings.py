"""The trainer screens' own words in English, Ukrainian and Russian.

Data (vignettes, indicators) carries its own translations; these are the words of the
training and catalog screens. `s(key, language)` is the app's one lookup (`Strings`):
English when a translation is missing, counted in FALLBACKS, so a test can insist on none.
Kept free of Textual so the table can be checked without starting the app.
"""

from __future__ import annotations

from screening.tui.strings import Strings

STRINGS: dict[str, dict[str, str]] = {
    # --- footer keys ----------------------------------------------------------------
    "k_back": {"en": "Back", "uk": "Назад", "ru": "Назад"},
    "k_practice": {"en": "Practice", "uk": "Практика", "ru": "Практика"},
    "k_demonstrate": {"en": "Demonstrate", "uk": "Демонстрація", "ru": "Демонстрация"},
    "k_catalog": {"en": "Catalog", "uk": "Каталог", "ru": "Каталог"},
    "k_story": {"en": "Story", "uk": "Історія", "ru": "История"},
    "k_mark": {"en": "Mark", "uk": "Позначати", "ru": "Отмечать"},
    "k_result": {"en": "Result", "uk": "Результат", "ru": "Результат"},
    "k_compare": {"en": "Compare", "uk": "Порівняти", "ru": "Сравнить"},
    "k_next": {"en": "Next step", "uk": "Наступний крок", "ru": "Следующий шаг"},
    "k_previous": {"en": "Step back", "uk": "Крок назад", "ru": "Шаг назад"},
    "k_all_steps": {"en": "All steps", "uk": "Усі кроки", "ru": "Все шаги"},
    "k_set": {"en": "Set", "uk": "Набір", "ru": "Набор"},
    "k_dimension": {"en": "Dimension", "uk": "Вимір", "ru": "Измерение"},
    "k_strength": {"en": "Strength", "uk": "Вага", "ru": "Вес"},
    "k_population": {"en": "Age", "uk": "Група", "ru": "Группа"},
    "k_search": {"en": "Search", "uk": "Пошук", "ru": "Поиск"},
    "k_list": {"en": "List", "uk": "Список", "ru": "Список"},
    # --- training menu --------------------------------------------------------------
    "menu_title": {"en": "Training with case vignettes", "uk": "Навчання на вигаданих випадках", "ru": "Обучение на вымышленных случаях"},
    "menu_hint": {
        "en": "Choose a vignette. P: practise it yourself. D: demonstrate it step by step. C: indicator catalog.",
        "uk": "Оберіть випадок. P: попрактикуватися самому. D: показати крок за кроком. C: каталог ознак.",
        "ru": "Выберите случай. P: попрактиковаться самому. D: показать шаг за шагом. C: каталог признаков.",
    },
    "menu_none": {"en": "No vignettes are installed.", "uk": "Навчальні випадки не встановлено.", "ru": "Учебные случаи не установлены."},
    "fictional": {
        "en": "All vignettes are fictional, each built on a situation a source report describes.",
        "uk": "Усі випадки вигадані; кожен побудовано на ситуації, описаній у джерельному звіті.",
        "ru": "Все случаи вымышлены; каждый построен на ситуации, описанной в исходном отчёте.",
    },
    # --- themes and age bands ---------------------------------------------------------
    "theme_adult": {"en": "adult", "uk": "дорослий", "ru": "взрослый"},
    "theme_child": {"en": "child", "uk": "дитина", "ru": "ребёнок"},
    "theme_labour-exploitation": {"en": "labour", "uk": "праця", "ru": "труд"},
    "theme_sexual-exploitation": {"en": "sexual exploitation", "uk": "сексуальна експлуатація", "ru": "сексуальная эксплуатация"},
    "theme_forced-begging": {"en": "forced begging", "uk": "примусове жебракування", "ru": "принудительное попрошайничество"},
    "theme_forced-criminality": {"en": "forced criminality", "uk": "примус до злочинів", "ru": "принуждение к преступлениям"},
    "theme_domestic-servitude": {"en": "domestic servitude", "uk": "домашнє підневілля", "ru": "домашнее подневольное положение"},
    "theme_war-border": {"en": "help at the border", "uk": "«допомога» на кордоні", "ru": "«помощь» на границе"},
    "theme_war-displacement": {"en": "displacement", "uk": "переміщення", "ru": "перемещение"},
    "theme_war-occupation": {"en": "occupation", "uk": "окупація", "ru": "оккупация"},
    "theme_forced-transfer-filtration": {"en": "forced transfer, filtration", "uk": "примусове переміщення, фільтрація", "ru": "принудительное перемещение, фильтрация"},
    "theme_rehabilitation-centre": {"en": "'rehabilitation centre'", "uk": "«реабілітаційний центр»", "ru": "«реабилитационный центр»"},
    "theme_online-recruitment": {"en": "online recruitment", "uk": "вербування онлайн", "ru": "вербовка онлайн"},
    "theme_military-recruitment": {"en": "military recruitment", "uk": "вербування на війну", "ru": "вербовка на войну"},
    "theme_educated-worker": {"en": "educated worker", "uk": "освічений працівник", "ru": "образованный работник"},
    "theme_institution": {"en": "children's institution", "uk": "дитячий заклад", "ru": "детское учреждение"},
    "theme_not-trafficking": {"en": "NOT trafficking", "uk": "НЕ торгівля людьми", "ru": "НЕ торговля людьми"},
    "theme_smuggling": {"en": "smuggling", "uk": "незаконне переправлення", "ru": "незаконная переправка"},
    "theme_crsv": {"en": "conflict-related sexual violence", "uk": "сексуальне насильство, пов'язане з конфліктом", "ru": "сексуальное насилие, связанное с конфликтом"},
    "age": {"en": "age {band}", "uk": "вік {band}", "ru": "возраст {band}"},
    # --- practice -------------------------------------------------------------------
    "practice_title": {"en": "Practice: {title}", "uk": "Практика: {title}", "ru": "Практика: {title}"},
    "practice_leave": {
        "en": "Leave the practice? Your {n} marks are forgotten (they are never saved).",
        "uk": "Вийти з практики? Ваші позначки ({n}) буде забуто (їх ніколи не зберігають).",
        "ru": "Выйти из практики? Ваши отметки ({n}) будут забыты (они никогда не сохраняются).",
    },
    "read_hint": {
        "en": "Read the story, then press Enter to mark the indicators.",
        "uk": "Прочитайте історію, потім натисніть Enter, щоб позначити ознаки.",
        "ru": "Прочитайте историю, затем нажмите Enter, чтобы отметить признаки.",
    },
    "mark_progress": {
        "en": "{n}/{total} marked, {yes} yes · 1/y yes 2/n no 3/u don't know 4/d declined",
        "uk": "{n}/{total} позначено, {yes} так · 1/Н так 2/Т ні 3/Г не знаю 4/В відмова",
        "ru": "{n}/{total} отмечено, {yes} да · 1/Н да 2/Т нет 3/Г не знаю 4/В отказ",
    },
    "ans_yes": {"en": "yes", "uk": "так", "ru": "да"},
    "ans_no": {"en": "no", "uk": "ні", "ru": "нет"},
    "ans_unknown": {"en": "don't know", "uk": "не знаю", "ru": "не знаю"},
    "ans_declined": {"en": "declined", "uk": "відмова", "ru": "отказ"},
    "unanswered": {"en": "not marked", "uk": "не позначено", "ru": "не отмечено"},
    "your_result": {"en": "Your result", "uk": "Ваш результат", "ru": "Ваш результат"},
    "result_hint": {
        "en": "C: compare with the expected answers.   M: back to marking.",
        "uk": "C: порівняти з очікуваними відповідями.   M: повернутися до позначок.",
        "ru": "C: сравнить с ожидаемыми ответами.   M: вернуться к отметкам.",
    },
    "dimensions_present": {"en": "Dimensions present: {dims}", "uk": "Наявні виміри: {dims}", "ru": "Присутствующие измерения: {dims}"},
    "none": {"en": "none", "uk": "немає", "ru": "нет"},
    "observed": {"en": "Observed: {n}", "uk": "Помічено: {n}", "ru": "Замечено: {n}"},
    "comparison_title": {"en": "Comparison with the expected answers", "uk": "Порівняння з очікуваними відповідями", "ru": "Сравнение с ожидаемыми ответами"},
    "score_line": {
        "en": "Score: {pct}%  (agreed yes: {agreed}; missed: {missed}; over-called: {over})",
        "uk": "Оцінка: {pct}%  (збіглися «так»: {agreed}; пропущено: {missed}; зайві: {over})",
        "ru": "Оценка: {pct}%  (совпали «да»: {agreed}; пропущено: {missed}; лишние: {over})",
    },
    "score_explained": {
        "en": "The score is F1 over 'yes' answers: 2 × agreed ÷ (expected yes + your yes). Every missed and every over-called indicator lowers it.",
        "uk": "Оцінка рахує збіги відповідей «так»: 2 × збіглися ÷ (очікувані «так» + ваші «так»). Кожна пропущена і кожна зайва ознака її знижує.",
        "ru": "Оценка считает совпадения ответов «да»: 2 × совпали ÷ (ожидаемые «да» + ваши «да»). Каждый пропущенный и каждый лишний признак её снижает.",
    },
    "verdicts_line": {"en": "Verdicts that agree: {n} of {m}", "uk": "Висновки збіглися: {n} з {m}", "ru": "Выводы совпали: {n} из {m}"},
    "short_walk": {
        "en": "In the app's short interview this story needs {n} of the {m} questions of the full form, with the same result.",
        "uk": "У короткій розмові застосунку ця історія потребує {n} з {m} питань повної форми, з тим самим результатом.",
        "ru": "В краткой беседе приложения эта история требует {n} из {m} вопросов полной формы, с тем же результатом.",
    },
    "short_walk_differs": {
        "en": "The app's short interview asks {n} of the {m} questions for this story but reaches a different result: tell the developers.",
        "uk": "Коротка розмова застосунку ставить {n} з {m} питань для цієї історії, але результат інший: повідомте розробникам.",
        "ru": "Краткая беседа приложения задаёт {n} из {m} вопросов для этой истории, но результат другой: сообщите разработчикам.",
    },
    "set_score": {"en": "score {pct}%", "uk": "оцінка {pct}%", "ru": "оценка {pct}%"},
    "your_verdict": {"en": "Your verdict: {v}", "uk": "Ваш висновок: {v}", "ru": "Ваш вывод: {v}"},
    "expected_verdict": {"en": "Expected:     {v}", "uk": "Очікуваний:   {v}", "ru": "Ожидаемый:    {v}"},
    "agrees": {"en": "[agrees]", "uk": "[збігається]", "ru": "[совпадает]"},
    "differs": {"en": "[DIFFERS]", "uk": "[НЕ ЗБІГАЄТЬСЯ]", "ru": "[НЕ СОВПАДАЕТ]"},
    "missed_heading": {"en": "Missed (expected yes; you: not yes)", "uk": "Пропущено (очікувалося «так»; у вас — ні)", "ru": "Пропущено (ожидалось «да»; у вас — нет)"},
    "over_heading": {"en": "Over-called (you: yes; expected: not yes)", "uk": "Зайві (у вас «так»; очікувалося — ні)", "ru": "Лишние (у вас «да»; ожидалось — нет)"},
    "nothing_missed": {"en": "Nothing missed.", "uk": "Нічого не пропущено.", "ru": "Ничего не пропущено."},
    "nothing_over": {"en": "Nothing over-called.", "uk": "Зайвих позначок немає.", "ru": "Лишних отметок нет."},
    "you_vs_expected": {"en": "you: {you}; expected: {expected}", "uk": "ви: {you}; очікувалося: {expected}", "ru": "вы: {you}; ожидалось: {expected}"},
    "source": {"en": "Source", "uk": "Джерело", "ru": "Источник"},
    "no_quote": {"en": "(no verbatim quote was seen for this source)", "uk": "(дослівної цитати з цього джерела не бачили)", "ru": "(дословной цитаты из этого источника не видели)"},
    "working": {"en": "How the expected result follows from the rule", "uk": "Як очікуваний результат випливає з правила", "ru": "Как ожидаемый результат следует из правила"},
    "teaching": {"en": "Teaching points", "uk": "Що варто засвоїти", "ru": "Что стоит усвоить"},
    "based_on": {"en": "Based on", "uk": "На основі", "ru": "На основе"},
    "not_trafficking_note": {
        "en": "This vignette is NOT a trafficking case.",
        "uk": "Цей навчальний випадок — НЕ торгівля людьми.",
        "ru": "Этот учебный случай — НЕ торговля людьми.",
    },
    "trafficking_note": {
        "en": "This vignette describes a trafficking case.",
        "uk": "Цей навчальний випадок описує торгівлю людьми.",
        "ru": "Этот учебный случай описывает торговлю людьми.",
    },
    "not_determined_note": {
        "en": "Not determined: what is known is not enough to say whether this vignette is a trafficking case.",
        "uk": "Не визначено: того, що відомо, недостатньо, щоб сказати, чи цей навчальний випадок — торгівля людьми.",
        "ru": "Не определено: того, что известно, недостаточно, чтобы сказать, является ли этот учебный случай торговлей людьми.",
    },
    # One indicator's strength, as screening/i18n.py says it (uk agrees with "ознака", ru with "признак").
    "strength_strong": {"en": "strong", "uk": "вагома", "ru": "весомый"},
    "strength_medium": {"en": "medium", "uk": "середня", "ru": "средний"},
    "strength_weak": {"en": "weak", "uk": "слабка", "ru": "слабый"},
    "strength_unrated": {"en": "unrated", "uk": "без ваги", "ru": "без веса"},
    # --- demonstration --------------------------------------------------------------
    "demo_title": {"en": "Demonstration: {title}", "uk": "Демонстрація: {title}", "ru": "Демонстрация: {title}"},
    "demo_start": {
        "en": "No answers yet. Press N to add the expected answers one dimension at a time.",
        "uk": "Відповідей ще немає. Натисніть N, щоб додавати очікувані відповіді по одному виміру.",
        "ru": "Ответов ещё нет. Нажмите N, чтобы добавлять ожидаемые ответы по одному измерению.",
    },
    "step_line": {"en": "Step {n} of {m}: {set} — {dimension}", "uk": "Крок {n} з {m}: {set} — {dimension}", "ru": "Шаг {n} из {m}: {set} — {dimension}"},
    "dimension_now": {"en": "Dimension '{dimension}': {state}", "uk": "Вимір «{dimension}»: {state}", "ru": "Измерение «{dimension}»: {state}"},
    "present": {"en": "PRESENT", "uk": "НАЯВНИЙ", "ru": "ПРИСУТСТВУЕТ"},
    "not_present": {"en": "not present", "uk": "відсутній", "ru": "отсутствует"},
    "present_because": {"en": "PRESENT ({why})", "uk": "НАЯВНИЙ ({why})", "ru": "ПРИСУТСТВУЕТ ({why})"},
    "so_far_dims": {"en": "Dimensions present so far: {dims}", "uk": "Наявні виміри на цей момент: {dims}", "ru": "Присутствующие измерения на данный момент: {dims}"},
    "so_far_verdict": {"en": "Verdict so far: {v}", "uk": "Висновок на цей момент: {v}", "ru": "Вывод на данный момент: {v}"},
    "demo_done": {"en": "All expected answers are in.", "uk": "Усі очікувані відповіді додано.", "ru": "Все ожидаемые ответы добавлены."},
    "expected_answers": {"en": "Expected answers", "uk": "Очікувані відповіді", "ru": "Ожидаемые ответы"},
    # --- catalog --------------------------------------------------------------------
    "catalog_title": {"en": "Indicator catalog", "uk": "Каталог ознак", "ru": "Каталог признаков"},
    "search_placeholder": {"en": "Search label, explanation or id…", "uk": "Пошук у назві, поясненні або ідентифікаторі…", "ru": "Поиск в названии, пояснении или идентификаторе…"},
    "filters": {
        "en": "{n} found · F5 set: {set} · F6 dim.: {dimension} · F7 str.: {strength} · F8 pop.: {population}",
        "uk": "знайдено {n} · F5 набір: {set} · F6 вимір: {dimension} · F7 вага: {strength} · F8 група: {population}",
        "ru": "найдено {n} · F5 набор: {set} · F6 изм.: {dimension} · F7 вес: {strength} · F8 группа: {population}",
    },
    "all": {"en": "all", "uk": "усі", "ru": "все"},
    "population_adult": {"en": "adults", "uk": "дорослі", "ru": "взрослые"},
    "population_child": {"en": "children", "uk": "діти", "ru": "дети"},
    "population_any": {"en": "anyone", "uk": "будь-хто", "ru": "любой"},
    "col_indicator": {"en": "Indicator", "uk": "Ознака", "ru": "Признак"},
    "col_set": {"en": "Set", "uk": "Набір", "ru": "Набор"},
    "col_strength": {"en": "Str.", "uk": "Вага", "ru": "Вес"},
    "no_match": {"en": "No indicator matches.", "uk": "Жодна ознака не підходить.", "ru": "Ни один признак не подходит."},
    "detail_set": {"en": "Set: {set}", "uk": "Набір: {set}", "ru": "Набор: {set}"},
    "detail_dimension": {"en": "Dimension: {dimension}", "uk": "Вимір: {dimension}", "ru": "Измерение: {dimension}"},
    "detail_strength": {"en": "Strength: {strength} · kind: {kind}", "uk": "Вага: {strength} · тип: {kind}", "ru": "Вес: {strength} · тип: {kind}"},
    "kind_indicator": {"en": "indicator", "uk": "ознака", "ru": "признак"},
    "kind_vulnerability": {"en": "vulnerability (context, not evidence)", "uk": "уразливість (контекст, не доказ)", "ru": "уязвимость (контекст, не доказательство)"},
    "kind_risk-factor": {"en": "risk factor (context, not evidence)", "uk": "фактор ризику (контекст, не доказ)", "ru": "фактор риска (контекст, не доказательство)"},
    "verification": {"en": "Verification: {v}", "uk": "Походження: {v}", "ru": "Происхождение: {v}"},
}



s = Strings(STRINGS)
FALLBACKS = s.fallbacks
has = s.has
