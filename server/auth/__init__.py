"""Who is calling: terminals (enrolled once, then a secret) and users (argon2 passwords)."""
