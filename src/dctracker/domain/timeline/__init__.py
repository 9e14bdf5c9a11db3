"""The timeline, computed without drawing anything (the chart, the printed
export and the tests all read the same `layout.TimelineLayout`).

- shapes.py: the vocabulary — the day axis (x_of, date_of, interval), lanes,
  bars, marks and slip lines (no numpy, so the window can name these early);
- columns.py: milestones, marks and slips as numpy columns (a province has
  100,000 milestones);
- placement.py: where each milestone and MOU is drawn, over those columns;
- layout.py: swimlanes (region → zone → 시군 → project), bars and progress;
- ticks.py: the date axis' labels at each zoom.

Nothing is imported here, so naming the vocabulary never loads numpy.
"""
