"""Developer tools run from the Makefile (translations); not imported by the app."""
