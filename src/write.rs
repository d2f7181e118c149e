//! The last stage: put generated files on disk, atomically, touching only what changed.

use crate::emit::Files;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// What a write did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Files whose content changed (or that are new), relative to the output directory.
    pub written: Vec<String>,
    /// Files already up to date.
    pub unchanged: usize,
    /// Files the generator no longer makes, removed.
    pub removed: Vec<String>,
}

/// Why a file on disk differs from what the generator makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// Generated but not on disk.
    Missing(String),
    /// On disk with other content.
    Changed(String),
    /// On disk but no longer generated.
    Extra(String),
}

impl std::fmt::Display for Stale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stale::Missing(p) => write!(f, "missing: {p}"),
            Stale::Changed(p) => write!(f, "changed: {p}"),
            Stale::Extra(p) => write!(f, "not generated any more: {p}"),
        }
    }
}

/// Write `files` under `dir`. Each file is written to a temporary file beside it and renamed
/// into place, so a reader never sees half a file; files whose content is already right are
/// not touched (their modification time stays). With `prune`, files under `dir` that are not
/// in `files` are removed (for directories the generator owns).
pub fn write_files(dir: &Path, files: &Files, prune: bool) -> Result<Report> {
    let mut report = Report::default();
    for (relative, content) in files {
        if write_file(&dir.join(relative), content)? {
            report.written.push(relative.clone());
        } else {
            report.unchanged += 1;
        }
    }
    if prune {
        for relative in existing_files(dir)? {
            if !files.contains_key(&relative) {
                let path = dir.join(&relative);
                std::fs::remove_file(&path).map_err(|source| Error::Io { path, source })?;
                report.removed.push(relative);
            }
        }
    }
    Ok(report)
}

/// Write one file atomically (see [`write_files`]), unless it already has exactly this content:
/// then it is not touched and keeps its modification time. Returns whether it was written.
pub fn write_file(path: &Path, content: &str) -> Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == content.as_bytes()) {
        return Ok(false);
    }
    write_atomic(path, content.as_bytes())?;
    Ok(true)
}

/// The files under `dir` that differ from `files` (with `prune`, also those not generated).
pub fn stale_files(dir: &Path, files: &Files, prune: bool) -> Result<Vec<Stale>> {
    let mut stale = Vec::new();
    for (relative, content) in files {
        match std::fs::read(dir.join(relative)) {
            Ok(old) if old == content.as_bytes() => {}
            Ok(_) => stale.push(Stale::Changed(relative.clone())),
            Err(_) => stale.push(Stale::Missing(relative.clone())),
        }
    }
    if prune {
        for relative in existing_files(dir)? {
            if !files.contains_key(&relative) {
                stale.push(Stale::Extra(relative));
            }
        }
    }
    Ok(stale)
}

fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.oapigen-tmp"));
    std::fs::write(&temp, content).map_err(io(&temp))?;
    std::fs::rename(&temp, path).map_err(|source| {
        let _ = std::fs::remove_file(&temp);
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    })
}

/// Every file under `dir` (relative, `/`-separated), skipping build output (`target/`).
fn existing_files(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut pending: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(Error::Io {
                    path: current,
                    source,
                });
            }
        };
        for entry in entries {
            let entry = entry.map_err(|source| Error::Io {
                path: current.clone(),
                source,
            })?;
            let path = entry.path();
            if path.is_dir() {
                if entry.file_name() != "target" {
                    pending.push(path);
                }
            } else if let Ok(relative) = path.strip_prefix(dir) {
                let parts: Vec<_> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect();
                out.push(parts.join("/"));
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(entries: &[(&str, &str)]) -> Files {
        entries
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn writes_only_what_changed_and_prunes() {
        let dir = tempfile::tempdir().unwrap();
        let first = files(&[("a.txt", "1"), ("src/b.rs", "2"), ("old.md", "x")]);
        let report = write_files(dir.path(), &first, true).unwrap();
        assert_eq!(report.written, ["a.txt", "old.md", "src/b.rs"]);

        let second = files(&[("a.txt", "1"), ("src/b.rs", "3")]);
        assert_eq!(
            stale_files(dir.path(), &second, true).unwrap(),
            [
                Stale::Changed("src/b.rs".into()),
                Stale::Extra("old.md".into())
            ]
        );
        let report = write_files(dir.path(), &second, true).unwrap();
        assert_eq!(report.written, ["src/b.rs"]);
        assert_eq!(report.unchanged, 1);
        assert_eq!(report.removed, ["old.md"]);
        assert!(stale_files(dir.path(), &second, true).unwrap().is_empty());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("src/b.rs")).unwrap(),
            "3"
        );
    }
}
