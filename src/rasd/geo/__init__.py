"""Geocoding: gazetteer look-ups with ACLED geo_precision, and the GeoNames importer."""
