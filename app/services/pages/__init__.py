"""Scanned pages of a case's materials: images, files and the page use cases."""
