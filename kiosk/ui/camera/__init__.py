"""The optional camera scanner (the camera extra): frames, live preview, codes."""
