//! Passes over the finished set of models: which fields need a `Box`, which structs can
//! derive `Default`, which prose is none.

use super::{Model, ModelKind, SecurityScheme, Tag, TypeRef, Warning, Webhook};
use std::collections::{BTreeMap, HashMap};

/// Box exactly the fields that close a cycle of structs held by value (directly or in an
/// `Option`): a `Vec` or map already puts its items on the heap, so those need no box.
pub fn mark_boxes(models: &mut BTreeMap<String, Model>) {
    let component = strongly_connected(models);
    for model in models.values_mut() {
        let here = component.get(&model.name);
        let closes = |ty: &TypeRef| match ty {
            TypeRef::Model(target) => here.is_some() && component.get(target) == here,
            _ => false,
        };
        match &mut model.kind {
            ModelKind::Struct(s) => {
                for field in &mut s.fields {
                    field.boxed = closes(&field.ty);
                }
            }
            ModelKind::Union(u) => {
                for variant in &mut u.variants {
                    variant.boxed = closes(&variant.ty);
                }
            }
            _ => {}
        }
    }
}

/// The models a model holds by value (not behind a `Vec` or map).
fn by_value(model: &Model) -> Vec<&str> {
    match &model.kind {
        ModelKind::Struct(s) => s
            .fields
            .iter()
            .filter_map(|f| match &f.ty {
                TypeRef::Model(name) => Some(name.as_str()),
                _ => None,
            })
            .collect(),
        ModelKind::Alias(TypeRef::Model(name)) => vec![name.as_str()],
        ModelKind::Union(u) => u
            .variants
            .iter()
            .filter_map(|v| match &v.ty {
                TypeRef::Model(name) => Some(name.as_str()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Tarjan's algorithm: model name → id of its strongly connected component, for models in a
/// cycle (a component of one model counts only when it holds itself).
fn strongly_connected(models: &BTreeMap<String, Model>) -> HashMap<String, usize> {
    struct State<'m> {
        models: &'m BTreeMap<String, Model>,
        index: HashMap<&'m str, usize>,
        low: HashMap<&'m str, usize>,
        stack: Vec<&'m str>,
        on_stack: std::collections::HashSet<&'m str>,
        next: usize,
        result: HashMap<String, usize>,
        components: usize,
    }
    fn visit<'m>(s: &mut State<'m>, name: &'m str) {
        s.index.insert(name, s.next);
        s.low.insert(name, s.next);
        s.next += 1;
        s.stack.push(name);
        s.on_stack.insert(name);
        let edges = s.models.get(name).map(by_value).unwrap_or_default();
        for target in &edges {
            let Some((target, _)) = s.models.get_key_value(*target) else {
                continue;
            };
            let target = target.as_str();
            if !s.index.contains_key(target) {
                visit(s, target);
                let low = s.low[target].min(s.low[name]);
                s.low.insert(name, low);
            } else if s.on_stack.contains(target) {
                let low = s.index[target].min(s.low[name]);
                s.low.insert(name, low);
            }
        }
        if s.low[name] == s.index[name] {
            let mut members = Vec::new();
            while let Some(member) = s.stack.pop() {
                s.on_stack.remove(member);
                members.push(member);
                if member == name {
                    break;
                }
            }
            let cyclic = members.len() > 1 || edges.contains(&name);
            if cyclic {
                for member in members {
                    s.result.insert(member.to_string(), s.components);
                }
                s.components += 1;
            }
        }
    }
    let mut state = State {
        models,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on_stack: Default::default(),
        next: 0,
        result: HashMap::new(),
        components: 0,
    };
    for name in models.keys() {
        if !state.index.contains_key(name.as_str()) {
            visit(&mut state, name);
        }
    }
    state.result
}

/// A struct that requires itself (through a chain of required, non-nullable fields) has no
/// finite value: JSON cannot nest forever. The field that closes such a chain becomes
/// optional, with a warning; otherwise `Default`, examples and any value of the type would
/// recurse without end.
pub fn break_required_cycles(models: &mut BTreeMap<String, Model>) -> Vec<Warning> {
    // Required edges: (model, field index) → the model the field holds by value.
    let required = |model: &Model| -> Vec<(usize, String)> {
        match &model.kind {
            ModelKind::Struct(s) => s
                .fields
                .iter()
                .enumerate()
                .filter(|(_, f)| !f.is_optional())
                .filter_map(|(i, f)| match &f.ty {
                    TypeRef::Model(target) => Some((i, target.clone())),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    };
    let edges: BTreeMap<String, Vec<(usize, String)>> = models
        .iter()
        .map(|(name, model)| (name.clone(), required(model)))
        .collect();
    // Depth-first, iteratively: an edge back to a model on the current path closes a cycle.
    let mut closing: Vec<(String, usize)> = Vec::new();
    let mut done: std::collections::HashSet<&str> = Default::default();
    for start in edges.keys() {
        if done.contains(start.as_str()) {
            continue;
        }
        let mut path: Vec<(&str, usize)> = vec![(start.as_str(), 0)];
        while let Some((name, next)) = path.last().copied() {
            let out = edges.get(name).map(Vec::as_slice).unwrap_or_default();
            let Some((field, target)) = out.get(next) else {
                done.insert(name);
                path.pop();
                continue;
            };
            path.last_mut().expect("a path being walked").1 += 1;
            if path.iter().any(|(on, _)| *on == target) {
                closing.push((name.to_string(), *field));
            } else if !done.contains(target.as_str()) && edges.contains_key(target) {
                path.push((target.as_str(), 0));
            }
        }
    }
    let mut warnings = Vec::new();
    for (name, index) in closing {
        let Some(model) = models.get_mut(&name) else {
            continue;
        };
        let pointer = model.pointer.clone();
        if let ModelKind::Struct(s) = &mut model.kind {
            let field = &mut s.fields[index];
            field.required = false;
            let target = field.ty.display();
            warnings.push(Warning {
                pointer: format!(
                    "{pointer}/properties/{}",
                    super::refs::escape(&field.api_name)
                ),
                message: format!(
                    "`{}` is required, but the `{target}` it holds requires `{name}` again: no \
                     finite value has it, so the field is optional",
                    field.api_name
                ),
            });
        }
    }
    warnings
}

/// A struct derives `Default` when every field it must always hold has a default: enums do
/// not (no value is a sensible default for them), structs do when they derive it.
pub fn derive_defaults(models: &mut BTreeMap<String, Model>) {
    // The check recurses through every field's model, so one pass decides each struct; a
    // cycle of structs counts as having a default.
    let decided: HashMap<String, bool> = models
        .iter()
        .map(|(name, model)| (name.clone(), has_default(models, model, &mut Vec::new())))
        .collect();
    for (name, model) in models.iter_mut() {
        if let ModelKind::Struct(s) = &mut model.kind {
            s.derives_default = decided[name];
        }
    }
}

fn has_default(models: &BTreeMap<String, Model>, model: &Model, seen: &mut Vec<String>) -> bool {
    match &model.kind {
        // No variant is a sensible default; a tuple derives none.
        ModelKind::Enum(_) | ModelKind::Union(_) | ModelKind::Tuple(_) => false,
        ModelKind::Alias(ty) => type_has_default(models, ty, seen),
        ModelKind::Struct(s) => s
            .fields
            .iter()
            .filter(|f| !f.is_optional())
            .all(|f| type_has_default(models, &f.ty, seen)),
    }
}

fn type_has_default(
    models: &BTreeMap<String, Model>,
    ty: &TypeRef,
    seen: &mut Vec<String>,
) -> bool {
    match ty {
        TypeRef::Model(name) => {
            if seen.contains(name) {
                return true;
            }
            seen.push(name.clone());
            let result = models
                .get(name)
                .is_some_and(|m| has_default(models, m, seen));
            seen.pop();
            result
        }
        _ => true,
    }
}

/// Spec prose that is blank (`description: ""`, which some converters write for every
/// parameter) is no prose: the emitters then write their own doc, as for a missing one, and
/// `#![warn(missing_docs)]` stays satisfied.
pub fn drop_blank_prose(
    models: &mut BTreeMap<String, Model>,
    tags: &mut [Tag],
    webhooks: &mut [Webhook],
    schemes: &mut [SecurityScheme],
) {
    for model in models.values_mut() {
        clear_blank(&mut model.description);
        match &mut model.kind {
            ModelKind::Struct(s) => s
                .fields
                .iter_mut()
                .for_each(|f| clear_blank(&mut f.description)),
            ModelKind::Enum(e) => e
                .variants
                .iter_mut()
                .for_each(|v| clear_blank(&mut v.description)),
            _ => {}
        }
    }
    for op in tags.iter_mut().flat_map(|t| t.operations.iter_mut()) {
        clear_blank(&mut op.summary);
        clear_blank(&mut op.description);
        op.params
            .iter_mut()
            .for_each(|p| clear_blank(&mut p.description));
        if let Some(body) = &mut op.body {
            clear_blank(&mut body.description);
        }
    }
    tags.iter_mut()
        .for_each(|t| clear_blank(&mut t.description));
    for hook in webhooks {
        clear_blank(&mut hook.summary);
        clear_blank(&mut hook.description);
    }
    schemes
        .iter_mut()
        .for_each(|s| clear_blank(&mut s.description));
}

/// `None` for text that is only white space.
pub fn clear_blank(text: &mut Option<String>) {
    if text.as_deref().is_some_and(|t| t.trim().is_empty()) {
        *text = None;
    }
}
