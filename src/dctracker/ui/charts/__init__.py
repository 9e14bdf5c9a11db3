"""Timeline and progress charts (pyqtgraph on screen, QPainter for print)."""
