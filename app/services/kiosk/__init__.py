"""The ticket kiosk: issuing tickets online and from its offline block, printing them."""
