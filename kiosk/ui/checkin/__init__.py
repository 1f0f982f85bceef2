"""The check-in touchscreen: passive screens, the kiosk window that holds them, and its lock."""
