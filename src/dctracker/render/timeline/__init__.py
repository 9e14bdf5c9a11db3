"""The timeline on paper: colours and marks shared with the screen chart, the paged print, the file export."""
