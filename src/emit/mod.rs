//! Emitters: from the intermediate model to files.

pub mod docs;
pub mod rust;

use std::collections::BTreeMap;

/// Files to write, by path relative to the output directory (`src/lib.rs`, `docs/User.md`).
/// A `BTreeMap`, so output order never depends on how the files were made.
pub type Files = BTreeMap<String, String>;
