"""dctracker: track data-center and AI investment projects in Gwangju and Jeonnam."""

__version__ = "0.1.0"
