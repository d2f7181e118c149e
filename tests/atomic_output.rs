//! Issue 9: the output directory is never half written, even when the generator is killed.
//! A run is killed with SIGKILL at moments spread over a whole generation (and past it); each time the
//! directory must hold exactly the old output or exactly the new one, and the next run must
//! clean up whatever the killed one left beside it.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

const OLD_SPEC: &str = "../shared/specs/features/petstore.json";
const NEW_SPEC: &str = "../shared/specs/features/star-trek.json";

fn generate(spec: &str, out: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_oapigen"))
        .args(["generate", spec, "--crate-name", "swapped", "--out"])
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn files_of(spec: &str) -> oapigen::emit::Files {
    let options = oapigen::Options {
        crate_name: Some("swapped".into()),
        ..Default::default()
    };
    oapigen::generate_files(Path::new(spec), &options)
        .unwrap()
        .files
}

#[test]
fn a_killed_generation_leaves_the_old_output_or_the_new_one() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("client");
    let (old, new) = (files_of(OLD_SPEC), files_of(NEW_SPEC));
    let is = |files: &oapigen::emit::Files| {
        oapigen::write::stale_files(&out, files, true)
            .unwrap()
            .is_empty()
    };
    // How long a whole generation of the new spec takes here.
    assert!(generate(OLD_SPEC, &out).wait().unwrap().success());
    let start = Instant::now();
    assert!(generate(NEW_SPEC, &out).wait().unwrap().success());
    let whole = start.elapsed();
    assert!(is(&new));

    let (mut saw_old, mut saw_new) = (0, 0);
    for step in 1..=12u32 {
        assert!(generate(OLD_SPEC, &out).wait().unwrap().success());
        assert!(is(&old));
        let mut child = generate(NEW_SPEC, &out);
        // Up to twice the measured time: a loaded machine runs slower than it measured.
        std::thread::sleep(whole * step / 6);
        let _ = child.kill(); // SIGKILL; the run may have finished already.
        child.wait().unwrap();
        match (is(&old), is(&new)) {
            (true, false) => saw_old += 1,
            (false, true) => saw_new += 1,
            _ => panic!(
                "after a kill at {:?}, {} is neither output",
                whole * step / 6,
                out.display()
            ),
        }
    }
    // The kills landed on both sides of the swap.
    assert!(saw_old > 0, "no kill landed before the swap");
    assert!(saw_new > 0, "no kill landed after the swap");
    // The next run cleans up what a killed one left beside the output.
    assert!(generate(NEW_SPEC, &out).wait().unwrap().success());
    let beside: Vec<_> = std::fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside, ["client"]);
}
