"""Watch mode: poll news feeds on a schedule and extract each new article exactly once."""
