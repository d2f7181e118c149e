//! Resolving local `$ref`s (`#/components/<kind>/<name>`) with located errors.

use crate::error::Result;
use crate::load::Spec;
use indexmap::IndexMap;
use openapiv3::{Components, ReferenceOr};

/// The component kinds a `$ref` can point into, with the map that holds each.
pub trait Component: Sized {
    const KIND: &'static str;
    fn map(components: &Components) -> &IndexMap<String, ReferenceOr<Self>>;
}

macro_rules! component {
    ($ty:ty, $kind:literal, $field:ident) => {
        impl Component for $ty {
            const KIND: &'static str = $kind;
            fn map(components: &Components) -> &IndexMap<String, ReferenceOr<Self>> {
                &components.$field
            }
        }
    };
}

component!(openapiv3::Schema, "schemas", schemas);
component!(openapiv3::Parameter, "parameters", parameters);
component!(openapiv3::Response, "responses", responses);
component!(openapiv3::RequestBody, "requestBodies", request_bodies);
component!(openapiv3::Example, "examples", examples);
component!(openapiv3::Header, "headers", headers);

/// The component name a `$ref` points at: `#/components/schemas/User` → `User`, with
/// RFC 6901's escapes undone (`a~1b` → `a/b`, `c~0d` → `c~d`). `None` when the reference
/// points elsewhere, or deeper than a component.
pub fn ref_name<T: Component>(reference: &str) -> Option<std::borrow::Cow<'_, str>> {
    let prefix = format!("#/components/{}/", T::KIND);
    let escaped = reference.strip_prefix(prefix.as_str())?;
    if escaped.contains('/') {
        return None;
    }
    Some(if escaped.contains('~') {
        std::borrow::Cow::Owned(escaped.replace("~1", "/").replace("~0", "~"))
    } else {
        std::borrow::Cow::Borrowed(escaped)
    })
}

/// Follow `item` through any chain of `$ref`s to the value, returning it with its pointer.
/// `pointer` is where `item` itself sits, for errors.
pub fn resolve<'a, T: Component>(
    spec: &'a Spec,
    item: &'a ReferenceOr<T>,
    pointer: &str,
) -> Result<(&'a T, String)> {
    match item {
        ReferenceOr::Item(value) => Ok((value, pointer.to_string())),
        ReferenceOr::Reference { reference } => follow(spec, reference, pointer),
    }
}

/// Follow a `$ref` string (and any refs it leads to) to its value.
pub fn follow<'a, T: Component>(
    spec: &'a Spec,
    reference: &str,
    pointer: &str,
) -> Result<(&'a T, String)> {
    let mut reference = reference.to_string();
    let mut at = pointer.to_string();
    // A chain longer than the component map can only be a cycle of refs.
    let limit = spec.doc.components.as_ref().map_or(0, |c| T::map(c).len()) + 1;
    for _ in 0..=limit {
        let name = ref_name::<T>(&reference).ok_or_else(|| {
            let elsewhere = reference
                .strip_prefix("#/components/")
                .and_then(|rest| rest.split_once('/'))
                .map(|(kind, _)| kind);
            let message = match elsewhere {
                Some(kind) => format!(
                    "`$ref: {reference}` points into #/components/{kind}, where a reference \
                     into #/components/{} is expected here",
                    T::KIND
                ),
                None => format!(
                    "`$ref: {reference}` is not supported: expected a local reference into \
                     #/components/{}",
                    T::KIND
                ),
            };
            spec.error(&at, message)
        })?;
        let target = spec
            .doc
            .components
            .as_ref()
            .and_then(|c| T::map(c).get(name.as_ref()))
            .ok_or_else(|| spec.error(&at, format!("`$ref: {reference}` points at nothing")))?;
        at = pointer_to(T::KIND, &name);
        match target {
            ReferenceOr::Item(value) => return Ok((value, at)),
            ReferenceOr::Reference { reference: next } => reference = next.clone(),
        }
    }
    Err(spec.error(pointer, "`$ref`s form a cycle that never reaches a value"))
}

/// The JSON pointer of a component: `#/components/schemas/User`.
pub fn pointer_to(kind: &str, name: &str) -> String {
    format!("#/components/{kind}/{}", escape(name))
}

pub use crate::location::escape;

/// Resolve a boxed schema reference, as object properties hold them.
pub fn resolve_boxed<'a>(
    spec: &'a Spec,
    item: &'a ReferenceOr<Box<openapiv3::Schema>>,
    pointer: &str,
) -> Result<(&'a openapiv3::Schema, String)> {
    match item {
        ReferenceOr::Item(schema) => Ok((schema, pointer.to_string())),
        ReferenceOr::Reference { reference } => follow(spec, reference, pointer),
    }
}
