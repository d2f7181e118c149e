//! `$ref`s to schemas that sit inline elsewhere in the document (`#/paths/~1a/post/...`):
//! the schema moves to `components/schemas` under a name made from where it was, and both
//! its old place and every `$ref` to it point there, so the typed model sees one schema.

use serde_yaml::{Mapping, Value};

/// Moves every schema that a `$ref` reaches outside `#/components/` into
/// `components/schemas`. Returns `(old pointer, new name)` for each.
pub fn hoist_inline_schema_refs(doc: &mut Value) -> Vec<(String, String)> {
    let mut refs = Vec::new();
    collect_refs(doc, &mut refs);
    refs.sort();
    refs.dedup();
    let mut moved = Vec::new();
    for pointer in refs {
        let segments = crate::location::pointer_segments(&pointer);
        // Only schemas: somewhere below a `schema` key.
        if !segments.iter().any(|s| s == "schema") {
            continue;
        }
        let Some(target) = get(doc, &segments).cloned() else {
            continue;
        };
        let name = unique_name(doc, &segments);
        let component_ref = format!("#/components/schemas/{}", crate::location::escape(&name));
        let Some(schemas) = schemas_map(doc) else {
            continue;
        };
        schemas.insert(Value::String(name.clone()), target);
        if let Some(place) = get_mut(doc, &segments) {
            let mut reference = Mapping::new();
            reference.insert("$ref".into(), Value::String(component_ref.clone()));
            *place = Value::Mapping(reference);
        }
        rewrite_refs(doc, &pointer, &component_ref);
        moved.push((pointer, name));
    }
    moved
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Mapping(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    (Some("$ref"), Value::String(r))
                        if r.starts_with("#/") && !r.starts_with("#/components/") =>
                    {
                        out.push(r.clone());
                    }
                    _ => collect_refs(value, out),
                }
            }
        }
        Value::Sequence(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

fn rewrite_refs(value: &mut Value, from: &str, to: &str) {
    match value {
        Value::Mapping(map) => {
            for (key, value) in map.iter_mut() {
                if key.as_str() == Some("$ref") && value.as_str() == Some(from) {
                    *value = Value::String(to.to_string());
                } else {
                    rewrite_refs(value, from, to);
                }
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(|v| rewrite_refs(v, from, to)),
        _ => {}
    }
}

fn get<'a>(value: &'a Value, segments: &[String]) -> Option<&'a Value> {
    segments.iter().try_fold(value, |v, s| match v {
        Value::Mapping(map) => map.get(s.as_str()),
        Value::Sequence(items) => items.get(s.parse::<usize>().ok()?),
        _ => None,
    })
}

fn get_mut<'a>(value: &'a mut Value, segments: &[String]) -> Option<&'a mut Value> {
    segments.iter().try_fold(value, |v, s| match v {
        Value::Mapping(map) => map.get_mut(s.as_str()),
        Value::Sequence(items) => items.get_mut(s.parse::<usize>().ok()?),
        _ => None,
    })
}

/// `components/schemas`, made if missing; `None` if the document has another shape there.
pub(super) fn schemas_map(doc: &mut Value) -> Option<&mut Mapping> {
    let root = doc.as_mapping_mut()?;
    let components = root
        .entry("components".into())
        .or_insert_with(|| Value::Mapping(Mapping::new()))
        .as_mapping_mut()?;
    components
        .entry("schemas".into())
        .or_insert_with(|| Value::Mapping(Mapping::new()))
        .as_mapping_mut()
}

/// A component name from where the schema sat: `/anything` `post` ... `circular` →
/// `AnythingPostCircular`; structural words (`content`, `schema`, media types) left out.
fn unique_name(doc: &Value, segments: &[String]) -> String {
    const STRUCTURAL: &[&str] = &[
        "paths",
        "content",
        "schema",
        "properties",
        "items",
        "responses",
        "requestBody",
        "parameters",
        "allOf",
        "anyOf",
        "oneOf",
    ];
    let words: Vec<&str> = segments
        .iter()
        .map(String::as_str)
        .filter(|s| (!STRUCTURAL.contains(s) && !s.contains('/')) || s.starts_with('/'))
        .collect();
    let base = crate::naming::camel(&words.join(" "));
    let taken = |name: &str| {
        get(
            doc,
            &["components".into(), "schemas".into(), name.to_string()],
        )
        .is_some()
    };
    crate::naming::unique(&base, taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inline_schema_reached_by_a_ref_moves_to_components() {
        let mut doc: Value = serde_yaml::from_str(
            r#"
paths:
  /a:
    post:
      requestBody:
        content:
          application/json:
            schema:
              properties:
                circular: {type: object, properties: {self: {$ref: '#/paths/~1a/post/requestBody/content/application~1json/schema/properties/circular'}}}
    get:
      responses:
        '200':
          content:
            application/json:
              schema: {$ref: '#/paths/~1a/post/requestBody/content/application~1json/schema/properties/circular'}
"#,
        )
        .unwrap();
        let moved = hoist_inline_schema_refs(&mut doc);
        assert_eq!(moved.len(), 1);
        let name = &moved[0].1;
        assert_eq!(name, "APostCircular");
        let component = &doc["components"]["schemas"][name.as_str()];
        assert_eq!(
            component["properties"]["self"]["$ref"],
            Value::String(format!("#/components/schemas/{name}"))
        );
        let old = &doc["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"]
            ["properties"]["circular"];
        assert_eq!(
            old["$ref"],
            Value::String(format!("#/components/schemas/{name}"))
        );
    }
}
