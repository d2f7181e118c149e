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

/// How deep [`synthesize`] builds nested objects and arrays: deep enough for every field a
/// docs example needs to show, shallow enough that a recursive schema ends.
const SYNTHESIS_DEPTH: usize = 4;

/// A value `schema` allows, for the docs example of a parameter or body the spec gives no
/// example for: the spec's own `example`/`default`/first `enum` value where a schema has one,
/// else a value of its type and format (`2024-01-01T00:00:00Z` for `date-time`, a UUID, an
/// email address, ...; 1 for a number where its bounds allow) within its `minimum`/`maximum`
/// and length bounds, matching its `pattern` where one can be made (see [`super::pattern`]);
/// an array of one item (or `minItems`); an object with its required properties, and its
/// other writable properties too at the top level or where it would otherwise be empty; the first member of
/// a `oneOf`/`anyOf`, with its discriminator value set; the members of an `allOf` merged.
/// `name` (the parameter's or property's) makes string placeholders read `name_example`.
pub fn synthesize(spec: &Spec, schema: &ReferenceOr<Schema>, name: &str, pointer: &str) -> Value {
    Synthesis {
        spec,
        open: std::cell::Cell::new(0),
    }
    .value(schema, name, pointer, 0)
}

struct Synthesis<'a> {
    spec: &'a Spec,
    /// How many schemas are being made now, nested: `oneOf`/`allOf` members do not count
    /// as depth (a member is the same value), but a cycle through them must end.
    open: std::cell::Cell<usize>,
}

impl Synthesis<'_> {
    fn value(&self, schema: &ReferenceOr<Schema>, name: &str, at: &str, depth: usize) -> Value {
        match refs::resolve(self.spec, schema, at) {
            Ok((schema, at)) => self.of(schema, name, &at, depth),
            Err(_) => Value::Null,
        }
    }

    fn boxed(
        &self,
        schema: &ReferenceOr<Box<Schema>>,
        name: &str,
        at: &str,
        depth: usize,
    ) -> Value {
        match refs::resolve_boxed(self.spec, schema, at) {
            Ok((schema, at)) => self.of(schema, name, &at, depth),
            Err(_) => Value::Null,
        }
    }

    fn of(&self, schema: &Schema, name: &str, at: &str, depth: usize) -> Value {
        if self.open.get() > 4 * SYNTHESIS_DEPTH {
            return Value::Null;
        }
        self.open.set(self.open.get() + 1);
        let value = self.of_kind(schema, name, at, depth);
        self.open.set(self.open.get() - 1);
        value
    }

    fn of_kind(&self, schema: &Schema, name: &str, at: &str, depth: usize) -> Value {
        use openapiv3::{SchemaKind, Type};
        let data = &schema.schema_data;
        if let Some(value) = data.example.as_ref().or(data.default.as_ref()) {
            return value.clone();
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => string(s, name),
            SchemaKind::Type(Type::Integer(i)) => integer(i),
            SchemaKind::Type(Type::Number(n)) => number(n),
            SchemaKind::Type(Type::Boolean(b)) => Value::Bool(
                b.enumeration
                    .iter()
                    .flatten()
                    .next()
                    .copied()
                    .unwrap_or(false),
            ),
            SchemaKind::Type(Type::Array(a)) => {
                if depth >= SYNTHESIS_DEPTH {
                    return Value::Array(Vec::new());
                }
                let Some(items) = &a.items else {
                    return Value::Array(Vec::new());
                };
                let item = self.boxed(items, name, &format!("{at}/items"), depth + 1);
                Value::Array(vec![item; a.min_items.unwrap_or(1).max(1)])
            }
            SchemaKind::Type(Type::Object(o)) => self.object(
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                at,
                depth,
            ),
            SchemaKind::Any(any) if !any.properties.is_empty() => self.object(
                &any.properties,
                &any.required,
                any.additional_properties.as_ref(),
                at,
                depth,
            ),
            SchemaKind::OneOf { one_of: members } => {
                self.first_member(members, "oneOf", data, name, at, depth)
            }
            SchemaKind::AnyOf { any_of: members } => {
                self.first_member(members, "anyOf", data, name, at, depth)
            }
            SchemaKind::AllOf { all_of } => {
                let mut merged = serde_json::Map::new();
                for (i, member) in all_of.iter().enumerate() {
                    match self.value(member, name, &format!("{at}/allOf/{i}"), depth) {
                        Value::Object(object) => merged.extend(object),
                        other if all_of.len() == 1 => return other,
                        _ => {}
                    }
                }
                Value::Object(merged)
            }
            _ => Value::Null,
        }
    }

    /// The first member of a `oneOf`/`anyOf` (`key`), with the discriminator value that names
    /// it set.
    fn first_member(
        &self,
        members: &[ReferenceOr<Schema>],
        key: &str,
        data: &openapiv3::SchemaData,
        name: &str,
        at: &str,
        depth: usize,
    ) -> Value {
        let Some(first) = members.first() else {
            return Value::Null;
        };
        let mut value = self.value(first, name, &format!("{at}/{key}/0"), depth);
        if let (Some(d), Value::Object(object)) = (&data.discriminator, &mut value) {
            let tag = match first {
                ReferenceOr::Reference { reference } => d
                    .mapping
                    .iter()
                    .find(|(_, target)| *target == reference)
                    .map(|(tag, _)| tag.clone())
                    .or_else(|| refs::ref_name::<Schema>(reference).map(|n| n.into_owned())),
                ReferenceOr::Item(_) => None,
            };
            if let Some(tag) = tag {
                object.insert(d.property_name.clone(), Value::String(tag));
            }
        }
        value
    }

    fn object(
        &self,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&openapiv3::AdditionalProperties>,
        at: &str,
        depth: usize,
    ) -> Value {
        let mut object = serde_json::Map::new();
        let writable = |schema: &ReferenceOr<Box<Schema>>| {
            refs::resolve_boxed(self.spec, schema, at)
                .map(|(s, _)| !s.schema_data.read_only)
                .unwrap_or(false)
        };
        let all_optional = required.iter().all(|r| !properties.contains_key(r));
        for (key, schema) in properties {
            let wanted = required.contains(key)
                || (depth < SYNTHESIS_DEPTH && (depth == 0 || all_optional) && writable(schema));
            if wanted {
                let at = format!("{at}/properties/{}", refs::escape(key));
                object.insert(key.clone(), self.boxed(schema, key, &at, depth + 1));
            }
        }
        if let Some(openapiv3::AdditionalProperties::Schema(inner)) = additional
            && object.is_empty()
            && depth < SYNTHESIS_DEPTH
        {
            let at = format!("{at}/additionalProperties");
            object.insert("key".into(), self.value(inner, "value", &at, depth + 1));
        }
        Value::Object(object)
    }
}

/// An example of a string `format` a validating server checks.
fn formatted(format: &str) -> Option<&'static str> {
    Some(match format {
        "date-time" => "2024-01-01T00:00:00Z",
        "date" => "2024-01-01",
        "time" => "12:00:00Z",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "email" | "idn-email" => "user@example.com",
        "uri" | "url" | "iri" | "uri-reference" | "iri-reference" => "https://example.com",
        "hostname" | "idn-hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" => "ZXhhbXBsZQ==",
        "duration" => "P1D",
        "json-pointer" => "/example",
        "relative-json-pointer" => "0/example",
        "regex" => "^example$",
        _ => return None,
    })
}

/// A string of `s`'s first `enum` value, or its format's (a date, a UUID, ...), or
/// `<name>_example`; within its length bounds, and matching its `pattern` where a string can be
/// made for it.
fn string(s: &openapiv3::StringType, name: &str) -> Value {
    if let Some(first) = s.enumeration.iter().flatten().next() {
        return Value::String(first.clone());
    }
    let format = match &s.format {
        openapiv3::VariantOrUnknownOrEmpty::Item(f) => serde_json::to_value(f)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned)),
        openapiv3::VariantOrUnknownOrEmpty::Unknown(f) => Some(f.clone()),
        openapiv3::VariantOrUnknownOrEmpty::Empty => None,
    };
    let mut text = format.as_deref().and_then(formatted).map_or_else(
        || {
            format!(
                "{}_example",
                crate::naming::bare(&crate::naming::snake(name))
            )
        },
        str::to_owned,
    );
    if let Some(max) = s.max_length {
        text.truncate(max.max(1));
    }
    while text.len() < s.min_length.unwrap_or(0) {
        text.push('x');
    }
    if let Some(pattern) = &s.pattern {
        text = super::pattern::allowed(pattern, text);
    }
    Value::String(text)
}

/// An integer `i` allows: its first `enum` value, else as [`pick`] chooses within its bounds.
fn integer(i: &openapiv3::IntegerType) -> Value {
    if let Some(first) = i.enumeration.iter().flatten().next() {
        return Value::from(*first);
    }
    let round_up = i
        .multiple_of
        .filter(|m| *m > 0)
        .map(|m| move |value: i64| value.div_euclid(m) * m + if value % m == 0 { 0 } else { m });
    Value::from(pick(1, 0, integer_bounds(i), round_up))
}

/// A number `n` allows: its first `enum` value, else as [`pick`] chooses within its bounds.
fn number(n: &openapiv3::NumberType) -> Value {
    if let Some(first) = n.enumeration.iter().flatten().next() {
        return Value::from(*first);
    }
    let round_up = n
        .multiple_of
        .filter(|m| *m > 0.0)
        .map(|m| move |value: f64| (value / m).ceil() * m);
    Value::from(pick(1.0, 0.0, number_bounds(n), round_up))
}

/// The least and greatest values `i` allows (its `minimum` and `maximum`, a step inside where
/// they are exclusive).
pub(super) fn integer_bounds(i: &openapiv3::IntegerType) -> (Option<i64>, Option<i64>) {
    (
        i.minimum.map(|m| m + i64::from(i.exclusive_minimum)),
        i.maximum.map(|m| m - i64::from(i.exclusive_maximum)),
    )
}

/// The least and greatest values `n` allows, as [`integer_bounds`] reads them.
pub(super) fn number_bounds(n: &openapiv3::NumberType) -> (Option<f64>, Option<f64>) {
    (
        n.minimum
            .map(|m| if n.exclusive_minimum { m + 1.0 } else { m }),
        n.maximum
            .map(|m| if n.exclusive_maximum { m - 1.0 } else { m }),
    )
}

/// An example number between `low` and `high`: `one` where they allow it (a count, a page
/// size or an id of 0 is the one value that often asks for nothing), else the nearest bound;
/// then up to a multiple by `round_up` where the schema asks for one, or `zero` (a multiple of
/// any) where that passes the upper bound.
fn pick<T: Copy + PartialOrd>(
    one: T,
    zero: T,
    (low, high): (Option<T>, Option<T>),
    round_up: Option<impl Fn(T) -> T>,
) -> T {
    let value = match (low, high) {
        (Some(low), _) if low > one => low,
        // Below one: the upper bound, unless the lower passes it (bounds that contradict).
        (low, Some(high)) if high < one => match low {
            Some(low) if low > high => low,
            _ => high,
        },
        _ => one,
    };
    match round_up.map(|up| up(value)) {
        Some(up) if high.is_some_and(|high| up > high) => zero,
        Some(up) => up,
        None => value,
    }
}
