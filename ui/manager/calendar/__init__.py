"""The console's 节假日与营业时间 tab (Ctrl+6): the State Council's years and the hall's own days."""
