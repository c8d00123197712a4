"""`onewindow manager`: the hall manager's console (大厅管理), one tab per area."""
