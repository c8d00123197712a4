"""The ticket kiosk (取号机, `onewindow kiosk`): touch buttons per category, ID swipe, appointments."""
