//! Integration tests: loading.
