//! An operation's parameters (path, query, header, cookie): names on the wire, types,
//! examples, and how each is laid out (`style`, `explode`).

use super::examples::{first_example, schema_example, synthesize};
use super::operations::Operations;
use super::refs;
use super::{Param, ParamLocation, ParamStyle, TypeRef, Warning};
use crate::error::Result;
use crate::naming;
use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr};
use serde_json::Value;

/// Headers the client sets itself: OpenAPI says parameters of these names are ignored.
const CONTROLLED_HEADERS: &[&str] = &["accept", "content-type", "authorization"];

impl<'a> Operations<'a, '_> {
    /// The operation's parameters: the path item's, then the operation's (which replace a
    /// path item's parameter of the same name and location).
    pub(super) fn params(
        &mut self,
        op: &'a openapiv3::Operation,
        path_params: &'a [ReferenceOr<Parameter>],
        hint: &str,
        pointer: &str,
    ) -> Result<Vec<Param>> {
        let path_pointer = pointer
            .rsplit_once('/')
            .map_or(pointer, |(p, _)| p)
            .to_string();
        let mut all: Vec<(&'a Parameter, String)> = Vec::new();
        let listed = path_params
            .iter()
            .enumerate()
            .map(|(i, p)| (p, format!("{path_pointer}/parameters/{i}")))
            .chain(
                op.parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p, format!("{pointer}/parameters/{i}"))),
            );
        for (param, at) in listed {
            let (param, at) = refs::resolve(self.spec, param, &at)?;
            let data = param.parameter_data_ref();
            let same = |p: &&Parameter| {
                p.parameter_data_ref().name == data.name
                    && std::mem::discriminant(*p) == std::mem::discriminant(param)
            };
            if let Some(existing) = all.iter_mut().find(|(p, _)| same(p)) {
                *existing = (param, at);
            } else {
                all.push((param, at));
            }
        }
        let mut params = Vec::new();
        for (param, at) in all {
            if let Some(param) = self.param(param, hint, &at)? {
                params.push(param);
            }
        }
        Ok(params)
    }

    /// The name of a type a parameter's inline schema needs: the operation's and the
    /// parameter's (`ListUsersStatus`), or, for a parameter of `components/parameters` that
    /// many operations share, its component name, without a leading location word (Google's
    /// `alt` is `Alt`, Okta's `queryExpandBrand` `ExpandBrand`), unless a model has that name.
    fn type_hint(&self, operation: &str, name: &str, at: &str) -> String {
        let own = || naming::camel(&format!("{operation} {name}"));
        let Some(component) = refs::ref_name::<Parameter>(at) else {
            return own();
        };
        let bare = ["query", "path", "header", "cookie"]
            .iter()
            .find_map(|location| {
                component
                    .strip_prefix(location)
                    .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
            })
            .unwrap_or(&component);
        let hint = naming::camel(bare);
        let taken =
            self.schemas.component_names.contains(&hint) || self.schemas.models.contains_key(&hint);
        if taken { own() } else { hint }
    }

    /// One parameter, or `None` for a header the client controls.
    fn param(&mut self, param: &'a Parameter, hint: &str, at: &str) -> Result<Option<Param>> {
        let data = param.parameter_data_ref();
        let (location, mut style) = location_and_style(param);
        let header = data.name.to_ascii_lowercase();
        // OpenAPI 3.0 has parameters named `Authorization` ignored: a security scheme sets
        // the header. A spec with no scheme that declares it as a required parameter would
        // then have no way to authorize at all, so there the caller gives it (a secret).
        let caller_authorizes = header == "authorization" && self.schemes.is_empty();
        if location == ParamLocation::Header
            && CONTROLLED_HEADERS.contains(&header.as_str())
            && !caller_authorizes
        {
            return Ok(None);
        }
        let Typed {
            ty,
            example: example_from_schema,
            default,
            synthesized,
        } = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                self.schema_type(schema, hint, &data.name, at, &format!("{at}/schema"))?
            }
            ParameterSchemaOrContent::Content(content) => {
                match self.content_type(content, hint, &data.name, at)? {
                    // A scalar goes as it is, as a schema parameter would (APIs that say
                    // `application/json` for an ID do not want it quoted); anything else as
                    // its JSON text, in a path, query, header or cookie.
                    Some(typed) => {
                        if !self.is_scalar(&typed.ty) {
                            style = ParamStyle::Json;
                        }
                        typed
                    }
                    None => Typed {
                        ty: TypeRef::String,
                        example: None,
                        default: None,
                        synthesized: None,
                    },
                }
            }
        };
        let ty = self.sendable(ty, &data.name, at);
        let minimum = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => least_whole(self.spec, schema, at),
            ParameterSchemaOrContent::Content(_) => None,
        };
        let secret = super::secrets::is_secret(&data.name, "", &ty, false)
            || super::secrets::is_api_key_param(&data.name, data.description.as_deref());
        // `explode` defaults to true for the `form` style only.
        let explode = data.explode.unwrap_or(style == ParamStyle::Form);
        Ok(Some(Param {
            api_name: data.name.clone(),
            name: String::new(), // decided once all parameters are known
            location,
            required: data.required || location == ParamLocation::Path,
            ty,
            description: data.description.clone(),
            example: data
                .example
                .clone()
                .or_else(|| first_example(self.spec, data.examples.values(), at))
                .or(example_from_schema)
                .or_else(|| default.clone())
                .or(synthesized),
            default,
            deprecated: data.deprecated.unwrap_or(false),
            secret,
            style,
            explode,
            allow_reserved: matches!(
                param,
                Parameter::Query {
                    allow_reserved: true,
                    ..
                }
            ),
            content_type: None,
            minimum,
        }))
    }

    /// A parameter's type from its `content`: its JSON schema's, or `None` (with a warning:
    /// it goes as a string) when it has none.
    fn content_type(
        &mut self,
        content: &'a indexmap::IndexMap<String, openapiv3::MediaType>,
        operation: &str,
        name: &str,
        at: &str,
    ) -> Result<Option<Typed>> {
        let json = content
            .iter()
            .find(|(media, _)| super::bodies::Media::of(media) == super::bodies::Media::Json)
            .and_then(|(media, m)| m.schema.as_ref().map(|schema| (media, schema)));
        let Some((media, schema)) = json else {
            self.warnings.push(Warning {
                pointer: at.to_string(),
                message: format!(
                    "parameter `{name}` uses `content` with no JSON schema; sent as a string"
                ),
            });
            return Ok(None);
        };
        let schema_at = format!("{at}/content/{}/schema", crate::location::escape(media));
        self.schema_type(schema, operation, name, at, &schema_at)
            .map(Some)
    }

    /// A parameter's type from its `schema` (at `schema_at`; the parameter itself at `at`),
    /// with the example and default its schema gives and one made from it.
    fn schema_type(
        &mut self,
        schema: &'a ReferenceOr<openapiv3::Schema>,
        operation: &str,
        name: &str,
        at: &str,
        schema_at: &str,
    ) -> Result<Typed> {
        let hint = self.type_hint(operation, name, at);
        let ty = self.schemas.shared_type_of(schema, &hint, schema_at)?;
        let (resolved, _) = refs::resolve(self.spec, schema, schema_at)?;
        Ok(Typed {
            ty,
            example: schema_example(self.spec, schema, schema_at),
            default: resolved.schema_data.default.clone(),
            synthesized: Some(synthesize(self.spec, schema, name, schema_at)),
        })
    }

    /// Whether a value of `ty` is one piece of text on the wire (a number, a string, an enum).
    fn is_scalar(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::Any => false,
            TypeRef::Model(name) => self.schemas.models.get(name).is_some_and(|m| {
                matches!(m.kind, super::ModelKind::Enum(_))
                    || matches!(&m.kind, super::ModelKind::Alias(inner) if self.is_scalar(inner))
            }),
            _ => true,
        }
    }

    /// The type a parameter is sent as. Values with no single type (`oneOf`, untyped) become
    /// strings, with a warning; anything else is sent as its style lays out its JSON form.
    fn sendable(&mut self, ty: TypeRef, name: &str, at: &str) -> TypeRef {
        let mut as_string = || {
            self.warnings.push(Warning {
                pointer: at.to_string(),
                message: format!("parameter `{name}` has no single type; sent as a string"),
            });
            TypeRef::String
        };
        match ty {
            TypeRef::Any => as_string(),
            TypeRef::Array(item) if *item == TypeRef::Any => TypeRef::Array(Box::new(as_string())),
            ty => ty,
        }
    }
}

/// Where a parameter goes and its style (the spec's, or the default for its place).
fn location_and_style(param: &Parameter) -> (ParamLocation, ParamStyle) {
    use openapiv3::PathStyle;
    match param {
        Parameter::Path { style, .. } => (
            ParamLocation::Path,
            match style {
                PathStyle::Simple => ParamStyle::Simple,
                PathStyle::Label => ParamStyle::Label,
                PathStyle::Matrix => ParamStyle::Matrix,
            },
        ),
        Parameter::Query { style, .. } => (ParamLocation::Query, query_style(style)),
        Parameter::Header { .. } => (ParamLocation::Header, ParamStyle::Simple),
        Parameter::Cookie { .. } => (ParamLocation::Cookie, ParamStyle::Form),
    }
}

/// A query (or form field) style.
pub(super) fn query_style(style: &openapiv3::QueryStyle) -> ParamStyle {
    match style {
        openapiv3::QueryStyle::Form => ParamStyle::Form,
        openapiv3::QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
        openapiv3::QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
        openapiv3::QueryStyle::DeepObject => ParamStyle::DeepObject,
    }
}

/// A parameter's type, and the values its schema gives for the docs.
struct Typed {
    ty: TypeRef,
    /// The schema's own example.
    example: Option<Value>,
    /// The schema's default.
    default: Option<Value>,
    /// A value made from the schema (see [`synthesize`]).
    synthesized: Option<Value>,
}

/// The least value a whole-number `schema` allows (its `minimum`, one more past an
/// `exclusiveMinimum`), if it says one.
fn least_whole(
    spec: &crate::load::Spec,
    schema: &ReferenceOr<openapiv3::Schema>,
    at: &str,
) -> Option<i64> {
    use openapiv3::{SchemaKind, Type};
    let (schema, _) = refs::resolve(spec, schema, at).ok()?;
    match &schema.schema_kind {
        SchemaKind::Type(Type::Integer(i)) => super::examples::integer_bounds(i).0,
        SchemaKind::Type(Type::Number(n)) => super::examples::number_bounds(n)
            .0
            .filter(|m| m.fract() == 0.0 && m.abs() < 1e15)
            .map(|m| m as i64),
        _ => None,
    }
}
