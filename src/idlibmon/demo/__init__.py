"""The offline demo: a local HTTP server replaying the 2019–2020 Idlib campaign.

The demo runs the real program (real HTTP, parsing, extraction, store) against a server on
127.0.0.1 that releases a bundled corpus in historical order over an accelerated clock, so a
newcomer without network access sees the dashboard come alive. Only the standard library is
used here, so starting the demo costs nothing the dashboard does not already load.

    from idlibmon.demo.setup import start_demo
"""
