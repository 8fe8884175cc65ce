//! Fuzzes the .txt loader: any bytes in a .txt file load or are reported, never panic.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::load_bytes(data, "txt"));
