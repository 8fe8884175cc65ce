//! Fuzzes the web page loader: any bytes in a .html file load or are reported, never panic.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::load_bytes(data, "html"));
