//! The docs say what OpenAPI Generator's docs say about the same API: every fact of the seed
//! pages (`../shared/seeds`) is on our pages, and every relative link on our pages resolves.

#[path = "common/markdown.rs"]
mod markdown;

use markdown::{ApiPage, Link, OperationFacts, ReturnType, broken_links, parse_api_page};
use std::collections::BTreeMap;
use std::path::Path;

fn generate(spec: &str) -> oapigen::Generated {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("spec")
        .join(spec);
    oapigen::generate_files(&path, &oapigen::Options::default())
        .unwrap_or_else(|e| panic!("generating {spec}: {e}"))
}

fn seed_page(name: &str) -> ApiPage {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seeds")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    parse_api_page(&text).unwrap_or_else(|e| panic!("parsing {name}: {e}"))
}

/// The facts both pages must share. Defaults compare ignoring case: Python spells `False`,
/// Rust `false`.
fn comparable(op: &OperationFacts) -> OperationFacts {
    let mut op = op.language_neutral();
    for param in &mut op.params {
        param.default = param.default.as_ref().map(|d| d.to_lowercase());
    }
    op
}

/// Compares the page the seed shows with ours, fact by fact.
fn assert_same_facts(spec: &str, seed_name: &str) {
    let generated = generate(spec);
    let seed = seed_page(seed_name);
    let page = format!("docs/{}.md", seed.class_name);
    let text = generated.files.get(&page).unwrap_or_else(|| {
        panic!(
            "{spec}: no {page}; pages: {:?}",
            generated.files.keys().collect::<Vec<_>>()
        )
    });
    let ours = parse_api_page(text).unwrap_or_else(|e| panic!("parsing our {page}: {e}"));

    assert_eq!(
        ours.title,
        format!("{}::{}", generated.api.lib_name, seed.class_name),
        "{page}: title"
    );
    assert_eq!(ours.base_url, seed.base_url, "{page}: base URL");
    assert_eq!(ours.methods, seed.methods, "{page}: method table");
    let names = |page: &ApiPage| -> Vec<String> {
        page.operations.iter().map(|op| op.method.clone()).collect()
    };
    assert_eq!(names(&ours), names(&seed), "{page}: operations");
    for (ours, seed) in ours.operations.iter().zip(&seed.operations) {
        assert_eq!(
            comparable(ours),
            comparable(seed),
            "{page}: operation {}",
            seed.method
        );
    }
}

/// What Rust makes different is there in the Rust form: the call and a Rust example.
fn assert_rust_forms(spec: &str) {
    let generated = generate(spec);
    for tag in &generated.api.tags {
        let page = format!("docs/{}.md", tag.struct_name);
        let ours = parse_api_page(&generated.files[&page]).unwrap();
        for (facts, op) in ours.operations.iter().zip(&tag.operations) {
            let call = format!("> `client.{}().{}(", tag.module, op.method_name);
            assert!(
                facts.signature.starts_with(&call),
                "{page}: {} signature {:?} does not start with {call:?}",
                op.method_name,
                facts.signature
            );
            assert!(
                facts.signature.contains(".await -> Result<"),
                "{page}: {}",
                facts.signature
            );
            assert_eq!(
                facts.example_lang, "rust no_run",
                "{page}: {}",
                op.method_name
            );
        }
    }
}

#[test]
fn credential_operations_page_has_the_facts_of_seed_000() {
    assert_same_facts("credential-operations.yaml", "000_3c0f9e9371fa4085.txt");
}

#[test]
fn okta_user_credentials_page_has_the_facts_of_seed_001() {
    assert_same_facts("okta-user-credentials.yaml", "001_40ad4c87a7daf6bc.txt");
}

#[test]
fn signatures_and_examples_are_rust() {
    assert_rust_forms("credential-operations.yaml");
    assert_rust_forms("okta-user-credentials.yaml");
}

#[test]
fn every_relative_link_resolves() {
    for spec in ["credential-operations.yaml", "okta-user-credentials.yaml"] {
        let generated = generate(spec);
        let broken = broken_links(&generated.files);
        assert!(
            broken.is_empty(),
            "{spec}: broken links:\n{}",
            broken.join("\n")
        );
    }
}

#[test]
fn every_tag_and_model_has_a_page_and_the_readme_lists_them() {
    for spec in ["credential-operations.yaml", "okta-user-credentials.yaml"] {
        let generated = generate(spec);
        let readme = &generated.files["README.md"];
        for tag in &generated.api.tags {
            assert!(
                generated
                    .files
                    .contains_key(&format!("docs/{}.md", tag.struct_name))
            );
            for op in &tag.operations {
                let link = format!("](docs/{}.md#{})", tag.struct_name, op.method_name);
                assert!(readme.contains(&link), "{spec}: README lacks {link}");
            }
        }
        for name in generated.api.models.keys() {
            let page = format!("docs/{name}.md");
            assert!(generated.files.contains_key(&page), "{spec}: no {page}");
            assert!(
                readme.contains(&format!("]({page})")),
                "{spec}: README lacks {page}"
            );
        }
    }
}

// The helpers themselves: they must see what they are meant to see, or the tests above
// could pass on pages that say nothing.

#[test]
fn the_parser_reads_the_seed_facts() {
    // Read off seed 000 by eye.
    let seed = seed_page("000_3c0f9e9371fa4085.txt");
    assert_eq!(seed.class_name, "CredentialOperationsApi");
    assert_eq!(seed.base_url, "http://okta.local");
    assert_eq!(seed.methods.len(), 4);
    assert_eq!(seed.methods[3].http_method, "PUT");
    assert_eq!(seed.methods[3].path, "/api/v1/users/{userId}");
    assert_eq!(seed.methods[2].summary, "Forgot Password (One Time Code)");
    let forgot = &seed.operations[2];
    assert_eq!(forgot.method, "forgot_password_one_time_code");
    assert_eq!(
        forgot.summary.as_deref(),
        Some("Forgot Password (One Time Code)")
    );
    assert_eq!(forgot.content_type.as_deref(), Some("text/plain"));
    assert_eq!(forgot.accept, None);
    assert_eq!(forgot.return_type, ReturnType::Void);
    assert!(forgot.authorization.is_empty());
    assert_eq!(forgot.params.len(), 2);
    assert!(!forgot.params[0].optional && forgot.params[1].optional);
    assert_eq!(forgot.responses.len(), 1);
    assert_eq!(forgot.responses[0].status, "200");
    assert_eq!(forgot.back_links.len(), 4);
    assert_eq!(
        seed.operations[0].params[1].model.as_deref(),
        Some("ChangePasswordRequest")
    );

    // And off seed 001.
    let seed = seed_page("001_40ad4c87a7daf6bc.txt");
    let reset = seed.operations.last().unwrap();
    assert_eq!(reset.method, "reset_password");
    assert_eq!(
        reset.return_type,
        ReturnType::Model("ResetPasswordToken".into())
    );
    assert_eq!(
        reset.authorization,
        [
            Link {
                text: "apiToken".into(),
                target: "../README.md#apiToken".into()
            },
            Link {
                text: "oauth2".into(),
                target: "../README.md#oauth2".into()
            },
        ]
    );
    assert_eq!(reset.params[2].name, "revoke_sessions");
    assert_eq!(reset.params[2].default.as_deref(), Some("False"));
    assert_eq!(
        reset.params[2].description,
        "Revokes all user sessions, except for the current session, if set to &#x60;true&#x60;"
    );
    assert!(
        reset
            .description
            .as_deref()
            .unwrap()
            .contains("lookup:   * Okta")
    );
    assert_eq!(reset.responses[3].description, "Too Many Requests");
}

#[test]
fn the_link_checker_reports_missing_files_and_anchors() {
    let files: BTreeMap<String, String> = [
        (
            "README.md",
            "# Crate\n\n## Documentation for API Endpoints\n\n<a id=\"apiToken\"></a>\n\
             [ok](docs/A.md#run) [ok](docs/A.md) [web](https://x.y/z) [site](/docs/x.html)\n\
             `[code](docs/Missing.md)`\n```\n[fenced](docs/Missing.md)\n```\n",
        ),
        (
            "docs/A.md",
            "# **run**\n\n[[Back]](../README.md#documentation-for-api-endpoints) \
             [key](../README.md#apiToken) [top](#)\n\
             [gone](B.md) [bad anchor](../README.md#nowhere) [up](../../x.md)\n",
        ),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_string(), t.to_string()))
    .collect();
    assert_eq!(
        broken_links(&files),
        [
            "docs/A.md: [gone](B.md): no such file",
            "docs/A.md: [bad anchor](../README.md#nowhere): no anchor \"nowhere\" in README.md",
            "docs/A.md: [up](../../x.md): no such file",
        ]
    );
}

#[test]
fn slugs_follow_github() {
    assert_eq!(markdown::slug("**change_password**"), "change_password");
    assert_eq!(
        markdown::slug("Documentation for API Endpoints"),
        "documentation-for-api-endpoints"
    );
    assert_eq!(markdown::slug("Model `User` (v2)!"), "model-user-v2");
    let anchors = markdown::anchors("# A\n## A\n```\n# B\n```\n<a name=\"x\"></a>\n");
    assert_eq!(anchors.into_iter().collect::<Vec<_>>(), ["a", "a-1", "x"]);
}

// Guard: the API's description is a document of its own in the README (rev.ai's has headings,
// tables and code blocks), kept line for line, not run together as a paragraph.
#[test]
fn readme_keeps_the_api_description_line_for_line() {
    let generated = oapigen::generate_files(
        std::path::Path::new("tests/fixtures/markdown_prose.yaml"),
        &oapigen::Options::default(),
    )
    .unwrap();
    let readme = &generated.files["README.md"];
    assert!(
        readme
            .contains("strictly (issue 14): a list the next paragraph runs on from, tabs, tables"),
        "{readme}"
    );
    assert!(
        readme.contains("\n\n| Limit | Value |\n|-------|-------|\n"),
        "the table stays a table: {readme}"
    );
}

// Guard: values inside `vec![...]` are laid out like the rest of the example (Hetzner's
// firewall rules printed as raw tokens: `models::Rule { description : Some("Allow port 80"
// .to_string()), ... }` run together over three lines).
#[test]
fn examples_lay_out_the_items_of_a_list() {
    let generated = oapigen::generate_files(
        std::path::Path::new("tests/fixtures/example_lists.yaml"),
        &oapigen::Options::default(),
    )
    .unwrap();
    let page = &generated.files["docs/FirewallsApi.md"];
    let example = page
        .split("```rust no_run\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the page has an example");
    for raw in [" : ", "\" ."] {
        assert!(!example.contains(raw), "{raw:?} in\n{example}");
    }
    for line in [
        "        rules: vec![",
        "            models::SetRulesRequestRulesItem {",
        "                description: Some(\"Allow port 80\".to_string()),",
        "                direction: models::SetRulesRequestRulesItemDirection::In,",
        "                        \"28.239.14.0/24\".to_string(),",
    ] {
        assert!(
            example.contains(&format!("\n{line}\n")),
            "{line:?} in\n{example}"
        );
    }
}
