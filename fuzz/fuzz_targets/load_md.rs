//! Fuzzes the .md loader: any bytes in a .md file load or are reported, never panic.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::load_bytes(data, "md"));
