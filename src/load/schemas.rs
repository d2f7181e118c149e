//! Schemas checked one by one, deepest first, before the document's typed parse.
//!
//! openapiv3 reads schemas through untagged enums: when a schema deep inside others is wrong,
//! every level above tries each of its alternatives again, and the time doubles with each
//! level (a 20-deep `allOf` with a bad leaf took seconds). Checked from the deepest up, each
//! schema's parts are already known good when it is checked, so a bad one fails at once, and
//! the error points at the schema that is wrong. Nesting deeper than [`MAX_SCHEMA_DEPTH`] is
//! refused outright.

use openapiv3::{ReferenceOr, Schema};
use serde_yaml::Value;

/// How deep schemas may nest (properties, items, `allOf`/`anyOf`/`oneOf` members, ...). Real
/// documents stay far below it (the deepest we know nests about 10).
pub const MAX_SCHEMA_DEPTH: usize = 48;

/// The depth from which the loader checks every schema before the typed parse: a bad schema
/// shallower than this costs that parse at most some 2^6 retries of one component.
pub const CHECKED_ALONE_FROM: usize = 6;

/// The JSON pointer and message of the deepest schema, `min_depth` deep or deeper (a
/// component's own schema is 1 deep), that does not parse, or of one that nests too deep.
pub fn check(doc: &Value, min_depth: usize) -> Option<(String, String)> {
    let mut schemas = Vec::new();
    if let Err(too_deep) = walk_doc(doc, "#", 0, &mut schemas) {
        return Some(too_deep);
    }
    schemas.retain(|(_, _, depth)| *depth >= min_depth);
    // Deepest first.
    schemas.sort_by_key(|(_, _, depth)| std::cmp::Reverse(*depth));
    schemas.into_iter().find_map(|(pointer, value, _)| {
        match serde_path_to_error::deserialize::<_, ReferenceOr<Schema>>(value) {
            Ok(_) => None,
            Err(e) => Some((
                super::narrow::join(&pointer, &e.path().to_string()),
                e.inner().to_string(),
            )),
        }
    })
}

/// Keywords that only validate or document a value: a schema whose only fault is one of these
/// (of the wrong type) is read without it.
const DROPPABLE: &[&str] = &[
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "title",
    "description",
    "externalDocs",
    "xml",
    // Draft 4's tuple form (`items: [..]`), which 3.0 does not have: an array of anything.
    "items",
];

/// For the schema at `pointer` (as [`check`] found it, or a keyword in it) that does not
/// parse: the keyword it parses without, removed; `None` when no such keyword is its fault.
pub fn drop_bad_keyword(doc: &mut Value, pointer: &str) -> Option<&'static str> {
    let segments = crate::location::pointer_segments(pointer);
    // The pointer names the schema, or one of its keywords.
    let depths = [segments.len(), segments.len().saturating_sub(1)];
    for depth in depths {
        let Some(Value::Mapping(schema)) = super::hoist::get_mut(doc, &segments[..depth]) else {
            continue;
        };
        for keyword in DROPPABLE {
            let Some(value) = schema.remove(*keyword) else {
                continue;
            };
            let without = Value::Mapping(schema.clone());
            if serde_yaml::from_value::<ReferenceOr<Schema>>(without).is_ok() {
                return Some(keyword);
            }
            schema.insert((*keyword).into(), value);
        }
    }
    None
}

type Found<'a> = Vec<(String, &'a Value, usize)>;

fn child(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", crate::location::escape(key))
}

fn key_of(key: &Value) -> Option<String> {
    match key {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A part of the document that is not a schema: schemas sit under `schema` keys and in
/// `components/schemas`; examples and extensions hold no schemas.
fn walk_doc<'a>(
    value: &'a Value,
    pointer: &str,
    level: usize,
    out: &mut Found<'a>,
) -> Result<(), (String, String)> {
    // The document itself nests only so deep; past this, it is not OpenAPI.
    if level > 64 {
        return Err((
            pointer.to_string(),
            "the document nests deeper than 64 levels".into(),
        ));
    }
    match value {
        Value::Mapping(map) => {
            for (key, value) in map {
                let Some(key) = key_of(key) else { continue };
                let at = child(pointer, &key);
                match key.as_str() {
                    // Example values hold no schemas. (`default` here is a response, not a
                    // schema's default value: schemas are walked by `walk_schema`.)
                    "example" | "examples" => {}
                    k if k.starts_with("x-") => {}
                    "schema" => walk_schema(value, &at, 1, out)?,
                    "schemas" if pointer == "#/components" => {
                        if let Value::Mapping(schemas) = value {
                            for (name, schema) in schemas {
                                if let Some(name) = key_of(name) {
                                    walk_schema(schema, &child(&at, &name), 1, out)?;
                                }
                            }
                        }
                    }
                    _ => walk_doc(value, &at, level + 1, out)?,
                }
            }
        }
        Value::Sequence(items) => {
            for (i, value) in items.iter().enumerate() {
                walk_doc(value, &format!("{pointer}/{i}"), level + 1, out)?;
            }
        }
        Value::Tagged(tagged) => walk_doc(&tagged.value, pointer, level, out)?,
        _ => {}
    }
    Ok(())
}

fn walk_schema<'a>(
    value: &'a Value,
    pointer: &str,
    depth: usize,
    out: &mut Found<'a>,
) -> Result<(), (String, String)> {
    if depth > MAX_SCHEMA_DEPTH {
        return Err((
            pointer.to_string(),
            format!("schemas nest deeper than {MAX_SCHEMA_DEPTH} levels here; oapigen stops"),
        ));
    }
    let Value::Mapping(map) = value else {
        out.push((pointer.to_string(), value, depth));
        return Ok(());
    };
    out.push((pointer.to_string(), value, depth));
    for (key, value) in map {
        let Some(key) = key_of(key) else { continue };
        let at = child(pointer, &key);
        match (key.as_str(), value) {
            ("properties", Value::Mapping(properties)) => {
                for (name, schema) in properties {
                    if let Some(name) = key_of(name) {
                        walk_schema(schema, &child(&at, &name), depth + 1, out)?;
                    }
                }
            }
            ("items" | "not", _) | ("additionalProperties", Value::Mapping(_)) => {
                walk_schema(value, &at, depth + 1, out)?;
            }
            ("allOf" | "anyOf" | "oneOf", Value::Sequence(members)) => {
                for (i, member) in members.iter().enumerate() {
                    walk_schema(member, &format!("{at}/{i}"), depth + 1, out)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(levels: usize, leaf: &str) -> Value {
        let mut schema = format!("{{{leaf}}}");
        for _ in 0..levels {
            schema = format!("{{allOf: [{schema}]}}");
        }
        serde_yaml::from_str(&format!(
            "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents: {{schemas: {{A: {schema}}}}}"
        ))
        .unwrap()
    }

    #[test]
    fn a_bad_deep_schema_is_found_at_once_and_located() {
        let started = std::time::Instant::now();
        let (pointer, message) = check(&nested(30, "type: 5"), 0).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert_eq!(
            pointer,
            format!("#/components/schemas/A{}", "/allOf/0".repeat(30))
        );
        assert!(!message.is_empty());
    }

    #[test]
    fn good_schemas_pass_and_too_deep_ones_are_refused() {
        assert_eq!(check(&nested(30, "type: string"), 0), None);
        let (pointer, message) = check(&nested(MAX_SCHEMA_DEPTH + 5, "type: string"), 0).unwrap();
        assert!(message.contains("deeper than"), "{message}");
        assert!(
            pointer.starts_with("#/components/schemas/A/allOf/0"),
            "{pointer}"
        );
    }

    #[test]
    fn schemas_of_default_responses_are_checked() {
        let mut schema = "null".to_string();
        for _ in 0..40 {
            schema = format!("{{allOf: [{schema}]}}");
        }
        let doc: Value = serde_yaml::from_str(&format!(
            "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses:\n        default:\n          description: d\n          content: {{application/json: {{schema: {schema}}}}}"
        ))
        .unwrap();
        let (pointer, _) = check(&doc, 0).unwrap();
        assert!(
            pointer.starts_with("#/paths/~1a/get/responses/default/content"),
            "{pointer}"
        );
    }

    #[test]
    fn property_names_that_are_keywords_are_not_schemas_themselves() {
        let doc: Value = serde_yaml::from_str(
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        type: {type: string}\n        properties: {type: integer}\n      example: {type: 5}",
        )
        .unwrap();
        assert_eq!(check(&doc, 0), None);
    }
}
