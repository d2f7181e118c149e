//! Find where in a document a type error is, when serde cannot say.
//!
//! openapiv3 flattens `extensions` into nearly every object, and serde's derive loses the path
//! below a `#[serde(flatten)]`: a wrong type in an operation's parameters is reported at
//! `#/paths`. Here the document's parts are deserialized one at a time, the most specific
//! first, and the first part that fails is the place to report.

use openapiv3::{
    Example, Info, Operation, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema,
    SecurityScheme, Server, Tag,
};
use serde::de::DeserializeOwned;
use serde_yaml::Value;

/// The JSON pointer and message of the most specific part of `doc` that does not deserialize.
pub fn narrow(doc: &Value) -> Option<(String, String)> {
    let mut parts: Vec<(String, &Value, Check)> = Vec::new();
    collect(doc, &mut parts);
    // Deepest first: a bad parameter fails its operation and its path too.
    parts.sort_by_key(|(pointer, _, _)| std::cmp::Reverse(pointer.matches('/').count()));
    parts.into_iter().find_map(|(pointer, value, check)| {
        check(value)
            .err()
            .map(|(inner, message)| (join(&pointer, &inner), message))
    })
}

type Check = fn(&Value) -> Result<(), (String, String)>;

fn check<T: DeserializeOwned>(value: &Value) -> Result<(), (String, String)> {
    serde_path_to_error::deserialize::<_, T>(value.clone())
        .map(drop)
        .map_err(|e| (e.path().to_string(), e.inner().to_string()))
}

/// `#/paths/~1a/get` + `parameters.0` → `#/paths/~1a/get/parameters/0`.
pub(super) fn join(pointer: &str, serde_path: &str) -> String {
    let mut out = pointer.to_string();
    // `allOf[0]` (a sequence index, as serde_path_to_error writes it) is `allOf.0`.
    let serde_path = serde_path.replace('[', ".").replace(']', "");
    for segment in serde_path
        .split('.')
        .map(|s| s.trim_end_matches('?'))
        .filter(|s| !s.is_empty() && *s != "?")
    {
        out.push('/');
        out.push_str(&crate::location::escape(segment));
    }
    out
}

fn entries(value: &Value) -> Vec<(String, &Value)> {
    match value {
        Value::Mapping(map) => map
            .iter()
            .filter_map(|(k, v)| match k {
                Value::String(s) => Some((s.clone(), v)),
                Value::Number(n) => Some((n.to_string(), v)),
                _ => None,
            })
            .collect(),
        Value::Sequence(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), v))
            .collect(),
        _ => Vec::new(),
    }
}

fn child<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    value.as_mapping()?.get(key)
}

fn collect<'v>(doc: &'v Value, parts: &mut Vec<(String, &'v Value, Check)>) {
    let at = |base: &str, key: &str| format!("{base}/{}", crate::location::escape(key));
    if let Some(info) = child(doc, "info") {
        parts.push(("#/info".into(), info, check::<Info>));
    }
    for (i, server) in child(doc, "servers").map(entries).unwrap_or_default() {
        parts.push((at("#/servers", &i), server, check::<Server>));
    }
    for (i, tag) in child(doc, "tags").map(entries).unwrap_or_default() {
        parts.push((at("#/tags", &i), tag, check::<Tag>));
    }
    for (path, item) in child(doc, "paths").map(entries).unwrap_or_default() {
        let item_pointer = at("#/paths", &path);
        parts.push((item_pointer.clone(), item, check::<ReferenceOr<PathItem>>));
        parameters(item, &item_pointer, parts);
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            let Some(op) = child(item, method) else {
                continue;
            };
            let op_pointer = at(&item_pointer, method);
            parts.push((op_pointer.clone(), op, check::<Operation>));
            parameters(op, &op_pointer, parts);
            if let Some(body) = child(op, "requestBody") {
                parts.push((
                    at(&op_pointer, "requestBody"),
                    body,
                    check::<ReferenceOr<RequestBody>>,
                ));
            }
            for (status, response) in child(op, "responses").map(entries).unwrap_or_default() {
                let pointer = at(&at(&op_pointer, "responses"), &status);
                parts.push((pointer, response, check::<ReferenceOr<Response>>));
            }
        }
    }
    let Some(components) = child(doc, "components") else {
        return;
    };
    let kinds: [(&str, Check); 6] = [
        ("schemas", check::<ReferenceOr<Schema>>),
        ("parameters", check::<ReferenceOr<Parameter>>),
        ("responses", check::<ReferenceOr<Response>>),
        ("requestBodies", check::<ReferenceOr<RequestBody>>),
        ("examples", check::<ReferenceOr<Example>>),
        ("securitySchemes", check::<ReferenceOr<SecurityScheme>>),
    ];
    for (kind, check) in kinds {
        for (name, value) in child(components, kind).map(entries).unwrap_or_default() {
            let pointer = at(&at("#/components", kind), &name);
            if kind == "schemas" {
                schema_parts(value, &pointer, parts);
            }
            parts.push((pointer, value, check));
        }
    }
}

fn parameters<'v>(owner: &'v Value, pointer: &str, parts: &mut Vec<(String, &'v Value, Check)>) {
    for (i, param) in child(owner, "parameters").map(entries).unwrap_or_default() {
        parts.push((
            format!("{pointer}/parameters/{i}"),
            param,
            check::<ReferenceOr<Parameter>>,
        ));
    }
}

/// The schemas nested in a schema: properties, items, `allOf`/`oneOf`/`anyOf` members.
fn schema_parts<'v>(schema: &'v Value, pointer: &str, parts: &mut Vec<(String, &'v Value, Check)>) {
    let mut nested: Vec<(String, &Value)> = Vec::new();
    for (name, property) in child(schema, "properties").map(entries).unwrap_or_default() {
        nested.push((
            format!("{pointer}/properties/{}", crate::location::escape(&name)),
            property,
        ));
    }
    if let Some(items) = child(schema, "items") {
        nested.push((format!("{pointer}/items"), items));
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, member) in child(schema, key).map(entries).unwrap_or_default() {
            nested.push((format!("{pointer}/{key}/{i}"), member));
        }
    }
    for (pointer, value) in nested {
        schema_parts(value, &pointer, parts);
        parts.push((pointer, value, check::<ReferenceOr<Schema>>));
    }
}

#[cfg(test)]
mod tests {
    use super::narrow;

    fn narrowed(yaml: &str) -> Option<(String, String)> {
        narrow(&serde_yaml::from_str(yaml).unwrap())
    }

    #[test]
    fn finds_the_operation_part_that_is_wrong() {
        let yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /users:\n    get:\n      parameters: not-a-list\n      responses: {'200': {description: ok}}\n";
        let (pointer, message) = narrowed(yaml).unwrap();
        assert_eq!(pointer, "#/paths/~1users/get/parameters");
        assert!(message.contains("expected a sequence"), "{message}");
    }

    #[test]
    fn finds_a_bad_property_of_a_component_schema() {
        let yaml = "components:\n  schemas:\n    User:\n      type: object\n      properties:\n        id:\n          type: string\n          nullable: [oops]\n";
        let (pointer, _) = narrowed(yaml).unwrap();
        // `SchemaData` is flattened into `Schema` too: the property is as deep as serde can go.
        assert_eq!(pointer, "#/components/schemas/User/properties/id");
    }

    #[test]
    fn a_valid_document_has_nothing_to_narrow() {
        let yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        assert_eq!(narrowed(yaml), None);
    }
}
