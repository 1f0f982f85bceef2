"""The organiser's "Import guests" page: file, encoding and separator, mapping, preview, report."""
