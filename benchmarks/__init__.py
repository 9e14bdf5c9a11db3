"""On-demand speed measurements (not run by the tests)."""
