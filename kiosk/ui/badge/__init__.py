"""Badges: QR codes, text fitting, layout and drawing, printing and the printer's state."""
