"""Subcommands of the ``newsclean`` command-line tool, one module each."""
