//! Stoplight Prism for tests: `prism proxy --errors SPEC UPSTREAM` rejects any request its spec
//! does not allow with a `422` that lists the violations; `prism mock SPEC` answers as the spec
//! says, so it is the upstream.
//!
//! Prism comes from npm: `.ci/run` installs it into `target/prism`; a test installs it there
//! itself when it is missing, and skips, saying so, only when Node is not installed. `PRISM`
//! names another executable.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The `prism` executable under `workspace` (installed into `target/prism` if need be);
/// `None` without Node.
pub fn prism(workspace: &Path) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PRISM") {
        return Some(PathBuf::from(path));
    }
    let prefix = workspace.join("target/prism");
    let bin = prefix.join("node_modules/.bin/prism");
    if bin.exists() {
        return Some(bin);
    }
    if Command::new("npm").arg("--version").output().is_err() {
        say!("SKIPPED: Node.js (npm) is not installed, so Stoplight Prism cannot run");
        return None;
    }
    say!("installing @stoplight/prism-cli into {}", prefix.display());
    let status = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(&prefix)
        .arg("@stoplight/prism-cli@5")
        .status()
        .expect("npm runs");
    assert!(status.success(), "npm install @stoplight/prism-cli failed");
    Some(bin)
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A Prism process, killed when dropped.
pub struct Prism(Child);

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `prism ARGS` on `port` without waiting for it to listen.
pub fn spawn(prism: &Path, args: &[&str], port: u16) -> Prism {
    let child = Command::new(prism)
        .args(args)
        .args(["--port", &port.to_string(), "--host", "127.0.0.1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("prism starts");
    Prism(child)
}

/// Waits until something listens on `port` (a minute at most).
pub fn wait_for(port: u16) {
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "prism did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A Prism proxy for `spec` in front of a Prism mock of it, both started; wait for the
/// returned port before use. Returns the proxy's base URL and port.
pub fn spawn_proxy(prism: &Path, spec: &Path) -> (String, u16, [Prism; 2]) {
    let spec = spec.to_string_lossy().into_owned();
    let (mock_port, proxy_port) = (free_port(), free_port());
    let mock = spawn(prism, &["mock", &spec], mock_port);
    let upstream = format!("http://127.0.0.1:{mock_port}");
    let proxy = spawn(prism, &["proxy", "--errors", &spec, &upstream], proxy_port);
    wait_for(mock_port);
    (
        format!("http://127.0.0.1:{proxy_port}"),
        proxy_port,
        [mock, proxy],
    )
}

/// A Prism proxy for `spec` in front of a Prism mock of it, listening; its base URL.
pub fn proxy(prism: &Path, spec: &Path) -> (String, [Prism; 2]) {
    let (base, port, processes) = spawn_proxy(prism, spec);
    wait_for(port);
    (base, processes)
}
