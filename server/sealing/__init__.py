"""Personal data the server stores, sealed at rest (keys, sealed columns, lookups, rotation)."""
