"""The meeting report: the dashboard's figures as translated text, written as PDF
pages or an XLSX workbook."""
