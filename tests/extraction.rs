//! Integration tests: extraction.
