"""Structured documents (JSON, NDJSON, CSV, TSV, XLSX, e-mail): their values as fields to scan, each with
its key or column name as context, located in the document's text so that the copy keeps its structure."""
