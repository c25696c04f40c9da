"""Versioned data tables: lexicons, dictionaries, taxonomies, gazetteer supplements."""
