"""Qt drawing shared by the CLI and the window: the printed timeline (PNG,
SVG, PDF, printer), the meeting report (PDF, XLSX), the headless Qt start-up
and the translators. QtGui painting only, no widgets and no database: it draws
what services/ computes, so commands/ can draw without importing ui/."""
