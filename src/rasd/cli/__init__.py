"""Command-line interface (Typer): thin commands over library functions."""
