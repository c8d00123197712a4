"""The hall queue: a window's calls, paper tickets served offline, the display's board."""
