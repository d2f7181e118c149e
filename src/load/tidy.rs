//! What real specs hold that OpenAPI 3.0 does not allow, or that a client has no use for, set
//! right (with a warning saying so) before the typed parse would refuse it.

use super::v31::LoadWarning;
use crate::location::escape;
use serde_yaml::{Mapping, Value};

/// The methods of a path item.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A path key with a query string (`/search?query={query}`, as some converted specs have):
/// the path is the part before `?`, unless another path already has that key. The query's
/// parameters are sent as the operation declares them (`in: query`).
pub fn strip_query_from_path_keys(doc: &mut Value, warnings: &mut Vec<LoadWarning>) {
    let Some(Value::Mapping(paths)) = doc.get_mut("paths") else {
        return;
    };
    if !paths
        .keys()
        .any(|k| k.as_str().is_some_and(|k| k.contains('?')))
    {
        return;
    }
    let keys: std::collections::HashSet<String> = paths
        .keys()
        .filter_map(|k| k.as_str().map(str::to_string))
        .collect();
    let mut tidied = Mapping::new();
    for (key, item) in std::mem::take(paths) {
        let split = key.as_str().and_then(|k| k.split_once('?'));
        let Some((path, query)) = split.filter(|(path, _)| !path.is_empty()) else {
            tidied.insert(key, item);
            continue;
        };
        // Another path has this key already: the clash is left for the model to report.
        if keys.contains(path) || tidied.contains_key(path) {
            tidied.insert(key, item);
            continue;
        }
        warnings.push((
            format!("#/paths/{}", escape(key.as_str().unwrap_or_default())),
            format!(
                "a path holds no query string: `?{query}` is left out of `{path}`, and the \
                 operation's query parameters are sent as it declares them"
            ),
        ));
        tidied.insert(Value::String(path.to_string()), item);
    }
    *paths = tidied;
}

/// Callbacks are requests the API makes to its caller: a client has nothing to send for them.
/// They are left out, each with a warning (the typed parse would also refuse the `$ref`s
/// that 3.0 allows in them).
pub fn drop_callbacks(doc: &mut Value, warnings: &mut Vec<LoadWarning>) {
    if let Some(Value::Mapping(paths)) = doc.get_mut("paths") {
        for (key, item) in paths.iter_mut() {
            let Some(key) = key.as_str() else { continue };
            let Value::Mapping(item) = item else { continue };
            for method in METHODS {
                let Some(Value::Mapping(op)) = item.get_mut(*method) else {
                    continue;
                };
                if op.remove("callbacks").is_some() {
                    warnings.push((
                        format!("#/paths/{}/{method}/callbacks", escape(key)),
                        "callbacks are requests the API makes to you, not requests a client \
                         sends: left out"
                            .into(),
                    ));
                }
            }
        }
    }
    if let Some(Value::Mapping(components)) = doc.get_mut("components")
        && components.remove("callbacks").is_some()
    {
        warnings.push((
            "#/components/callbacks".into(),
            "callbacks are requests the API makes to you, not requests a client sends: left out"
                .into(),
        ));
    }
}
