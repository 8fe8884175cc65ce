//! Integration tests: navigation.
