//! The one integration-test binary: shared helpers in `util`, one module per area.

mod cli;
mod docs;
mod extraction;
mod hostile;
mod loading;
mod navigation;
mod render;
mod util;
mod views;
