"""The server side of sync: push (apply a terminal's mutations), pull (the change log), case state."""
