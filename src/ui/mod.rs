//! Rendering. (Skeleton: replaced by the panes.)
