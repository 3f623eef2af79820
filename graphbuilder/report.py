"""RunReport: what a run read, built and skipped, for the summary a user sees at the end."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RunReport:
    articles: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

    def skip(self, source: str, reason: str) -> None:
        self.skipped.append((source, reason))

    @property
    def usable(self) -> bool:
        return self.articles > 0
