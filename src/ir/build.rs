//! The entry point of the IR stage: a loaded spec → [`Api`].

use super::operations::{Operations, TaggedOperation};
use super::schema::Schemas;
use super::{Api, Tag, UrlPart, Warning, finish, security};
use crate::error::{Error, Result};
use crate::load::Spec;
use crate::naming;
use crate::options::Options;

/// Build the intermediate model of `spec`. `crate_name` is the Cargo package name.
pub fn build(spec: &Spec, crate_name: &str, options: &Options) -> Result<Api> {
    let mut warnings: Vec<Warning> = spec
        .warnings
        .iter()
        .map(|(pointer, message)| Warning {
            pointer: pointer.clone(),
            message: message.clone(),
        })
        .collect();
    let mut schemes = security::schemes(spec, &mut warnings)?;
    let mut schemas = Schemas::new(spec, !options.string_formats);
    schemas.convert_components()?;
    let mut operations = Operations {
        spec,
        schemas: &mut schemas,
        schemes: &schemes,
        warnings: Vec::new(),
        other_media: Vec::new(),
    };
    let tagged = operations.build()?;
    warnings.append(&mut operations.warnings);
    check_filters(spec, &tagged, options)?;
    let tagged: Vec<TaggedOperation> = tagged
        .into_iter()
        .filter(|t| options.includes(t.tag.as_deref(), &t.operation.operation_id))
        .collect();
    if tagged.is_empty() && options.is_filtered() {
        return Err(Error::Usage(format!(
            "{}: no operation has one of the tags {:?} and one of the operationIds {:?}",
            spec.path.display(),
            options.tags,
            options.operations
        )));
    }
    let mut webhooks = webhooks(spec, &mut schemas)?;
    let tagged = group_untagged_by_path(spec, tagged);
    let mut tags = group_by_tag(spec, tagged, &mut warnings);
    let mut models = schemas.models;
    finish::drop_blank_prose(&mut models, &mut tags, &mut webhooks, &mut schemes);
    super::shared::merge_identical(&mut models, &mut tags);
    warnings.extend(super::paging::decide(&mut tags, &models, options)?);
    warnings.append(&mut schemas.warnings);
    warnings.extend(finish::break_required_cycles(&mut models));
    super::unions::tag_implicitly(&mut models);
    let never_decoded =
        super::features::never_decoded(&tags, &webhooks, &models, options.is_filtered());
    warnings.extend(super::unions::order_untagged(&mut models, &never_decoded));
    // A component used in many places is one problem, said once.
    let mut seen = std::collections::HashSet::new();
    warnings.retain(|w| seen.insert((w.pointer.clone(), w.message.clone())));
    finish::mark_boxes(&mut models);
    finish::derive_defaults(&mut models);
    super::aliases::alias_identical(&mut models, &mut tags);
    let mut error_models: Vec<String> = tags
        .iter()
        .flat_map(|t| &t.operations)
        .flat_map(|op| &op.responses)
        .filter(|r| !r.is_success())
        .filter_map(|r| match &r.ty {
            Some(super::TypeRef::Model(name)) => Some(name.clone()),
            _ => None,
        })
        .collect();
    error_models.sort();
    error_models.dedup();
    let other_models_feature = super::features::mark(&tags, &mut models, &error_models);
    let feature_groups = super::features::group(&tags, &mut models);
    let info = &spec.doc.info;
    let (base_url, base_url_secret) = base_url(spec, &mut warnings);
    Ok(Api {
        crate_name: crate_name.to_string(),
        lib_name: naming::lib_name(crate_name),
        crate_version: cargo_version(&info.version),
        spec_version: info.version.clone(),
        title: info.title.clone(),
        description: {
            let mut description = info.description.clone();
            finish::clear_blank(&mut description);
            description
        },
        base_url,
        base_url_secret,
        tags,
        models,
        security_schemes: schemes,
        error_models,
        other_models_feature,
        feature_groups,
        webhooks,
        warnings,
    })
}

/// The spec's webhooks, each payload typed (it is a component schema by now).
fn webhooks(spec: &Spec, schemas: &mut Schemas) -> Result<Vec<super::Webhook>> {
    let mut out: Vec<super::Webhook> = Vec::new();
    for hook in &spec.webhooks {
        let payload = match &hook.payload {
            Some(reference) => Some(schemas.type_of_ref(reference, "Payload", &hook.pointer)?),
            None => None,
        };
        let base = naming::camel(&hook.name);
        // Variants are the webhooks with a payload: only those take names.
        let variant = naming::unique(&base, |n| {
            payload.is_some() && out.iter().any(|w| w.payload.is_some() && w.variant == n)
        });
        out.push(super::Webhook {
            name: hook.name.clone(),
            method: hook.method.clone(),
            summary: hook.summary.clone(),
            description: hook.description.clone(),
            variant,
            payload,
        });
    }
    Ok(out)
}

/// A filter that names nothing in the spec is a mistake: a typo would otherwise give a client
/// without those operations, silently.
fn check_filters(spec: &Spec, operations: &[TaggedOperation], options: &Options) -> Result<()> {
    let mut tags: Vec<&str> = operations.iter().filter_map(|o| o.tag.as_deref()).collect();
    tags.sort_unstable();
    tags.dedup();
    let ids: Vec<&str> = operations
        .iter()
        .map(|o| o.operation.operation_id.as_str())
        .collect();
    let file = spec.path.display();
    if let Some(tag) = options.tags.iter().find(|t| !tags.contains(&t.as_str())) {
        return Err(Error::Usage(format!(
            "{file}: no operation has the tag {tag:?} (as its first tag); the tags are {tags:?}"
        )));
    }
    if let Some(id) = options
        .operations
        .iter()
        .find(|id| !ids.contains(&id.as_str()))
    {
        return Err(Error::Usage(format!(
            "{file}: no operation has the operationId {id:?}; the operationIds are {ids:?}"
        )));
    }
    Ok(())
}

/// A spec with no tags at all and more operations than this has them grouped by path instead
/// of all under `default`.
pub const UNTAGGED_SPLIT: usize = 40;

/// Stripe's spec has no tags: its 400 operations would be one API struct, one docs page and
/// one cargo feature (so a user of two of them compiles all). Above [`UNTAGGED_SPLIT`]
/// operations, an untagged spec's operations are grouped by the first literal segment of
/// their path after any version prefix (`/v1/customers/{id}` → `customers`), the same every
/// run. A group is the tag the spec declares by that name, whatever its case and spacing
/// (Increase declares `ACH Transfers` and tags no operation: `/ach_transfers` is in it, with its
/// description).
fn group_untagged_by_path(
    spec: &Spec,
    mut operations: Vec<TaggedOperation>,
) -> Vec<TaggedOperation> {
    if operations.len() <= UNTAGGED_SPLIT || operations.iter().any(|o| o.tag.is_some()) {
        return operations;
    }
    for op in &mut operations {
        let group = path_group(&op.operation.path);
        let declared = spec
            .doc
            .tags
            .iter()
            .find(|t| naming::snake(&t.name) == naming::snake(&group));
        op.tag = Some(declared.map_or(group, |t| t.name.clone()));
    }
    operations
}

/// The group of a path: its first segment that is neither a version (`v1`, `v2beta`, `api`)
/// nor a parameter; `default` when it has none.
fn path_group(path: &str) -> String {
    let version = |s: &str| {
        s == "api"
            || s.strip_prefix(['v', 'V'])
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    };
    path.split('/')
        .filter(|s| !s.is_empty())
        .find(|s| !version(s) && !s.contains('{'))
        .unwrap_or("default")
        .to_string()
}

/// An operationId namespaced by its tag with a `/`, `.` or `_` (GitHub's `issues/list-for-repo`
/// under `issues`, DigitalOcean's `sshKeys_list` under `SSH Keys`) names its method without the
/// tag, which the call already says: `client.issues().list_for_repo(..)`, not
/// `client.issues().issues_list_for_repo(..)`.
/// All of a tag's methods or none: not when two would then share a name, or one would be a
/// keyword (`r#move`) or the API struct's own (`new`).
fn say_the_tag_once(tag: &str, ops: &mut [super::Operation]) {
    let tag = naming::snake(tag);
    // Per operation: not namespaced by the tag (`None`), or its short name, if it has one.
    let short: Vec<Option<Option<String>>> = ops
        .iter()
        .map(|op| {
            // The tag may itself hold a separator: Microsoft Graph's `users.user.ListUser`
            // under `users.user`.
            let id = &op.operation_id;
            let (at, _) = id
                .match_indices(['/', '.', '_'])
                .find(|(at, _)| naming::snake(&id[..*at]) == tag)?;
            let method = naming::snake(&id[at + 1..]);
            let plain = method.starts_with(|c: char| c.is_ascii_lowercase())
                && !method.starts_with("r#")
                && !method.ends_with('_');
            Some(plain.then_some(method))
        })
        .collect();
    if short.iter().any(|s| matches!(s, Some(None))) {
        return;
    }
    let short: Vec<Option<String>> = short.into_iter().map(Option::flatten).collect();
    let names: Vec<&String> = ops
        .iter()
        .zip(&short)
        .map(|(op, short)| short.as_ref().unwrap_or(&op.method_name))
        .collect();
    let distinct: std::collections::BTreeSet<&&String> = names.iter().collect();
    let clash = distinct.len() < names.len()
        || names
            .iter()
            .any(|n| naming::API_STRUCT_METHODS.contains(&n.as_str()));
    if clash {
        return;
    }
    for (op, short) in ops.iter_mut().zip(short) {
        if let Some(short) = short {
            op.method_name = short;
        }
    }
}

/// Group operations by their first tag: tags in the order the spec's `tags` list gives
/// them, then tags only operations name, then untagged operations under `default`.
fn group_by_tag(
    spec: &Spec,
    mut operations: Vec<TaggedOperation>,
    warnings: &mut Vec<Warning>,
) -> Vec<Tag> {
    same_tag_whatever_the_case(spec, &mut operations, warnings);
    let mut order: Vec<String> = spec.doc.tags.iter().map(|t| t.name.clone()).collect();
    for op in &operations {
        let name = op.tag.clone().unwrap_or_else(|| "default".to_string());
        if !order.contains(&name) {
            order.push(name);
        }
    }
    order.retain(|name| {
        operations
            .iter()
            .any(|o| o.tag.as_deref().unwrap_or("default") == name)
    });
    let shared = shared_words(&order);
    let mut tags: Vec<Tag> = Vec::new();
    for name in order {
        let mut ops: Vec<_> = operations
            .iter()
            .filter(|o| o.tag.as_deref().unwrap_or("default") == name)
            .map(|o| o.operation.clone())
            .collect();
        let short = match shared {
            0 => name.clone(),
            _ => naming::bare(&naming::snake(&name))
                .split('_')
                .skip(shared)
                .collect::<Vec<_>>()
                .join("_"),
        };
        say_the_tag_once(&name, &mut ops);
        ops.sort_by(|a, b| a.method_name.cmp(&b.method_name));
        // Tags `User Cred` and `UserCred` case alike: each keeps its own struct and page.
        let struct_name = naming::unique(
            &format!("{}Api", naming::bare(&naming::camel(&short))),
            |n| tags.iter().any(|t| t.struct_name == n),
        );
        for i in 0..ops.len() {
            // Two operationIds that case to one method name keep both, numbered; no method
            // takes the API struct's constructor.
            let method = naming::unique(&ops[i].method_name, |n| {
                naming::API_STRUCT_METHODS.contains(&n)
                    || ops[..i].iter().any(|o| o.method_name == n)
            });
            if method != ops[i].method_name {
                ops[i].builder_name = naming::camel(&method);
                ops[i].method_name = method;
            }
            // A builder shares its module with the API struct and the module's imports.
            let builder = naming::unique(&ops[i].builder_name, |n| {
                naming::TAG_MODULE_TYPES.contains(&n)
                    || n == struct_name
                    || ops[..i].iter().any(|o| o.builder_name == n)
            });
            ops[i].builder_name = builder;
        }
        let module = naming::unique(&naming::snake(&short), |n| {
            tags.iter().any(|t| t.module == n) || naming::CLIENT_METHODS.contains(&n)
        });
        tags.push(Tag {
            struct_name,
            feature: super::features::feature_name(&module),
            module,
            description: spec
                .doc
                .tags
                .iter()
                .find(|t| t.name == name)
                .and_then(|t| t.description.clone()),
            api_name: name,
            operations: ops,
        });
    }
    tags
}

/// How many words every tag's name starts with alike (Twilio's `Api20100401Message`,
/// `Api20100401Call`, ...: one), which the APIs' names leave out (`MessageApi`, `message`) as
/// the crate's name says them. None for a single tag, or when a tag would keep no word.
fn shared_words(names: &[String]) -> usize {
    let words: Vec<Vec<String>> = names
        .iter()
        .map(|n| {
            let snake = naming::snake(n);
            naming::bare(&snake)
                .split('_')
                .map(str::to_string)
                .collect()
        })
        .collect();
    let (Some(first), true) = (words.first(), words.len() > 1) else {
        return 0;
    };
    let shortest = words.iter().map(Vec::len).min().unwrap_or(0);
    (0..shortest.saturating_sub(1))
        .take_while(|&i| words.iter().all(|w| w[i] == first[i]))
        .count()
}

/// Tags that differ only in letter case (Linode's one `account` beside fifty-four `Account`)
/// are one tag: a slip in the spec, not a second API with a module `account2`. The name is the
/// one the top-level `tags` list declares, else the one most operations use (the first seen on
/// a tie); each operation that spells it otherwise is warned about.
fn same_tag_whatever_the_case(
    spec: &Spec,
    operations: &mut [TaggedOperation],
    warnings: &mut Vec<Warning>,
) {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for name in operations.iter().filter_map(|o| o.tag.as_deref()) {
        match counts.iter_mut().find(|(seen, _)| *seen == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    let canonical = |name: &str| -> Option<String> {
        let declared = spec.doc.tags.iter().map(|t| t.name.as_str());
        let chosen = declared
            .clone()
            .find(|d| d.eq_ignore_ascii_case(name))
            .or_else(|| {
                let alike = counts.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name));
                // `max_by_key` keeps the last of equals: reversed, the first seen wins.
                alike.rev().max_by_key(|(_, count)| *count).map(|(n, _)| *n)
            })?;
        (chosen != name).then(|| chosen.to_string())
    };
    let renames: Vec<(String, String)> = counts
        .iter()
        .filter_map(|(name, _)| canonical(name).map(|to| (name.to_string(), to)))
        .collect();
    for op in operations.iter_mut() {
        let Some(tag) = &op.tag else { continue };
        let Some((from, to)) = renames.iter().find(|(from, _)| from == tag) else {
            continue;
        };
        let operation = &op.operation;
        warnings.push(Warning {
            pointer: format!(
                "#/paths/{}/{}/tags",
                crate::location::escape(&operation.path),
                operation.http_method.as_str().to_ascii_lowercase()
            ),
            message: format!(
                "tag `{from}` is `{to}` but for letter case; the operation is grouped under `{to}`"
            ),
        });
        op.tag = Some(to.clone());
    }
}

/// The first server URL that is absolute once its variables take their defaults, and where one
/// of its variables holds a secret ([`secret_variable`]), if one does. Servers that are not
/// absolute (`","` in a converted Postman collection) are skipped with a warning.
fn base_url(spec: &Spec, warnings: &mut Vec<Warning>) -> (String, Option<UrlPart>) {
    let mut chosen = None;
    for (i, server) in spec.doc.servers.iter().enumerate() {
        let url = super::servers::resolved(server);
        // Where the host and the path start: the client hides the part a secret is in.
        let host_start = server.url.find("://").map_or(0, |scheme| scheme + 3);
        let path_start = server.url[host_start..]
            .find('/')
            .map_or(server.url.len(), |p| host_start + p);
        let secret = server
            .variables
            .iter()
            .flatten()
            .filter(|(name, variable)| secret_variable(name, variable.description.as_deref()))
            .filter_map(|(name, _)| {
                let placeholder = format!("{{{name}}}");
                let part = if server.url[..path_start].contains(&placeholder) {
                    UrlPart::Host
                } else if server.url[path_start..].contains(&placeholder) {
                    UrlPart::Path
                } else {
                    return None;
                };
                Some((name, part))
            })
            // A secret in the host hides the whole URL, so it wins over one in the path.
            .min_by_key(|(_, part)| *part != UrlPart::Host);
        if !is_absolute_url(&url) {
            warnings.push(Warning {
                pointer: format!("#/servers/{i}/url"),
                message: format!(
                    "server URL `{}` is not an absolute http(s) URL; skipped",
                    server.url
                ),
            });
        } else if chosen.is_none() {
            if let Some((name, part)) = secret {
                let hidden = match part {
                    UrlPart::Host => "the base URL",
                    UrlPart::Path => "the base URL's path",
                };
                warnings.push(Warning {
                    pointer: format!("#/servers/{i}/variables/{}", crate::location::escape(name)),
                    message: format!(
                        "server variable `{name}` holds a secret: the client keeps {hidden} out \
                         of `Debug` output and errors"
                    ),
                });
            }
            chosen = Some((url, secret.map(|(_, part)| part)));
        }
    }
    chosen.unwrap_or_else(|| {
        warnings.push(Warning {
            pointer: "#/servers".into(),
            message: "no usable server URL; the docs use http://localhost".into(),
        });
        ("http://localhost".to_string(), None)
    })
}

/// Whether a server variable holds a secret, by its name (`token`, `apiKey`, `secret`...) or
/// its description (a word such as "token", "secret", "password", "credential", or "API key").
fn secret_variable(name: &str, description: Option<&str>) -> bool {
    let name = name.to_ascii_lowercase();
    let by_name = [
        "token",
        "secret",
        "password",
        "apikey",
        "api_key",
        "credential",
    ]
    .iter()
    .any(|word| name.contains(word))
        || name.ends_with("key");
    let words: Vec<String> = description
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let by_description = words.iter().enumerate().any(|(i, word)| {
        let word = word.trim_end_matches('s');
        matches!(
            word,
            "token" | "secret" | "password" | "credential" | "apikey"
        ) || (word == "key" && i > 0 && words[i - 1] == "api")
    });
    by_name || by_description
}

pub(super) fn is_absolute_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !host.contains(['{', '}', ' ', ','])
    })
}

/// A version Cargo accepts, from `info.version`: numeric parts lose leading zeros
/// (`2024.07.0` → `2024.7.0`), missing parts are zero (`1.0` → `1.0.0`), a `v` prefix goes,
/// a valid pre-release stays; anything else becomes `0.0.0`.
pub fn cargo_version(version: &str) -> String {
    let version = version.trim().trim_start_matches(['v', 'V']);
    let (core, pre) = match version.split_once('-') {
        Some((core, pre)) => (core, Some(pre)),
        None => (version.split('+').next().unwrap_or(""), None),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty()
        || parts.len() > 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return "0.0.0".to_string();
    }
    let mut numbers: Vec<u64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if numbers.len() != parts.len() {
        return "0.0.0".to_string();
    }
    numbers.resize(3, 0);
    let mut out = format!("{}.{}.{}", numbers[0], numbers[1], numbers[2]);
    if let Some(pre) = pre {
        let pre = pre.split('+').next().unwrap_or("");
        let valid = !pre.is_empty()
            && pre.split('.').all(|id| {
                !id.is_empty()
                    && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && !(id.len() > 1
                        && id.starts_with('0')
                        && id.bytes().all(|b| b.is_ascii_digit()))
            });
        if valid {
            out.push('-');
            out.push_str(pre);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_cargo_accepts() {
        let table = [
            ("1.0.0", "1.0.0"),
            ("5.1.0", "5.1.0"),
            ("2024.07.0", "2024.7.0"),
            ("2026.06.3", "2026.6.3"),
            ("1.0", "1.0.0"),
            ("v2", "2.0.0"),
            ("2.3.4-beta.1", "2.3.4-beta.1"),
            ("2.3.4-beta.01", "2.3.4"),
            ("1.0.0+build5", "1.0.0"),
            ("latest", "0.0.0"),
            ("", "0.0.0"),
            ("1.2.3.4", "0.0.0"),
        ];
        for (input, expected) in table {
            assert_eq!(cargo_version(input), expected, "cargo_version({input:?})");
        }
    }

    #[test]
    fn absolute_urls() {
        assert!(is_absolute_url("http://okta.local"));
        assert!(is_absolute_url("https://subdomain.okta.com/api"));
        assert!(!is_absolute_url(","));
        assert!(!is_absolute_url("/v1"));
        assert!(!is_absolute_url("https://{yourOktaDomain}"));
    }

    #[test]
    fn server_variables_that_hold_secrets() {
        let telegram = "Each bot is given a unique authentication token when it is created.";
        assert!(secret_variable("token", None));
        assert!(secret_variable("botId", Some(telegram)));
        assert!(secret_variable("apiKey", None));
        assert!(secret_variable(
            "x",
            Some("Your API key, from the dashboard")
        ));
        assert!(secret_variable("x", Some("The client secrets")));
        assert!(!secret_variable(
            "region",
            Some("Where your account lives: eu or us")
        ));
        assert!(!secret_variable("version", Some("The API version, `v1`")));
        assert!(!secret_variable("tenant", Some("Your keyboard layout")));
    }
}
