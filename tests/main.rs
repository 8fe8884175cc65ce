//! The one integration-test binary: shared helpers in `util`, one module per area.

mod cli;
mod config;
mod docs;
mod export;
mod extraction;
mod finding;
mod hostile;
mod loading;
mod navigation;
mod render;
mod state;
mod terminal;
mod util;
mod views;
mod watching;
