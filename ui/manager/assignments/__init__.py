"""窗口调度 (Ctrl+2): the tidal-window tab of the hall manager's console."""
