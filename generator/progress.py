"""A progress bar (rich) for long analyses: shown on a terminal once a run has taken a couple of seconds; never
with --quiet, when stderr is not a terminal (logs, pipes) or when CI is set."""
from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO

DELAY = 2.0  # seconds before the bar appears: short runs stay silent


def wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    stream = stream if stream is not None else sys.stderr
    ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return not quiet and not ci and stream.isatty()


class ProgressBar:
    """Call with (done, total) after each article; close() when the stage is over."""

    def __init__(self, description: str = "Analysing articles", delay: float = DELAY, stream: TextIO | None = None):
        self.description = description
        self.delay = delay
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.monotonic()
        self.bar: Any = None  # a rich Progress, once the run is long enough to show one
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if time.monotonic() - self.started < self.delay or done >= total:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                console=Console(file=self.stream), transient=True)
            self.bar.start()
            self.task = self.bar.add_task(self.description, total=total)
        self.bar.update(self.task, completed=done, total=total)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
