"""idlibmon: a terminal news monitor for an armed conflict."""

__version__ = "0.1.0"
