"""The matter catalog: loading it and finding a matter."""
