"""What the benchmark scripts share."""
from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def git_state(width: int = 90) -> str:
    """The commit measured, and whether converter/ had uncommitted edits (results then are of the working tree)."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "converter"],
                               capture_output=True, text=True, timeout=10).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return "unknown (no git)"
    dirty = [line[3:] for line in dirty if line.strip()]
    head = head if len(head) <= width else head[: width - 1] + "…"
    return head + (f" + uncommitted edits in {', '.join(dirty)}" if dirty else "")
