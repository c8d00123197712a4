"""实时大厅 (Ctrl+1): every window as a tile, every category's queue, the hall's alarms."""
