//! `$ref`s to things that sit inline elsewhere in the document (`#/paths/~1a/post/...`, as
//! converters from Swagger 2 write them, or a property of a component schema,
//! `#/components/schemas/Disk/properties/filesystem`): a schema, response, parameter, request body, header
//! or example moves to its `components` map under a name made from where it was, and both its
//! old place and every `$ref` to it point there, so the typed model sees one of it.

use serde_yaml::{Mapping, Value};

/// Moves every schema, response, parameter, request body, header or example that a `$ref`
/// reaches other than as a component of its own into its `components` map. A reference's pointer may be
/// percent-encoded, as URI fragments are (`~1jobs~1%7Bid%7D`). Returns `(old pointer, new
/// name)` for each.
pub fn hoist_inline_refs(doc: &mut Value) -> Vec<(String, String)> {
    let mut refs = Vec::new();
    collect_refs(doc, &mut refs);
    refs.sort();
    refs.dedup();
    // Deepest first: a schema inside a response moves before the response does, so the
    // pointer to it still leads somewhere.
    let mut refs: Vec<(String, Vec<String>)> = refs
        .into_iter()
        .map(|pointer| {
            let segments = segments_of(doc, &pointer);
            (pointer, segments)
        })
        .collect();
    refs.sort_by_key(|(_, segments)| std::cmp::Reverse(segments.len()));
    let mut moved = Vec::new();
    for (pointer, segments) in refs {
        let Some(kind) = kind_of(&segments) else {
            continue;
        };
        let Some(target) = get(doc, &segments).cloned() else {
            continue;
        };
        // A plain string, number or boolean needs no name: each reference becomes a copy, so
        // `allOf: [{$ref: a string}, {type: string, nullable: true}]` reads as one string.
        if kind == "schemas" && is_plain_primitive(&target) {
            replace_refs(doc, &pointer, &target);
            continue;
        }
        let name = unique_name(doc, kind, &segments);
        let component_ref = format!("#/components/{kind}/{}", crate::location::escape(&name));
        let Some(map) = components_map(doc, kind) else {
            continue;
        };
        map.insert(Value::String(name.clone()), target);
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

/// The segments of `pointer`, percent-decoded when that is what finds its target.
fn segments_of(doc: &Value, pointer: &str) -> Vec<String> {
    let plain = crate::location::pointer_segments(pointer);
    if !pointer.contains('%') || get(doc, &plain).is_some() {
        return plain;
    }
    match percent_decode(pointer) {
        Some(decoded) => crate::location::pointer_segments(&decoded),
        None => plain,
    }
}

/// `%7B` as `{`; `None` when an escape is not one, or the bytes are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Which `components` map what sits at `segments` belongs in: a schema is anything below a
/// `schema` key (or a schema's own keywords); the others by the key they sit under.
fn kind_of(segments: &[String]) -> Option<&'static str> {
    let inside_schema = segments.starts_with(&["components".into(), "schemas".into()]);
    if inside_schema || segments.iter().any(|s| s == "schema") {
        return Some("schemas");
    }
    let n = segments.len();
    let parent = segments.get(n.checked_sub(2)?).map(String::as_str);
    let last = segments.last().map(String::as_str);
    match (parent, last) {
        (Some("responses"), _) => Some("responses"),
        (Some("parameters"), _) => Some("parameters"),
        (Some("headers"), _) => Some("headers"),
        (Some("examples"), _) => Some("examples"),
        (_, Some("requestBody")) => Some("requestBodies"),
        _ => None,
    }
}

/// `#/components/{kind}/{name}` itself, which the model resolves (not a place inside one).
fn is_component(reference: &str) -> bool {
    reference
        .strip_prefix("#/components/")
        .is_some_and(|rest| rest.split('/').count() == 2)
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    collect(value, false, out)
}

/// Keywords whose value is a map of names (`properties: {example: ..}` names a property, it
/// is no `example`).
const NAME_MAPS: &[&str] = &[
    "paths",
    "components",
    "schemas",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "properties",
    "patternProperties",
    "definitions",
    "$defs",
    "content",
    "encoding",
    "variables",
];

/// The `$ref`s below `value`; `names`: the keys of `value` are names, not keywords.
fn collect(value: &Value, names: bool, out: &mut Vec<String>) {
    let wanted = |r: &str| r.starts_with("#/") && !is_component(r);
    match value {
        Value::Mapping(map) if names => map.values().for_each(|v| collect(v, false, out)),
        Value::Mapping(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    (Some("$ref"), Value::String(r)) if wanted(r) => out.push(r.clone()),
                    // Example values are data: a `$ref` in one is no reference (Shutterstock's
                    // examples hold `{$ref: '#/components/schemas/Url/example'}`).
                    (Some("example" | "enum" | "const"), _) => {}
                    (Some(k), _) if k.starts_with("x-") => {}
                    // A map of examples: each a reference, or an Example whose value is data.
                    (Some("examples"), Value::Mapping(examples)) => {
                        let refs = examples.values().filter_map(|e| e.get("$ref")?.as_str());
                        out.extend(refs.filter(|r| wanted(r)).map(str::to_string));
                    }
                    (Some(k), _) if NAME_MAPS.contains(&k) => collect(value, true, out),
                    _ => collect(value, false, out),
                }
            }
        }
        Value::Sequence(items) => items.iter().for_each(|v| collect(v, false, out)),
        _ => {}
    }
}

/// A schema of one primitive type with nothing that could refer on (no `enum`, which becomes
/// a model of its own; no `$ref`, `allOf`, `oneOf`, `anyOf`, `not`).
fn is_plain_primitive(schema: &Value) -> bool {
    let Value::Mapping(map) = schema else {
        return false;
    };
    let primitive = matches!(
        map.get("type").and_then(Value::as_str),
        Some("string" | "integer" | "number" | "boolean")
    );
    let refers = [
        "$ref",
        "enum",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
        "items",
        "properties",
    ]
    .iter()
    .any(|k| map.contains_key(*k));
    primitive && !refers
}

/// Every `{$ref: from}` below `value` replaced by a copy of `with`.
fn replace_refs(value: &mut Value, from: &str, with: &Value) {
    match value {
        Value::Mapping(map) => {
            if map.get("$ref").and_then(Value::as_str) == Some(from) {
                *value = with.clone();
                return;
            }
            map.values_mut().for_each(|v| replace_refs(v, from, with));
        }
        Value::Sequence(items) => items.iter_mut().for_each(|v| replace_refs(v, from, with)),
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

pub(super) fn get_mut<'a>(value: &'a mut Value, segments: &[String]) -> Option<&'a mut Value> {
    segments.iter().try_fold(value, |v, s| match v {
        Value::Mapping(map) => map.get_mut(s.as_str()),
        Value::Sequence(items) => items.get_mut(s.parse::<usize>().ok()?),
        _ => None,
    })
}

/// `components/schemas`, made if missing; `None` if the document has another shape there.
pub(super) fn schemas_map(doc: &mut Value) -> Option<&mut Mapping> {
    components_map(doc, "schemas")
}

/// `components/{kind}`, made if missing; `None` if the document has another shape there.
fn components_map<'a>(doc: &'a mut Value, kind: &str) -> Option<&'a mut Mapping> {
    let root = doc.as_mapping_mut()?;
    let components = root
        .entry("components".into())
        .or_insert_with(|| Value::Mapping(Mapping::new()))
        .as_mapping_mut()?;
    components
        .entry(kind.into())
        .or_insert_with(|| Value::Mapping(Mapping::new()))
        .as_mapping_mut()
}

/// A component name from where it sat: `/anything` `post` ... `circular` →
/// `AnythingPostCircular`; structural words (`content`, `schema`, media types) left out.
fn unique_name(doc: &Value, kind: &str, segments: &[String]) -> String {
    const STRUCTURAL: &[&str] = &[
        "paths",
        "components",
        "schemas",
        "content",
        "schema",
        "properties",
        "items",
        "responses",
        "requestBody",
        "parameters",
        "headers",
        "examples",
        "allOf",
        "anyOf",
        "oneOf",
    ];
    // Under an operation with an id, the id stands for its path and method, and its response
    // and request body are named as the IR names the operation's own models
    // (`<OperationId>Response`, `<OperationId>Request`): DigitalOcean's droplet in the list of
    // `GET /v2/droplets` is `DropletsListResponseDroplets`, not `V2DropletsGet2000Droplets`.
    let operation_id = match segments {
        [paths, path, method, ..] if paths == "paths" => get(
            doc,
            &[
                paths.clone(),
                path.clone(),
                method.clone(),
                "operationId".into(),
            ],
        )
        .and_then(Value::as_str),
        _ => None,
    };
    let (mut words, rest): (Vec<String>, &[String]) = match operation_id {
        Some(id) => (vec![id.to_string()], &segments[3..]),
        None => (Vec::new(), segments),
    };
    for (i, segment) in rest.iter().enumerate() {
        let after = |key: &str| i > 0 && rest[i - 1] == key;
        if operation_id.is_some() && after("responses") {
            if !segment.starts_with('2') {
                words.push(segment.clone());
            }
            words.push("Response".into());
        } else if operation_id.is_some() && segment == "requestBody" {
            words.push("Request".into());
        } else if after("allOf") {
            // An `allOf` part's properties are its merged model's: its index says nothing.
        } else if (!STRUCTURAL.contains(&segment.as_str()) && !segment.contains('/'))
            || segment.starts_with('/')
        {
            words.push(segment.clone());
        }
    }
    let mut base = crate::naming::camel(&words.join(" "));
    // A request body has no word of its own.
    if kind == "requestBodies" {
        base.push_str("Body");
    }
    let taken = |name: &str| {
        get(
            doc,
            &["components".into(), kind.to_string(), name.to_string()],
        )
        .is_some()
    };
    crate::naming::unique(&base, taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schema_under_an_operation_with_an_id_is_named_after_it() {
        let mut doc: Value = serde_yaml::from_str(
            r#"
paths:
  /v2/droplets:
    get:
      operationId: droplets_list
      responses:
        '200':
          content:
            application/json:
              schema:
                allOf:
                  - properties:
                      droplets: {type: array, items: {type: object, properties: {id: {type: integer}}}}
        '404':
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}, message: {type: string}}}
    post:
      operationId: droplets_create
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}, size: {type: string}}}
  /v2/volumes:
    get:
      responses:
        '200':
          content:
            application/json:
              schema:
                properties:
                  a: {$ref: '#/paths/~1v2~1droplets/get/responses/200/content/application~1json/schema/allOf/0/properties/droplets/items'}
                  b: {$ref: '#/paths/~1v2~1droplets/get/responses/404/content/application~1json/schema'}
                  c: {$ref: '#/paths/~1v2~1droplets/post/requestBody/content/application~1json/schema'}
"#,
        )
        .unwrap();
        let mut names: Vec<String> = hoist_inline_refs(&mut doc)
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "DropletsCreateRequest",
                "DropletsList404Response",
                "DropletsListResponseDroplets"
            ]
        );
    }

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
        let moved = hoist_inline_refs(&mut doc);
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
