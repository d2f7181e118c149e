//! The crate's `README.md`: what the API is, every endpoint, every model, every way to
//! authorize. The pages' back-links point at its sections.

use super::text::{blocks, code_span, escape_cell, opt_cell, paragraph};
use crate::emit::rust::example::{Inputs, operation_example};
use crate::ir::{Api, HttpMethod, Operation, SecurityKind, SecurityScheme, Tag};
use serde::Serialize;

/// What `readme.md.j2` renders.
#[derive(Debug, Serialize)]
pub(super) struct Readme {
    crate_name: String,
    lib_name: String,
    title: String,
    description: Option<String>,
    spec_version: String,
    crate_version: String,
    base_url: String,
    /// One operation's example, to show what a call looks like (see [`getting_started`]).
    example: Option<String>,
    endpoints: Vec<EndpointRow>,
    models: Vec<String>,
    schemes: Vec<SchemeDoc>,
    /// The cargo features: (feature, the tag's API struct), one per tag.
    features: Vec<(String, String)>,
    /// The feature of the models no operation uses, when there is one.
    other_models_feature: Option<String>,
    /// The webhooks (OpenAPI 3.1): what the API sends to you.
    webhooks: Vec<WebhookRow>,
    /// Whether some operation goes to a server of its own.
    operation_servers: bool,
    /// Some operation pages: `.stream()` and `.pages()` are worth a line.
    paged: bool,
}

#[derive(Debug, Serialize)]
struct WebhookRow {
    name: String,
    method: String,
    /// The payload's type, linked to its page when it is a model.
    payload_cell: String,
    summary_cell: String,
}

#[derive(Debug, Serialize)]
struct EndpointRow {
    api: String,
    method: String,
    http_method: &'static str,
    path_cell: String,
    summary_cell: String,
}

#[derive(Debug, Serialize)]
struct SchemeDoc {
    /// The spec's name: the anchor the API pages link to.
    api_name: String,
    description: Option<String>,
    /// `- **Type**: API key` and the like, one fact each.
    facts: Vec<String>,
}

pub(super) fn readme(api: &Api) -> Readme {
    let example = getting_started(api).map(|(tag, op)| {
        operation_example(api, tag, op, Inputs::Required)
            .trim_end()
            .to_string()
    });
    Readme {
        crate_name: api.crate_name.clone(),
        lib_name: api.lib_name.clone(),
        title: api.title.clone(),
        description: blocks(api.description.as_deref()),
        spec_version: api.spec_version.clone(),
        crate_version: api.crate_version.clone(),
        base_url: api.base_url.clone(),
        example,
        endpoints: api
            .tags
            .iter()
            .flat_map(|tag| {
                tag.operations.iter().map(|op| EndpointRow {
                    api: tag.struct_name.clone(),
                    method: op.method_name.clone(),
                    http_method: op.http_method.as_str(),
                    path_cell: escape_cell(&op.path),
                    summary_cell: opt_cell(op.summary.as_deref()),
                })
            })
            .collect(),
        models: api.models.keys().cloned().collect(),
        schemes: api.security_schemes.iter().map(scheme).collect(),
        features: api
            .tags
            .iter()
            .map(|t| (t.feature.clone(), t.struct_name.clone()))
            .collect(),
        other_models_feature: api.other_models_feature.clone(),
        operation_servers: !api.operation_servers().is_empty(),
        paged: api.has_paging(),
        webhooks: api
            .webhooks
            .iter()
            .map(|w| WebhookRow {
                name: code_span(&w.name),
                method: w.method.clone(),
                payload_cell: match &w.payload {
                    Some(ty) => match ty.model() {
                        Some(model) if ty == &crate::ir::TypeRef::Model(model.to_string()) => {
                            format!("[{model}](docs/{model}.md)")
                        }
                        _ => code_span(&ty.display()),
                    },
                    None => "(none)".into(),
                },
                summary_cell: opt_cell(w.summary.as_deref()),
            })
            .collect(),
    }
}

fn scheme(scheme: &SecurityScheme) -> SchemeDoc {
    let mut facts = match &scheme.kind {
        SecurityKind::ApiKeyHeader { header, prefix } => {
            let mut facts = vec![
                "- **Type**: API key".to_string(),
                format!("- **API key parameter name**: {}", code_span(header)),
                "- **Location**: HTTP header".to_string(),
            ];
            if let Some(prefix) = prefix {
                facts.push(format!(
                    "- **Prefix**: {}, sent before the key",
                    code_span(prefix)
                ));
            }
            facts
        }
        SecurityKind::ApiKeyQuery { param } => vec![
            "- **Type**: API key".to_string(),
            format!("- **API key parameter name**: {}", code_span(param)),
            "- **Location**: URL query string".to_string(),
        ],
        SecurityKind::ApiKeyCookie { cookie } => vec![
            "- **Type**: API key".to_string(),
            format!("- **API key parameter name**: {}", code_span(cookie)),
            "- **Location**: cookie".to_string(),
        ],
        SecurityKind::Bearer => vec![
            "- **Type**: Bearer token (an OAuth 2.0 or OpenID Connect access token works too)"
                .to_string(),
            format!(
                "- **Location**: HTTP header, {}",
                code_span("Authorization: Bearer <token>")
            ),
        ],
        SecurityKind::Basic => vec![
            "- **Type**: HTTP basic authentication".to_string(),
            format!(
                "- **Location**: HTTP header, {}",
                code_span("Authorization: Basic <credentials>")
            ),
        ],
    };
    facts.push(format!(
        "- **Set with**: the client builder's {} method",
        code_span(&scheme.name)
    ));
    SchemeDoc {
        api_name: scheme.api_name.clone(),
        description: paragraph(scheme.description.as_deref()),
        facts,
    }
}

/// The operation the README's first example calls: what a newcomer tries first, a read that
/// returns something, ideally a list that pages (its example streams), with as few required
/// inputs as there are; of equals, the first in the docs' order. Box's spec starts with its
/// OAuth authorize redirect, which no client of the API calls. An API with no such read
/// shows its first operation, as the spec orders them (never a write picked for its few
/// inputs, such as expiring a password).
fn getting_started(api: &Api) -> Option<(&Tag, &Operation)> {
    let ops = api
        .tags
        .iter()
        .flat_map(|tag| tag.operations.iter().map(move |op| (tag, op)));
    // Lowest first: a `GET` with a body to show, paged, with the fewest required inputs. An
    // API without such a read starts with its first operation, whatever it does.
    ops.enumerate()
        .min_by_key(|(i, (_, op))| {
            let read = op.http_method == HttpMethod::Get && op.success_type.is_some();
            match read {
                true => (
                    false,
                    op.paging.is_none(),
                    op.inputs().iter().filter(|input| input.required()).count(),
                    *i,
                ),
                false => (true, false, 0, *i),
            }
        })
        .map(|(_, found)| found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_api_key_scheme_names_its_header_prefix_and_setter() {
        let doc = scheme(&SecurityScheme {
            api_name: "apiToken".into(),
            name: "api_token".into(),
            variant: "ApiToken".into(),
            env_var: "API_TOKEN".into(),
            description: None,
            kind: SecurityKind::ApiKeyHeader {
                header: "Authorization".into(),
                prefix: Some("SSWS".into()),
            },
        });
        assert_eq!(doc.api_name, "apiToken");
        assert_eq!(
            doc.facts,
            [
                "- **Type**: API key",
                "- **API key parameter name**: `Authorization`",
                "- **Location**: HTTP header",
                "- **Prefix**: `SSWS`, sent before the key",
                "- **Set with**: the client builder's `api_token` method",
            ]
        );
    }
}
