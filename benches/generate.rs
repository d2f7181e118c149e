//! How fast the pipeline runs, stage by stage, and how much memory it takes, on Okta's whole
//! management API (732 operations, 1,541 schemas) and on the UserCred spec.
//!
//! `cargo bench --bench generate` prints, per spec and stage, the median and fastest of several
//! runs, then the process's peak resident memory. A plain bench binary (no criterion): the
//! numbers to watch are whole-stage times in milliseconds, not nanosecond effects.

use oapigen::{Options, emit, ir, load};
use std::path::Path;
use std::time::{Duration, Instant};

const RUNS: usize = 7;

// The allocator the `oapigen` binary uses: with the system's, the stages that make many small
// allocations (token streams, YAML values) would time twice what users see.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn measure<T>(mut f: impl FnMut() -> T) -> (Duration, Duration, T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let value = f();
        times.push(start.elapsed());
        last = Some(value);
    }
    times.sort();
    (times[RUNS / 2], times[0], last.expect("RUNS > 0"))
}

fn report(spec: &str, stage: &str, (median, fastest): (Duration, Duration)) {
    println!(
        "{spec:<32} {stage:<12} median {:>9.2} ms   fastest {:>9.2} ms",
        median.as_secs_f64() * 1e3,
        fastest.as_secs_f64() * 1e3
    );
}

/// Peak resident set size of this process (Linux), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let specs = [
        root.join("../shared/specs/okta-management-2026.06.3.yaml"),
        root.join("spec/okta-user-credentials.yaml"),
    ];
    let options = Options::default();
    for path in &specs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !path.exists() {
            println!("{name}: not found, skipped");
            continue;
        }
        let (median, fastest, spec) = measure(|| load::load(path).expect("the spec loads"));
        report(&name, "load", (median, fastest));
        let (median, fastest, api) =
            measure(|| ir::build(&spec, "bench", &options).expect("the IR builds"));
        report(&name, "ir", (median, fastest));
        let (median, fastest, rust) =
            measure(|| emit::rust::emit_crate(&api, &options).expect("Rust emits"));
        report(&name, "emit::rust", (median, fastest));
        let (median, fastest, docs) = measure(|| emit::docs::emit(&api).expect("docs emit"));
        report(&name, "emit::docs", (median, fastest));
        let bytes: usize = rust.values().chain(docs.values()).map(String::len).sum();
        println!(
            "{name:<32} output       {} files, {:.1} MiB",
            rust.len() + docs.len(),
            bytes as f64 / (1024.0 * 1024.0)
        );
    }
    if let Some(peak) = peak_rss_mib() {
        println!("peak resident memory: {peak:.0} MiB");
    }
}
