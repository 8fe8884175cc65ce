//! Fuzzes the feed loader: any bytes in a .rss file (RSS or Atom, or neither) load or are
//! reported, never panic.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::load_bytes(data, "rss"));
