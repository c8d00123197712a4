"""Printed documents and slips: what they hold, producing, archiving and printing them."""
