"""Key figures: one row per category with its headline figure, source, history and disagreement."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.widgets.option_list import Option

from idlibmon.tui.formatting import CATEGORY_LABELS, figure_phrase, period, sparkline, when_text
from idlibmon.tui.text import safe
from idlibmon.tui.widgets.pane_list import PaneList


def figure_row_text(row: Any) -> Text:
    """Up to three unwrapped lines: label, figure, sparkline; disagreement, period, source; change.

    Lines are cut with an ellipsis rather than wrapped (app.tcss: `text-wrap: nowrap`): a
    wrapped sparkline or outlet name broke the pane's columns. What matters most comes first on each line, and Enter lists
    every source in full.
    """
    label = CATEGORY_LABELS.get(row.category, row.category.replace("_", " ").title())
    text = Text(end="")
    text.append(f"{label:<15}", "bold")
    head = row.headline
    if head is None:
        text.append("no figure yet", "italic dim")
        return text
    text.append(figure_phrase(head.figure), "bold")
    spark = sparkline(row.series or [])
    if spark:
        text.append("  ")
        text.append(spark, "cyan")
    text.append("\n  ")
    disagreeing = list(row.disagreeing or [])
    if disagreeing:
        text.append(f"≠ {len(disagreeing) + 1} sources", "bold yellow")
        text.append(" · ", "dim")
    details = [period(getattr(head.figure, "when", None), one_day=bool(getattr(head, "one_day", False))) or when_text(head.published), safe(head.outlet).plain]
    text.append(" · ".join(d for d in details if d), "dim")
    if row.change:
        text.append("\n  ")
        text.append_text(safe(row.change, "italic"))
    return text


class FiguresPane(PaneList):
    """Per category the figure a reader should see first; Enter lists every source behind it."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Any] = []

    def show(self, rows: Sequence[Any]) -> None:
        self.rows = list(rows)
        self.replace_rows([Option(figure_row_text(r), id=f"fig-{r.category}") for r in self.rows])

    def selected_row(self) -> Any | None:
        index = self.highlighted
        return self.rows[index] if index is not None and index < len(self.rows) else None
