//! Issue 9: a bounded fuzz test. Mutations of the shared one-feature specs (keys deleted,
//! values of the wrong type, random `$ref`s, keywords and case-colliding names, deep nesting)
//! with a fixed seed. Every case must end without a panic, within 2 s, in a located error or a
//! generated crate; a sample of the crates is compiled.
//!
//! Longer runs: `OAPIGEN_FUZZ_CASES=100000 OAPIGEN_FUZZ_SEED=7 cargo test --release --test
//! fuzz -- --nocapture` (the default is 1,500 cases, seed 1; a failure names its case and seed, and
//! `OAPIGEN_FUZZ_DUMP=1` writes each case to `$TMPDIR/oapigen-fuzz-case.json` before it runs).

use serde_json::{Value, json};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// xorshift64*: small, fixed, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A case still running after this long is a hang.
const HANG: Duration = Duration::from_secs(20);

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Every JSON pointer-ish path (as key lists) to an object or array in `value`.
fn containers(value: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(map) => {
            out.push(at.clone());
            for (k, v) in map {
                at.push(k.clone());
                containers(v, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            out.push(at.clone());
            for (i, v) in items.iter().enumerate() {
                at.push(i.to_string());
                containers(v, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(value: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(value, |v, key| match v {
        Value::Object(map) => map.get_mut(key).unwrap(),
        Value::Array(items) => &mut items[key.parse::<usize>().unwrap()],
        _ => unreachable!(),
    })
}

fn wrong_value(rng: &mut Rng) -> Value {
    rng.pick(&[
        json!(null),
        json!(5),
        json!(-1.5),
        json!("text"),
        json!(true),
        json!([]),
        json!({}),
        json!([1, "a", null]),
        json!({"type": 7}),
        json!({"$ref": "#/components/schemas/Missing"}),
    ])
    .clone()
}

/// Keywords and shapes that stress the generator where it decides things.
fn keyword(rng: &mut Rng, names: &[String]) -> (String, Value) {
    let some_ref = || -> Value {
        match names.first() {
            Some(name) => json!({"$ref": format!("#/components/schemas/{name}")}),
            None => json!({"type": "string"}),
        }
    };
    let choices: Vec<(String, Value)> = vec![
        ("oneOf".into(), json!([some_ref(), {"type": "integer"}])),
        ("anyOf".into(), json!([{"type": "string"}, some_ref()])),
        (
            "allOf".into(),
            json!([some_ref(), {"properties": {"x": {"type": "string"}}}]),
        ),
        ("not".into(), json!({"type": "string"})),
        ("discriminator".into(), json!({"propertyName": "kind"})),
        ("enum".into(), json!(["a", "A", "a-b", "a_b", 1, null])),
        ("nullable".into(), json!(true)),
        ("additionalProperties".into(), some_ref()),
        ("required".into(), json!(["nope", "x"])),
        ("format".into(), json!("binary")),
        ("$ref".into(), json!("#/paths/~1nowhere")),
        ("$ref".into(), json!("#/components/schemas/a~1b~0c")),
        ("$ref".into(), some_ref()["$ref"].clone()),
        ("items".into(), json!({"items": {"items": some_ref()}})),
        ("style".into(), json!("deepObject")),
        ("explode".into(), json!(false)),
        ("in".into(), json!("cookie")),
        (
            "content".into(),
            json!({"multipart/form-data": {"schema": {"type": "object", "properties": {"f": {"type": "string", "format": "binary"}}}}}),
        ),
    ];
    rng.pick(&choices).clone()
}

fn mutate(doc: &mut Value, rng: &mut Rng) {
    let names: Vec<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let mut all = Vec::new();
    containers(doc, &mut Vec::new(), &mut all);
    let path = rng.pick(&all).clone();
    let target = node(doc, &path);
    match (rng.below(6), target) {
        // Delete a key.
        (0, Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(rng.below(map.len())).unwrap().clone();
            map.remove(&key);
        }
        // A value of the wrong type.
        (1, Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(rng.below(map.len())).unwrap().clone();
            map.insert(key, wrong_value(rng));
        }
        (1 | 0, Value::Array(items)) if !items.is_empty() => {
            let i = rng.below(items.len());
            items[i] = wrong_value(rng);
        }
        // A keyword.
        (2 | 3, Value::Object(map)) => {
            let (key, value) = keyword(rng, &names);
            map.insert(key, value);
        }
        // A name colliding with another by case (a schema, a property, a tag, ...).
        (4, Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(rng.below(map.len())).unwrap().clone();
            let value = map[&key].clone();
            let other = if key.chars().any(char::is_lowercase) {
                key.to_uppercase()
            } else {
                format!("{}_", key.to_lowercase())
            };
            map.insert(other, value);
        }
        // Deep nesting.
        (_, target) => {
            let mut nested = target.clone();
            for _ in 0..(5 + rng.below(60)) {
                nested = json!({"allOf": [nested]});
            }
            *target = nested;
        }
    }
}

/// The one-feature specs, but the largest (`star-trek.json`, half a megabyte): a debug build
/// takes over a second for each of its cases alone, and the small specs reach the same code.
fn specs() -> Vec<(PathBuf, Value)> {
    let dir = Path::new("../shared/specs/features");
    oapigen::spec_files(dir)
        .unwrap()
        .into_iter()
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() < 200_000))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, serde_json::from_str(&text).unwrap())
        })
        .collect()
}

/// One whole generation in memory, as `generate` does it.
fn generate(name: &str, text: String) -> Result<oapigen::emit::Files, String> {
    let options = oapigen::Options {
        crate_name: Some("fuzzed".into()),
        ..Default::default()
    };
    oapigen::generate_text(Path::new(name), text, &options)
        .map(|generated| generated.files)
        .map_err(|e| e.to_string())
}

/// One case on a thread of its own, so that a hang fails the test instead of stalling it: its
/// outcome, or a panic that names the case (a panic, a hang, or more than 2 s).
fn run_case(case: u64, seed: u64, name: &str, text: &str) -> Result<oapigen::emit::Files, String> {
    if std::env::var_os("OAPIGEN_FUZZ_DUMP").is_some() {
        // The case about to run, for a crash no panic hook sees (a stack overflow).
        std::fs::write(std::env::temp_dir().join("oapigen-fuzz-case.json"), text).unwrap();
        eprintln!("case {case}: {name}");
    }
    let started = Instant::now();
    let (done, result) = std::sync::mpsc::channel();
    let (thread_name, thread_text) = (name.to_string(), text.to_string());
    std::thread::Builder::new()
        .name("fuzz-case".into())
        .spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| generate(&thread_name, thread_text)));
            let _ = done.send(outcome);
        })
        .unwrap();
    let outcome = result.recv_timeout(HANG).unwrap_or_else(|_| {
        let kept = std::env::temp_dir().join(format!("oapigen-fuzz-hang-{seed}-{case}.json"));
        std::fs::write(&kept, text).unwrap();
        panic!(
            "case {case} (seed {seed}) on {name} hangs; kept in {}",
            kept.display()
        )
    });
    let took = started.elapsed();
    let outcome =
        outcome.unwrap_or_else(|_| panic!("case {case} (seed {seed}) on {name} panicked"));
    assert!(
        took < Duration::from_secs(2),
        "case {case} (seed {seed}) on {name} took {took:?}"
    );
    outcome
}

#[test]
fn mutated_specs_never_panic_hang_or_fail_unlocated() {
    let cases = env("OAPIGEN_FUZZ_CASES", 1_500);
    let seed = env("OAPIGEN_FUZZ_SEED", 1);
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let specs = specs();
    let (mut ok, mut errors) = (0, 0);
    let mut sample: Vec<oapigen::emit::Files> = Vec::new();
    // Panics of the cases are caught and reported below; the test's own stay loud.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let name = std::thread::current().name().map(str::to_string);
        if !matches!(name.as_deref(), Some("oapigen" | "fuzz-case")) {
            default_hook(info);
        }
    }));
    // The cases, drawn in order from the seed; then run on two workers (the machine's cores),
    // each case on a thread of its own.
    let drawn: Vec<(u64, String, String)> = (0..cases)
        .map(|case| {
            let (path, base) = rng.pick(&specs);
            let mut doc = base.clone();
            for _ in 0..(1 + rng.below(3)) {
                mutate(&mut doc, &mut rng);
            }
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (case, name, serde_json::to_string_pretty(&doc).unwrap())
        })
        .collect();
    let workers = if std::env::var_os("OAPIGEN_FUZZ_DUMP").is_some() {
        1
    } else {
        2
    };
    let mut outcomes: Vec<(u64, String, Result<oapigen::emit::Files, String>)> =
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers)
                .map(|worker| {
                    let drawn = &drawn;
                    scope.spawn(move || {
                        drawn
                            .iter()
                            .skip(worker)
                            .step_by(workers)
                            .map(|(case, name, text)| {
                                (*case, name.clone(), run_case(*case, seed, name, text))
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
    outcomes.sort_by_key(|(case, _, _)| *case);
    for (case, name, outcome) in outcomes {
        match outcome {
            Ok(files) => {
                ok += 1;
                if sample.len() < 4 && case % 97 == 0 {
                    sample.push(files);
                }
            }
            Err(message) => {
                errors += 1;
                // Located: `file:line (#/pointer): ...` or at least `file (#/pointer)` or `file:line`.
                assert!(
                    message.starts_with(&format!("{name}:"))
                        || message.starts_with(&format!("{name} ("))
                        || message.starts_with("invalid"),
                    "case {case} (seed {seed}): unlocated error: {message}"
                );
            }
        }
    }
    println!("{cases} cases (seed {seed}): {ok} generated, {errors} located errors");
    assert!(
        ok > cases / 10,
        "too few cases generated ({ok}) to test anything"
    );
    compile(&sample);
}

/// The sampled crates build without a warning, in one scratch workspace that shares this
/// workspace's target directory (so the dependencies are already built).
fn compile(sample: &[oapigen::emit::Files]) {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = std::env::temp_dir().join("oapigen-fuzz-sample");
    let _ = std::fs::remove_dir_all(&root);
    let mut members = Vec::new();
    for (i, files) in sample.iter().enumerate() {
        let mut files = files.clone();
        let toml =
            files["Cargo.toml"].replace("name = \"fuzzed\"", &format!("name = \"fuzzed-{i}\""));
        files.insert("Cargo.toml".into(), toml);
        oapigen::write::write_files(&root.join(format!("c{i}")), &files, false).unwrap();
        members.push(format!("\"c{i}\""));
    }
    let workspace = format!(
        "[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
        members.join(", ")
    );
    std::fs::write(root.join("Cargo.toml"), workspace).unwrap();
    std::fs::copy(manifest.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| manifest.join("target"), PathBuf::from);
    println!("compiling {} sampled crates", sample.len());
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "build",
            "--offline",
            "--workspace",
            "--lib",
            "--message-format",
            "short",
        ])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", &target)
        // Built once: incremental caches would only fill the disk (15 of 22 GB in CI).
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "a sampled crate does not build:\n{stderr}"
    );
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(": warning:"))
        .collect();
    assert!(warnings.is_empty(), "warnings:\n{}", warnings.join("\n"));
}
