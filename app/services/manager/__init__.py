"""Use cases of the hall manager's console: one module per area, plain view models out."""
