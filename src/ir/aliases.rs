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
//! shortest name, then the first in name order; the others are aliases of it. Every name stays
//! valid whichever is chosen, so a spec that gains a model never breaks code written against
//! the old names. Spec aliases (`allOf` of one schema) are left as they are.

use super::{Model, ModelKind, TypeRef};
use std::collections::BTreeMap;

/// Turn each model identical to another into an alias of it. Returns how many became aliases.
pub fn alias_identical(models: &mut BTreeMap<String, Model>) -> usize {
    // Alias name → the model it is identical to.
    let mut same: BTreeMap<String, String> = BTreeMap::new();
    loop {
        let mut groups: BTreeMap<String, Vec<&Model>> = BTreeMap::new();
        for model in models.values() {
            if matches!(model.kind, ModelKind::Alias(_)) || same.contains_key(&model.name) {
                continue;
            }
            let mut copy = model.clone();
            for ty in copy.types_mut() {
                point_at(ty, &same);
            }
            // The IR's own serialization is its structural identity.
            let key = serde_json::to_string(&copy.kind).expect("the IR serializes");
            groups.entry(key).or_default().push(model);
        }
        let mut merged = false;
        for mut group in groups.into_values().filter(|g| g.len() > 1) {
            group.sort_by_key(|m| (!is_component(m), m.name.len(), m.name.as_str()));
            for alias in &group[1..] {
                same.insert(alias.name.clone(), group[0].name.clone());
            }
            merged = true;
        }
        if !merged {
            break;
        }
    }
    for (alias, target) in &same {
        let target = resolve(target, &same);
        if let Some(model) = models.get_mut(alias) {
            model.kind = ModelKind::Alias(TypeRef::Model(target.to_string()));
        }
    }
    same.len()
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
