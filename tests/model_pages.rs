//! The model pages carry every request body field that Okta's reference for
//! change_recovery_question lists (`../shared/seeds/002_*`): name, type, description and enum
//! values, with read-only and write-only fields marked.

use std::collections::BTreeMap;
use std::path::Path;

/// One field as seed 002 lists it: `provider.type String No`, its description, its values.
#[derive(Debug)]
struct SeedField {
    path: String,
    ty: String,
    description: String,
    values: Vec<String>,
}

fn seed_fields() -> Vec<SeedField> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let seed = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("002_"))
        .expect("seed 002");
    let text = std::fs::read_to_string(seed).unwrap();
    let body = text
        .split("Request body fields")
        .nth(1)
        .and_then(|rest| rest.split("How to start integrating").next())
        .expect("the seed's request body fields");
    let mut fields: Vec<SeedField> = Vec::new();
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let words: Vec<&str> = line.split(' ').collect();
        let is_field = words.len() == 3
            && ["String", "Integer", "Object"].contains(&words[1])
            && ["Yes", "No"].contains(&words[2]);
        if is_field {
            fields.push(SeedField {
                path: words[0].to_string(),
                ty: words[1].to_string(),
                description: String::new(),
                values: Vec::new(),
            });
        } else if let Some(field) = fields.last_mut() {
            if let Some(value) = line.strip_prefix("• ") {
                field.values.push(value.trim_matches('"').to_string());
            } else if line != "Possible values:" && !line.starts_with("Name Type") {
                field.description.push_str(line);
                field.description.push(' ');
            }
        }
    }
    fields
}

/// A model page's property rows: wire name → (type cell, description cell, notes cell).
fn rows(page: &str) -> BTreeMap<String, (String, String, String)> {
    page.lines()
        .filter(|l| l.starts_with("**"))
        .map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            let name = cells[0].trim_matches('*').to_string();
            (
                name,
                (
                    cells[1].to_string(),
                    cells[2].to_string(),
                    cells.get(3).unwrap_or(&"").to_string(),
                ),
            )
        })
        .collect()
}

/// The page a type cell links to: `[**PasswordCredential**](PasswordCredential.md)`.
fn linked_page(type_cell: &str) -> Option<String> {
    let start = type_cell.find("](")? + 2;
    let end = type_cell[start..].find(')')? + start;
    Some(type_cell[start..end].to_string())
}

/// Words of a description, lowercased, without markup or entities, for a loose comparison:
/// Okta's reference and the spec differ in small edits ("User's" / "user's", "org" /
/// "organization"), not in what they say.
fn words(text: &str) -> Vec<String> {
    let text = text
        .replace("&#39;", "'")
        .replace("&#x60;", "")
        .replace("&gt;", ">")
        .replace("&quot;", "\"");
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect()
}

fn overlap(seed: &str, ours: &str) -> f64 {
    let seed = words(seed);
    let ours = words(ours);
    if seed.is_empty() {
        return 1.0;
    }
    seed.iter().filter(|w| ours.contains(w)).count() as f64 / seed.len() as f64
}

#[test]
fn model_pages_carry_every_field_of_seed_002() {
    let generated = oapigen::generate_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/okta-user-credentials.yaml"),
        &oapigen::Options::default(),
    )
    .unwrap();
    let page = |name: &str| {
        generated
            .files
            .get(&format!("docs/{name}"))
            .unwrap_or_else(|| panic!("no docs/{name}"))
            .clone()
    };
    let fields = seed_fields();
    assert_eq!(
        fields.len(),
        19,
        "the seed lists 19 fields; the parser found {fields:?}"
    );
    for field in &fields {
        // Walk from UserCredentials (the request body) along the links of each segment.
        let mut current = "UserCredentials.md".to_string();
        let segments: Vec<&str> = field.path.split('.').collect();
        let mut row = None;
        for (i, segment) in segments.iter().enumerate() {
            let rows = rows(&page(&current));
            let found = rows
                .get(*segment)
                .unwrap_or_else(|| panic!("{}: no row `{segment}` on {current}", field.path))
                .clone();
            if i + 1 < segments.len() {
                current = linked_page(&found.0).unwrap_or_else(|| {
                    panic!("{}: `{segment}` on {current} links no model", field.path)
                });
            }
            row = Some(found);
        }
        let (ty, description, notes) = row.unwrap();
        match (field.ty.as_str(), field.values.is_empty()) {
            ("Object", _) => assert!(
                linked_page(&ty).is_some(),
                "{}: {ty} is not a model",
                field.path
            ),
            ("Integer", _) => assert!(ty == "**i64**" || ty == "**i32**", "{}: {ty}", field.path),
            // A formatted string says its format: `**String** (password)`.
            ("String", true) => assert!(ty.starts_with("**String**"), "{}: {ty}", field.path),
            ("String", false) => {
                // An enum: its page lists every value the seed lists.
                let enum_page =
                    page(&linked_page(&ty).unwrap_or_else(|| panic!("{}: {ty}", field.path)));
                for value in &field.values {
                    assert!(
                        enum_page.contains(&format!("`{value}` |")),
                        "{}: value {value} missing from {ty}",
                        field.path
                    );
                }
            }
            (other, _) => panic!("{}: unexpected seed type {other}", field.path),
        }
        let similarity = overlap(&field.description, &description);
        assert!(
            similarity >= 0.6,
            "{}: description differs ({similarity:.2}):\n seed: {}\n ours: {description}",
            field.path,
            field.description
        );
        let read_only =
            ["provider", "provider.name", "provider.type"].contains(&field.path.as_str());
        let write_only =
            ["recovery_question.answer", "password.value"].contains(&field.path.as_str());
        assert_eq!(
            notes.contains("[readonly]"),
            read_only,
            "{}: {notes}",
            field.path
        );
        assert_eq!(
            notes.contains("[writeonly]"),
            write_only,
            "{}: {notes}",
            field.path
        );
    }
}
