"""`screening redact` through its real entry point: text, JSON, standard input, bad files."""

from __future__ import annotations

import json

TEXT = "Мене звуть Олена, тел. 067 123 45 67, паспорт КВ 123456. Гаряча лінія 1547.\n"
SECRETS = ("Олена", "067 123 45 67", "КВ 123456")


def test_text_output(cli, tmp_path):
    source = tmp_path / "note.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = cli("redact", str(source), "--language", "uk")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Мене звуть [ІМ'Я], тел. [ТЕЛЕФОН], паспорт [ПАСПОРТ]. Гаряча лінія 1547.\n"


def test_json_lists_findings_by_kind_and_span_but_never_the_secrets(cli, tmp_path):
    source = tmp_path / "note.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = cli("redact", str(source), "--format", "json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"text", "findings", "counts"}
    assert out["text"] == "Мене звуть [NAME], тел. [PHONE], паспорт [PASSPORT]. Гаряча лінія 1547.\n"
    assert [(f["kind"], TEXT[f["start"] : f["end"]]) for f in out["findings"]] == list(zip(["name", "phone", "passport"], SECRETS))
    assert all(set(f) == {"kind", "start", "end", "replacement"} for f in out["findings"])
    assert out["counts"] == {"phone": 1, "passport": 1, "name": 1}
    for secret in SECRETS:
        assert secret not in result.stdout


def test_reads_standard_input(cli):
    for args in (("redact", "-"), ("redact",)):
        result = cli(*args, "--language", "ru", stdin="Меня зовут Анна, почта anna@mail.ru")
        assert result.returncode == 0, result.stderr
        assert result.stdout == "Меня зовут [ИМЯ], почта [ЭЛ. ПОЧТА]\n"


def test_missing_file_names_the_file_and_exits_2(cli, tmp_path):
    missing = tmp_path / "no-such-note.txt"
    result = cli("redact", str(missing))
    assert result.returncode == 2  # unusable input: 2 for every command (README, exit status)
    assert str(missing) in result.stderr and "file not found" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_non_utf8_file_names_the_file_and_line_and_exits_2(cli, tmp_path):
    source = tmp_path / "cp1251.txt"
    source.write_bytes("перший рядок\n".encode() + "Мене звуть Олена".encode("cp1251"))
    result = cli("redact", str(source))
    assert result.returncode == 2
    assert f"{source}:2: not UTF-8" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_utf16_with_a_byte_order_mark_is_read(cli, tmp_path):
    source = tmp_path / "notepad.txt"
    source.write_bytes("Мене звуть Олена".encode("utf-16"))
    result = cli("redact", str(source), "--language", "uk")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Мене звуть [ІМ'Я]\n"


def test_a_folder_is_not_a_text_file(cli, tmp_path):
    result = cli("redact", str(tmp_path))
    assert result.returncode == 2
    assert str(tmp_path) in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_exit_2(cli):
    result = cli("redact", "--language", "de", stdin="")
    assert result.returncode == 2
    assert "--language" in result.stderr


def test_help_lists_redact(cli):
    result = cli("--help")
    assert "redact" in result.stdout
