"""The coordinator's tools: reading notes, counting them with small-cell suppression, the report, the XLSForm export."""
