"""Debian's headless Chromium, launched the same way by the tests and the benchmarks: Playwright
downloads no browser here, and nothing may reach the network."""

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
