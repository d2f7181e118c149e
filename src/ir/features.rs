//! Pay for what you use: each tag is a cargo feature of the generated crate, and each model
//! is compiled only with the features whose operations reach it (through parameters, bodies,
//! responses, and from model to model through fields, variants and aliases).
//!
//! A model an error response reaches (the `ErrorBody` every client has) is always compiled:
//! its `features` stay empty. The models no operation reaches have a feature of their own,
//! `other-models`.

use super::{Model, Operation, Tag, Webhook};
use std::collections::{BTreeMap, BTreeSet};

/// The cargo feature of a tag: its module name in kebab case; a tag module named `default`
/// (operations without a tag) is `default-tag`, since `default` is Cargo's own.
pub(super) fn feature_name(module: &str) -> String {
    // A module starting with a digit has a `_` before it (`_1_click_applications`); a feature
    // may start with the digit, and not with `-`.
    let name = crate::naming::bare(module)
        .trim_start_matches('_')
        .replace('_', "-");
    match name.as_str() {
        "default" => "default-tag".to_string(),
        "" => "tag".to_string(),
        _ => name,
    }
}

/// The feature of the models no operation reaches.
const OTHER_MODELS: &str = "other-models";

/// Fill `Model::features` from the tags' operations; the feature of the models no operation
/// reaches, when there are any.
pub(super) fn mark(
    tags: &[Tag],
    models: &mut BTreeMap<String, Model>,
    error_models: &[String],
) -> Option<String> {
    let mut features: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for tag in tags {
        let roots = tag.operations.iter().flat_map(operation_models);
        for name in reach(models, roots) {
            features
                .entry(name)
                .or_default()
                .insert(tag.feature.clone());
        }
    }
    // The models no operation reaches (the spec defines them for webhooks, events, docs), and
    // what they reach, come with a feature of their own.
    let unreached: Vec<String> = models
        .keys()
        .filter(|name| !features.contains_key(*name))
        .cloned()
        .collect();
    let other = (!unreached.is_empty()).then(|| {
        let taken = |name: &str| tags.iter().any(|t| t.feature == name);
        let mut name = OTHER_MODELS.to_string();
        while taken(&name) {
            name.push_str("-feature");
        }
        name
    });
    if let Some(other) = &other {
        for name in reach(models, unreached) {
            features.entry(name).or_default().insert(other.clone());
        }
    }
    // Always compiled: the error models (every client's `ErrorBody`) and all they reach.
    let always = reach(models, error_models.iter().cloned());
    for (name, model) in models.iter_mut() {
        model.features = match features.get(name) {
            Some(set) if !always.contains(name) => set.iter().cloned().collect(),
            _ => Vec::new(),
        };
    }
    other
}

/// The longest `cfg` predicate a model names its features in; one longer (a model that many
/// tags reach: `any(feature = "user", feature = "group", ...)` over several lines) names a
/// feature group instead.
const LONGEST_PREDICATE: usize = 72;

/// Replace each model's long feature list by a group feature; the groups, each with the
/// features that turn it on. Groups are numbered in the order of the models' names.
pub(super) fn group(
    tags: &[Tag],
    models: &mut BTreeMap<String, Model>,
) -> Vec<(String, Vec<String>)> {
    let long = |features: &[String]| {
        features.len() > 1
            && features.iter().map(|f| f.len() + 14).sum::<usize>() + 5 > LONGEST_PREDICATE
    };
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for model in models.values_mut().filter(|m| long(&m.features)) {
        let existing = groups.iter().find(|(_, set)| *set == model.features);
        let name = match existing {
            Some((name, _)) => name.clone(),
            None => {
                let mut name = format!("models-{}", groups.len() + 1);
                while tags.iter().any(|t| t.feature == name) {
                    name.push_str("-group");
                }
                groups.push((name.clone(), model.features.clone()));
                name
            }
        };
        model.features = vec![name];
    }
    groups
}

/// The models the client never decodes: those only sent (reached from the operations'
/// parameters and request bodies, and from no response, success outcome or webhook payload),
/// and, in a build of some operations only (`filtered`), every model none of them decodes.
pub(super) fn never_decoded(
    tags: &[Tag],
    webhooks: &[Webhook],
    models: &BTreeMap<String, Model>,
    filtered: bool,
) -> BTreeSet<String> {
    let operations = || tags.iter().flat_map(|t| &t.operations);
    let named = |t: &super::TypeRef| t.model().map(str::to_string);
    let sent = reach(
        models,
        operations().flat_map(|op| op.sent_types().filter_map(named)),
    );
    let payloads = webhooks.iter().filter_map(|w| w.payload.as_ref());
    let received = reach(
        models,
        operations()
            .flat_map(|op| op.received_types().filter_map(named))
            .chain(payloads.filter_map(named)),
    );
    match filtered {
        true => models
            .keys()
            .filter(|name| !received.contains(*name))
            .cloned()
            .collect(),
        false => sent.difference(&received).cloned().collect(),
    }
}

/// Every model `roots` names, and every model those reach.
fn reach(
    models: &BTreeMap<String, Model>,
    roots: impl IntoIterator<Item = String>,
) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut pending: Vec<String> = roots.into_iter().collect();
    while let Some(name) = pending.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(model) = models.get(&name) {
            pending.extend(
                model
                    .types()
                    .filter_map(|t| t.model())
                    .filter(|n| !seen.contains(*n))
                    .map(str::to_string),
            );
        }
    }
    seen
}

/// Every model an operation names, directly or inside an array or map.
fn operation_models(op: &Operation) -> Vec<String> {
    op.types()
        .filter_map(|t| t.model().map(str::to_string))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::feature_name;

    // DigitalOcean's `1-Click Applications` tag: its module is `_1_click_applications`, and
    // Cargo refuses a feature starting with `-`.
    #[test]
    fn features_are_valid_cargo_feature_names() {
        assert_eq!(
            feature_name("_1_click_applications"),
            "1-click-applications"
        );
        assert_eq!(feature_name("user_factor"), "user-factor");
        assert_eq!(feature_name("r#type"), "type");
        assert_eq!(feature_name("default"), "default-tag");
    }
}
