"""CLI conventions and hostile inputs, through the real entry point (`python -m screening`).

Every command: errors on standard error, no traceback, the same exit status for the same
bad input (0 ok, 1 problems found, 2 usage error or unusable input), '-' for standard
input, bounded reads, and nothing of the person's text in any message.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from support import ROOT

ANSWERS = {"age_band": "25-59", "screener_role": "social-worker", "language": "en", "answers": {}}
SECRET = "Olena Petrenko lives at vul. Shevchenka 12"


def run(*args: str, input_bytes: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    env.pop("SCREENING_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "screening", *args], input=input_bytes, capture_output=True, cwd=ROOT, env=env, timeout=120)


def closed_stdin(*args: str) -> subprocess.CompletedProcess:
    """Standard input closed by the shell (`screening ... <&-`): Python then has sys.stdin None."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    return subprocess.run(["sh", "-c", f'exec "$0" -m screening "$@" <&-', sys.executable, *args], capture_output=True, cwd=ROOT, env=env, timeout=120)


def assert_plain_error(result, status: int, *fragments: str) -> None:
    stderr = result.stderr if isinstance(result.stderr, str) else result.stderr.decode("utf-8", "replace")
    assert result.returncode == status, stderr
    assert "Traceback" not in stderr
    for fragment in fragments:
        assert fragment in stderr


COMMANDS_READING_STDIN = {
    "score": ["score", "--set", "ilo-adult-labour", "--answers", "-"],
    "note": ["note", "--answers", "-", "--output", "-"],
    "redact": ["redact", "-"],
    "validate": ["validate", "-"],
    "aggregate": ["aggregate", "-"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS_READING_STDIN))
def test_closed_standard_input_is_a_plain_message_and_status_2(command):
    assert_plain_error(closed_stdin(*COMMANDS_READING_STDIN[command]), 2, "standard input is closed")


@pytest.mark.parametrize("command", ["score", "note", "validate"])
def test_an_integer_of_5000_digits_names_file_and_json_path(command, tmp_path):
    path = tmp_path / "answers.json"
    path.write_text('{"answers": {}, "age_band": "25-59", "free_text": null, "oblast": ' + "9" * 5000 + "}", encoding="utf-8")
    args = {"score": ["score", "--set", "ilo-adult-labour", "--answers", str(path)],
            "note": ["note", "--answers", str(path), "--output", "-"],
            "validate": ["validate", str(path)]}[command]
    assert_plain_error(run(*args, input_bytes=b""), 2, f"{path}: $.oblast: integer has more than 4,300 digits")


def test_a_lone_surrogate_in_free_text_is_refused_without_printing_the_text(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({**ANSWERS, "free_text": SECRET + " \ud800"}, ensure_ascii=True), encoding="ascii")
    result = run("note", "--answers", str(path), "--output", "-", input_bytes=b"")
    assert_plain_error(result, 2, f"{path}: $.free_text: text holds an escaped lone UTF-16 surrogate")
    assert b"Petrenko" not in result.stderr + result.stdout


@pytest.mark.parametrize(("args", "limit"), [
    (["redact", "/dev/zero"], "1,048,576"),
    (["score", "--set", "ilo-adult-labour", "--answers", "/dev/zero"], "1,048,576"),
    (["note", "--answers", "/dev/zero", "--output", "-"], "1,048,576"),
    (["validate", "/dev/zero"], "5,242,880"),
])
def test_an_endless_input_is_read_only_up_to_the_documented_limit(args, limit):
    assert_plain_error(run(*args, input_bytes=b""), 2, f"larger than {limit} bytes")


def test_a_7_mb_text_on_standard_input_is_refused_not_redacted():
    result = run("redact", input_bytes=b"a" * (7 * 1024 * 1024))
    assert_plain_error(result, 2, "larger than 1,048,576 bytes, the most read for a text to redact")
    assert result.stdout == b""


@pytest.mark.parametrize("args", [
    ["score", "--set", "ilo-adult-labour", "--answers", "MISSING"],
    ["note", "--answers", "MISSING", "--output", "-"],
    ["redact", "MISSING"],
    ["validate", "MISSING"],
    ["aggregate", "MISSING"],
])
def test_the_same_missing_file_gives_status_2_for_every_command(args, tmp_path):
    missing = str(tmp_path / "nope.json")
    result = run(*[missing if a == "MISSING" else a for a in args], input_bytes=b"")
    assert_plain_error(result, 2, "nope.json", "not found")


@pytest.mark.parametrize("args", [
    ["score", "--set", "ilo-adult-labour", "--answers", "BAD"],
    ["note", "--answers", "BAD", "--output", "-"],
    ["validate", "BAD"],
])
def test_the_same_broken_json_gives_status_2_for_every_command(args, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"answers": {,}}')
    assert_plain_error(run(*[str(bad) if a == "BAD" else a for a in args], input_bytes=b""), 2, f"{bad}:1:", "JSON syntax error")


def test_not_utf8_gives_status_2_for_redact_as_for_the_json_commands(tmp_path):
    bad = tmp_path / "cp1251.txt"
    bad.write_bytes("Олена".encode("cp1251"))
    assert_plain_error(run("redact", str(bad), input_bytes=b""), 2, "not UTF-8")


def test_aggregate_reads_notes_from_standard_input():
    note = (ROOT / "forms" / "examples" / "example-referral-note.json").read_bytes()
    other = json.loads(note)
    other["note_id"] = "f" * 32
    stream = note + b"\n" + json.dumps(other).encode() + b"\n"
    result = run("aggregate", "-", "--format", "json", "--min-cell", "0", input_bytes=stream)
    assert result.returncode == 0, result.stderr
    assert b"2 note(s) counted" in result.stderr


def test_aggregate_names_a_broken_document_on_standard_input():
    result = run("aggregate", "-", input_bytes=b'{"kind": "referral-note"')
    assert_plain_error(result, 1, "<stdin>")


def test_an_internal_error_never_prints_its_details(tmp_path):
    """A bug's message could quote the person's words: only the exception type is shown."""
    code = (
        "import sys; import screening.cli.commands.redact as r\n"
        f"def boom(args): raise ValueError({SECRET!r})\n"
        "r.run = boom\n"
        "from screening.cli.main import main; sys.exit(main(['redact', '-']))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SCREENING_DEBUG", None)
    result = subprocess.run([sys.executable, "-c", code], input="", capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert_plain_error(result, 3, "internal error (ValueError)")
    assert "Petrenko" not in result.stderr


def test_closed_standard_output_is_a_plain_message():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(["sh", "-c", 'exec "$0" -m screening catalog >&-', sys.executable], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert_plain_error(result, 2, "standard output is closed")


def test_help_has_examples_and_the_exit_codes():
    top = run("--help", input_bytes=b"")
    assert top.returncode == 0
    text = top.stdout.decode()
    assert "examples:" in text and "exit status (every command):" in text
    assert "2  usage error or unusable input" in text
    for command in ("validate", "catalog", "score", "note", "aggregate", "export-xlsform", "redact", "completion"):
        sub = run(command, "--help", input_bytes=b"").stdout.decode()
        assert "examples:" in sub and f"screening {command}" in sub.split("examples:")[1], command


def test_bash_completion_completes_commands_options_and_choices(tmp_path):
    script = run("completion", "bash", input_bytes=b"")
    assert script.returncode == 0
    (tmp_path / "c.sh").write_bytes(script.stdout)

    def complete(*words: str) -> list[str]:
        line = " ".join(["screening", *words])
        probe = (
            f'source {tmp_path / "c.sh"}; COMP_WORDS=(screening {" ".join(repr(w) for w in words)}); '
            f"COMP_CWORD={len(words)}; COMP_LINE={line!r}; _screening; printf '%s\\n' \"${{COMPREPLY[@]}}\""
        )
        return subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=30).stdout.split()

    assert complete("va") == ["validate"]
    assert complete("--language", "uk", "ag") == ["aggregate"]
    assert set(complete("aggregate", "--by", "")) == {"month", "oblast", "age_band", "verdict", "need", "indicator", "target"}
    assert "--min-cell" in complete("aggregate", "--")
    assert complete("note", "--format", "p") == ["pdf"]
