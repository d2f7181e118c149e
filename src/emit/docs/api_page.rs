//! The page of one tag: `docs/{Tag::struct_name}.md`.

use super::text::{cell, code_span, escape_cell, notes, opt_cell, paragraph, type_link};
use crate::emit::rust::example::{Inputs, operation_example};
use crate::ir::{Api, Input, NextPage, Operation, Tag, TypeRef};
use serde::Serialize;
use serde_json::Value;

/// What `api.md.j2` renders.
#[derive(Debug, Serialize)]
pub(super) struct ApiPage {
    /// `credential_operations::CredentialOperationsApi`.
    title: String,
    /// The page's own file name, for the method table's links.
    page: String,
    description: Option<String>,
    base_url: String,
    operations: Vec<OperationDoc>,
}

#[derive(Debug, Serialize)]
struct OperationDoc {
    method: String,
    http_method: &'static str,
    path_cell: String,
    summary_cell: String,
    /// The call as a code span: `client.x().method(arg).setter(value).await -> Result<T, Error>`.
    signature: String,
    deprecated: bool,
    /// Where the operation goes, when it has a server of its own (the spec's, in words).
    server: Option<String>,
    summary: Option<String>,
    description: Option<String>,
    example: String,
    params: Vec<ParamRow>,
    return_type: String,
    authorization: String,
    content_type: String,
    accept: String,
    responses: Vec<ResponseRow>,
}

#[derive(Debug, Serialize)]
struct ParamRow {
    name: String,
    ty: String,
    description: String,
    notes: String,
}

#[derive(Debug, Serialize)]
struct ResponseRow {
    status: String,
    description: String,
}

pub(super) fn page(api: &Api, tag: &Tag) -> ApiPage {
    ApiPage {
        title: format!("{}::{}", api.lib_name, tag.struct_name),
        page: format!("{}.md", tag.struct_name),
        description: paragraph(tag.description.as_deref()),
        base_url: api.base_url.clone(),
        operations: tag
            .operations
            .iter()
            .map(|op| operation(api, tag, op))
            .collect(),
    }
}

/// The return type of a paged list: one page, and how the builder streams them all.
fn paged_cell(page: &TypeRef, paging: &crate::ir::Paging) -> String {
    let how = match &paging.next {
        NextPage::Link { .. } => {
            "the `Link` header's `rel=\"next\"` URL (never to another origin)".to_string()
        }
        NextPage::Cursor {
            param,
            property,
            in_body,
            ..
        } => format!(
            "the cursor in its body, `{property}`, sent back as `{param}`{}",
            if *in_body { " in the request body" } else { "" }
        ),
        NextPage::Url { property, .. } => {
            format!("the next page's URL in its body, `{property}` (never to another origin)")
        }
        NextPage::PageNumber { param, .. } => {
            format!("the page numbers its body counts, sent as `{param}` up to the last")
        }
        NextPage::PageUntilEmpty { param, first, .. } => {
            let from = match first {
                Some(first) => format!("from {first}"),
                // As the runtime tells 0 from 1 (see `ir::paging`).
                None => "after the first (from 1, or 2 where 1 is the first again)".to_string(),
            };
            format!(
                "the page numbers {from}, sent as `{param}` up to an empty page (or one that \
                 repeats the page before it)"
            )
        }
        NextPage::Offset { param, first, .. } => {
            format!("the offsets its body counts, from {first}, sent as `{param}` up to the total")
        }
        NextPage::LastItem { param, .. } => {
            format!("the last item's id, sent back as `{param}` while `has_more` says more follow")
        }
    };
    format!(
        "{} (one page). Paged: `.stream()` gives every {} of every page, a request per page, \
         following {how}; `.pages()` gives the pages.",
        type_link(page),
        type_link(&paging.item),
    )
}

fn operation(api: &Api, tag: &Tag, op: &Operation) -> OperationDoc {
    // Destructured so that a field added to the model is a compile error here until the page
    // either shows it or says why not.
    let Operation {
        operation_id: _,
        method_name,
        // Rust-only names: the page shows the call, not the builder type.
        builder_name: _,
        http_method,
        path,
        path_segments: _,
        summary,
        description,
        deprecated,
        params: _,
        body,
        responses,
        success_type,
        // The return type says it: `Vec<u8>` for bytes, `String` for text.
        success_format: _,
        outcomes,
        accept,
        security: _,
        paging,
        // Decided into `paging`.
        pageable: _,
        server,
        pointer: _,
        // The page shows the spec's path, which already ends with its `/`.
        trailing_slash: _,
    } = op;
    let args = args(op);
    OperationDoc {
        method: method_name.clone(),
        http_method: http_method.as_str(),
        path_cell: escape_cell(path),
        summary_cell: opt_cell(summary.as_deref()),
        signature: signature(tag, op, &args),
        deprecated: *deprecated,
        server: server.as_ref().map(|server| match server.starts_with('/') {
            true => format!("the path `{server}` on the base URL's origin"),
            false => format!("`{server}`"),
        }),
        summary: paragraph(summary.as_deref()),
        description: paragraph(description.as_deref()),
        example: operation_example(api, tag, op, Inputs::All)
            .trim_end()
            .to_string(),
        params: args.iter().map(Arg::row).collect(),
        return_type: match (outcomes, success_type, paging) {
            (Some(outcomes), _, _) => outcomes_cell(outcomes),
            (None, Some(ty), Some(paging)) => paged_cell(ty, paging),
            (None, Some(ty), None) => type_link(ty),
            (None, None, _) => "void (empty response body)".into(),
        },
        authorization: authorization(api, op),
        // A fixed body has no argument but is still sent with its media type (seed 000's
        // `forgot_password_one_time_code` shows `text/plain`).
        content_type: body.as_ref().map_or("Not defined".into(), |body| {
            std::iter::once(&body.content_type)
                .chain(&body.alternatives)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        }),
        accept: accept.clone().unwrap_or_else(|| "Not defined".into()),
        responses: responses
            .iter()
            .map(|response| ResponseRow {
                status: escape_cell(&response.status),
                description: cell(&response.description),
            })
            .collect(),
    }
}

/// The return type of an operation whose success responses differ: the enum and what each
/// status holds, e.g. `**CreateOutcome**: 200 [**User**](User.md), 204 (no body)`.
fn outcomes_cell(outcomes: &crate::ir::Outcomes) -> String {
    let each: Vec<String> = outcomes
        .variants
        .iter()
        .map(|o| match &o.ty {
            Some(ty) => format!("{} {}", escape_cell(&o.status), type_link(ty)),
            None => format!("{} (no body)", escape_cell(&o.status)),
        })
        .collect();
    format!("**{}**: {}", outcomes.name, each.join(", "))
}

/// One thing the caller passes: a parameter or the body.
struct Arg<'a> {
    name: &'a str,
    /// The Type cell.
    ty: String,
    description: Option<&'a str>,
    required: bool,
    default: Option<&'a Value>,
    deprecated: bool,
}

impl Arg<'_> {
    fn row(&self) -> ParamRow {
        let mut flags = Vec::new();
        if !self.required {
            flags.push("optional".to_string());
        }
        if self.deprecated {
            flags.push("deprecated".to_string());
        }
        ParamRow {
            name: self.name.to_string(),
            ty: self.ty.clone(),
            description: opt_cell(self.description),
            notes: notes(&flags, self.default),
        }
    }
}

/// The parameters and the body in the order the method takes them ([`Operation::inputs`]: the
/// seeds' order too, a body following the required parameters).
fn args(op: &Operation) -> Vec<Arg<'_>> {
    op.inputs()
        .into_iter()
        .map(|input| {
            let (default, deprecated) = match input {
                Input::Param(p) => (p.default.as_ref(), p.deprecated),
                Input::Body(_) => (None, false),
            };
            Arg {
                name: input.name(),
                ty: type_link(&input.ty()),
                description: input.description(),
                required: input.required(),
                default,
                deprecated,
            }
        })
        .collect()
}

/// Required arguments go to the method, optional ones to the builder's setters.
fn signature(tag: &Tag, op: &Operation, args: &[Arg]) -> String {
    let positional: Vec<&str> = args.iter().filter(|a| a.required).map(|a| a.name).collect();
    let setters: String = args
        .iter()
        .filter(|a| !a.required)
        .map(|a| format!(".{0}({0})", a.name))
        .collect();
    let output = op
        .success_type
        .as_ref()
        .map_or("()".into(), |ty| ty.display());
    // A code span: `Vec<User>` outside one would be read as an HTML tag.
    code_span(&format!(
        "client.{}().{}({}){setters}.await -> Result<{output}, Error>",
        tag.module,
        op.method_name,
        positional.join(", "),
    ))
}

/// Links to the README's section on each scheme, or the seeds' sentence when there is none.
fn authorization(api: &Api, op: &Operation) -> String {
    if op.security.is_empty() {
        return "No authorization required".into();
    }
    api.requirements_for(op)
        .map(|schemes| {
            schemes
                .iter()
                .map(|scheme| format!("[{0}](../README.md#{0})", scheme.api_name))
                .collect::<Vec<_>>()
                .join(" and ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{
        Body, BodyFormat, BodyKind, HttpMethod, IntWidth, Param, ParamLocation, ParamStyle,
        Response, SecurityKind, SecurityScheme, TypeRef,
    };
    use serde_json::json;

    fn param(name: &str, required: bool, ty: TypeRef) -> Param {
        Param {
            api_name: name.into(),
            name: name.into(),
            location: ParamLocation::Query,
            required,
            ty,
            description: None,
            default: None,
            example: None,
            deprecated: false,
            secret: false,
            style: ParamStyle::Form,
            explode: true,
            allow_reserved: false,
            content_type: None,
            minimum: None,
        }
    }

    fn body(required: bool, kind: BodyKind) -> Body {
        Body {
            name: "change_password_request".into(),
            content_type: "application/json".into(),
            alternatives: vec![],
            kind,
            required,
            description: None,
            example: None,
        }
    }

    fn op(params: Vec<Param>, body: Option<Body>) -> Operation {
        Operation {
            operation_id: "changePassword".into(),
            method_name: "change_password".into(),
            builder_name: "ChangePassword".into(),
            http_method: HttpMethod::Post,
            path: "/p".into(),
            path_segments: vec![],
            trailing_slash: false,
            summary: None,
            description: None,
            deprecated: false,
            params,
            body,
            responses: vec![Response {
                status: "200".into(),
                description: "".into(),
                ty: None,
                content_type: None,
                format: BodyFormat::Empty,
                link_header: false,
            }],
            success_type: None,
            success_format: BodyFormat::Empty,
            outcomes: None,
            accept: None,
            security: vec![],
            paging: None,
            pageable: None,
            server: None,
            pointer: "#/paths/~1p/post".into(),
        }
    }

    fn tag() -> Tag {
        Tag {
            api_name: "Credential Operations".into(),
            struct_name: "CredentialOperationsApi".into(),
            module: "credential_operations".into(),
            feature: "credential-operations".into(),
            description: None,
            operations: vec![],
        }
    }

    fn names(op: &Operation) -> Vec<&str> {
        args(op).iter().map(|a| a.name).collect()
    }

    #[test]
    fn a_required_body_follows_the_required_params() {
        // Seed 001: change_password(user_id, change_password_request, strict=strict).
        let op = op(
            vec![
                param("user_id", true, TypeRef::String),
                param("strict", false, TypeRef::Boolean),
            ],
            Some(body(
                true,
                BodyKind::Json(TypeRef::Model("ChangePasswordRequest".into())),
            )),
        );
        assert_eq!(names(&op), ["user_id", "change_password_request", "strict"]);
        assert_eq!(
            signature(&tag(), &op, &args(&op)),
            "`client.credential_operations().change_password(user_id, change_password_request)\
             .strict(strict).await -> Result<(), Error>`"
        );
    }

    #[test]
    fn an_optional_body_is_a_setter_after_the_optional_params() {
        // Seed 000: change_password(user_id, change_password_request=change_password_request).
        let mut op = op(
            vec![
                param("user_id", true, TypeRef::String),
                param("strict", false, TypeRef::Boolean),
            ],
            Some(body(
                false,
                BodyKind::Json(TypeRef::Model("ChangePasswordRequest".into())),
            )),
        );
        op.success_type = Some(TypeRef::Array(Box::new(TypeRef::Model("User".into()))));
        assert_eq!(names(&op), ["user_id", "strict", "change_password_request"]);
        assert_eq!(
            signature(&tag(), &op, &args(&op)),
            "`client.credential_operations().change_password(user_id).strict(strict)\
             .change_password_request(change_password_request).await -> Result<Vec<User>, Error>`"
        );
    }

    #[test]
    fn a_fixed_body_is_no_argument_but_sets_the_content_type() {
        // Seed 000: forgot_password_one_time_code has no body row, and Content-Type text/plain.
        let mut fixed = body(false, BodyKind::Fixed(String::new()));
        fixed.content_type = "text/plain".into();
        let op = op(vec![param("user_id", true, TypeRef::String)], Some(fixed));
        assert_eq!(names(&op), ["user_id"]);
        let api = api_with(vec![]);
        assert_eq!(operation(&api, &tag(), &op).content_type, "text/plain");
    }

    #[test]
    fn param_rows_carry_type_description_and_notes() {
        let mut strict = param("strict", false, TypeRef::Boolean);
        strict.description = Some("Revokes the user's sessions if `true`".into());
        strict.default = Some(json!(false));
        let op = op(
            vec![
                param("limit", true, TypeRef::Integer(IntWidth::I32)),
                strict,
            ],
            None,
        );
        let rows: Vec<ParamRow> = args(&op).iter().map(Arg::row).collect();
        assert_eq!(rows[0].ty, "**i32**");
        assert_eq!(rows[0].notes, "");
        assert_eq!(rows[1].ty, "**bool**");
        assert_eq!(
            rows[1].description,
            "Revokes the user&#39;s sessions if &#x60;true&#x60;"
        );
        assert_eq!(rows[1].notes, "[optional] [default to false]");
    }

    fn api_with(schemes: Vec<SecurityScheme>) -> Api {
        Api {
            crate_name: "c".into(),
            lib_name: "c".into(),
            crate_version: "1.0.0".into(),
            spec_version: "1.0.0".into(),
            title: "T".into(),
            description: None,
            base_url: "http://x".into(),
            base_url_secret: None,
            tags: vec![],
            models: Default::default(),
            security_schemes: schemes,
            error_models: vec![],
            other_models_feature: None,
            feature_groups: Vec::new(),
            webhooks: vec![],
            warnings: vec![],
        }
    }

    #[test]
    fn authorization_links_each_scheme_or_says_none() {
        let scheme = |api_name: &str, name: &str| SecurityScheme {
            api_name: api_name.into(),
            name: name.into(),
            variant: String::new(),
            env_var: String::new(),
            description: None,
            kind: SecurityKind::Bearer,
        };
        let api = api_with(vec![
            scheme("apiToken", "api_token"),
            scheme("oauth2", "oauth2"),
        ]);
        let mut op = op(vec![], None);
        assert_eq!(authorization(&api, &op), "No authorization required");
        op.security = vec![vec!["apiToken".into()], vec!["oauth2".into()]];
        assert_eq!(
            authorization(&api, &op),
            "[apiToken](../README.md#apiToken), [oauth2](../README.md#oauth2)"
        );
        op.security = vec![vec!["apiToken".into(), "oauth2".into()]];
        assert_eq!(
            authorization(&api, &op),
            "[apiToken](../README.md#apiToken) and [oauth2](../README.md#oauth2)"
        );
        op.security = vec![vec!["oauth2".into()]];
        assert_eq!(authorization(&api, &op), "[oauth2](../README.md#oauth2)");
    }

    #[test]
    fn return_type_is_void_or_the_success_type() {
        let api = api_with(vec![]);
        let mut op = op(vec![], None);
        assert_eq!(
            operation(&api, &tag(), &op).return_type,
            "void (empty response body)"
        );
        op.success_type = Some(TypeRef::Model("UserCredentials".into()));
        assert_eq!(
            operation(&api, &tag(), &op).return_type,
            "[**UserCredentials**](UserCredentials.md)"
        );
    }
}
