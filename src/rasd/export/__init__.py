"""Writers for extraction results: JSON Lines and ACLED-column CSV."""
