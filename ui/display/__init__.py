"""The hall display (大厅叫号屏): `onewindow display`."""
