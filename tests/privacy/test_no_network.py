"""Invariant 2: no network access, ever. A socket guard fails the test on any attempt.

In process: building, rendering and writing a note in every format under a guard on
every way Python opens a connection or resolves a name. Out of process: the `note`
command run with a `sitecustomize` that makes any socket use exit the program.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from support import ROOT
from planted import FREE_TEXT
from screening.catalog.data import load_catalog
from screening.export import FORMATS, render, write_export
from screening.export.referral import build_note
from screening.engine.session import Setup

GUARD = '''
import socket, os
def _refuse(*args, **kwargs):
    os.write(2, b"NETWORK ATTEMPT\\n")
    os._exit(97)
socket.socket.connect = socket.socket.connect_ex = socket.socket.sendto = _refuse
socket.getaddrinfo = socket.gethostbyname = socket.gethostbyname_ex = socket.create_connection = _refuse
'''


@pytest.fixture
def socket_guard(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise AssertionError(f"network use: {name}{args[1:2]}")
        return blocked

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_connection"):
        monkeypatch.setattr(socket, name, refuse(name))
    yield attempts
    assert attempts == [], attempts


def test_the_guard_catches_a_connection(socket_guard):
    with pytest.raises(AssertionError, match="network use"):
        socket.create_connection(("example.org", 80))
    socket_guard.clear()


@pytest.mark.parametrize("fmt", FORMATS)
def test_build_render_and_write_use_no_network(socket_guard, tmp_path, fmt):
    load_catalog.cache_clear()  # load the data again under the guard
    try:
        catalog = load_catalog()
        note = build_note(catalog, Setup(age_band="14-17", language="uk"), {"ilo-cl-ec-excessive-hours": "yes"},
                          urgent_needs=["no_safe_place"], free_text=FREE_TEXT)
        render(note, fmt, language="ru")
        write_export(note, tmp_path / f"note.{fmt}", fmt)
    finally:
        load_catalog.cache_clear()
    assert (tmp_path / f"note.{fmt}").exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_note_command_uses_no_network(tmp_path, fmt):
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"age_band": "25-59", "language": "uk", "free_text": FREE_TEXT,
                                   "answers": {"ilo-al-cd-violence": "yes"}}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / f"note.{fmt}"
    env = {"PYTHONPATH": f"{guard_dir}:{ROOT}", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"}
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.getaddrinfo('example.org', 80)"], env=env, capture_output=True, text=True)
    assert probe.returncode == 97, "the guard must be active in the child process"
    result = subprocess.run([sys.executable, "-m", "screening", "note", "--answers", str(answers), "--format", fmt, "--output", str(out)],
                            env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert "NETWORK ATTEMPT" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_schema_registry_never_fetches_a_remote_reference(socket_guard):
    from referencing.exceptions import NoSuchResource

    from screening.catalog.schemas import registry

    with pytest.raises(NoSuchResource):
        registry().get_or_retrieve("https://example.org/schema.json")
