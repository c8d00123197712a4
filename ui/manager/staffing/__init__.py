"""调度建议 (Ctrl+3): the forecast, the windows each category needs, and the move to make."""
