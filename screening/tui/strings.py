"""The app's own words (not the data's) in English, Ukrainian and Russian.

`t(key, language)` looks a string up; a missing translation falls back to English and is
counted in FALLBACKS, so a test can insist that the shipped table needs none. `Strings` is
that lookup, once: the trainer screens wrap their own table with it (training/strings.py).
Kept free of Textual so that the tables can be checked without starting the app.
"""

from __future__ import annotations

from collections import Counter

from screening.tui.strings_interview import INTERVIEW_STRINGS

LANGUAGE_NAMES = {"en": "English", "uk": "Українська", "ru": "Русский"}
LANGUAGE_ORDER = ("en", "uk", "ru")


class Strings:
    """A table {key: {language: text}} looked up with English as the fallback, each fallback
    counted in `fallbacks` (by key and language) so that tests can insist on none."""

    def __init__(self, table: dict[str, dict[str, str]]) -> None:
        self.table = table
        self.fallbacks: Counter[tuple[str, str]] = Counter()

    def __call__(self, key: str, language: str, **values: object) -> str:
        """The string `key` in `language`, English when missing (and counted)."""
        entry = self.table[key]
        text = entry.get(language)
        if not text:
            self.fallbacks[(key, language)] += 1
            text = entry["en"]
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self.table


STRINGS: dict[str, dict[str, str]] = {
    # --- keys shown in the footer ---------------------------------------------------
    "k_quick_exit": {"en": "Quick exit", "uk": "Швидкий вихід", "ru": "Быстрый выход"},
    "k_language": {"en": "Language", "uk": "Мова", "ru": "Язык"},
    "k_quit": {"en": "Quit", "uk": "Вийти", "ru": "Выйти"},
    "k_back": {"en": "Back", "uk": "Назад", "ru": "Назад"},
    "k_skip": {"en": "Skip", "uk": "Пропустити", "ru": "Пропустить"},
    "k_sections": {"en": "Sections", "uk": "Розділи", "ru": "Разделы"},
    "k_why": {"en": "Why?", "uk": "Навіщо?", "ru": "Зачем?"},
    "k_review": {"en": "Review", "uk": "Перегляд", "ru": "Проверка"},
    "k_results": {"en": "Results", "uk": "Результати", "ru": "Результаты"},
    "k_change": {"en": "Change", "uk": "Змінити", "ru": "Изменить"},
    "k_explain": {"en": "Explain", "uk": "Пояснення", "ru": "Пояснение"},
    "k_note": {"en": "Referral note", "uk": "Направлення", "ru": "Направление"},
    "k_close": {"en": "Close", "uk": "Закрити", "ru": "Закрыть"},
    "k_agree": {"en": "Agrees", "uk": "Погоджується", "ru": "Согласен"},
    "k_refuse": {"en": "No consent", "uk": "Немає згоди", "ru": "Нет согласия"},
    "k_goto": {"en": "Go to question", "uk": "До питання", "ru": "К вопросу"},
    "k_questions": {"en": "Questions", "uk": "Питання", "ru": "Вопросы"},
    "k_palette": {"en": "Commands", "uk": "Команди", "ru": "Команды"},
    "k_palette_help": {"en": "Open the command palette", "uk": "Відкрити список команд", "ru": "Открыть список команд"},
    "ans_yes": {"en": "yes", "uk": "так", "ru": "да"},
    "ans_no": {"en": "no", "uk": "ні", "ru": "нет"},
    "ans_unknown": {"en": "don't know", "uk": "не знаю", "ru": "не знаю"},
    "ans_declined": {"en": "declined", "uk": "відмова", "ru": "отказ"},
    # --- start ----------------------------------------------------------------------
    # The title must not presume that the person is a victim (issue 13): it names what is looked for.
    "app_title": {
        "en": "Screening for indicators of trafficking",
        "uk": "Скринінг ознак торгівлі людьми",
        "ru": "Скрининг признаков торговли людьми",
    },
    "start_title": {
        "en": "Screening for indicators of human trafficking",
        "uk": "Скринінг ознак торгівлі людьми",
        "ru": "Скрининг признаков торговли людьми",
    },
    "start_promise": {
        "en": "Nothing you enter is saved. The only file written is a referral note you export.\n"
        "This tool never decides that someone is a victim.",
        "uk": "Нічого з введеного не зберігається. Єдиний файл — знеособлене направлення, яке ви самі експортуєте.\n"
        "Інструмент ніколи не вирішує, що людина є постраждалою особою.",
        "ru": "Ничего из введённого не сохраняется. Единственный файл — обезличенное направление, которое вы сами экспортируете.\n"
        "Инструмент никогда не решает, что человек является пострадавшим лицом.",
    },
    "menu_new": {"en": "New screening", "uk": "Новий скринінг", "ru": "Новый скрининг"},
    "menu_training": {"en": "Training", "uk": "Навчання", "ru": "Обучение"},
    "menu_catalog": {"en": "Indicator catalog", "uk": "Каталог ознак", "ru": "Каталог признаков"},
    "menu_language": {"en": "Language: {name}", "uk": "Мова: {name}", "ru": "Язык: {name}"},
    "menu_about": {"en": "About & privacy", "uk": "Про програму і приватність", "ru": "О программе и приватности"},
    "start_keys": {
        "en": "F12 or Ctrl+X: quick exit (wipes all)   F3: language   Ctrl+P: commands",
        "uk": "F12 або Ctrl+X: швидкий вихід (стирає все)   F3: мова   Ctrl+P: команди",
        "ru": "F12 или Ctrl+X: быстрый выход (стирает всё)   F3: язык   Ctrl+P: команды",
    },
    "not_installed": {
        "en": "This part is not installed in this version.",
        "uk": "Цю частину не встановлено в цій версії.",
        "ru": "Эта часть не установлена в этой версии.",
    },
    "about_title": {"en": "About & privacy", "uk": "Про програму і приватність", "ru": "О программе и приватности"},
    "about_text": {
        "en": "This checklist helps you notice indicators of human trafficking, based on the ILO "
        "operational indicators (2009), the UNODC indicator lists and documented patterns of the war "
        "in Ukraine.\n\n"
        "• It works offline and never uses the network.\n"
        "• Answers stay in memory only. Nothing is written to disk unless you export a referral note, "
        "to a file you choose.\n"
        "• A referral note holds no name, contact, document number, date of birth or address.\n"
        "• F12 (or Ctrl+X) wipes the screening at once and shows a neutral screen. After {minutes} "
        "minutes without a key press the screening is wiped too.\n"
        "• The tool shows indicators; it never decides that a person is a victim. Status is decided "
        "by the authorities (National Referral Mechanism).",
        "uk": "Цей контрольний список допомагає помітити ознаки торгівлі людьми на основі операційних "
        "ознак МОП (2009), переліків УНЗ ООН і задокументованих закономірностей війни в Україні.\n\n"
        "• Працює офлайн і ніколи не використовує мережу.\n"
        "• Відповіді зберігаються лише в пам'яті. На диск нічого не записується, доки ви самі не "
        "експортуєте направлення у вибраний файл.\n"
        "• Направлення не містить імені, контактів, номерів документів, дати народження чи адреси.\n"
        "• F12 (або Ctrl+X) миттєво стирає скринінг і показує нейтральний екран. Після {minutes} хв "
        "без натискання клавіш скринінг також стирається.\n"
        "• Інструмент показує ознаки; він ніколи не вирішує, що людина є постраждалою особою. Статус "
        "встановлюють уповноважені органи (Національний механізм взаємодії).",
        "ru": "Этот контрольный список помогает заметить признаки торговли людьми на основе операционных "
        "признаков МОТ (2009), перечней УНП ООН и задокументированных закономерностей войны в Украине.\n\n"
        "• Работает офлайн и никогда не использует сеть.\n"
        "• Ответы хранятся только в памяти. На диск ничего не записывается, пока вы сами не "
        "экспортируете направление в выбранный файл.\n"
        "• Направление не содержит имени, контактов, номеров документов, даты рождения или адреса.\n"
        "• F12 (или Ctrl+X) мгновенно стирает скрининг и показывает нейтральный экран. Через {minutes} мин "
        "без нажатия клавиш скрининг также стирается.\n"
        "• Инструмент показывает признаки; он никогда не решает, что человек является пострадавшим лицом. "
        "Статус устанавливают уполномоченные органы (Национальный механизм взаимодействия).",
    },
    # --- set-up ---------------------------------------------------------------------
    "setup_title": {"en": "Set-up", "uk": "Налаштування", "ru": "Настройка"},
    "setup_never": {
        "en": "Never enter a name or a date of birth — none is asked for.",
        "uk": "Ніколи не вводьте ім'я чи дату народження — їх не запитують.",
        "ru": "Никогда не вводите имя или дату рождения — их не спрашивают.",
    },
    "setup_role": {"en": "Your role", "uk": "Ваша роль", "ru": "Ваша роль"},
    "setup_language": {"en": "Interview language", "uk": "Мова розмови", "ru": "Язык беседы"},
    "setup_age": {"en": "Age band of the person", "uk": "Вікова група людини", "ru": "Возрастная группа человека"},
    "setup_context": {"en": "Kind of exploitation, if known", "uk": "Вид експлуатації, якщо відомо", "ru": "Вид эксплуатации, если известно"},
    "setup_oblast": {"en": "Oblast (optional)", "uk": "Область (необов'язково)", "ru": "Область (необязательно)"},
    "setup_continue": {"en": "Continue", "uk": "Далі", "ru": "Далее"},
    "setup_need_age": {"en": "Choose the age band first.", "uk": "Спершу оберіть вікову групу.", "ru": "Сначала выберите возрастную группу."},
    "setup_no_form": {
        "en": "No questionnaire is installed for this age group.",
        "uk": "Для цієї вікової групи не встановлено опитувальника.",
        "ru": "Для этой возрастной группы не установлен опросник.",
    },
    "choose": {"en": "Choose…", "uk": "Оберіть…", "ru": "Выберите…"},
    "oblast_abroad": {"en": "Abroad", "uk": "За кордоном", "ru": "За границей"},
    "oblast_none": {"en": "Not recorded", "uk": "Не вказано", "ru": "Не указано"},
    "role_social-worker": {"en": "Social worker", "uk": "Соціальний працівник", "ru": "Социальный работник"},
    "role_child-services": {"en": "Child services", "uk": "Служба у справах дітей", "ru": "Служба по делам детей"},
    "role_police": {"en": "Police officer", "uk": "Поліцейський", "ru": "Полицейский"},
    "role_ngo-outreach": {"en": "NGO outreach worker", "uk": "Працівник ГО (аутріч)", "ru": "Сотрудник НКО (аутрич)"},
    "role_hotline": {"en": "Hotline consultant", "uk": "Консультант гарячої лінії", "ru": "Консультант горячей линии"},
    "role_border-reception": {"en": "Border or reception-centre staff", "uk": "Працівник кордону або центру прийому", "ru": "Сотрудник границы или центра приёма"},
    "role_health-worker": {"en": "Health worker", "uk": "Медичний працівник", "ru": "Медицинский работник"},
    "role_other": {"en": "Other", "uk": "Інше", "ru": "Другое"},
    "age_<14": {"en": "under 14 (child)", "uk": "до 14 (дитина)", "ru": "до 14 (ребёнок)"},
    "age_14-17": {"en": "14–17 (child)", "uk": "14–17 (дитина)", "ru": "14–17 (ребёнок)"},
    "age_18-24": {"en": "18–24", "uk": "18–24", "ru": "18–24"},
    "age_25-59": {"en": "25–59", "uk": "25–59", "ru": "25–59"},
    "age_60+": {"en": "60 and over", "uk": "60 і старше", "ru": "60 и старше"},
    "ctx_unknown": {"en": "Not known", "uk": "Невідомо", "ru": "Неизвестно"},
    "ctx_labour": {"en": "Labour", "uk": "Трудова", "ru": "Трудовая"},
    "ctx_sexual": {"en": "Sexual", "uk": "Сексуальна", "ru": "Сексуальная"},
    "ctx_domestic-servitude": {"en": "Domestic servitude", "uk": "Домашнє підневілля", "ru": "Домашнее подневольное положение"},
    "ctx_other": {"en": "Other (begging, crime, other)", "uk": "Інша (жебрацтво, злочини, інше)", "ru": "Другая (попрошайничество, преступления, другое)"},
    # --- consent --------------------------------------------------------------------
    "consent_title": {"en": "Consent", "uk": "Згода", "ru": "Согласие"},
    "consent_text": {
        "en": "Explain to the person before you start:\n\n"
        "• You will ask some questions about work, travel and safety. They may skip any question or "
        "stop at any time.\n"
        "• Recorded, in memory only: the answers yes / no / don't know / declined, the age band, your "
        "role and optionally the oblast.\n"
        "• Never recorded: name, date of birth, address, phone, documents.\n"
        "• Nothing is saved unless the person later agrees to a referral note.\n\n"
        "Does the person agree to the screening?",
        "uk": "Поясніть людині перед початком:\n\n"
        "• Ви поставите кілька запитань про роботу, переїзд і безпеку. Людина може пропустити будь-яке "
        "питання або зупинитися будь-коли.\n"
        "• Записується лише в пам'яті: відповіді так / ні / не знаю / відмова, вікова група, ваша роль "
        "і, за бажанням, область.\n"
        "• Ніколи не записується: ім'я, дата народження, адреса, телефон, документи.\n"
        "• Нічого не зберігається, якщо людина згодом не погодиться на направлення.\n\n"
        "Чи погоджується людина на скринінг?",
        "ru": "Объясните человеку перед началом:\n\n"
        "• Вы зададите несколько вопросов о работе, поездке и безопасности. Человек может пропустить "
        "любой вопрос или остановиться в любой момент.\n"
        "• Записывается только в памяти: ответы да / нет / не знаю / отказ, возрастная группа, ваша роль "
        "и, по желанию, область.\n"
        "• Никогда не записывается: имя, дата рождения, адрес, телефон, документы.\n"
        "• Ничего не сохраняется, если человек позже не согласится на направление.\n\n"
        "Согласен ли человек на скрининг?",
    },
    # A child (under 18): the parent, guardian or legal representative consents too, unless that
    # adult may be the exploiter: then the child protection service or the police decide instead.
    "consent_text_child": {
        "en": "Explain to the child, and to their parent, guardian or other legal representative, before you start:\n\n"
        "• You will ask some questions about school, work, travel and safety. The child may skip any "
        "question or stop at any time.\n"
        "• Recorded, in memory only: the answers yes / no / don't know / declined, the age band, your "
        "role and optionally the oblast.\n"
        "• Never recorded: name, date of birth, address, phone, documents.\n"
        "• Nothing is saved unless a referral note is agreed to later.\n"
        "• Ask the parent, guardian or legal representative for consent, and ask the child in words "
        "the child understands.\n"
        "• If that adult may be the one exploiting the child, do not ask them: contact the community's "
        "child protection service or the police juvenile prevention officers (102); abroad, the local "
        "child protection authority.\n\n"
        "Does the child agree, with the consent of the representative or of the child protection service?",
        "uk": "Поясніть дитині та її батькам, опікуну чи іншому законному представнику перед початком:\n\n"
        "• Ви поставите кілька запитань про навчання, роботу, переїзд і безпеку. Дитина може пропустити "
        "будь-яке питання або зупинитися будь-коли.\n"
        "• Записується лише в пам'яті: відповіді так / ні / не знаю / відмова, вікова група, ваша роль "
        "і, за бажанням, область.\n"
        "• Ніколи не записується: ім'я, дата народження, адреса, телефон, документи.\n"
        "• Нічого не зберігається, якщо згодом не буде згоди на направлення.\n"
        "• Попросіть згоди в батьків, опікуна чи законного представника і запитайте дитину словами, "
        "зрозумілими для неї.\n"
        "• Якщо цей дорослий може бути тим, хто експлуатує дитину, не питайте його: зверніться до служби "
        "у справах дітей громади або до ювенальної превенції поліції (102); за кордоном — до місцевого "
        "органу захисту дітей.\n\n"
        "Чи погоджується дитина — за згоди представника або служби у справах дітей?",
        "ru": "Объясните ребёнку и его родителям, опекуну или другому законному представителю перед началом:\n\n"
        "• Вы зададите несколько вопросов об учёбе, работе, поездке и безопасности. Ребёнок может "
        "пропустить любой вопрос или остановиться в любой момент.\n"
        "• Записывается только в памяти: ответы да / нет / не знаю / отказ, возрастная группа, ваша роль "
        "и, по желанию, область.\n"
        "• Никогда не записывается: имя, дата рождения, адрес, телефон, документы.\n"
        "• Ничего не сохраняется, если позже не будет согласия на направление.\n"
        "• Попросите согласия у родителей, опекуна или законного представителя и спросите ребёнка "
        "понятными ему словами.\n"
        "• Если этот взрослый может быть тем, кто эксплуатирует ребёнка, не спрашивайте его: обратитесь в "
        "службу по делам детей громады или в ювенальную превенцию полиции (102); за границей — в местный "
        "орган защиты детей.\n\n"
        "Согласен ли ребёнок — с согласия представителя или службы по делам детей?",
    },
    "consent_yes": {"en": "Agrees — start", "uk": "Погоджується — почати", "ru": "Согласен — начать"},
    "consent_no": {"en": "No consent — end", "uk": "Немає згоди — завершити", "ru": "Нет согласия — завершить"},
    "consent_keys": {
        "en": "Read the text out first. Then: Y or 1 — agrees, N or 2 — no consent (or Enter on a button).",
        "uk": "Спершу прочитайте текст уголос. Далі: Y/Н або 1 — погоджується, N/Т або 2 — немає згоди (або Enter на кнопці).",
        "ru": "Сначала прочитайте текст вслух. Далее: Y/Н или 1 — согласен, N/Т или 2 — нет согласия (или Enter на кнопке).",
    },
    "consent_ended": {
        "en": "Screening ended. Nothing was recorded.",
        "uk": "Скринінг завершено. Нічого не записано.",
        "ru": "Скрининг завершён. Ничего не записано.",
    },
    # --- questions ------------------------------------------------------------------
    "q_progress": {
        "en": "Section {n} of {m} · Question {k} of {total}",
        "uk": "Розділ {n} з {m} · Питання {k} з {total}",
        "ru": "Раздел {n} из {m} · Вопрос {k} из {total}",
    },
    "q_observe": {
        "en": "OBSERVE, DON'T ASK — record what you notice",
        "uk": "СПОСТЕРІГАЙТЕ, НЕ ПИТАЙТЕ — позначте, що помічаєте",
        "ru": "НАБЛЮДАЙТЕ, НЕ СПРАШИВАЙТЕ — отметьте, что замечаете",
    },
    "q_ask": {"en": "Ask", "uk": "Запитайте", "ru": "Спросите"},
    "q_current": {"en": "Answer: {answer}", "uk": "Відповідь: {answer}", "ru": "Ответ: {answer}"},
    "q_keys": {
        "en": "1/y yes   2/n no   3/u don't know   4/d declined",
        "uk": "1/н так   2/т ні   3/г не знаю   4/в відмова",
        "ru": "1/н да   2/т нет   3/г не знаю   4/в отказ",
    },
    "q_why": {"en": "Why this is asked", "uk": "Навіщо це питання", "ru": "Зачем этот вопрос"},
    "q_none": {"en": "No questions apply.", "uk": "Жодне питання не застосовне.", "ru": "Ни один вопрос не применим."},
    "sections_title": {"en": "Go to section", "uk": "Перейти до розділу", "ru": "Перейти к разделу"},
    "urgent_title": {"en": "Urgent: possible danger", "uk": "Терміново: можлива небезпека", "ru": "Срочно: возможная опасность"},
    "urgent_text": {
        "en": "A danger answer was given. Ask about these needs now, before you go on.",
        "uk": "Є відповідь про небезпеку. Запитайте про ці потреби зараз, перш ніж продовжити.",
        "ru": "Есть ответ об опасности. Спросите об этих потребностях сейчас, прежде чем продолжить.",
    },
    "urgent_services": {"en": "Where to turn", "uk": "Куди звернутися", "ru": "Куда обратиться"},
    "urgent_continue": {"en": "Continue the screening", "uk": "Продовжити скринінг", "ru": "Продолжить скрининг"},
    # --- review ---------------------------------------------------------------------
    "review_title": {"en": "Review the answers", "uk": "Перевірте відповіді", "ru": "Проверьте ответы"},
    "review_hint": {
        "en": "Enter: change the selected answer   G: go to the question   F6: results",
        "uk": "Enter: змінити вибрану відповідь   G: перейти до питання   F6: результати",
        "ru": "Enter: изменить выбранный ответ   G: перейти к вопросу   F6: результаты",
    },
    "review_back": {"en": "F5: back to the review", "uk": "F5: назад до перегляду", "ru": "F5: назад к проверке"},
    "review_unanswered": {"en": "{n} not answered", "uk": "без відповіді: {n}", "ru": "без ответа: {n}"},
    "col_section": {"en": "Section", "uk": "Розділ", "ru": "Раздел"},
    "col_question": {"en": "Question", "uk": "Питання", "ru": "Вопрос"},
    "col_answer": {"en": "Answer", "uk": "Відповідь", "ru": "Ответ"},
    "change_title": {"en": "Change the answer", "uk": "Змінити відповідь", "ru": "Изменить ответ"},
    "clear_answer": {"en": "Clear the answer", "uk": "Прибрати відповідь", "ru": "Убрать ответ"},
    "cancel": {"en": "Cancel", "uk": "Скасувати", "ru": "Отмена"},
    # --- results --------------------------------------------------------------------
    "results_title": {"en": "Results", "uk": "Результати", "ru": "Результаты"},
    "results_dims": {"en": "Dimensions present:", "uk": "Наявні виміри:", "ru": "Присутствующие измерения:"},
    "results_no_dims": {"en": "No dimension present.", "uk": "Жодного виміру не виявлено.", "ru": "Ни одного измерения не выявлено."},
    "results_strong_alone": {
        "en": "A strong indicator answered yes is enough for some indicators, with no dimension present:",
        "uk": "Для окремих ознак досить однієї вагомої ознаки з відповіддю «так», навіть без наявного виміру:",
        "ru": "Для отдельных признаков достаточно одного весомого признака с ответом «да», даже без присутствующего измерения:",
    },
    "results_other_yes": {
        "en": "Also answered yes, not enough for their dimension:",
        "uk": "Також «так», але замало для їхнього виміру:",
        "ru": "Также «да», но недостаточно для их измерения:",
    },
    "results_follow": {
        "en": "What could change the result — ask about:",
        "uk": "Що може змінити результат — з'ясуйте:",
        "ru": "Что может изменить результат — выясните:",
    },
    "results_hidden_by": {
        "en": "(hidden by an earlier answer: “{question}” — {answer})",
        "uk": "(приховане через попередню відповідь: «{question}» — {answer})",
        "ru": "(скрыт из-за предыдущего ответа: «{question}» — {answer})",
    },
    "results_quote": {"en": "“{question}”", "uk": "«{question}»", "ru": "«{question}»"},
    "results_hidden_until": {
        "en": "(asked only after “{question}” is answered)",
        "uk": "(з'явиться після відповіді на «{question}»)",
        "ru": "(появится после ответа на «{question}»)",
    },
    "results_hidden_setup": {
        "en": "(hidden by the set-up: {field})",
        "uk": "(приховане через налаштування: {field})",
        "ru": "(скрыт из-за настроек: {field})",
    },
    "results_not_asked": {
        "en": "(no question of this form asks about it)",
        "uk": "(жодне питання цієї форми про це не питає)",
        "ru": "(ни один вопрос этой формы об этом не спрашивает)",
    },
    "results_urgent": {"en": "Urgent needs:", "uk": "Нагальні потреби:", "ru": "Срочные потребности:"},
    "results_no_urgent": {"en": "No urgent need flagged.", "uk": "Нагальних потреб не позначено.", "ru": "Срочных потребностей не отмечено."},
    "results_never": {
        "en": "This shows indicators; it never decides that a person is a victim. Status is decided by the authorities.",
        "uk": "Це лише показує ознаки; інструмент ніколи не вирішує, що людина є постраждалою особою. Статус встановлюють уповноважені органи.",
        "ru": "Это лишь показывает признаки; инструмент никогда не решает, что человек является пострадавшим лицом. Статус устанавливают уполномоченные органы.",
    },
    "results_hint": {
        "en": "F7: explanation down to the sources   F8 or Enter: referral note",
        "uk": "F7: пояснення аж до джерел   F8 або Enter: направлення",
        "ru": "F7: пояснение вплоть до источников   F8 или Enter: направление",
    },
    "explain_title": {"en": "Explanation", "uk": "Пояснення", "ru": "Пояснение"},
    # --- note -----------------------------------------------------------------------
    "note_title": {"en": "Anonymised referral note", "uk": "Знеособлене направлення", "ru": "Обезличенное направление"},
    "note_consent": {
        "en": "Does the person agree to be referred? Ask again now.",
        "uk": "Чи погоджується людина на направлення? Запитайте ще раз зараз.",
        "ru": "Согласен ли человек на направление? Спросите ещё раз сейчас.",
    },
    "note_consent_yes": {"en": "Agrees to referral", "uk": "Погоджується", "ru": "Согласен"},
    "note_consent_no": {"en": "Does not agree", "uk": "Не погоджується", "ru": "Не согласен"},
    "note_free_text": {
        "en": "Optional note (no names, phones or addresses; it is redacted):",
        "uk": "Примітка за бажанням (без імен, телефонів, адрес; її буде знеособлено):",
        "ru": "Примечание по желанию (без имён, телефонов, адресов; оно будет обезличено):",
    },
    "note_count": {
        "en": "Characters: {count} of {limit}. Copying from this field is off.",
        "uk": "Символів: {count} з {limit}. Копіювання з цього поля вимкнено.",
        "ru": "Символов: {count} из {limit}. Копирование из этого поля отключено.",
    },
    "note_too_long_redacted": {
        "en": "After redaction the note is too long ({count} characters, at most {limit}). Shorten it.",
        "uk": "Після знеособлення примітка задовга (символів: {count}, можна щонайбільше {limit}). Скоротіть її.",
        "ru": "После обезличивания примечание слишком длинное (символов: {count}, можно не более {limit}). Сократите его.",
    },
    "note_preview": {"en": "Exported as:", "uk": "Буде експортовано так:", "ru": "Будет экспортировано так:"},
    "note_format": {"en": "Format", "uk": "Формат", "ru": "Формат"},
    "note_path": {"en": "Save to (file path)", "uk": "Зберегти у файл (шлях)", "ru": "Сохранить в файл (путь)"},
    "note_export": {"en": "Export", "uk": "Експортувати", "ru": "Экспортировать"},
    "note_copy": {"en": "Copy to clipboard", "uk": "Копіювати в буфер", "ru": "Копировать в буфер"},
    "note_saved": {"en": "Saved to {path}", "uk": "Збережено у {path}", "ru": "Сохранено в {path}"},
    "note_copied": {"en": "Copied to the clipboard.", "uk": "Скопійовано в буфер обміну.", "ru": "Скопировано в буфер обмена."},
    "note_failed": {
        "en": "Could not write the file. {error} Nothing was lost; try another path.",
        "uk": "Не вдалося записати файл. {error} Нічого не втрачено; спробуйте інший шлях.",
        "ru": "Не удалось записать файл. {error} Ничего не потеряно; попробуйте другой путь.",
    },
    # one per REASONS in screening/export/files.py (the CLI keeps the English message)
    "export_missing-folder": {
        "en": "The folder {folder} does not exist. Choose an existing folder.",
        "uk": "Теки {folder} не існує. Виберіть наявну теку.",
        "ru": "Папки {folder} не существует. Выберите существующую папку.",
    },
    "export_read-only": {
        "en": "The folder {folder} is read-only or you may not write there. Choose another one (your home folder or a USB stick).",
        "uk": "Тека {folder} лише для читання або у вас немає права запису. Виберіть іншу (домашню теку чи флешку).",
        "ru": "Папка {folder} только для чтения или у вас нет права записи. Выберите другую (домашнюю папку или флешку).",
    },
    "export_disk-full": {
        "en": "The disk holding {folder} is full. Free some space or choose another place.",
        "uk": "Диск із текою {folder} заповнений. Звільніть місце або виберіть інше місце.",
        "ru": "Диск с папкой {folder} заполнен. Освободите место или выберите другое место.",
    },
    "export_is-directory": {
        "en": "{path} is a folder. Add a file name, for example {path}/note.md.",
        "uk": "{path} — це тека. Додайте назву файлу, наприклад {path}/note.md.",
        "ru": "{path} — это папка. Добавьте имя файла, например {path}/note.md.",
    },
    "export_name-too-long": {
        "en": "The file name {name} is too long. Choose a shorter one.",
        "uk": "Назва файлу {name} задовга. Виберіть коротшу.",
        "ru": "Имя файла {name} слишком длинное. Выберите более короткое.",
    },
    "export_exists": {
        "en": "{path} already exists.",
        "uk": "{path} уже існує.",
        "ru": "{path} уже существует.",
    },
    "export_other": {
        "en": "The system refused to write {path}.",
        "uk": "Система не дозволила записати {path}.",
        "ru": "Система не позволила записать {path}.",
    },
    "export_unknown-home": {
        "en": "There is no home folder {path} on this computer. To save in your own home folder, begin the path with ~/ (for example ~/referral-note.md).",
        "uk": "На цьому комп'ютері немає домашньої теки {path}. Щоб зберегти у своїй домашній теці, почніть шлях з ~/ (наприклад ~/referral-note.md).",
        "ru": "На этом компьютере нет домашней папки {path}. Чтобы сохранить в своей домашней папке, начните путь с ~/ (например ~/referral-note.md).",
    },
    "export_symlink": {
        "en": "{path} is a symbolic link, or one is on the way to it; links are never followed or replaced. Choose another file name.",
        "uk": "{path} — це символьне посилання або шлях до нього веде через посилання; посилання не використовуються і не замінюються. Виберіть іншу назву файлу.",
        "ru": "{path} — это символическая ссылка или путь к нему идёт через ссылку; ссылки не используются и не заменяются. Выберите другое имя файла.",
    },
    "export_special-file": {
        "en": "{path} is not an ordinary file (a device or a pipe); it is not replaced. Choose another file name.",
        "uk": "{path} — не звичайний файл (пристрій або канал); його не буде замінено. Виберіть іншу назву файлу.",
        "ru": "{path} — не обычный файл (устройство или канал); он не будет заменён. Выберите другое имя файла.",
    },
    "export_bad-name": {
        "en": "The file name holds characters this computer cannot use in a name. Choose another one.",
        "uk": "Назва файлу містить символи, які цей комп'ютер не може використати в назві. Виберіть іншу.",
        "ru": "Имя файла содержит символы, которые этот компьютер не может использовать в имени. Выберите другое.",
    },
    "note_overwrite": {
        "en": "Replace it?",
        "uk": "Замінити його?",
        "ru": "Заменить его?",
    },
    "note_no_consent": {
        "en": "Without consent no note is written. You can still use the results.",
        "uk": "Без згоди направлення не створюється. Результатами можна користуватися.",
        "ru": "Без согласия направление не создаётся. Результатами можно пользоваться.",
    },
    "note_need_path": {"en": "Enter a file path first.", "uk": "Спершу введіть шлях до файлу.", "ru": "Сначала введите путь к файлу."},
    "yes": {"en": "Yes", "uk": "Так", "ru": "Да"},
    "no": {"en": "No", "uk": "Ні", "ru": "Нет"},
    "note_police": {"en": "Police involvement", "uk": "Залучення поліції", "ru": "Привлечение полиции"},
    "police_wanted": {"en": "Wanted by the person", "uk": "Людина хоче", "ru": "Человек хочет"},
    "police_not-wanted": {"en": "Not wanted", "uk": "Не хоче", "ru": "Не хочет"},
    "police_not-asked": {"en": "Not asked", "uk": "Не питали", "ru": "Не спрашивали"},
    "police_declined": {"en": "Declined to say", "uk": "Відмова відповідати", "ru": "Отказ отвечать"},
    "note_error": {"en": "The note cannot be made: {error}", "uk": "Неможливо створити направлення: {error}", "ru": "Невозможно создать направление: {error}"},
    "note_hint": {
        "en": "The note holds no name, contact or date of birth: only the age band, role, oblast, results, needs and services.",
        "uk": "Направлення не містить імені, контактів чи дати народження: лише вікову групу, роль, область, результати, потреби та служби.",
        "ru": "Направление не содержит имени, контактов или даты рождения: только возрастную группу, роль, область, результаты, потребности и службы.",
    },
    "urgent_none": {"en": "No urgent need marked.", "uk": "Нагальних потреб не позначено.", "ru": "Срочных потребностей не отмечено."},
    "urgent_mark": {
        "en": "Mark each need that applies (Space), then continue:",
        "uk": "Позначте кожну потребу, яка стосується людини (Пробіл), і продовжуйте:",
        "ru": "Отметьте каждую потребность, которая касается человека (Пробел), и продолжайте:",
    },
    "k_urgent": {"en": "Urgent needs", "uk": "Нагальне", "ru": "Срочное"},
    "results_danger": {
        "en": "Danger answers: {n}. Check the urgent needs (F9).",
        "uk": "Відповіді про небезпеку: {n}. Перевірте нагальні потреби (F9).",
        "ru": "Ответы об опасности: {n}. Проверьте срочные потребности (F9).",
    },
    # --- wipes ----------------------------------------------------------------------
    "idle_title": {"en": "Still there?", "uk": "Ви ще тут?", "ru": "Вы ещё здесь?"},
    "idle_text": {
        "en": "The screening will be wiped in {seconds} s. Press any key to go on with it (nothing is saved to disk).",
        "uk": "Скринінг буде стерто через {seconds} с. Натисніть будь-яку клавішу, щоб продовжити його (на диск нічого не записується).",
        "ru": "Скрининг будет стёрт через {seconds} с. Нажмите любую клавишу, чтобы продолжить его (на диск ничего не записывается).",
    },
    "idle_wiped": {
        "en": "The screening was wiped after inactivity.",
        "uk": "Скринінг стерто через бездіяльність.",
        "ru": "Скрининг стёрт из-за бездействия.",
    },
    # --- command palette ------------------------------------------------------------
    "cmd_new": {"en": "New screening", "uk": "Новий скринінг", "ru": "Новый скрининг"},
    "cmd_new_help": {"en": "Start a new screening (the current one is wiped)", "uk": "Почати новий скринінг (поточний буде стерто)", "ru": "Начать новый скрининг (текущий будет стёрт)"},
    "cmd_quick_exit_help": {"en": "Wipe everything now and show a neutral screen", "uk": "Стерти все зараз і показати нейтральний екран", "ru": "Стереть всё сейчас и показать нейтральный экран"},
    "cmd_language_help": {"en": "Switch the interface language", "uk": "Змінити мову інтерфейсу", "ru": "Сменить язык интерфейса"},
    "cmd_review_help": {"en": "See and change every answer", "uk": "Переглянути та змінити відповіді", "ru": "Просмотреть и изменить ответы"},
    "cmd_results_help": {"en": "See the results of this screening", "uk": "Переглянути результати скринінгу", "ru": "Посмотреть результаты скрининга"},
    "cmd_quit_help": {"en": "Wipe everything and close the program", "uk": "Стерти все й закрити програму", "ru": "Стереть всё и закрыть программу"},
    "crash": {
        "en": "The program stopped because of an internal error. The screening was wiped; nothing was saved.",
        "uk": "Програма зупинилася через внутрішню помилку. Скринінг стерто; нічого не збережено.",
        "ru": "Программа остановилась из-за внутренней ошибки. Скрининг стёрт; ничего не сохранено.",
    },
}

STRINGS.update(INTERVIEW_STRINGS)  # the short interview's words, kept in their own module

t = Strings(STRINGS)
FALLBACKS = t.fallbacks


def export_problem(error: OSError, language: str) -> str:
    """An export failure in the screener's language, by the error's `reason` (see REASONS)."""
    from pathlib import Path

    path = Path(getattr(error, "path", None) or getattr(error, "filename", None) or "")
    key = f"export_{getattr(error, 'reason', 'other')}"
    return t(key if key in STRINGS else "export_other", language, path=path, folder=path.parent, name=path.name)


def next_language(language: str) -> str:
    return LANGUAGE_ORDER[(LANGUAGE_ORDER.index(language) + 1) % len(LANGUAGE_ORDER)] if language in LANGUAGE_ORDER else "en"
