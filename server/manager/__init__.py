"""The hall manager's console on the server: one module per area, hall-scoped, role-checked."""
