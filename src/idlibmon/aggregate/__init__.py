"""Across articles: the key-figures board and the merged timeline, as plain domain code.

`board.build_board(store, config)` and `timeline.build_timeline(store, config)` read the
extraction results of every relevant article and return plain dataclasses the screen and
`idlibmon export` render. `scope` decides how a figure or a place relates to the watched
area. Nothing here imports Textual, Rich or httpx (tests/test_boundaries.py).
"""
