"""On-demand speed and memory measurements; run with `uv run python -m benchmarks`."""
