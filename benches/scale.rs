//! Issue 12: whole-process generation beside the parse floor, on Okta's management API and on a
//! synthetic spec four times its size.
//!
//! `cargo bench --bench scale` runs, for each spec, several child processes of this binary:
//! the *floor* (read the file and deserialize it into `openapiv3::OpenAPI`, nothing else) and
//! the *generation* (what `oapigen generate SPEC --out DIR` does: load, IR, emit, write into an
//! empty directory). Each child is timed from outside (wall clock, and user + system CPU and
//! peak resident memory from `wait4`); the medians are printed with their ratios to the floor.
//! The targets: generation within 2x the floor in wall and CPU time, peak memory within 3x,
//! and the 4x spec taking at most 4.5x the management API's time.
//!
//! The synthetic spec is written to `target/scale/okta-x4.yaml`: every path and component of
//! the management API four times, the copies under `/x{k}` path prefixes and `X{k}` name
//! suffixes, with every `$ref` (and discriminator mapping) rewritten to its copy.

use serde_yaml::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

// The allocator the `oapigen` binary uses, for the floor and the generation alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const RUNS: usize = 5;
const CHILD: &str = "OAPIGEN_SCALE_CHILD";

fn main() {
    if let Ok(mode) = std::env::var(CHILD) {
        child(&mode);
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let okta = root.join("../shared/specs/okta-management-2026.06.3.yaml");
    if !okta.exists() {
        println!("{}: not found, skipped", okta.display());
        return;
    }
    let scratch = root.join("target/scale");
    std::fs::create_dir_all(&scratch).unwrap();
    // The output goes to memory (tmpfs) where there is one: on ext4, a tree written where
    // another was just deleted (the run before) is several times slower to write, as its inode
    // allocator skips recently deleted inodes; that would measure the bench, not the generator.
    let shm = Path::new("/dev/shm");
    let out = if shm.is_dir() {
        shm.join("oapigen-scale")
    } else {
        scratch.join("out")
    };
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    println!("output written under {}", out.display());
    let x4 = scratch.join("okta-x4.yaml");
    // In a child: a large parent would show its own memory in the children's peaks (Linux
    // counts the memory a child had before `exec` in its `ru_maxrss`).
    let status = Command::new(std::env::current_exe().unwrap())
        .env(CHILD, "replicate")
        .arg(&okta)
        .arg(&x4)
        .status()
        .expect("the bench runs itself");
    assert!(status.success(), "the synthetic spec could not be written");

    println!(
        "{:<30} {:>10} {:>10} {:>10} {:>10}",
        "", "wall s", "cpu s", "peak MiB", "ratio w/c/m"
    );
    let mut generation_walls = Vec::new();
    for spec in [&okta, &x4] {
        let name = spec.file_name().unwrap().to_string_lossy().into_owned();
        let floor = median_of(RUNS, || run_child("floor", spec, &out));
        let generate = median_of(RUNS, || run_child("generate", spec, &out));
        println!("{name}");
        floor.print("  parse floor", None);
        generate.print("  generation", Some(&floor));
        generation_walls.push(generate.wall);
    }
    let _ = std::fs::remove_dir_all(&out);
    println!(
        "4x spec / management API, generation wall time: {:.2}x",
        generation_walls[1].as_secs_f64() / generation_walls[0].as_secs_f64()
    );
}

/// What a child process cost.
struct Cost {
    wall: Duration,
    cpu: Duration,
    peak_mib: f64,
}

impl Cost {
    fn print(&self, label: &str, floor: Option<&Cost>) {
        let ratios = floor.map_or(String::new(), |f| {
            format!(
                "{:.2}/{:.2}/{:.2}",
                self.wall.as_secs_f64() / f.wall.as_secs_f64(),
                self.cpu.as_secs_f64() / f.cpu.as_secs_f64(),
                self.peak_mib / f.peak_mib
            )
        });
        println!(
            "{label:<30} {:>10.3} {:>10.3} {:>10.0} {:>12}",
            self.wall.as_secs_f64(),
            self.cpu.as_secs_f64(),
            self.peak_mib,
            ratios
        );
    }
}

/// The median of each measure over `runs` runs (each measure on its own).
fn median_of(runs: usize, mut run: impl FnMut() -> Cost) -> Cost {
    let costs: Vec<Cost> = (0..runs).map(|_| run()).collect();
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    Cost {
        wall: Duration::from_secs_f64(median(costs.iter().map(|c| c.wall.as_secs_f64()).collect())),
        cpu: Duration::from_secs_f64(median(costs.iter().map(|c| c.cpu.as_secs_f64()).collect())),
        peak_mib: median(costs.iter().map(|c| c.peak_mib).collect()),
    }
}

/// Run this binary as a child in `mode` on `spec`, and measure it from outside.
// The child is reaped by `wait4` (which also returns its resource usage), not `Child::wait`.
#[allow(clippy::zombie_processes)]
fn run_child(mode: &str, spec: &Path, scratch: &Path) -> Cost {
    // A new directory each run, removed only after all runs.
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out = scratch.join(format!("{run}"));
    let started = Instant::now();
    let child = Command::new(std::env::current_exe().unwrap())
        .env(CHILD, mode)
        .arg(spec)
        .arg(&out)
        .spawn()
        .expect("the bench runs itself");
    let (status, usage) = wait4(child.id() as libc::pid_t);
    let wall = started.elapsed();
    assert!(status == 0, "{mode} of {} failed", spec.display());
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Cost {
        wall,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        peak_mib: usage.ru_maxrss as f64 / 1024.0,
    }
}

fn wait4(pid: libc::pid_t) -> (i32, libc::rusage) {
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value, and wait4 writes only into the two places
    // given, for a child of this process.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4 failed");
    (status, usage)
}

/// The child's work: `floor` parses, `generate` generates into the second argument.
fn child(mode: &str) {
    let mut args = std::env::args_os().skip(1);
    let spec = PathBuf::from(args.next().expect("a spec"));
    let out = PathBuf::from(args.next().expect("an output directory"));
    match mode {
        "floor" => {
            let text = std::fs::read_to_string(&spec).unwrap();
            let doc: openapiv3::OpenAPI = if spec.extension().is_some_and(|e| e == "json") {
                serde_json::from_str(&text).unwrap()
            } else {
                serde_yaml::from_str(&text).unwrap()
            };
            std::hint::black_box(doc);
        }
        "generate" => {
            let generated =
                oapigen::generate_files(&spec, &oapigen::Options::default()).expect("generates");
            oapigen::write::write_files(&out, &generated.files, true).expect("writes");
        }
        "replicate" => write_replicated(&spec, &out, 4),
        other => panic!("unknown mode {other}"),
    }
}

/// Write `copies` copies of the spec at `from` into one spec at `to`.
fn write_replicated(from: &Path, to: &Path, copies: usize) {
    let text = std::fs::read_to_string(from).unwrap();
    let doc: Value = serde_yaml::from_str(&text).unwrap();
    let mut out = doc.clone();
    let map = |v: &mut Value, key: &str| -> serde_yaml::Mapping {
        std::mem::take(v.get_mut(key).and_then(Value::as_mapping_mut).unwrap())
    };
    let mut paths = serde_yaml::Mapping::new();
    let _ = map(&mut out, "paths");
    let mut components = map(&mut out, "components");
    let kinds: Vec<Value> = components.keys().cloned().collect();
    for kind in &kinds {
        if kind.as_str() != Some("securitySchemes") {
            components.insert(kind.clone(), Value::Mapping(Default::default()));
        }
    }
    for k in 0..copies {
        let mut copy = doc.clone();
        rewrite(&mut copy, k);
        for (path, item) in map(&mut copy, "paths") {
            paths.insert(
                Value::String(format!("/x{k}{}", path.as_str().unwrap())),
                item,
            );
        }
        for (kind, entries) in map(&mut copy, "components") {
            if kind.as_str() == Some("securitySchemes") {
                continue;
            }
            let target = components.get_mut(&kind).unwrap().as_mapping_mut().unwrap();
            for (name, entry) in entries.as_mapping().unwrap() {
                target.insert(
                    Value::String(format!("{}X{k}", name.as_str().unwrap())),
                    entry.clone(),
                );
            }
        }
    }
    out["paths"] = Value::Mapping(paths);
    out["components"] = Value::Mapping(components);
    std::fs::write(to, serde_yaml::to_string(&out).unwrap()).unwrap();
}

/// Rename, in copy `k`: refs to components (and discriminator mappings, which are refs too)
/// and operation ids.
fn rewrite(value: &mut Value, k: usize) {
    match value {
        Value::Mapping(m) => {
            for (key, v) in m.iter_mut() {
                if key.as_str() == Some("operationId") {
                    if let Value::String(s) = v {
                        s.push_str(&format!("X{k}"));
                    }
                    continue;
                }
                rewrite(v, k);
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(|v| rewrite(v, k)),
        Value::String(s) if s.starts_with("#/components/") && !s.contains("/securitySchemes/") => {
            s.push_str(&format!("X{k}"));
        }
        _ => {}
    }
}
