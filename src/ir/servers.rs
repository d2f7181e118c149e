//! The server an operation declares for itself (`servers` on the operation, else on its path
//! item), when it is not the API's: Box sends uploads to `https://upload.box.com/api/2.0`
//! while everything else goes to `https://api.box.com/2.0`.

use super::Warning;
use openapiv3::Server;

/// A server's URL with its variables at their defaults, without a trailing `/`.
pub fn resolved(server: &Server) -> String {
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    url.trim_end_matches('/').to_string()
}

/// The operation's own server: the first of `operation`'s servers, else of `path_item`'s, unless
/// the API's servers list it too (a spec that repeats its servers on each operation). An
/// absolute URL, or a path the client's base URL takes (`/v2`). A URL the client could not
/// send to (`{region}` left in it) is a warning, and the operation goes to the base URL.
pub fn own_server(
    api: &[Server],
    path_item: &[Server],
    operation: &[Server],
    pointer: &str,
    warnings: &mut Vec<Warning>,
) -> Option<String> {
    let (servers, at) = match (operation, path_item) {
        ([], []) => return None,
        ([], servers) => (
            servers,
            pointer.rsplit_once('/').map_or(pointer, |(p, _)| p),
        ),
        (servers, _) => (servers, pointer),
    };
    let url = resolved(&servers[0]);
    if api.iter().any(|s| resolved(s) == url) {
        return None;
    }
    let absolute = url.starts_with("https://") || url.starts_with("http://");
    let usable = if absolute {
        super::build::is_absolute_url(&url)
    } else {
        url.starts_with('/') && !url.contains(['{', '}', ' ', '?', '#'])
    };
    if !usable {
        warnings.push(Warning {
            pointer: format!("{at}/servers/0/url"),
            message: format!(
                "server URL `{}` is neither an absolute http(s) URL nor a path; the operation \
                 is sent to the client's base URL",
                servers[0].url
            ),
        });
        return None;
    }
    Some(if url.is_empty() { "/".into() } else { url })
}
