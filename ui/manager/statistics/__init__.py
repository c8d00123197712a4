"""统计报表 (Ctrl+5) of the hall manager's console: the tab (tab.py) and its QtCharts (charts.py)."""
