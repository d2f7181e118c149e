//! Identical inline schemas become one model: the same `visibility` enum written out in forty
//! request bodies is one type, not forty.
//!
//! The naming rule: inline models (those the spec does not name under `components/schemas`)
//! whose definitions are equal (the same fields, types, docs and values) and whose names end in
//! the same word are merged under the longest word suffix all their names share, when it has
//! two words or more: `UserProfileSettings` and `GroupProfileSettings` become
//! `ProfileSettings`. A group is left as it is when that suffix is a single word (`Visibility`
//! alone says too little of what it belongs to), is two words ending in a generic one
//! (`MethodsItem`), or is already the name of another model. Generic words that lead a longer
//! suffix are dropped: `CreateGroupRequestRuleVisibility` and `UpdateAppRequestRuleVisibility`
//! share `RuleVisibility`. Merging repeats until nothing changes, since merging
//! nested types can make their parents equal. Deterministic: groups are visited in name order.

use super::origin::origin_phrase;
use super::{Model, ModelKind, Tag, TypeRef};
use crate::naming;
use std::collections::{BTreeMap, BTreeSet};

/// Suffixes too generic to name a shared type on their own.
const GENERIC: &[&str] = &[
    "Item", "Value", "Request", "Response", "Body", "Object", "Data", "Inner", "Default",
];

/// Small words that cannot start a name (`AnyOfObject` and `OneOfObject` share `OfObject`).
const CONNECTORS: &[&str] = &[
    "A", "An", "And", "At", "By", "For", "From", "In", "Of", "On", "Or", "The", "To", "With",
];

/// Merge identical inline models in `models`, and point every type in the models and the
/// operations at the merged ones.
pub fn merge_identical(models: &mut BTreeMap<String, Model>, tags: &mut [Tag]) {
    // Where each merged model's schemas are, for its doc.
    let mut places: BTreeMap<String, Vec<String>> = BTreeMap::new();
    loop {
        let renames = merge_round(models, &mut places);
        if renames.is_empty() {
            break;
        }
        for model in models.values_mut() {
            for ty in model.types_mut() {
                rename(ty, &renames);
            }
        }
        for op in tags.iter_mut().flat_map(|t| t.operations.iter_mut()) {
            for ty in op.types_mut() {
                rename(ty, &renames);
            }
        }
    }
    for (name, places) in places {
        if let Some(model) = models.get_mut(&name).filter(|m| m.description.is_none()) {
            model.description = Some(shared_doc(&places));
        }
    }
}

/// The doc of a merged model the spec does not describe: where its schemas are.
/// Places said in the same words (schemas of several responses of one operation) are said
/// once.
pub(super) fn shared_doc(places: &[String]) -> String {
    const LISTED: usize = 3;
    let mut distinct: Vec<&String> = Vec::new();
    for place in places {
        if !distinct.contains(&place) {
            distinct.push(place);
        }
    }
    let mut listed: Vec<String> = distinct
        .iter()
        .take(LISTED)
        .map(|p| p.to_string())
        .collect();
    if distinct.len() > LISTED {
        listed.push(format!("{} more", distinct.len() - LISTED));
    }
    let last = listed.pop().unwrap_or_default();
    let list = if listed.is_empty() {
        last
    } else {
        format!("{} and {last}", listed.join("; "))
    };
    format!(
        "One type for {} identical inline schemas: {list}.",
        places.len()
    )
}

/// One round: each group of equal inline models merged; the old names and their new one.
/// `places` gathers, for each merged model, where its schemas are (in words).
fn merge_round(
    models: &mut BTreeMap<String, Model>,
    places: &mut BTreeMap<String, Vec<String>>,
) -> BTreeMap<String, String> {
    let mut groups: BTreeMap<(String, &str), Vec<&str>> = BTreeMap::new();
    for model in models.values().filter(|m| is_inline(m)) {
        // The IR's own serialization is its structural identity.
        let key =
            serde_json::to_string(&(&model.kind, &model.description)).expect("the IR serializes");
        let last = words(&model.name).pop().unwrap_or_default();
        groups.entry((key, last)).or_default().push(&model.name);
    }
    let mut taken: BTreeSet<String> = models.keys().cloned().collect();
    let mut renames = BTreeMap::new();
    for names in groups.into_values().filter(|names| names.len() > 1) {
        let Some(shared) = common_suffix(&names) else {
            continue;
        };
        let free = names.contains(&shared.as_str())
            || (!taken.contains(&shared)
                && !naming::RESERVED_TYPE_NAMES.contains(&shared.as_str()));
        if !free {
            continue;
        }
        taken.insert(shared.clone());
        for name in names {
            if name != shared {
                renames.insert(name.to_string(), shared.clone());
            }
        }
    }
    for (old, new) in &renames {
        let Some(mut model) = models.remove(old) else {
            continue;
        };
        let mut merged = places
            .remove(old)
            .unwrap_or_else(|| vec![origin_phrase(&model.pointer)]);
        let into = places.entry(new.clone()).or_insert_with(|| {
            models
                .get(new)
                .map(|m| vec![origin_phrase(&m.pointer)])
                .unwrap_or_default()
        });
        into.append(&mut merged);
        if !models.contains_key(new) {
            model.name = new.clone();
            models.insert(new.clone(), model);
        }
    }
    renames
}

/// A model the spec defines in place, not under `components/schemas`.
fn is_inline(model: &Model) -> bool {
    let component = model
        .pointer
        .strip_prefix("#/components/schemas/")
        .is_some_and(|rest| !rest.contains('/'));
    !component && !matches!(model.kind, ModelKind::Alias(_))
}

/// The longest run of trailing words every name shares, unless it is one generic word.
fn common_suffix(names: &[&str]) -> Option<String> {
    let split: Vec<Vec<&str>> = names.iter().map(|n| words(n)).collect();
    let shortest = split.iter().map(Vec::len).min()?;
    let mut len = 0;
    while len < shortest {
        let word = split[0][split[0].len() - 1 - len];
        if split.iter().all(|w| w[w.len() - 1 - len] == word) {
            len += 1;
        } else {
            break;
        }
    }
    let mut suffix = &split[0][split[0].len() - len..];
    // `RequestRuleVisibility` says no more than `RuleVisibility`.
    while suffix.len() > 2 && (GENERIC.contains(&suffix[0]) || CONNECTORS.contains(&suffix[0])) {
        suffix = &suffix[1..];
    }
    match suffix {
        [] | [_] => None,
        [first, ..] if CONNECTORS.contains(first) => None,
        [.., last] if GENERIC.contains(last) && suffix.len() < 3 => None,
        _ => Some(suffix.concat()),
    }
}

/// The words of a PascalCase name: `AppSignOnMode2` → `App`, `Sign`, `On`, `Mode2`.
fn words(name: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, ch) in name.char_indices().skip(1) {
        if ch.is_ascii_uppercase() {
            out.push(&name[start..i]);
            start = i;
        }
    }
    if !name.is_empty() {
        out.push(&name[start..]);
    }
    out
}

fn rename(ty: &mut TypeRef, renames: &BTreeMap<String, String>) {
    match ty {
        TypeRef::Model(name) => {
            if let Some(new) = renames.get(name) {
                *name = new.clone();
            }
        }
        TypeRef::Array(inner) | TypeRef::Map(inner) => rename(inner, renames),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_share_their_longest_word_suffix() {
        assert_eq!(
            common_suffix(&["CreateGroupRuleVisibility", "UpdateAppVisibility"]),
            None
        );
        assert_eq!(
            common_suffix(&["CreateGroupRuleVisibility", "UpdateRuleVisibility"]).as_deref(),
            Some("RuleVisibility")
        );
        assert_eq!(
            common_suffix(&["UserProfileSettings", "GroupProfileSettings"]).as_deref(),
            Some("ProfileSettings")
        );
        assert_eq!(common_suffix(&["FooMethodsItem", "BarMethodsItem"]), None);
        assert_eq!(common_suffix(&["AnyOfObject", "OneOfObject"]), None);
        assert_eq!(
            common_suffix(&["AnyOfObjectKind", "OneOfObjectKind"]).as_deref(),
            Some("ObjectKind")
        );
        assert_eq!(
            common_suffix(&["ARequestRuleVisibility", "BRequestRuleVisibility"]).as_deref(),
            Some("RuleVisibility")
        );
        assert_eq!(
            common_suffix(&["FooAuthMethodsItem", "BarAuthMethodsItem"]).as_deref(),
            Some("AuthMethodsItem")
        );
        assert_eq!(common_suffix(&["FooColor", "BarShade"]), None);
    }

    #[test]
    fn a_shared_model_names_each_place_once() {
        let places =
            |words: &[&str]| -> Vec<String> { words.iter().map(|w| w.to_string()).collect() };
        assert_eq!(
            shared_doc(&places(&[
                "the `a` of `X`",
                "the `a` of `X`",
                "the `a` of `Y`"
            ])),
            "One type for 3 identical inline schemas: the `a` of `X` and the `a` of `Y`."
        );
        assert_eq!(
            shared_doc(&places(&["A", "A", "B", "C", "D", "D", "E"])),
            "One type for 7 identical inline schemas: A; B; C and 2 more."
        );
    }

    #[test]
    fn words_split_at_capitals() {
        assert_eq!(words("AppSignOnMode2"), ["App", "Sign", "On", "Mode2"]);
        assert_eq!(words("X"), ["X"]);
    }
}
