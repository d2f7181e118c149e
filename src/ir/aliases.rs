//! Models identical to another become aliases of it: Okta's spec writes the same
//! `ACTIVE`/`INACTIVE` enum under thirty names (`EventHookStatus`, `InlineHookStatus`, ...).
//! Each name stays a type users can write (`pub type EventHookStatus = LifecycleStatus;`), with
//! its own doc and docs page, but the type is compiled once.
//!
//! Identical means the same definition as the IR holds it (fields, types, docs, values,
//! variants), the model's own description aside, counting two types as the same when one is
//! an alias of the other: merging nested types can make their parents equal, so merging
//! repeats until nothing changes. The naming rule, for each group of identical models: the one
//! the spec names under `components/schemas` is the type (before inline ones), then the
//! shortest name, then the first in name order; the others are aliases of it. Error bodies the
//! spec writes in place are named by their status instead (see [`super::response_names`]),
//! and then every one of them is an alias. Every name stays
//! valid whichever is chosen, so a spec that gains a model never breaks code written against
//! the old names. Spec aliases (`allOf` of one schema) are left as they are.

use super::{Model, ModelKind, Tag, TypeRef};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Turn each model identical to another into an alias of it; an error response of one names
/// the type itself, so the client's `ErrorBody` has a variant per distinct error type (Akeneo
/// declares one `Error` under 522 inline names: one variant, not 522).
pub fn alias_identical(models: &mut BTreeMap<String, Model>, tags: &mut [Tag]) {
    // Alias name → the model it is identical to.
    let mut same: BTreeMap<String, String> = BTreeMap::new();
    // Only models that share their outline (property names, values, variant names) with
    // another can be identical to one; outlines do not change as types merge.
    let mut outlines: HashMap<String, usize> = HashMap::new();
    for model in models.values() {
        if let Some(outline) = outline(model) {
            *outlines.entry(outline).or_default() += 1;
        }
    }
    // The IR's own serialization is its structural identity. Computed once, then again only
    // for the models that name one merged since.
    let mut keys: BTreeMap<&str, String> = models
        .values()
        .filter(|m| outline(m).is_some_and(|o| outlines[&o] > 1))
        .map(|m| (m.name.as_str(), key(m, &same)))
        .collect();
    loop {
        let mut groups: HashMap<&str, Vec<&Model>> = HashMap::new();
        for (name, key) in &keys {
            groups.entry(key).or_default().push(&models[*name]);
        }
        let mut merged: BTreeSet<&str> = BTreeSet::new();
        for mut group in groups.into_values().filter(|g| g.len() > 1) {
            group.sort_by_key(|m| (!is_component(m), m.name.len(), m.name.as_str()));
            for alias in &group[1..] {
                same.insert(alias.name.clone(), group[0].name.clone());
                merged.insert(&alias.name);
            }
        }
        if merged.is_empty() {
            break;
        }
        keys.retain(|name, _| !merged.contains(name));
        let affected: Vec<&str> = keys
            .keys()
            .copied()
            .filter(|name| models[*name].types().any(|ty| names_any(ty, &merged)))
            .collect();
        for name in affected {
            keys.insert(name, key(&models[name], &same));
        }
    }
    name_error_groups(models, &mut same);
    for (alias, target) in &same {
        let target = resolve(target, &same);
        if let Some(model) = models.get_mut(alias) {
            model.kind = ModelKind::Alias(TypeRef::Model(target.to_string()));
        }
    }
    let errors = tags
        .iter_mut()
        .flat_map(|t| t.operations.iter_mut())
        .flat_map(|op| op.responses.iter_mut())
        .filter(|r| !r.is_success());
    for response in errors {
        if let Some(ty) = &mut response.ty {
            point_at(ty, &same);
        }
    }
}

/// Gives each group of identical models that are all error responses' bodies, or all the same
/// part of such bodies, a name of its own (see [`super::response_names`]): the old target is
/// then an alias too.
fn name_error_groups(models: &mut BTreeMap<String, Model>, same: &mut BTreeMap<String, String>) {
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for alias in same.keys() {
        let target = resolve(alias, same).to_string();
        groups.entry(target).or_default().push(alias.clone());
    }
    // The model at each pointer, for the name of the body a part is in.
    let at: HashMap<&str, &str> = models
        .values()
        .map(|m| (m.pointer.as_str(), m.name.as_str()))
        .collect();
    let mut named = Vec::new();
    for (target, aliases) in &groups {
        if is_component(&models[target]) {
            continue;
        }
        let members: Vec<&Model> = std::iter::once(target)
            .chain(aliases)
            .map(|name| &models[name])
            .collect();
        let pointers = members.iter().map(|m| m.pointer.as_str());
        let Some((base, part)) = super::response_names::shared_error_name(pointers) else {
            continue;
        };
        // A part keeps the tail of its name: the body's `...400Error` + `MessagesItem`.
        let tail = match part {
            "" => Some(""),
            _ => super::response_names::split_body(&members[0].pointer)
                .and_then(|(body, _)| at.get(body))
                .and_then(|body| target.strip_prefix(body))
                .filter(|tail| !tail.is_empty()),
        };
        let Some(tail) = tail else {
            continue;
        };
        let mut model = members[0].clone();
        let first = &model.description;
        if first.is_none() || members.iter().any(|m| &m.description != first) {
            let mut by_name = members.clone();
            by_name.sort_by_key(|m| &m.name);
            let places: Vec<String> = by_name
                .iter()
                .map(|m| super::origin::origin_phrase(&m.pointer))
                .collect();
            model.description = Some(super::shared::shared_doc(&places));
        }
        model.name = format!("{base}{tail}");
        named.push((members.len(), target.clone(), model));
    }
    // Where two groups would take one name, the larger one has it.
    named.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    for (_, target, model) in named {
        let free = !models.contains_key(&model.name)
            && !crate::naming::RESERVED_TYPE_NAMES.contains(&model.name.as_str());
        if free {
            same.insert(target, model.name.clone());
            models.insert(model.name.clone(), model);
        }
    }
}

/// What identical models share whatever their types: the kind, and its property names, enum
/// values or variant names. `None` for an alias, which is never merged.
fn outline(model: &Model) -> Option<String> {
    let names: Vec<&str> = match &model.kind {
        ModelKind::Struct(s) => s.fields.iter().map(|f| f.api_name.as_str()).collect(),
        ModelKind::Enum(e) => e.variants.iter().map(|v| v.value.as_str()).collect(),
        ModelKind::Union(u) => u.variants.iter().map(|v| v.name.as_str()).collect(),
        ModelKind::Tuple(types) => return Some(format!("tuple {}", types.len())),
        ModelKind::Alias(_) => return None,
    };
    let kind = match &model.kind {
        ModelKind::Struct(_) => "struct",
        ModelKind::Enum(_) => "enum",
        _ => "union",
    };
    Some(format!("{kind} {}", names.join("\u{0}")))
}

/// The structural identity of `model`: its kind, each type it names taken through `same`.
fn key(model: &Model, same: &BTreeMap<String, String>) -> String {
    let renamed = model
        .types()
        .any(|ty| ty.model().is_some_and(|name| same.contains_key(name)));
    if !renamed {
        return serde_json::to_string(&model.kind).expect("the IR serializes");
    }
    let mut copy = model.clone();
    for ty in copy.types_mut() {
        point_at(ty, same);
    }
    serde_json::to_string(&copy.kind).expect("the IR serializes")
}

/// Whether `ty` names one of `names` (inside arrays and maps too).
fn names_any(ty: &TypeRef, names: &BTreeSet<&str>) -> bool {
    ty.model().is_some_and(|name| names.contains(name))
}

/// The model `name` stands for, through aliases made by this pass.
fn resolve<'a>(mut name: &'a str, same: &'a BTreeMap<String, String>) -> &'a str {
    while let Some(next) = same.get(name) {
        name = next;
    }
    name
}

fn point_at(ty: &mut TypeRef, same: &BTreeMap<String, String>) {
    match ty {
        TypeRef::Model(name) => {
            let target = resolve(name, same);
            if target != name {
                *name = target.to_string();
            }
        }
        TypeRef::Array(inner) | TypeRef::Map(inner) => point_at(inner, same),
        _ => {}
    }
}

/// A model the spec names under `components/schemas`.
fn is_component(model: &Model) -> bool {
    model
        .pointer
        .strip_prefix("#/components/schemas/")
        .is_some_and(|rest| !rest.contains('/'))
}
