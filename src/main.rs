//! The `oapigen` command: regenerate checked-in clients, check them, or generate one.

// mimalloc: a fifth of a generation's CPU time was the system allocator's (the token streams,
// syntax trees and YAML values are many small allocations, made and freed on three threads).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Args, Parser, Subcommand};
use oapigen::{Options, write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Generate Rust client crates and Markdown docs from OpenAPI 3.0 and 3.1 documents.
///
/// With no command: regenerate every `spec/*.yaml|json` into `generated/<spec-stem>/`.
#[derive(Parser)]
#[command(
    version,
    about,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  \
        oapigen                                  regenerate generated/ from spec/\n  \
        oapigen check                            exit 1 when generated/ is stale\n  \
        oapigen generate openapi.yaml --out my-api"
)]
struct Cli {
    #[command(flatten)]
    project: Project,
    #[command(subcommand)]
    command: Option<Command>,
}

/// Where a project keeps its specs and its generated crates.
#[derive(Args)]
struct Project {
    /// Directory of the specs (every `.yaml`, `.yml` and `.json` file in it).
    #[arg(long, value_name = "DIR", default_value = "spec")]
    spec_dir: PathBuf,
    /// Directory the crates are generated into, one per spec, named after its file.
    #[arg(long, value_name = "DIR", default_value = "generated")]
    generated_dir: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Exit 1, listing the stale files, when the generated crates differ from what the specs
    /// produce.
    #[command(after_help = "Example:\n  oapigen check --spec-dir api/specs --generated-dir crates")]
    Check {
        #[command(flatten)]
        project: Project,
    },
    /// Generate one spec: a crate (`--out`), or one Rust file to `include!` (`--single-file`).
    #[command(after_help = "Examples:\n  \
        oapigen generate openapi.yaml --out petstore\n  \
        oapigen generate okta.yaml --out okta --tag User --tag Group --derive Hash\n  \
        oapigen generate okta.yaml --out okta --link-paging listUsers --link-paging listGroups\n  \
        oapigen generate openapi.yaml --single-file src/client.rs --docs-dir api-docs")]
    Generate {
        /// The OpenAPI document (YAML or JSON).
        spec: PathBuf,
        /// Write the crate (Cargo.toml, src/, docs/, README.md) into this directory.
        #[arg(long, value_name = "DIR", required_unless_present = "single_file")]
        out: Option<PathBuf>,
        /// Write the whole client as one Rust file instead, as a build script does.
        #[arg(long, value_name = "FILE", conflicts_with = "out")]
        single_file: Option<PathBuf>,
        /// With `--single-file`: also write the Markdown docs into this directory.
        #[arg(long, value_name = "DIR", requires = "single_file")]
        docs_dir: Option<PathBuf>,
        /// With `--single-file`: trace requests with `tracing` (a crate has a `tracing` feature
        /// instead).
        #[arg(long, requires = "single_file")]
        tracing: bool,
        #[command(flatten)]
        options: GenerateOptions,
    },
    /// Print the intermediate model of a spec (YAML), for inspection.
    #[command(after_help = "Example:\n  oapigen ir openapi.yaml --tag pets")]
    Ir {
        /// The OpenAPI document (YAML or JSON).
        spec: PathBuf,
        #[command(flatten)]
        options: GenerateOptions,
    },
}

/// The generator's options (`oapigen::Options`, what `oapigen::Config` sets in a build
/// script), one flag each.
#[derive(Args)]
struct GenerateOptions {
    /// Cargo package name (default: the spec's file stem, or its title with
    /// `--name-from-title` or when the stem is `api`, `openapi`, `swagger`, `spec`, ...).
    #[arg(long, value_name = "NAME")]
    crate_name: Option<String>,
    /// Without `--crate-name`, name the client after the spec's `info.title`.
    #[arg(long, conflicts_with = "crate_name")]
    name_from_title: bool,
    /// Only the operations with this tag (repeat for more; default: all).
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// Only the operation with this operationId (repeat for more; default: all).
    #[arg(long = "operation", value_name = "OPERATION_ID")]
    operations: Vec<String>,
    /// Also derive this on every model, e.g. `Hash` or `schemars::JsonSchema` (repeat for
    /// more).
    #[arg(long = "derive", value_name = "PATH")]
    extra_derives: Vec<String>,
    /// Keep `date-time`, `date` and `uuid` strings as `String` (default: chrono and uuid
    /// types).
    #[arg(long)]
    string_formats: bool,
    /// The operation pages by the `Link` header's `rel="next"` (repeat for more; those whose
    /// response declares a `Link` header do already).
    #[arg(long, value_name = "OPERATION_ID")]
    link_paging: Vec<String>,
    /// The operation pages by a cursor in its body, e.g. `listEvents:data:next_cursor:cursor`:
    /// the items' property, the cursor's property, the query parameter (or the JSON request
    /// body's property) it goes back in.
    #[arg(long, value_name = "OPERATION:ITEMS:CURSOR:PARAM")]
    cursor_paging: Vec<oapigen::options::CursorPaging>,
    /// The operation pages by the next page's URL in its body, e.g.
    /// `listDroplets:droplets:links.pages.next`: the items' property, the URL's property.
    #[arg(long, value_name = "OPERATION:ITEMS:NEXT")]
    url_paging: Vec<oapigen::options::UrlPaging>,
}

impl GenerateOptions {
    fn into_options(self) -> Options {
        let GenerateOptions {
            crate_name,
            name_from_title,
            tags,
            operations,
            extra_derives,
            string_formats,
            link_paging,
            cursor_paging,
            url_paging,
        } = self;
        Options {
            crate_name,
            name_from_title,
            tags,
            operations,
            extra_derives,
            string_formats,
            link_paging,
            cursor_paging,
            url_paging,
            tracing: false,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => regenerate(&cli.project.spec_dir, &cli.project.generated_dir),
        Some(Command::Check { project }) => check(&project.spec_dir, &project.generated_dir),
        Some(Command::Generate {
            spec,
            out: Some(out),
            options,
            ..
        }) => generate(&spec, &out, &options.into_options()),
        Some(Command::Generate {
            spec,
            single_file: Some(file),
            docs_dir,
            tracing,
            options,
            ..
        }) => {
            let options = Options {
                tracing,
                ..options.into_options()
            };
            generate_single_file(&spec, &file, docs_dir, options)
        }
        Some(Command::Generate { .. }) => Err(oapigen::Error::Usage(
            "generate needs --out DIR or --single-file FILE".into(),
        )),
        Some(Command::Ir { spec, options }) => print_ir(&spec, &options.into_options()),
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

/// What a build script does, from the command line: one Rust file (and the docs, if asked).
fn generate_single_file(
    spec: &Path,
    file: &Path,
    docs_dir: Option<PathBuf>,
    options: Options,
) -> oapigen::Result<ExitCode> {
    let mut config = oapigen::Config::from_options(options);
    config.out_file(file);
    if let Some(dir) = docs_dir {
        config.docs_dir(dir);
    }
    // Cargo's instructions mean nothing here; the warnings are printed below.
    let output = config.generate_with(spec, &mut std::io::sink())?;
    for warning in &output.warnings {
        eprintln!("warning: {warning}");
    }
    println!(
        "{} -> {}: {}",
        spec.display(),
        output.path.display(),
        if output.written {
            "written"
        } else {
            "unchanged"
        }
    );
    Ok(ExitCode::SUCCESS)
}

fn print_ir(spec: &Path, options: &Options) -> oapigen::Result<ExitCode> {
    let api = oapigen::build_ir(spec, options)?;
    let yaml = serde_yaml::to_string(&api).map_err(|e| oapigen::Error::Usage(e.to_string()))?;
    print!("{yaml}");
    Ok(ExitCode::SUCCESS)
}
