//! Example values from a spec, for docs: a media type's `example` or first `examples` entry,
//! a parameter's example, or its schema's.

use super::refs;
use crate::load::Spec;
use openapiv3::{Example, MediaType, ReferenceOr, Schema};
use serde_json::Value;

/// The example a media type gives: `example`, else the first of `examples` (refs followed).
pub fn media_example(spec: &Spec, media: &MediaType, pointer: &str) -> Option<Value> {
    media
        .example
        .clone()
        .or_else(|| first_example(spec, media.examples.values(), pointer))
}

/// The first `examples` entry's value, following `$ref`s.
pub fn first_example<'a>(
    spec: &Spec,
    mut examples: impl Iterator<Item = &'a ReferenceOr<Example>>,
    pointer: &str,
) -> Option<Value> {
    let example = examples.next()?;
    let (example, _) = refs::resolve(spec, example, pointer).ok()?;
    example.value.clone()
}

/// A schema's own example, following a `$ref`.
pub fn schema_example(spec: &Spec, schema: &ReferenceOr<Schema>, pointer: &str) -> Option<Value> {
    let (schema, _) = refs::resolve(spec, schema, pointer).ok()?;
    schema.schema_data.example.clone()
}
