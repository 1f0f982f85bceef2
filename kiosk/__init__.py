"""Icebreaker: check-in kiosk and networking wall."""
