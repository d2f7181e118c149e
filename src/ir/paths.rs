//! Path templates → segments of literal text and parameters.

use super::{Param, ParamLocation, PathSegment};
use crate::error::Result;
use crate::load::Spec;

/// The segments of `path`, each split into text and parameters: `/compare/{base}...{head}`
/// is `[[compare], [{base}, ..., {head}]]`. Text is kept as a valid piece of a path
/// (percent-encoded where the template has characters a path cannot hold).
pub fn segments(
    spec: &Spec,
    path: &str,
    params: &[Param],
    pointer: &str,
) -> Result<Vec<Vec<PathSegment>>> {
    // `/cookies#formExploded`: what follows a `#` is a fragment (specs use one to tell two
    // path keys apart); a client never sends it.
    let path = path.split('#').next().unwrap_or_default();
    let mut segments = Vec::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let mut parts = Vec::new();
        let mut rest = segment;
        while let Some(start) = rest.find('{') {
            if start > 0 {
                parts.push(PathSegment::Literal(literal(&rest[..start])));
            }
            let Some(len) = rest[start..].find('}') else {
                return Err(spec.error(
                    pointer,
                    format!("path segment `{segment}` opens a `{{` it does not close"),
                ));
            };
            let name = &rest[start + 1..start + len];
            let index = params
                .iter()
                .position(|p| p.location == ParamLocation::Path && p.api_name == name)
                .ok_or_else(|| {
                    spec.error(
                        pointer,
                        format!("path parameter `{{{name}}}` is not declared"),
                    )
                })?;
            parts.push(PathSegment::Param(index));
            rest = &rest[start + len + 1..];
        }
        if !rest.is_empty() {
            parts.push(PathSegment::Literal(literal(rest)));
        }
        segments.push(parts);
    }
    Ok(segments)
}

/// Template text as a path piece: RFC 3986's `pchar`s stay, anything else is
/// percent-encoded (a space in a template becomes `%20`).
fn literal(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let keep = c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@%".contains(c);
        if keep {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{ParamStyle, TypeRef};

    fn param(name: &str) -> Param {
        Param {
            api_name: name.into(),
            name: name.into(),
            location: ParamLocation::Path,
            required: true,
            ty: TypeRef::String,
            description: None,
            default: None,
            example: None,
            deprecated: false,
            secret: false,
            style: ParamStyle::Simple,
            explode: false,
            allow_reserved: false,
            content_type: None,
            minimum: None,
        }
    }

    fn spec() -> Spec {
        crate::load::parse(
            std::path::Path::new("t.yaml"),
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n".into(),
        )
        .unwrap()
    }

    fn shown(path: &str, params: &[Param]) -> String {
        let segments = segments(&spec(), path, params, "#/paths").unwrap();
        segments
            .iter()
            .map(|parts| {
                parts
                    .iter()
                    .map(|p| match p {
                        PathSegment::Literal(t) => t.clone(),
                        PathSegment::Param(i) => format!("<{}>", params[*i].api_name),
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    #[test]
    fn segments_that_mix_text_and_parameters() {
        let params = [
            param("ipv4"),
            param("base"),
            param("head"),
            param("repo"),
            param("id"),
        ];
        assert_eq!(shown("/ip/{ipv4}.txt", &params), "ip/<ipv4>.txt");
        assert_eq!(
            shown("/compare/{base}...{head}", &params),
            "compare/<base>...<head>"
        );
        assert_eq!(
            shown("/export/{repo}-issues-{id}.zip", &params),
            "export/<repo>-issues-<id>.zip"
        );
        assert_eq!(shown("/a b/{id}", &params), "a%20b/<id>");
        assert_eq!(shown("/ip/{ipv4}#second", &params), "ip/<ipv4>");
    }

    #[test]
    fn undeclared_and_unclosed_parameters_are_errors() {
        let params = [param("base")];
        let err = segments(&spec(), "/compare/{base}...{head}", &params, "#/paths").unwrap_err();
        assert!(
            err.to_string().contains("`{head}` is not declared"),
            "{err}"
        );
        let err = segments(&spec(), "/x/{base", &params, "#/paths").unwrap_err();
        assert!(err.to_string().contains("does not close"), "{err}");
    }
}
