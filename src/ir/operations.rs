//! Paths and operations → [`Operation`]s, grouped later into tags.

use super::examples::{first_example, media_example, schema_example};
use super::refs::{self, escape};
use super::schema::Schemas;
use super::{
    Body, BodyKind, HttpMethod, Operation, Param, ParamLocation, PathSegment, Response,
    SecurityScheme, TypeRef, Warning,
};
use crate::error::Result;
use crate::load::Spec;
use crate::naming;
use openapiv3::{MediaType, Parameter, ParameterSchemaOrContent, ReferenceOr, StatusCode};

/// Names the request builder already uses for its own methods and fields.
const BUILDER_RESERVED: &[&str] = &["client", "send", "send_with_response", "into_future"];

/// An operation and the tag it belongs to (the spec's first tag, if any).
pub struct TaggedOperation {
    pub tag: Option<String>,
    pub operation: Operation,
}

pub struct Operations<'a, 'b> {
    pub spec: &'a Spec,
    pub schemas: &'b mut Schemas<'a>,
    pub schemes: &'b [SecurityScheme],
    pub warnings: Vec<Warning>,
}

impl<'a> Operations<'a, '_> {
    /// Every operation of the spec, in the order the spec lists them.
    pub fn build(&mut self) -> Result<Vec<TaggedOperation>> {
        let mut operations = Vec::new();
        for (path, item) in &self.spec.doc.paths.paths {
            let path_pointer = format!("#/paths/{}", escape(path));
            let ReferenceOr::Item(item) = item else {
                return Err(self
                    .spec
                    .error(&path_pointer, "a `$ref` path item is not supported"));
            };
            for (method, op) in item.iter() {
                let pointer = format!("{path_pointer}/{method}");
                let operation = self.operation(path, method, op, &item.parameters, &pointer)?;
                operations.push(TaggedOperation {
                    tag: op.tags.first().cloned(),
                    operation,
                });
            }
        }
        Ok(operations)
    }

    fn operation(
        &mut self,
        path: &str,
        method: &str,
        op: &'a openapiv3::Operation,
        path_params: &'a [ReferenceOr<Parameter>],
        pointer: &str,
    ) -> Result<Operation> {
        let operation_id = op
            .operation_id
            .clone()
            .unwrap_or_else(|| format!("{method} {path}"));
        let hint = naming::camel(&operation_id);
        let body = self.body(op, &hint, pointer)?;
        let mut params = self.params(op, path_params, &hint, pointer)?;
        // Required parameters are positional arguments, in spec order; optional ones follow.
        params.sort_by_key(|p| !p.required);
        // Every input is a field of the request builder: names are unique among them and
        // never one of the builder's own.
        let taken = |params: &[Param], name: &str| {
            BUILDER_RESERVED.contains(&name) || params.iter().any(|p| p.name == name)
        };
        for i in 0..params.len() {
            let name = naming::unique(&naming::snake(&params[i].api_name), |n| {
                taken(&params[..i], n)
            });
            params[i].name = name;
        }
        let mut body = body;
        if let Some(b) = &mut body {
            b.name = naming::unique(&b.name, |n| taken(&params, n));
        }
        let path_segments = self.path_segments(path, &params, pointer)?;
        let responses = self.responses(op, &hint, pointer)?;
        let success_type = responses
            .iter()
            .filter(|r| r.is_success())
            .find_map(|r| r.ty.clone());
        let accept = responses
            .iter()
            .filter(|r| r.is_success())
            .chain(responses.iter())
            .find_map(|r| r.content_type.clone());
        Ok(Operation {
            method_name: naming::snake(&operation_id),
            builder_name: hint,
            operation_id,
            http_method: http_method(method),
            path: path.to_string(),
            path_segments,
            trailing_slash: path.len() > 1 && path.ends_with('/'),
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            params,
            body,
            responses,
            success_type,
            accept,
            security: self.security(op),
            pointer: pointer.to_string(),
        })
    }

    fn params(
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
        // Path-level parameters first; an operation's parameter of the same name and location
        // replaces one.
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
            let data = param.parameter_data_ref();
            let location = match param {
                Parameter::Path { .. } => ParamLocation::Path,
                Parameter::Query { .. } => ParamLocation::Query,
                Parameter::Header { .. } => ParamLocation::Header,
                Parameter::Cookie { .. } => ParamLocation::Cookie,
            };
            let controlled = ["accept", "content-type", "authorization"];
            if location == ParamLocation::Header
                && controlled.contains(&data.name.to_ascii_lowercase().as_str())
            {
                // OpenAPI says these are ignored as parameters: the client sets them.
                continue;
            }
            if location == ParamLocation::Cookie {
                self.warnings.push(Warning {
                    pointer: at,
                    message: format!("cookie parameter `{}` is not supported; skipped", data.name),
                });
                continue;
            }
            let (ty, schema_example_value) = match &data.format {
                ParameterSchemaOrContent::Schema(schema) => {
                    let hint = naming::camel(&format!("{hint} {}", data.name));
                    let ty = self
                        .schemas
                        .type_of(schema, &hint, &format!("{at}/schema"))?;
                    let (resolved, _) = refs::resolve(self.spec, schema, &format!("{at}/schema"))?;
                    (
                        ty,
                        Some((
                            schema_example(self.spec, schema, &format!("{at}/schema")),
                            resolved.schema_data.default.clone(),
                        )),
                    )
                }
                ParameterSchemaOrContent::Content(_) => {
                    self.warnings.push(Warning {
                        pointer: at.clone(),
                        message: format!(
                            "parameter `{}` uses `content`; sent as a string",
                            data.name
                        ),
                    });
                    (TypeRef::String, None)
                }
            };
            let ty = self.sendable(ty, &data.name, &at)?;
            let secret = super::secrets::is_secret(&data.name, "", &ty, false);
            let (example_from_schema, default) = schema_example_value.unwrap_or((None, None));
            params.push(Param {
                api_name: data.name.clone(),
                name: String::new(), // decided once all parameters are known
                location,
                required: data.required || location == ParamLocation::Path,
                ty,
                description: data.description.clone(),
                default,
                example: data
                    .example
                    .clone()
                    .or_else(|| first_example(self.spec, data.examples.values(), &at))
                    .or(example_from_schema),
                deprecated: data.deprecated.unwrap_or(false),
                secret,
            });
        }
        Ok(params)
    }

    /// The type a parameter is sent as: scalars, enums, and arrays of them. `oneOf` and
    /// untyped values become strings (with a warning); objects, maps and nested arrays have no
    /// single way into a URL or header, and are an error.
    fn sendable(&mut self, ty: TypeRef, name: &str, at: &str) -> Result<TypeRef> {
        let as_string = |warnings: &mut Vec<Warning>| {
            warnings.push(Warning {
                pointer: at.to_string(),
                message: format!("parameter `{name}` has no single type; sent as a string"),
            });
            TypeRef::String
        };
        let scalar = |ty: &TypeRef| {
            matches!(
                ty,
                TypeRef::String
                    | TypeRef::FormattedString(_)
                    | TypeRef::Integer(_)
                    | TypeRef::Number
                    | TypeRef::Boolean
            ) || self.is_enum(ty)
        };
        match ty {
            TypeRef::Any => Ok(as_string(&mut self.warnings)),
            TypeRef::Array(item) if *item == TypeRef::Any => {
                Ok(TypeRef::Array(Box::new(as_string(&mut self.warnings))))
            }
            TypeRef::Array(item) if scalar(&item) => Ok(TypeRef::Array(item)),
            ty if scalar(&ty) => Ok(ty),
            _ => Err(self.spec.error(
                at,
                format!("parameter `{name}` is an object, a map or an array of them, which oapigen cannot send yet"),
            )),
        }
    }

    fn is_enum(&self, ty: &TypeRef) -> bool {
        matches!(ty, TypeRef::Model(name)
            if matches!(self.schemas.models.get(name).map(|m| &m.kind), Some(super::ModelKind::Enum(_))))
    }

    fn body(
        &mut self,
        op: &'a openapiv3::Operation,
        hint: &str,
        pointer: &str,
    ) -> Result<Option<Body>> {
        let Some(body) = &op.request_body else {
            return Ok(None);
        };
        let at = format!("{pointer}/requestBody");
        let (body, at) = refs::resolve(self.spec, body, &at)?;
        let Some((content_type, media)) = pick_media(&body.content) else {
            return Ok(None);
        };
        let media_pointer = format!("{at}/content/{}", escape(content_type));
        let example = media_example(self.spec, media, &media_pointer);
        let is_json = content_type.contains("json");
        let kind = match (&media.schema, is_json) {
            (Some(schema), true) => BodyKind::Json(self.schemas.type_of(
                schema,
                &format!("{hint}Request"),
                &format!("{media_pointer}/schema"),
            )?),
            (None, true) => BodyKind::Json(TypeRef::Any),
            (None, false) => BodyKind::Fixed(match &example {
                Some(serde_json::Value::String(text)) => text.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            }),
            (Some(_), false) => BodyKind::Text,
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
        Ok(Some(Body {
            name,
            content_type: content_type.clone(),
            kind,
            required: body.required,
            description: body.description.clone(),
            example,
        }))
    }

    fn responses(
        &mut self,
        op: &'a openapiv3::Operation,
        hint: &str,
        pointer: &str,
    ) -> Result<Vec<Response>> {
        let listed = op
            .responses
            .responses
            .iter()
            .map(|(status, r)| {
                let status = match status {
                    StatusCode::Code(code) => code.to_string(),
                    StatusCode::Range(range) => format!("{range}XX"),
                };
                (status, r)
            })
            .chain(
                op.responses
                    .default
                    .iter()
                    .map(|r| ("default".to_string(), r)),
            );
        let mut responses = Vec::new();
        for (status, response) in listed {
            let at = format!("{pointer}/responses/{}", escape(&status));
            let (response, at) = refs::resolve(self.spec, response, &at)?;
            let (content_type, ty) = match pick_media(&response.content) {
                None => (None, None),
                Some((content_type, media)) => {
                    let name_hint = if status.starts_with('2') {
                        format!("{hint}Response")
                    } else {
                        naming::camel(&format!("{hint} {status} Error"))
                    };
                    let ty = match &media.schema {
                        Some(schema) => Some(self.schemas.type_of(
                            schema,
                            &name_hint,
                            &format!("{at}/content/{}/schema", escape(content_type)),
                        )?),
                        None => None,
                    };
                    (Some(content_type.clone()), ty)
                }
            };
            responses.push(Response {
                status,
                description: response.description.clone(),
                ty,
                content_type,
            });
        }
        Ok(responses)
    }

    fn path_segments(
        &self,
        path: &str,
        params: &[Param],
        pointer: &str,
    ) -> Result<Vec<PathSegment>> {
        let mut segments = Vec::new();
        for segment in path.split('/').filter(|s| !s.is_empty()) {
            if let Some(name) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                let index = params
                    .iter()
                    .position(|p| p.location == ParamLocation::Path && p.api_name == name)
                    .ok_or_else(|| {
                        self.spec.error(
                            pointer,
                            format!("path parameter `{{{name}}}` is not declared"),
                        )
                    })?;
                segments.push(PathSegment::Param(index));
            } else if segment.contains('{') {
                return Err(self.spec.error(
                    pointer,
                    format!("path segment `{segment}` mixes text and parameters, which oapigen does not support yet"),
                ));
            } else {
                segments.push(PathSegment::Literal(segment.to_string()));
            }
        }
        Ok(segments)
    }

    /// Scheme names that can authorize this operation, in the spec's order. A requirement that
    /// combines several schemes at once is not supported and is left out.
    fn security(&self, op: &openapiv3::Operation) -> Vec<String> {
        let requirements = op.security.as_ref().or(self.spec.doc.security.as_ref());
        let mut names = Vec::new();
        for requirement in requirements.into_iter().flatten() {
            if requirement.len() != 1 {
                continue;
            }
            for name in requirement.keys() {
                if self.schemes.iter().any(|s| &s.api_name == name) && !names.contains(name) {
                    names.push(name.clone());
                }
            }
        }
        names
    }
}

/// The media type the client uses: JSON when offered, else the first listed.
fn pick_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&String, &MediaType)> {
    content
        .get_key_value("application/json")
        .or_else(|| content.iter().find(|(k, _)| k.contains("json")))
        .or_else(|| content.iter().next())
}

fn http_method(method: &str) -> HttpMethod {
    match method {
        "get" => HttpMethod::Get,
        "put" => HttpMethod::Put,
        "post" => HttpMethod::Post,
        "delete" => HttpMethod::Delete,
        "options" => HttpMethod::Options,
        "head" => HttpMethod::Head,
        "patch" => HttpMethod::Patch,
        _ => HttpMethod::Trace,
    }
}
