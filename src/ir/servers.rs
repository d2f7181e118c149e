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
    // `/` is the origin's root (its trailing `/` trimmed away above).
    let url = if url.is_empty() { "/".to_string() } else { url };
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
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(url: &str) -> Server {
        Server {
            url: url.into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_root_is_a_path_and_a_host_without_a_scheme_is_a_warning() {
        let api = [server("https://api.example.com/v1")];
        let mut warnings = Vec::new();
        let own = |s: &str, w: &mut Vec<Warning>| own_server(&api, &[], &[server(s)], "#/x", w);
        assert_eq!(own("/", &mut warnings).as_deref(), Some("/"));
        assert_eq!(own("https://api.example.com/v1/", &mut warnings), None);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(own("upload.example.com/v1", &mut warnings), None);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].pointer, "#/x/servers/0/url");
    }
}
