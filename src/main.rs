//! The `oapigen` command: regenerate checked-in clients, check them, or generate one.

use clap::{Parser, Subcommand};
use oapigen::{Options, write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Generate Rust client crates and Markdown docs from OpenAPI 3.0 documents.
///
/// With no command: regenerate every `spec/*.yaml|json` into `generated/<spec-stem>/`.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Directory of the specs to regenerate.
    #[arg(long, default_value = "spec", global = true)]
    spec_dir: PathBuf,
    /// Directory the crates are generated into.
    #[arg(long, default_value = "generated", global = true)]
    generated_dir: PathBuf,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Exit 1, listing the stale files, when `generated/` differs from what the specs produce.
    Check,
    /// Generate one spec into a directory.
    Generate {
        /// The OpenAPI document (YAML or JSON).
        spec: PathBuf,
        /// Where to write the crate.
        #[arg(long)]
        out: PathBuf,
        /// Cargo package name (default: the spec's file stem).
        #[arg(long)]
        crate_name: Option<String>,
        /// Keep `date-time`, `date` and `uuid` strings as `String` (default: chrono and uuid
        /// types).
        #[arg(long)]
        string_formats: bool,
    },
    /// Print the intermediate model of a spec (YAML), for inspection.
    Ir {
        /// The OpenAPI document (YAML or JSON).
        spec: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => regenerate(&cli.spec_dir, &cli.generated_dir),
        Some(Command::Check) => check(&cli.spec_dir, &cli.generated_dir),
        Some(Command::Generate {
            spec,
            out,
            crate_name,
            string_formats,
        }) => generate(
            &spec,
            &out,
            &Options {
                crate_name,
                string_formats,
                ..Options::default()
            },
        ),
        Some(Command::Ir { spec }) => print_ir(&spec),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// Generate every spec in memory first: a failure leaves `generated/` as it was.
fn generate_all(spec_dir: &Path) -> oapigen::Result<Vec<(PathBuf, oapigen::Generated)>> {
    oapigen::spec_files(spec_dir)?
        .into_iter()
        .map(|spec| {
            let generated = oapigen::generate_files(&spec, &Options::default())?;
            Ok((spec, generated))
        })
        .collect()
}

fn print_warnings(generated: &oapigen::Generated) {
    for warning in &generated.warnings {
        eprintln!("warning: {warning}");
    }
}

fn regenerate(spec_dir: &Path, generated_dir: &Path) -> oapigen::Result<ExitCode> {
    let all = generate_all(spec_dir)?;
    for (spec, generated) in &all {
        print_warnings(generated);
        let out = generated_dir.join(&generated.api.crate_name);
        let report = write::write_files(&out, &generated.files, true)?;
        let operations: usize = generated.api.tags.iter().map(|t| t.operations.len()).sum();
        println!(
            "{} -> {}: {operations} operations, {} models, {} files written, {} unchanged{}",
            spec.display(),
            out.display(),
            generated.api.models.len(),
            report.written.len(),
            report.unchanged,
            if report.removed.is_empty() {
                String::new()
            } else {
                format!(", {} removed", report.removed.len())
            },
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn check(spec_dir: &Path, generated_dir: &Path) -> oapigen::Result<ExitCode> {
    let mut stale = Vec::new();
    for (_, generated) in generate_all(spec_dir)? {
        let out = generated_dir.join(&generated.api.crate_name);
        for file in write::stale_files(&out, &generated.files, true)? {
            stale.push(format!("{}: {file}", out.display()));
        }
    }
    if stale.is_empty() {
        println!("generated/ is up to date");
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("generated/ is stale; run `cargo run --release` to regenerate:");
    for line in stale {
        eprintln!("  {line}");
    }
    Ok(ExitCode::FAILURE)
}

fn generate(spec: &Path, out: &Path, options: &Options) -> oapigen::Result<ExitCode> {
    let generated = oapigen::generate_files(spec, options)?;
    print_warnings(&generated);
    let report = write::write_files(out, &generated.files, true)?;
    println!(
        "{} -> {}: {} files written, {} unchanged",
        spec.display(),
        out.display(),
        report.written.len(),
        report.unchanged
    );
    Ok(ExitCode::SUCCESS)
}

fn print_ir(spec: &Path) -> oapigen::Result<ExitCode> {
    let api = oapigen::build_ir(spec, &Options::default())?;
    let yaml = serde_yaml::to_string(&api).map_err(|e| oapigen::Error::Usage(e.to_string()))?;
    print!("{yaml}");
    Ok(ExitCode::SUCCESS)
}
