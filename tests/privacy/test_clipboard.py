"""Issue 15 item 5: what the app copied is deleted from tmux on a wipe; nothing else is touched."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from screening.export import clipboard

NOTE = "Знеособлене направлення\nВагомі ознаки: 2"


def test_outside_tmux_nothing_runs(monkeypatch):
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.setattr(clipboard.subprocess, "run", lambda *a, **k: pytest.fail("ran a program outside tmux"))
    assert clipboard.clear_tmux_buffers([NOTE]) == 0
    assert clipboard.clear_tmux_buffers_soon([NOTE]) is None


def test_a_missing_or_broken_tmux_is_ignored(monkeypatch):
    monkeypatch.setenv("TMUX", "/nonexistent/socket,1,0")
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: "/nonexistent/tmux")
    assert clipboard.clear_tmux_buffers([NOTE]) == 0  # OSError from the missing program, swallowed


@pytest.fixture
def tmux_server(tmp_path, monkeypatch):
    if shutil.which("tmux") is None:
        pytest.skip("tmux not installed")
    socket = str(tmp_path / "tmux.sock")
    base = ["tmux", "-S", socket, "-f", os.devnull]
    subprocess.run([*base, "new-session", "-d", "-s", "t", "sleep 30"], check=True)
    monkeypatch.setenv("TMUX", f"{socket},1,0")  # what tmux sets inside a session: its socket first
    try:
        yield lambda *args: subprocess.run([*base, *args], capture_output=True, check=True).stdout.decode()
    finally:
        subprocess.run([*base, "kill-server"], capture_output=True)


def test_only_the_buffers_holding_what_the_app_copied_are_deleted(tmux_server):
    tmux_server("set-buffer", "-b", "mine", "the user's own")
    tmux_server("set-buffer", NOTE)  # what OSC 52 becomes with set-clipboard on
    tmux_server("set-buffer", "x" * len(NOTE.encode()))  # same size, other text: kept
    tmux_server("set-buffer", "")  # tmux takes this and changes nothing: no way to clear
    assert clipboard.clear_tmux_buffers([NOTE, "never copied"]) == 1
    left = tmux_server("list-buffers", "-F", "#{buffer_name}").split()
    assert "mine" in left and len(left) == 2
    assert NOTE not in [tmux_server("show-buffer", "-b", name) for name in left]


def test_the_background_variant_finishes_the_job(tmux_server):
    tmux_server("set-buffer", NOTE)
    thread = clipboard.clear_tmux_buffers_soon([NOTE])
    thread.join(5)
    assert tmux_server("list-buffers") == ""
