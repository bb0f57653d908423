#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and plays a script against it, for the interactive tests.

There is no node-pty here; Python's pty module is on every machine (and in CI). stdin and stderr
are the terminal, as for a user; stdout is a pipe, so the design document comes back byte for
byte (a terminal would turn \\n into \\r\\n).

Reads one JSON object on stdin:
  {"argv": [...], "cwd": "...", "env": {...}, "cols": 100, "rows": 40, "timeout": 8,
   "steps": [{"expect": "regex"}, {"send": "text"}, ...]}
An "expect" waits (up to "timeout" seconds) for the regex in the terminal text printed since the
previous match, with colours and cursor moves stripped; a "send" types text ("\\r" is Enter,
"\\x1b[B" the down arrow, "\\x03" Ctrl-C). Then waits for the exit.
Prints one JSON object: {"code", "signal", "screen" (plain text), "raw", "stdout", "error"}.
"""
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

# CSI and OSC sequences, charset selections and single-character escapes.
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78MDEc]")


def plain(text):
    return ANSI.sub("", text).replace("\r", "")


def main():
    spec = json.load(sys.stdin)
    timeout = float(spec.get("timeout", 8))
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", spec.get("rows", 40), spec.get("cols", 100), 0, 0))

    def make_controlling_terminal():
        # So that Ctrl-C outside raw mode raises SIGINT in the child, as on a real terminal.
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        spec["argv"],
        cwd=spec.get("cwd"),
        env=spec.get("env"),
        stdin=slave,
        # "stdoutTty": stdout is the terminal too, as when a user runs the command bare.
        stdout=slave if spec.get("stdoutTty") else subprocess.PIPE,
        stderr=slave,
        start_new_session=True,
        preexec_fn=make_controlling_terminal,
        close_fds=True,
    )
    os.close(slave)
    screen = bytearray()
    stdout = bytearray()
    open_fds = {master, proc.stdout.fileno()} if proc.stdout else {master}

    def pump(wait):
        """Reads whatever is ready within `wait` seconds."""
        if not open_fds:
            time.sleep(wait)
            return
        ready, _, _ = select.select(list(open_fds), [], [], wait)
        for fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                data = b""
            if not data:
                open_fds.discard(fd)
            elif fd == master:
                screen.extend(data)
            else:
                stdout.extend(data)

    error = None
    seen = 0  # offset in the plain text after the last match
    for step in spec["steps"]:
        if "expect" in step:
            pattern = re.compile(step["expect"])
            deadline = time.monotonic() + float(step.get("timeout", timeout))
            while True:
                text = plain(screen.decode("utf-8", "replace"))
                match = pattern.search(text, seen)
                if match:
                    seen = match.end()
                    break
                if time.monotonic() > deadline:
                    error = "timed out waiting for /%s/" % step["expect"]
                    break
                if not open_fds and proc.poll() is not None:
                    error = "the program exited while waiting for /%s/" % step["expect"]
                    break
                pump(0.05)
            if error:
                break
        if "send" in step:
            os.write(master, step["send"].encode("utf-8"))

    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline and not error:
        pump(0.05)
    if proc.poll() is None:
        error = error or "the program did not exit"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    # Drain what is left.
    while open_fds:
        pump(0.05)
    os.close(master)
    code = proc.returncode
    json.dump(
        {
            "code": code if code >= 0 else None,
            "signal": -code if code < 0 else None,
            "screen": plain(screen.decode("utf-8", "replace")),
            "raw": screen.decode("utf-8", "replace"),
            "stdout": stdout.decode("utf-8", "replace"),
            "error": error,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
