"""Hostile and broken files for the import tests, made at run time (nothing binary is committed)."""
