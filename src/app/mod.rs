//! The interactive application. (Skeleton: replaced by the state, key map and event loop.)
