//! Request bodies: which media type the client sends and how (JSON, text, bytes, a form
//! whose fields become the operation's parameters, a multipart form whose parts do).

use super::examples::{media_example, synthesize};
use super::operations::Operations;
use super::refs::{self, escape};
use super::{Body, BodyKind, ModelKind, Param, ParamLocation, ParamStyle, TypeRef, Warning};
use crate::error::Result;
use crate::naming;
use openapiv3::{AdditionalProperties, MediaType, ReferenceOr, Schema, SchemaKind, Type};

/// What a media type is to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    Json,
    Form,
    Multipart,
    Text,
    Binary,
}

impl Media {
    /// The kind of a media type: JSON (`application/json`, `*+json`), forms, text (`text/*`,
    /// XML), and bytes for everything else (`application/octet-stream`, `image/*`, `*/*`).
    pub fn of(content_type: &str) -> Media {
        let essence = essence(content_type);
        if essence.contains("json") {
            Media::Json
        } else if essence == "application/x-www-form-urlencoded" {
            Media::Form
        } else if essence.starts_with("multipart/") {
            Media::Multipart
        } else if essence.starts_with("text/") || essence.ends_with("xml") {
            Media::Text
        } else {
            Media::Binary
        }
    }

    /// The kind of a body of `content_type` with `schema`: as [`Media::of`] says, but a
    /// wildcard (`*/*`, `application/*`) whose schema is structured (an object, an array, a
    /// union or an `allOf`, by `$ref` or inline) is JSON, which is what such a schema can
    /// only be sent as: springdoc, for one, writes `*/*` for every response of a Spring
    /// service (DocuSign's 352 operations returned bytes).
    pub fn of_body(
        spec: &crate::load::Spec,
        content_type: &str,
        schema: Option<&ReferenceOr<Schema>>,
        pointer: &str,
    ) -> Media {
        let kind = Media::of(content_type);
        let essence = essence(content_type);
        let wildcard = essence == "*/*" || essence.ends_with("/*");
        let structured = || {
            schema
                .and_then(|schema| refs::resolve(spec, schema, pointer).ok())
                .is_some_and(|(schema, _)| match &schema.schema_kind {
                    SchemaKind::Type(Type::Object(_) | Type::Array(_))
                    | SchemaKind::OneOf { .. }
                    | SchemaKind::AnyOf { .. }
                    | SchemaKind::AllOf { .. } => true,
                    SchemaKind::Any(any) => !any.properties.is_empty() || !any.all_of.is_empty(),
                    _ => false,
                })
        };
        match kind {
            Media::Binary if wildcard && structured() => Media::Json,
            kind => kind,
        }
    }
}

/// A media type without its parameters, in lower case: `application/json; charset=utf-8`
/// is `application/json`.
fn essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The media type the client sends or asks for: JSON when offered, then a form, then the
/// first listed.
pub fn pick_media(
    content: &indexmap::IndexMap<String, MediaType>,
) -> Option<(&String, &MediaType)> {
    let rank = |content_type: &str| match Media::of(content_type) {
        Media::Json => 0,
        Media::Form | Media::Multipart => 1,
        _ => 2,
    };
    content.iter().min_by_key(|(k, _)| rank(k))
}

impl<'a> Operations<'a, '_> {
    /// The request body, and the form fields it adds to the parameters.
    pub(super) fn body(
        &mut self,
        op: &'a openapiv3::Operation,
        hint: &str,
        pointer: &str,
    ) -> Result<(Option<Body>, Vec<Param>)> {
        let Some(body) = &op.request_body else {
            return Ok((None, Vec::new()));
        };
        let at = format!("{pointer}/requestBody");
        let (body, at) = refs::resolve(self.spec, body, &at)?;
        let Some((content_type, media)) = pick_media(&body.content) else {
            return Ok((None, Vec::new()));
        };
        let media_pointer = format!("{at}/content/{}", escape(content_type));
        let alternatives = self.alternatives(body, content_type, &at);
        let schema_pointer = format!("{media_pointer}/schema");
        // The spec's example, else one made from the schema (for the docs example).
        let example = media_example(self.spec, media, &media_pointer).or_else(|| {
            let schema = media.schema.as_ref()?;
            Some(synthesize(self.spec, schema, "body", &schema_pointer))
        });
        let media_kind = Media::of_body(
            self.spec,
            content_type,
            media.schema.as_ref(),
            &schema_pointer,
        );
        let (kind, fields) = match (media_kind, &media.schema) {
            (Media::Json, Some(schema)) => {
                let ty = self.schemas.shared_type_of(
                    schema,
                    &format!("{hint}Request"),
                    &schema_pointer,
                )?;
                (BodyKind::Json(ty), Vec::new())
            }
            (Media::Json, None) => (BodyKind::Json(TypeRef::Any), Vec::new()),
            // Nothing to send (Stripe's GETs declare `{type: object, properties: {},
            // additionalProperties: false}`): no body, or an empty one when it is required.
            (Media::Form | Media::Multipart, Some(schema))
                if self.holds_nothing(schema, &at)? =>
            {
                if !body.required {
                    return Ok((None, Vec::new()));
                }
                (BodyKind::Fixed(String::new()), Vec::new())
            }
            (media_kind @ (Media::Form | Media::Multipart), Some(schema)) => {
                let ty = self.schemas.shared_type_of(
                    schema,
                    &format!("{hint}Request"),
                    &schema_pointer,
                )?;
                match self.form_fields(media_kind, &ty, media, example.as_ref(), &schema_pointer) {
                    Some(fields) if media_kind == Media::Form => (BodyKind::Form, fields),
                    Some(fields) => (BodyKind::Multipart, fields),
                    None => {
                        self.warnings.push(Warning {
                            pointer: schema_pointer.clone(),
                            message: format!(
                                "a `{content_type}` body whose schema is not an object with \
                                 properties: sent as the bytes the caller gives"
                            ),
                        });
                        (BodyKind::Binary, Vec::new())
                    }
                }
            }
            (Media::Form | Media::Multipart | Media::Text, None) => {
                (BodyKind::Fixed(fixed_text(example.as_ref())), Vec::new())
            }
            (Media::Text, Some(_)) => (BodyKind::Text, Vec::new()),
            (Media::Binary, _) => (BodyKind::Binary, Vec::new()),
        };
        let name = op
            .extensions
            .get("x-codegen-request-body-name")
            .and_then(|v| v.as_str())
            .map(naming::snake)
            .unwrap_or_else(|| match &kind {
                BodyKind::Json(TypeRef::Model(model)) => naming::snake(model),
                _ => "body".to_string(),
            });
        // A wildcard read as JSON is sent as JSON, under JSON's name.
        let content_type = match media_kind == Media::of(content_type) {
            true => content_type.clone(),
            false => "application/json".to_string(),
        };
        let body = Body {
            name,
            content_type,
            alternatives,
            kind,
            required: body.required,
            description: body.description.clone(),
            example,
        };
        Ok((Some(body), fields))
    }

    /// The body's other media types the caller may choose (`.content_type(..)`): those of the
    /// sent one's kind. Another media type of the same kind is the same bytes under another
    /// name; one of another kind (XML beside JSON) cannot be made from the same input, and is
    /// a warning (see [`Operations::warn_other_media`]).
    fn alternatives(
        &mut self,
        body: &openapiv3::RequestBody,
        content_type: &str,
        at: &str,
    ) -> Vec<String> {
        let same_kind = |other: &str| {
            let kind = Media::of(content_type);
            Media::of(other) == kind && matches!(kind, Media::Json | Media::Binary | Media::Text)
        };
        let mut alternatives = Vec::new();
        for other in body.content.keys().filter(|k| *k != content_type) {
            if same_kind(other) {
                alternatives.push(other.clone());
            } else {
                self.other_media.push((
                    format!("{at}/content/{}", escape(other)),
                    other.clone(),
                    content_type.to_string(),
                ));
            }
        }
        alternatives
    }

    /// Whether a form's schema admits only the empty form: an object with no properties and
    /// `additionalProperties: false`.
    fn holds_nothing(&self, schema: &'a ReferenceOr<Schema>, at: &str) -> Result<bool> {
        let (schema, _) = refs::resolve(self.spec, schema, at)?;
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                object.properties.is_empty()
                    && matches!(
                        object.additional_properties,
                        Some(AdditionalProperties::Any(false))
                    )
            }
            _ => false,
        })
    }

    /// The fields of a form body, as parameters: the properties of its object schema. The
    /// schema's own model, when it was made only for this body, is dropped (the fields take
    /// its place). `None` when the schema is not a struct.
    fn form_fields(
        &mut self,
        media_kind: Media,
        ty: &TypeRef,
        media: &MediaType,
        example: Option<&serde_json::Value>,
        schema_pointer: &str,
    ) -> Option<Vec<Param>> {
        let TypeRef::Model(name) = ty else {
            return None;
        };
        let model = self.schemas.models.get(name)?;
        let ModelKind::Struct(fields) = &model.kind else {
            return None;
        };
        if fields.additional.is_some() {
            self.warnings.push(Warning {
                pointer: schema_pointer.to_string(),
                message: "the form's additional properties cannot be set; only its named \
                          fields are sent"
                    .into(),
            });
        }
        let location = match media_kind {
            Media::Multipart => ParamLocation::Part,
            _ => ParamLocation::Form,
        };
        let params = fields
            .fields
            .iter()
            .map(|field| {
                let encoding = media.encoding.get(&field.api_name);
                let ty = match (location, &field.ty) {
                    (ParamLocation::Part, ty) if is_binary(ty) => TypeRef::File,
                    (ParamLocation::Part, TypeRef::Array(item)) if is_binary(item) => {
                        TypeRef::Array(Box::new(TypeRef::File))
                    }
                    (_, ty) => ty.clone(),
                };
                // A form field's `style` defaults to `form`, which explodes (see the
                // `Encoding` object); the parser cannot tell `explode: false` from none.
                let style = encoding
                    .and_then(|e| e.style.as_ref())
                    .map_or(ParamStyle::Form, super::params::query_style);
                let explode = style == ParamStyle::Form || encoding.is_some_and(|e| e.explode);
                Param {
                    api_name: field.api_name.clone(),
                    name: String::new(), // decided with the other parameters
                    location,
                    required: field.required,
                    ty,
                    description: field.description.clone(),
                    default: field.default.clone(),
                    example: example
                        .and_then(|e| e.get(&field.api_name))
                        .cloned()
                        .or_else(|| field.example.clone()),
                    deprecated: field.deprecated,
                    secret: field.secret,
                    style,
                    explode,
                    allow_reserved: false,
                    content_type: encoding.and_then(|e| e.content_type.clone()),
                    minimum: None,
                }
            })
            .collect();
        // An inline schema's model exists only for this body.
        if model.pointer == schema_pointer {
            self.schemas.models.remove(name);
        }
        Some(params)
    }
}

/// `format: binary` strings: a file in a multipart form.
fn is_binary(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::FormattedString(format) if format == "binary") || *ty == TypeRef::Bytes
}

/// The text of a body the spec gives no schema for: its example, as is.
fn fixed_text(example: Option<&serde_json::Value>) -> String {
    match example {
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::Media;

    #[test]
    fn media_kinds() {
        let cases = [
            ("application/json", Media::Json),
            ("application/vnd.api+json; charset=utf-8", Media::Json),
            ("application/x-www-form-urlencoded", Media::Form),
            ("multipart/form-data", Media::Multipart),
            ("multipart/mixed", Media::Multipart),
            ("text/plain", Media::Text),
            ("application/xml", Media::Text),
            ("application/octet-stream", Media::Binary),
            ("image/png", Media::Binary),
            ("*/*", Media::Binary),
        ];
        for (content_type, kind) in cases {
            assert_eq!(Media::of(content_type), kind, "{content_type}");
        }
    }
}
