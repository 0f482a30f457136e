"""The dashboard application and the one factory that builds it for the CLI, the demo and tests.

The App owns the long-lived pieces: the store connection the screen reads, the poll that
notices new rows (written by our fetch worker or by another process), the fetch worker,
and the terminal title. Widgets only draw what they are given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.filter import Monochrome, NoColor
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from idlibmon.config import Config
from idlibmon.store import Store
from idlibmon.tui import links
from idlibmon.tui.board_data import BoardLoader, load_board_and_timeline
from idlibmon.tui.headline_source import HeadlineRow, HeadlineSource
from idlibmon.tui.keymap import keymap
from idlibmon.tui.live import FetchRunner, LoopFactory, prepare_subprocesses
from idlibmon.tui.screens.dashboard import DashboardScreen
from idlibmon.tui.screens.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen
from idlibmon.tui.terminal_title import osc2, title_text
from idlibmon.tui.text import plain_title
from idlibmon.tui.timefmt import Clock, system_now
from idlibmon.tui.widgets.header_bar import FetchState
from idlibmon.tui.widgets.headline_list import HeadlineList

_DASHBOARD_ONLY = {"filter", "toggle_unread", "mark_read", "open_selected", "copy_selected"}


class IdlibmonApp(App[None]):
    """Headlines, key figures and timeline over a store that grows while we watch."""

    CSS_PATH = "app.tcss"
    TITLE = "idlibmon"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("u", "toggle_unread", "Unread", id="unread"),
        Binding("m", "mark_read", "Mark read", show=False, id="mark_read"),
        Binding("r", "refresh_now", "Refresh", id="refresh"),
        Binding("f", "feed_health", "Feeds", id="feed_health"),
        Binding("o", "open_selected", "Open link", show=False, id="open"),
        Binding("y", "copy_selected", "Copy link", show=False, id="copy"),
        Binding("t", "toggle_theme", "Theme", show=False, id="theme"),
    ]

    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        now: Clock = system_now,
        fetcher: LoopFactory | None = None,
        demo: bool = False,
        poll_interval: float = 1.0,
        tick_interval: float = 15.0,
        board_loader: BoardLoader | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.store = store
        self.now = now
        self.fetcher = fetcher
        self.demo = demo
        self.poll_interval = poll_interval
        self.tick_interval = tick_interval
        self.board_loader = board_loader or load_board_and_timeline
        self.source = HeadlineSource(store)
        self.fetch_state = FetchState(note="demo replay" if demo else "")
        self.runner: FetchRunner | None = None
        self._data_version = store.data_version()
        self._last_figures: dict[str, float] | None = None
        self._last_title = ""
        self._board_worker: Worker[tuple[list[Any], list[Any]]] | None = None
        self._board_stale = False
        self.board: list[Any] = []
        self.timeline: list[Any] = []
        self.alerts: list[str] = []
        """Alert messages raised so far (tests and the log read them)."""
        self.browser: list[str] | None = links.graphical_opener()
        self.fetch_clock: Clock = system_now
        """Fetch times are stored on the real clock (the demo's story clock is for display only)."""
        theme = config.ui.theme
        self.theme = theme if theme in self.available_themes else "textual-dark"
        if self.no_color:
            # Textual picks Monochrome (256-colour greys) unless the theme at start-up is an
            # ANSI one, and never revisits the choice when the theme changes; NO_COLOR asks
            # for no colour at all, so strip it, and let app.tcss mark selections by style.
            self._filters = [NoColor() if isinstance(f, Monochrome) else f for f in self._filters]

    # ---- screens ----------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Actions on the headline list exist only while the dashboard is on top."""
        return action not in _DASHBOARD_ONLY or isinstance(self.screen, DashboardScreen)

    def get_default_screen(self) -> Screen[Any]:
        return DashboardScreen(self.source, self.now, self.config.watch.subject)

    @property
    def dashboard(self) -> DashboardScreen:
        screen = self.screen_stack[0] if self.screen_stack else None
        assert isinstance(screen, DashboardScreen)
        return screen

    def on_mount(self) -> None:
        self.set_class(self.no_color, "-no-color")
        self.set_keymap(keymap(self.config.keys, self.config.default_keys))  # [keys] the user rebound

    def dashboard_ready(self) -> None:
        """Called by the dashboard screen once its widgets exist: start the clocks and workers."""
        self.set_interval(self.poll_interval, self.poll_store, name="poll store")
        self.set_interval(self.tick_interval, self.tick, name="clock")
        self.tick()
        self.update_unread()
        self._check_size(self.size.width, self.size.height)
        # The board's imports and the fetch loop's processes would compete with the first
        # frame for the CPU: start them once it is on screen.
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.reload_board()
        if self.fetcher is not None and self.runner is None:
            prepare_subprocesses()
            self.runner = FetchRunner(self, self.fetcher, self.store.path)
            self.start_fetching()

    def on_resize(self, event: Any) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        top = self.screen_stack[-1] if self.screen_stack else None
        if small and not isinstance(top, TooSmallScreen):
            self.push_screen(TooSmallScreen())
        elif small and isinstance(top, TooSmallScreen):
            top.update_size(width, height)
        elif not small and isinstance(top, TooSmallScreen):
            self.pop_screen()

    # ---- reading the store ------------------------------------------------------------
    def poll_store(self) -> None:
        """Notice commits by any other connection (our fetch worker or another process)."""
        version = self.store.data_version()
        if version != self._data_version:
            self._data_version = version
            self.refresh_data()

    def refresh_data(self) -> None:
        screen = self.dashboard
        headlines = screen.headlines
        added = headlines.reload()
        screen.update_headline_subtitle()
        if added > 0:
            self.announce([r for r in (self.source.row(i) for i in range(min(added, 200))) if r])
        self.update_unread()
        self.reload_board()

    def announce(self, rows: list[HeadlineRow]) -> None:
        """One notification per batch: how many, and the most important (most sources, has a figure)."""
        if not rows:
            return
        top = max(rows, key=lambda r: (r.sources, any(c.isdigit() for c in r.title)))
        count = len(rows)
        noun = "headline" if count == 1 else "headlines"
        self.notify(f"{count} new {noun}: {plain_title(top.title)}", markup=False, timeout=6)

    def update_unread(self) -> None:
        unread = self.store.count_articles(unread_only=True)
        self.set_fetch_state(self.fetch_state.but(unread=unread))
        self.set_terminal_title(title_text(self.config.watch.subject, unread))

    def set_fetch_state(self, state: FetchState) -> None:
        self.fetch_state = state
        if self.screen_stack and isinstance(self.screen_stack[0], DashboardScreen):
            self.dashboard.header.state = state

    def tick(self) -> None:
        if self.screen_stack and isinstance(self.screen_stack[0], DashboardScreen):
            self.dashboard.header.now = self.now()
            self.dashboard.headlines.tick()

    def set_terminal_title(self, title: str) -> None:
        """OSC 2, only when it changed, only to a real terminal, only our own text."""
        if title == self._last_title:
            return
        self._last_title = title
        if self.is_headless or self._driver is None:
            return
        self._driver.write(osc2(title))

    # ---- board and timeline ---------------------------------------------------------------
    def reload_board(self) -> None:
        """Rebuild figures and timeline; a burst of changes while one build runs costs one more build."""
        if self._board_worker is not None and not self._board_worker.is_finished:
            self._board_stale = True
            return
        self._board_stale = False
        self._board_worker = self._load_board(self.store.path)

    @work(thread=True, exclusive=True, group="board", exit_on_error=False, description="build board and timeline")
    def _load_board(self, path: Path) -> tuple[list[Any], list[Any]]:
        if str(path) == ":memory:":
            return self.board_loader(self.store, self.config)
        store = Store(path, readonly=True)
        try:
            return self.board_loader(store, self.config)
        finally:
            store.close()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "board":
            if event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED) and self._board_stale:
                self.call_later(self.reload_board)
            if event.state == WorkerState.SUCCESS and worker.result is not None:
                board, timeline = worker.result
                self.show_board(board, timeline)
            elif event.state == WorkerState.ERROR:
                self.notify(f"Could not build figures/timeline: {plain_title(str(worker.error))}",
                            severity="error", markup=False)
        elif worker.group == "fetch" and event.state == WorkerState.ERROR:
            self.set_fetch_state(self.fetch_state.but(active=False, note="fetching stopped"))
            self.notify(f"Fetching stopped: {plain_title(str(worker.error))}", severity="error", markup=False, timeout=10)

    def show_board(self, board: list[Any], timeline: list[Any]) -> None:
        self.board, self.timeline = board, timeline
        screen = self.dashboard
        screen.figures.show(board)
        screen.timeline.show(timeline)
        self._check_alerts(board)

    def _check_alerts(self, board: Iterable[Any]) -> None:
        """Bell and notify when a watched category's headline figure rises."""
        current = {r.category: float(r.headline.figure.value) for r in board if r.headline is not None}
        previous, self._last_figures = self._last_figures, current
        if previous is None:
            return
        watched = set(self.config.ui.alert_categories)
        for category, value in current.items():
            if category in watched and category in previous and value > previous[category]:
                row = next(r for r in board if r.category == category)
                from idlibmon.tui.formatting import CATEGORY_LABELS, figure_phrase, number

                message = (
                    f"{CATEGORY_LABELS.get(category, category)}: {figure_phrase(row.headline.figure)} "
                    f"(up from {number(previous[category])}) — {plain_title(row.headline.outlet)}"
                )
                self.alerts.append(message)
                self.notify(message, severity="warning", markup=False, timeout=10)
                if self.config.ui.bell:
                    self.bell()

    # ---- fetching ---------------------------------------------------------------------
    def start_fetching(self) -> None:
        if self.runner is not None:
            self.run_worker(
                self.runner.run, thread=True, exclusive=True, group="fetch",
                exit_on_error=False, description="fetch loop", name="fetch loop",
            )

    def fetch_progress(self, state: FetchState) -> None:
        """Called (on our thread) by the runner as feeds finish."""
        note = state.note or ("demo replay" if self.demo else "")
        self.set_fetch_state(state.but(unread=self.fetch_state.unread, note=note))
        self.poll_store()
        live = getattr(self.screen, "feed_progress", None)  # the feed-health screen, when open
        if live is not None:
            live()

    async def on_unmount(self) -> None:
        if self.runner is not None:
            self.runner.stop()

    # ---- actions ----------------------------------------------------------------------
    def on_headline_list_chosen(self, message: HeadlineList.Chosen) -> None:
        self.show_headline(message.row.id)

    def show_headline(self, article_id: int) -> None:
        article = self.store.article(article_id)
        if article is None:
            self.notify("That headline is no longer stored.", severity="warning")
            return
        from idlibmon.tui.screens.detail import HeadlineDetail  # screens load on first use: faster start

        extraction = self.store.extraction(article_id)
        others = self.store.story_articles(article.story_id or article.id)
        self.mark_read([article_id])
        self.push_screen(HeadlineDetail(article, extraction, others, self.now))

    def on_option_list_option_selected(self, event: Any) -> None:
        from idlibmon.tui.screens.sources import SourcesScreen, figure_sources, timeline_sources

        widget = event.option_list
        if widget.id == "figures":
            row = self.dashboard.figures.selected_row()
            if row is not None:
                self.push_screen(SourcesScreen(*figure_sources(row)))
        elif widget.id == "timeline":
            entry = self.dashboard.timeline.selected_entry()
            if entry is not None:
                self.push_screen(SourcesScreen(*timeline_sources(entry)))

    def mark_read(self, ids: list[int]) -> None:
        self.store.mark_read(ids)
        headlines = self.dashboard.headlines
        row = headlines.selected
        if row is not None and row.id in ids:
            headlines.mark_selected_read()
        self.update_unread()

    def action_mark_read(self) -> None:
        row = self.dashboard.headlines.selected
        if row is not None:
            self.mark_read([row.id])

    def action_help(self) -> None:
        from idlibmon.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_filter(self) -> None:
        self.dashboard.open_filter()

    def action_toggle_unread(self) -> None:
        self.dashboard.toggle_unread()

    def action_refresh_now(self) -> None:
        if self.runner is None:
            self.refresh_data()
            self.notify("Reloaded from the store (this window does not fetch).", markup=False)
            return
        self.runner.fetch_now()
        self.notify("Fetching all feeds now…", markup=False, timeout=3)

    def action_feed_health(self) -> None:
        from idlibmon.tui.screens.feed_health import FeedHealthScreen

        self.push_screen(FeedHealthScreen(self.config, self.store, self.fetch_clock, runner=self.runner))

    def action_toggle_theme(self) -> None:
        """Light <-> dark within the family in use (ansi themes stay ansi: they follow the terminal)."""
        pairs = {"ansi-dark": "ansi-light", "ansi-light": "ansi-dark",
                 "textual-dark": "textual-light", "textual-light": "textual-dark"}
        self.theme = pairs.get(self.theme, "textual-light" if self.current_theme.dark else "textual-dark")

    def _selected_link(self) -> str | None:
        screen = self.dashboard
        if screen.active == "headlines":
            row = screen.headlines.selected
            return row.link if row else None
        if screen.active == "figures":
            row = screen.figures.selected_row()
            return row.headline.url if row is not None and row.headline is not None else None
        entry = screen.timeline.selected_entry()
        if entry is None:
            return None
        if getattr(entry, "url", ""):
            return str(entry.url)
        sources = getattr(entry, "sources", None) or []
        return sources[0].url if sources else None

    def action_open_selected(self) -> None:
        self.open_link(self._selected_link())

    def action_copy_selected(self) -> None:
        self.copy_link(self._selected_link())

    def open_link(self, url: str | None) -> None:
        """A graphical browser where one can appear; otherwise show the link and copy it."""
        link = links.safe_url(url)
        if link is None:
            self.notify("No web link for this item.", severity="warning", markup=False)
            return
        if self.browser is not None and links.open_in_browser(link, self.browser):
            self.notify(f"Opened in your browser: {link}", markup=False, timeout=4)
            return
        self.copy_to_clipboard(link)
        self.notify(f"{link}\n(no graphical browser here: link copied)", markup=False, timeout=8)

    def copy_link(self, url: str | None) -> None:
        link = links.safe_url(url)
        if link is None:
            self.notify("No web link for this item.", severity="warning", markup=False)
            return
        self.copy_to_clipboard(link)
        self.notify(f"Copied: {link}", markup=False, timeout=4)

    def key_display(self, action: str) -> str:
        """The keys of a [keys] action as the footer writes them (the palette and hints name them)."""
        keys = self.config.keys.get(action, ())
        return " ".join(self.get_key_display(Binding(k, "")) for k in keys) or "no key"

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        key = self.key_display
        yield SystemCommand("Filter headlines", f"Full-text search in the stored headlines ({key('filter')})", self.action_filter)
        yield SystemCommand("Unread only", f"Show only unread headlines, or all again ({key('unread')})", self.action_toggle_unread)
        yield SystemCommand("Mark read", f"Mark the selected headline read ({key('mark_read')})", self.action_mark_read)
        yield SystemCommand("Refresh now", f"Fetch every feed now ({key('refresh')})", self.action_refresh_now)
        yield SystemCommand("Feed health", f"Every feed's state, last error and next fetch ({key('feed_health')})", self.action_feed_health)
        yield SystemCommand("Open link", f"Open the selected item's link ({key('open_link')})", self.action_open_selected)
        yield SystemCommand("Copy link", f"Copy the selected item's link ({key('copy_link')})", self.action_copy_selected)
        yield SystemCommand("Help", f"Every key ({key('help')})", self.action_help)
        yield SystemCommand("Light/dark theme", f"Switch between light and dark ({key('theme')})", self.action_toggle_theme)


def build_app(
    config: Config,
    store: Store,
    *,
    now: Callable[[], datetime] = system_now,
    fetcher: LoopFactory | None = None,
    demo: bool = False,
    poll_interval: float = 1.0,
    board_loader: BoardLoader | None = None,
    tick_interval: float | None = None,
) -> IdlibmonApp:
    """The dashboard over `store`; with `fetcher`, a background loop keeps it fed.

    `board_loader(store, config) -> (board rows, timeline entries)` defaults to the
    aggregation layer; snapshot tests pass fixed rows so they show only the screen's work.
    `tick_interval`: how often the header clock and relative ages redraw (default 15 s; the
    demo's story clock moves days in seconds, so there every second).
    """
    if tick_interval is None:
        tick_interval = 1.0 if demo else 15.0
    return IdlibmonApp(
        config, store, now=now, fetcher=fetcher, demo=demo, poll_interval=poll_interval,
        tick_interval=tick_interval, board_loader=board_loader,
    )
