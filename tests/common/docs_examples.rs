//! The Rust examples of generated docs pages, as programs a test can run.
//!
//! For every page `<crate>/docs/*Api.md`, every operation in the page's table
//! (`[**op**](...) | **METHOD** /path | ...`) must have a section `# **op**` whose first
//! ```` ```rust no_run ```` block is a `main` program. Each such program is changed in exactly
//! three places, and nowhere else:
//!
//! 1. the line `#[tokio::main]` is removed;
//! 2. `async fn main() -> Result<(), Box<dyn std::error::Error>> {` becomes
//!    `pub async fn run(base_url: &str) -> Result<(), Box<dyn std::error::Error>> {`;
//! 3. the string literal in `Client::builder("...")` / `Client::new("...")`, which must be the
//!    page's own base URL (`All URIs are relative to *...*`), becomes `base_url`, and every
//!    operation goes there (`.ignore_operation_servers()`).
//!
//! Anything that does not have this shape panics: a test fails loudly rather than skipping an
//! example. Shared by `client-tests/build.rs` (the checked-in crates' pages, run against a
//! local server) and `tests/generated_crates.rs` (the feature specs' pages, run through Prism).
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

const MAIN: &str = "async fn main() -> Result<(), Box<dyn std::error::Error>> {";
const RUN: &str = "pub async fn run(base_url: &str) -> Result<(), Box<dyn std::error::Error>> {";
const TOKIO_MAIN: &str = "#[tokio::main]\n";
const FENCE: &str = "```rust no_run\n";

pub struct Example {
    pub krate: String,
    pub page: String,
    pub operation: String,
    pub method: String,
    pub path: String,
    pub original: String,
    pub transformed: String,
}

pub fn page_examples(page: &Path) -> Vec<Example> {
    let text = fs::read_to_string(page).expect("read page");
    let where_ = page.display().to_string();
    let krate = page
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .expect("crate dir")
        .to_string_lossy()
        .into_owned();
    let page_name = page.file_name().unwrap().to_string_lossy().into_owned();
    let base_url = between(&text, "All URIs are relative to *", "*")
        .unwrap_or_else(|| panic!("{where_}: no `All URIs are relative to *...*` line"));
    let rows: Vec<(String, String, String)> = text
        .lines()
        .filter(|l| l.starts_with("[**") && l.contains(") | **"))
        .map(|l| table_row(l, &where_))
        .collect();
    assert!(!rows.is_empty(), "{where_}: no operations in the table");
    rows.into_iter()
        .map(|(operation, method, path)| {
            let heading = format!("\n# **{operation}**\n");
            let start = text
                .find(&heading)
                .unwrap_or_else(|| panic!("{where_}: no section `# **{operation}**`"));
            let section = &text[start + heading.len()..];
            let section = &section[..section.find("\n# **").unwrap_or(section.len())];
            let original = between(section, FENCE, "```")
                .unwrap_or_else(|| panic!("{where_}: `{operation}` has no ```rust no_run block"));
            let transformed = transform(&original, &base_url, &format!("{where_} `{operation}`"));
            Example {
                krate: krate.clone(),
                page: page_name.clone(),
                operation,
                method,
                path,
                original,
                transformed,
            }
        })
        .collect()
}

/// `[**op**](Page.md#op) | **POST** /path | Summary` → (op, POST, /path).
fn table_row(line: &str, where_: &str) -> (String, String, String) {
    let bad = || -> ! { panic!("{where_}: unexpected table row {line:?}") };
    let operation = between(line, "[**", "**]").unwrap_or_else(|| bad());
    let columns: Vec<&str> = line.split(" | ").collect();
    let request = columns.get(1).copied().unwrap_or_else(|| bad());
    let method = between(request, "**", "**").unwrap_or_else(|| bad());
    let path = request
        .rsplit(' ')
        .next()
        .unwrap_or_else(|| bad())
        .to_string();
    assert!(
        path.starts_with('/'),
        "{where_}: unexpected path in {line:?}"
    );
    (operation, method, path)
}

/// The three documented changes; each must apply exactly once.
fn transform(original: &str, base_url: &str, where_: &str) -> String {
    let once = |text: &str, from: &str, to: &str| {
        let count = text.matches(from).count();
        assert_eq!(
            count, 1,
            "{where_}: expected `{from}` once in the example, found it {count} times:\n{text}"
        );
        text.replacen(from, to, 1)
    };
    let text = once(original, TOKIO_MAIN, "");
    let text = once(&text, MAIN, RUN);
    let literal = format!("(\"{base_url}\")");
    let calls = ["Client::builder", "Client::new"];
    let found: Vec<&str> = calls
        .iter()
        .copied()
        .filter(|c| text.contains(&format!("{c}{literal}")))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "{where_}: expected one of {calls:?} with {literal} in the example:\n{text}"
    );
    // The test server answers for every operation, those the spec sends to servers of their
    // own too.
    let to = match found[0] {
        "Client::new" => "Client::builder(base_url).ignore_operation_servers().build()",
        _ => "Client::builder(base_url).ignore_operation_servers()",
    };
    once(&text, &format!("{}{literal}", found[0]), to)
}

pub fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(text[from..to].to_string())
}

/// Every `<crate>/docs/*Api.md` under `root`, sorted; `on_dir` sees each docs directory (a
/// build script reruns when one changes).
pub fn api_pages(root: &Path, mut on_dir: impl FnMut(&Path)) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    for krate in fs::read_dir(root).expect("read the crates' directory") {
        let docs = krate.expect("entry").path().join("docs");
        on_dir(&docs);
        let Ok(entries) = fs::read_dir(&docs) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            // A model may be named `...Api` too: an API page is one with its base URL line.
            if name.ends_with("Api.md")
                && fs::read_to_string(&path).is_ok_and(|t| t.contains("All URIs are relative to *"))
            {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}
