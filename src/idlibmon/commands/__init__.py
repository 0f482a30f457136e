"""Headless and interactive subcommands; each imported only when used."""
