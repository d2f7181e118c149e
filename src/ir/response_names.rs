//! The name of one type for the identical bodies of several responses.
//!
//! Identical models are one type (see [`super::aliases`]), named by the shortest of their
//! names. For response bodies that name came from one operation or one status, and told a
//! lie about the others: every `401` of an API decoded as `GetUserByToken401Error`, and
//! Spotify's `401`s as `NotFound`. So where every one of the identical models is the body of
//! a response the spec defines in place (under an operation or `components/responses`), the
//! type is named by what they have in common:
//! - one error status: its reason phrase, `UnauthorizedError` (`Error418` for a code without
//!   one, `ClientError` for `4XX`, `ServerError` for `5XX`);
//! - several error statuses, or `default`: `ErrorResponse`;
//! - the same part of such bodies: that name with the part's own name's tail
//!   (`GetUser400ErrorMessagesItem` → `BadRequestErrorMessagesItem`).
//!
//! The name must be free (no model has it); every old name stays a type, an alias of it.

/// Reason phrases of the error statuses, as type names.
const PHRASES: &[(u16, &str)] = &[
    (400, "BadRequest"),
    (401, "Unauthorized"),
    (402, "PaymentRequired"),
    (403, "Forbidden"),
    (404, "NotFound"),
    (405, "MethodNotAllowed"),
    (406, "NotAcceptable"),
    (407, "ProxyAuthenticationRequired"),
    (408, "RequestTimeout"),
    (409, "Conflict"),
    (410, "Gone"),
    (411, "LengthRequired"),
    (412, "PreconditionFailed"),
    (413, "PayloadTooLarge"),
    (414, "UriTooLong"),
    (415, "UnsupportedMediaType"),
    (416, "RangeNotSatisfiable"),
    (417, "ExpectationFailed"),
    (421, "MisdirectedRequest"),
    (422, "UnprocessableEntity"),
    (423, "Locked"),
    (424, "FailedDependency"),
    (428, "PreconditionRequired"),
    (429, "TooManyRequests"),
    (431, "RequestHeaderFieldsTooLarge"),
    (451, "UnavailableForLegalReasons"),
    (500, "InternalServerError"),
    (501, "NotImplemented"),
    (502, "BadGateway"),
    (503, "ServiceUnavailable"),
    (504, "GatewayTimeout"),
];

/// The pointer of the response body `pointer` is in, and the part of the body it is at (empty
/// for the body itself): `#/paths/~1a/get/responses/400/content/application~1json/schema`
/// and `/properties/messages/items`. `None` outside a response body.
pub fn split_body(pointer: &str) -> Option<(&str, &str)> {
    let rest = pointer.strip_prefix("#/")?;
    let segments: Vec<&str> = rest.split('/').collect();
    let body = match segments.as_slice() {
        ["paths", _, _, "responses", _, "content", _, "schema", ..] => 8,
        ["components", "responses", _, "content", _, "schema", ..] => 6,
        _ => return None,
    };
    let len = segments[..body].iter().map(|s| s.len() + 1).sum::<usize>() - 1;
    Some(pointer.split_at("#/".len() + len))
}

/// The status of the response whose body is at `body`, as the spec writes it (`401`, `4XX`,
/// `default`); for a body of `components/responses`, the status its name says
/// (`Unauthorized`, `NotFoundError`).
fn status_of(body: &str) -> Option<String> {
    let segments: Vec<&str> = body.trim_start_matches("#/").split('/').collect();
    match segments.as_slice() {
        ["paths", _, _, "responses", status, ..] => Some(status.to_string()),
        ["components", "responses", name, ..] => {
            let name = crate::naming::camel(name);
            let phrase = ["Error", "Response"]
                .iter()
                .find_map(|suffix| name.strip_suffix(suffix).filter(|p| !p.is_empty()))
                .unwrap_or(&name);
            PHRASES
                .iter()
                .find(|(_, p)| *p == phrase)
                .map(|(code, _)| code.to_string())
        }
        _ => None,
    }
}

/// Whether a response of `status` is an error one.
fn is_error(status: &str) -> bool {
    status == "default" || status.starts_with('4') || status.starts_with('5')
}

/// The name for one type of the identical models at `pointers` (two or more), and the part of
/// a body they all are (empty for the bodies themselves); `None` unless they are all error
/// responses' bodies, or all the same part of such bodies.
pub fn shared_error_name<'a>(
    pointers: impl IntoIterator<Item = &'a str>,
) -> Option<(String, &'a str)> {
    let mut part = None;
    let mut statuses = Vec::new();
    for pointer in pointers {
        let (body, at) = split_body(pointer)?;
        if *part.get_or_insert(at) != at {
            return None;
        }
        statuses.push(status_of(body)?);
    }
    statuses.sort();
    statuses.dedup();
    if !statuses.iter().all(|s| is_error(s)) {
        return None;
    }
    let name = match statuses.as_slice() {
        [one] if one == "4XX" => "ClientError".to_string(),
        [one] if one == "5XX" => "ServerError".to_string(),
        [one] if one != "default" => match PHRASES.iter().find(|(c, _)| c.to_string() == *one) {
            Some((_, phrase)) => format!("{phrase}Error"),
            None => format!("Error{one}"),
        },
        _ => "ErrorResponse".to_string(),
    };
    Some((name, part?))
}

#[cfg(test)]
mod tests {
    use super::shared_error_name;

    fn name(pointers: &[&str]) -> Option<String> {
        shared_error_name(pointers.iter().copied()).map(|(name, part)| format!("{name}{part}"))
    }

    #[test]
    fn one_status_is_named_by_its_phrase() {
        let body = |path: &str, status: &str| {
            format!("#/paths/{path}/get/responses/{status}/content/application~1json/schema")
        };
        let (a, b) = (body("~1a", "401"), body("~1b", "401"));
        assert_eq!(name(&[&a, &b]).as_deref(), Some("UnauthorizedError"));
        let (a, b) = (body("~1a", "418"), body("~1b", "418"));
        assert_eq!(name(&[&a, &b]).as_deref(), Some("Error418"));
        let (a, b) = (body("~1a", "5XX"), body("~1b", "5XX"));
        assert_eq!(name(&[&a, &b]).as_deref(), Some("ServerError"));
        let (a, b) = (body("~1a", "401"), body("~1b", "403"));
        assert_eq!(name(&[&a, &b]).as_deref(), Some("ErrorResponse"));
        let (a, b) = (body("~1a", "default"), body("~1b", "default"));
        assert_eq!(name(&[&a, &b]).as_deref(), Some("ErrorResponse"));
        // A success among them: no error name.
        let (a, b) = (body("~1a", "200"), body("~1b", "400"));
        assert_eq!(name(&[&a, &b]), None);
        // The same part of error bodies, or not.
        let part = |path: &str| format!("{}/properties/error", body(path, "401"));
        assert_eq!(
            name(&[&part("~1a"), &part("~1b")]).as_deref(),
            Some("UnauthorizedError/properties/error")
        );
        assert_eq!(name(&[&body("~1a", "401"), &part("~1b")]), None);
    }

    #[test]
    fn response_components_are_named_by_the_status_their_name_says() {
        let component =
            |name: &str| format!("#/components/responses/{name}/content/application~1json/schema");
        let names = ["Unauthorized", "notFoundError"].map(component);
        assert_eq!(
            name(&[&names[0], &names[1]]).as_deref(),
            Some("ErrorResponse")
        );
        let names = ["Unauthorized", "UnauthorizedResponse"].map(component);
        assert_eq!(
            name(&[&names[0], &names[1]]).as_deref(),
            Some("UnauthorizedError")
        );
        let names = ["Unauthorized", "TrackList"].map(component);
        assert_eq!(name(&[&names[0], &names[1]]), None);
    }
}
