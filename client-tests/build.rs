//! Turns the Rust examples of the generated docs pages into functions the tests can run.
//!
//! For every page `../generated/<crate>/docs/*Api.md`, every operation in the page's table
//! (`[**op**](...) | **METHOD** /path | ...`) must have a section `# **op**` whose first
//! ```` ```rust no_run ```` block is a `main` program. Each such program is changed in exactly
//! three places, and nowhere else:
//!
//! 1. the line `#[tokio::main]` is removed;
//! 2. `async fn main() -> Result<(), Box<dyn std::error::Error>> {` becomes
//!    `pub async fn run(base_url: &str) -> Result<(), Box<dyn std::error::Error>> {`;
//! 3. the string literal in `Client::builder("...")` / `Client::new("...")`, which must be the
//!    page's own base URL (`All URIs are relative to *...*`), becomes `base_url`.
//!
//! The result goes to `$OUT_DIR/docs_examples.rs` as one module per operation, with the original
//! text, the changed text, the documented method and path, and a `runner` for the table
//! `EXAMPLES`. Anything that does not have this shape panics: the build fails loudly rather than
//! skipping an example.
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const MAIN: &str = "async fn main() -> Result<(), Box<dyn std::error::Error>> {";
const RUN: &str = "pub async fn run(base_url: &str) -> Result<(), Box<dyn std::error::Error>> {";
const TOKIO_MAIN: &str = "#[tokio::main]\n";
const FENCE: &str = "```rust no_run\n";

struct Example {
    krate: String,
    page: String,
    operation: String,
    method: String,
    path: String,
    original: String,
    transformed: String,
}

fn main() {
    let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", generated.display());
    let mut examples = Vec::new();
    for page in pages(&generated) {
        println!("cargo:rerun-if-changed={}", page.display());
        examples.extend(page_examples(&page));
    }
    assert!(
        !examples.is_empty(),
        "no docs examples found under {}",
        generated.display()
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("docs_examples.rs");
    fs::write(&out, render(&examples)).expect("write docs_examples.rs");
    generate_fixture_clients();
}

/// Single-file clients of the fixtures that exercise every request and response form, for
/// `tests/forms_wire.rs` (`include!`d from `$OUT_DIR/<name>.rs`).
fn generate_fixture_clients() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    for (spec, name) in [
        ("tests/fixtures/request_forms.yaml", "request_forms"),
        (
            "../shared/specs/features/parameters-style.json",
            "parameters_style",
        ),
        (
            "../shared/specs/features/discriminators.json",
            "discriminators",
        ),
    ] {
        if let Err(error) = oapigen::Config::new()
            .crate_name(name)
            .out_dir(&out_dir)
            .generate(root.join(spec))
        {
            panic!("{spec}: {error}");
        }
    }
}

/// Every `generated/<crate>/docs/*Api.md`, sorted.
fn pages(generated: &Path) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    for krate in fs::read_dir(generated).expect("read generated/") {
        let docs = krate.expect("entry").path().join("docs");
        println!("cargo:rerun-if-changed={}", docs.display());
        let Ok(entries) = fs::read_dir(&docs) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with("Api.md") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

fn page_examples(page: &Path) -> Vec<Example> {
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
    once(
        &text,
        &format!("{}{literal}", found[0]),
        &format!("{}(base_url)", found[0]),
    )
}

fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(text[from..to].to_string())
}

fn render(examples: &[Example]) -> String {
    let mut out = String::from("// @generated by client-tests/build.rs from the docs pages.\n");
    let mut table = String::new();
    for e in examples {
        let module = format!("{}__{}", e.krate.replace('-', "_"), e.operation);
        writeln!(
            out,
            "/// `{}/docs/{}`, operation `{}`.\n#[allow(non_snake_case)]\npub mod {module} {{",
            e.krate, e.page, e.operation
        )
        .unwrap();
        out.push_str(&e.transformed);
        out.push_str(
            "    pub fn runner(base_url: String) -> super::RunFuture {\n        \
             Box::pin(async move { run(&base_url).await })\n    }\n}\n",
        );
        writeln!(
            table,
            "    Example {{ krate: {:?}, page: {:?}, operation: {:?}, method: {:?}, path: {:?}, \
             original: {:?}, transformed: {:?}, run: {module}::runner }},",
            e.krate, e.page, e.operation, e.method, e.path, e.original, e.transformed
        )
        .unwrap();
    }
    out.push_str(
        "/// What running one docs example gives.\n\
         pub type RunFuture = std::pin::Pin<Box<dyn std::future::Future<\
         Output = Result<(), Box<dyn std::error::Error>>>>>;\n\
         /// The runner of one docs example.\n\
         pub type Runner = fn(String) -> RunFuture;\n\
         /// One docs example: where it is, what it documents, its text before and after the \
         three changes, and how to run it.\n\
         pub struct Example {\n    pub krate: &'static str,\n    pub page: &'static str,\n    \
         pub operation: &'static str,\n    pub method: &'static str,\n    pub path: &'static str,\n    \
         pub original: &'static str,\n    pub transformed: &'static str,\n    pub run: Runner,\n}\n\
         /// Every example, page by page, in table order.\npub const EXAMPLES: &[Example] = &[\n",
    );
    out.push_str(&table);
    out.push_str("];\n");
    out
}
