"""The note as a person reads it: Markdown and plain text, in the note's language.

Both say plainly that the note decides nothing about anyone being a victim and that
"no indicators found" does not rule trafficking out. Labels come from the shipped data
when it is at hand (so a note can be read in another language); otherwise the labels
stored in the note are used as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from screening.i18n import role_text, verdict_text
from screening.models.note import ReferralNote

WORDS: dict[str, dict[str, str]] = {
    "title": {"en": "Anonymised referral note", "uk": "Знеособлена довідка для направлення", "ru": "Обезличенная справка для направления"},
    "disclaimer": {
        "en": "This note does not decide that anyone is a victim of trafficking: status is decided by the authorities. \"No indicators found\" does not rule out trafficking. The note holds no personal data.",
        "uk": "Ця довідка не вирішує, що будь-хто є постраждалим від торгівлі людьми: статус встановлюють уповноважені органи. «Ознак не виявлено» не виключає торгівлі людьми. Довідка не містить персональних даних.",
        "ru": "Эта справка не решает, что кто-либо является пострадавшим от торговли людьми: статус устанавливают уполномоченные органы. «Признаков не выявлено» не исключает торговли людьми. Справка не содержит персональных данных.",
    },
    "note_id": {"en": "Note id", "uk": "Номер довідки", "ru": "Номер справки"},
    "month": {"en": "Month of screening", "uk": "Місяць скринінгу", "ru": "Месяц скрининга"},
    "age_band": {"en": "Age band", "uk": "Вікова група", "ru": "Возрастная группа"},
    "oblast": {"en": "Region (oblast)", "uk": "Область", "ru": "Область"},
    "screener_role": {"en": "Screener's role", "uk": "Роль фахівця", "ru": "Роль специалиста"},
    "language": {"en": "Interview language", "uk": "Мова співбесіди", "ru": "Язык беседы"},
    "consent": {"en": "Consent to refer", "uk": "Згода на направлення", "ru": "Согласие на направление"},
    "results": {"en": "Results by indicator set", "uk": "Результати за наборами ознак", "ru": "Результаты по наборам признаков"},
    "dimensions": {"en": "Dimensions present", "uk": "Наявні складові", "ru": "Присутствующие составляющие"},
    "indicators": {"en": "Indicators present", "uk": "Наявні ознаки", "ru": "Присутствующие признаки"},
    "could_change": {"en": "The result could change with more answers.", "uk": "Результат може змінитися з більшою кількістю відповідей.", "ru": "Результат может измениться при большем числе ответов."},
    "urgent": {"en": "Urgent needs", "uk": "Нагальні потреби", "ru": "Неотложные потребности"},
    "police": {"en": "Police involvement", "uk": "Залучення поліції", "ru": "Привлечение полиции"},
    "targets": {"en": "Where to refer", "uk": "Куди направити", "ru": "Куда направить"},
    "versions": {"en": "Data used (version, SHA-256)", "uk": "Використані дані (версія, SHA-256)", "ru": "Использованные данные (версия, SHA-256)"},
    "free_text": {"en": "Notes (redacted)", "uk": "Примітки (знеособлені)", "ru": "Примечания (обезличенные)"},
    "none_observed": {"en": "None observed.", "uk": "Нічого не помічено.", "ru": "Ничего не замечено."},
    "none": {"en": "none", "uk": "немає", "ru": "нет"},
    "no_contact": {"en": "no single number: find the local service", "uk": "єдиного номера немає: знайдіть місцеву службу", "ru": "единого номера нет: найдите местную службу"},
    "yes": {"en": "yes", "uk": "так", "ru": "да"},
    "no": {"en": "no", "uk": "ні", "ru": "нет"},
    "not_given": {"en": "not given", "uk": "не вказано", "ru": "не указано"},
    "abroad": {"en": "abroad", "uk": "за кордоном", "ru": "за рубежом"},
}
POLICE = {
    "wanted": {"en": "the person wants the police involved", "uk": "особа хоче залучити поліцію", "ru": "человек хочет привлечь полицию"},
    "not-wanted": {"en": "the person does not want the police involved", "uk": "особа не хоче залучати поліцію", "ru": "человек не хочет привлекать полицию"},
    "not-asked": {"en": "not asked", "uk": "не запитували", "ru": "не спрашивали"},
    "declined": {"en": "declined to answer", "uk": "відмова відповідати", "ru": "отказ отвечать"},
}
LANGUAGE_NAMES = {"en": "English", "uk": "українська", "ru": "русский"}


def say(table: dict[str, dict[str, str]], key: str, language: str) -> str:
    entry = table.get(key)
    if entry is None:
        return key
    return entry.get(language) or entry["en"]


@dataclass(frozen=True)
class Lines:
    """The note laid out once, as (kind, text) pairs, for every human-readable format."""

    items: tuple[tuple[str, str], ...]


def layout(note: ReferralNote, language: str) -> Lines:
    """Headings, fields, list items and paragraphs: what md, txt and pdf all show."""
    from screening.data import load_catalog_or_empty

    catalog = load_catalog_or_empty()
    w = lambda key: say(WORDS, key, language)  # noqa: E731
    out: list[tuple[str, str]] = [("title", w("title")), ("para", w("disclaimer"))]
    oblast = w("not_given") if note.oblast is None else (w("abroad") if note.oblast == "abroad" else note.oblast)
    out += [
        ("field", f"{w('note_id')}: {note.note_id}"),
        ("field", f"{w('month')}: {note.month}"),
        ("field", f"{w('age_band')}: {note.age_band}"),
        ("field", f"{w('oblast')}: {oblast}"),
        ("field", f"{w('screener_role')}: {role_text(note.screener_role, language)}"),
        ("field", f"{w('language')}: {LANGUAGE_NAMES.get(note.language, note.language)}"),
        ("field", f"{w('consent')}: {w('yes') if note.consent_to_refer else w('no')}"),
        ("heading", w("results")),
    ]
    for result in note.results:
        indicator_set = catalog.sets.get(result.set)
        title = indicator_set.info.title.get(language) if indicator_set else result.set
        out.append(("subheading", f"{title} ({result.set})"))
        out.append(("para", verdict_text(result.verdict, language)))
        if result.dimensions_present:
            names = [indicator_set.dimension(d).label.get(language) if indicator_set and _has_dim(indicator_set, d) else d for d in result.dimensions_present]
            out.append(("field", f"{w('dimensions')}: {', '.join(names)}"))
        if result.indicators_present:
            out.append(("field", f"{w('indicators')}:"))
            for item in result.indicators_present:
                label = item.label
                if indicator_set and indicator_set.has(item.id) and language != note.language:
                    label = indicator_set.indicator(item.id).label.get(language)
                out.append(("item", f"{label} [{item.id}]"))
        if result.verdict is None and not result.indicators_present:
            out.append(("para", w("none_observed")))
        if result.could_change:
            out.append(("para", w("could_change")))
    needs = {n.id: n for d in catalog.directories.values() for n in d.needs}
    out.append(("heading", w("urgent")))
    for need_id in note.urgent_needs or ():
        out.append(("item", needs[need_id].label.get(language) if need_id in needs else need_id))
    if not note.urgent_needs:
        out.append(("para", w("none")))
    out.append(("field", f"{w('police')}: {say(POLICE, note.police_involvement, language)}"))
    services = {s.id: s for d in catalog.directories.values() for c in d.countries for s in c.services}
    out.append(("heading", w("targets")))
    for target in note.referral_targets:
        name = target.name
        if language != note.language and target.service in services:
            name = services[target.service].name.get(language)
        if target.contact is None:
            name += f" ({w('no_contact')})"
        elif target.contact not in name:
            name += f": {target.contact}"
        out.append(("item", f"{name} — {target.reason}"))
    if not note.referral_targets:
        out.append(("para", w("none")))
    if note.free_text:
        out += [("heading", w("free_text")), ("quote", note.free_text)]
    out.append(("heading", w("versions")))
    for version in note.data_versions:
        out.append(("item", f"{version.id} {version.version} sha256:{version.sha256}"))
    return Lines(tuple(out))


def _has_dim(indicator_set, dimension_id: str) -> bool:
    return any(d.id == dimension_id for d in indicator_set.dimensions)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md_escape(text: str) -> str:
    """Escape every character Markdown could turn into a link, an image or markup."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(lines: Lines) -> str:
    parts: list[str] = []
    for kind, text in lines.items:
        safe = md_escape(text)
        if kind == "title":
            parts += [f"# {safe}", ""]
        elif kind == "heading":
            parts += ["", f"## {safe}", ""]
        elif kind == "subheading":
            parts += ["", f"### {safe}", ""]
        elif kind == "item":
            parts.append(f"- {safe}")
        elif kind == "field":
            parts.append(f"- {safe}")
        elif kind == "quote":
            parts += [f"> {line}" for line in safe.splitlines()]
        else:
            parts += [safe, ""]
    return _squeeze("\n".join(parts)) + "\n"


def to_text(lines: Lines) -> str:
    parts: list[str] = []
    for kind, text in lines.items:
        if kind == "title":
            parts += [text, "=" * len(text), ""]
        elif kind == "heading":
            parts += ["", text, "-" * len(text)]
        elif kind == "subheading":
            parts += ["", text]
        elif kind == "item":
            parts.append(f"  - {text}")
        elif kind == "quote":
            parts += [f"  | {line}" for line in text.splitlines()]
        elif kind == "field":
            parts.append(text)
        else:
            parts += [text]
    return _squeeze("\n".join(parts)) + "\n"


def _squeeze(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip()
