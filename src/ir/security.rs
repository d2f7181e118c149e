//! `components.securitySchemes` → the ways the client can authorize requests.

use super::{SecurityKind, SecurityScheme, Warning};
use crate::error::Result;
use crate::load::Spec;
use crate::naming;
use openapiv3::{APIKeyLocation, ReferenceOr};

pub fn schemes(spec: &Spec, warnings: &mut Vec<Warning>) -> Result<Vec<SecurityScheme>> {
    let Some(components) = &spec.doc.components else {
        return Ok(Vec::new());
    };
    let mut schemes: Vec<SecurityScheme> = Vec::new();
    for (api_name, scheme) in &components.security_schemes {
        let pointer = format!(
            "#/components/securitySchemes/{}",
            super::refs::escape(api_name)
        );
        let ReferenceOr::Item(scheme) = scheme else {
            return Err(spec.error(&pointer, "a `$ref` security scheme is not supported"));
        };
        let (kind, description) = match scheme {
            openapiv3::SecurityScheme::APIKey {
                location,
                name,
                description,
                ..
            } => {
                let kind = match location {
                    APIKeyLocation::Header => SecurityKind::ApiKeyHeader {
                        header: name.clone(),
                        prefix: description
                            .as_deref()
                            .and_then(|d| documented_prefix(d, name)),
                    },
                    APIKeyLocation::Query => SecurityKind::ApiKeyQuery {
                        param: name.clone(),
                    },
                    APIKeyLocation::Cookie => SecurityKind::ApiKeyCookie {
                        cookie: name.clone(),
                    },
                };
                (kind, description)
            }
            openapiv3::SecurityScheme::HTTP {
                scheme,
                description,
                ..
            } => match scheme.to_ascii_lowercase().as_str() {
                "bearer" => (SecurityKind::Bearer, description),
                "basic" => (SecurityKind::Basic, description),
                other => {
                    warnings.push(Warning {
                        pointer,
                        message: format!(
                            "HTTP auth scheme `{other}` is not supported; scheme skipped"
                        ),
                    });
                    continue;
                }
            },
            openapiv3::SecurityScheme::OAuth2 { description, .. }
            | openapiv3::SecurityScheme::OpenIDConnect { description, .. } => {
                (SecurityKind::Bearer, description)
            }
        };
        let name = naming::unique(&setter_name(api_name, &kind), |n| {
            schemes.iter().any(|s| s.name == n)
        });
        let bare = naming::bare(&name).to_string();
        schemes.push(SecurityScheme {
            api_name: api_name.clone(),
            variant: naming::camel(&bare),
            env_var: bare.to_ascii_uppercase(),
            name,
            description: description.clone(),
            kind,
        });
    }
    Ok(schemes)
}

/// The client builder's method for a scheme: `apiToken` → `api_token`, `oauth2` →
/// `oauth2_token`, `petstore_auth` → `petstore_auth_token`, `basicAuth` → `basic_auth`.
fn setter_name(api_name: &str, kind: &SecurityKind) -> String {
    let name = naming::snake(api_name);
    let bare = naming::bare(&name);
    let ends = |words: &[&str]| words.iter().any(|w| bare.ends_with(w));
    match kind {
        SecurityKind::ApiKeyHeader { .. }
        | SecurityKind::ApiKeyQuery { .. }
        | SecurityKind::ApiKeyCookie { .. }
            if !ends(&["key", "token"]) =>
        {
            format!("{bare}_key")
        }
        SecurityKind::Bearer if !ends(&["token"]) => format!("{bare}_token"),
        SecurityKind::Basic if !ends(&["auth", "credentials"]) => format!("{bare}_credentials"),
        _ => name,
    }
}

/// The prefix a header API key takes, when the scheme's description shows the header:
/// ``Pass the API token ... `Authorization: SSWS {API Token}` `` → `SSWS`.
fn documented_prefix(description: &str, header: &str) -> Option<String> {
    let shown = format!("{header}: ");
    let start = description.find(&shown)? + shown.len();
    let rest = &description[start..];
    let (word, after) = rest.split_once(' ')?;
    let is_word = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    (is_word && (after.starts_with('{') || after.starts_with('<'))).then(|| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::documented_prefix;

    #[test]
    fn setter_names_say_what_they_take() {
        use super::{SecurityKind, setter_name};
        let header = SecurityKind::ApiKeyHeader {
            header: "Authorization".into(),
            prefix: None,
        };
        assert_eq!(setter_name("apiToken", &header), "api_token");
        assert_eq!(setter_name("api_key", &header), "api_key");
        assert_eq!(setter_name("session", &header), "session_key");
        assert_eq!(setter_name("oauth2", &SecurityKind::Bearer), "oauth2_token");
        assert_eq!(
            setter_name("petstore_auth", &SecurityKind::Bearer),
            "petstore_auth_token"
        );
        assert_eq!(setter_name("basicAuth", &SecurityKind::Basic), "basic_auth");
    }

    #[test]
    fn prefix_from_description() {
        let okta = "Pass the API token as the Authorization header value prefixed with SSWS: \
                    `Authorization: SSWS {API Token}`";
        assert_eq!(
            documented_prefix(okta, "Authorization").as_deref(),
            Some("SSWS")
        );
        assert_eq!(documented_prefix("`X-Key: {key}`", "X-Key"), None);
        assert_eq!(
            documented_prefix("Send `Authorization: Token <key>`", "Authorization").as_deref(),
            Some("Token")
        );
        assert_eq!(documented_prefix("An API key.", "Authorization"), None);
    }
}
