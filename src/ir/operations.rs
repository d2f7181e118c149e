//! Paths and operations → [`Operation`]s, grouped later into tags.

use super::bodies::{Media, pick_media};
use super::refs::{self, escape};
use super::schema::Schemas;
use super::{
    BodyFormat, HttpMethod, Operation, Outcome, Outcomes, Param, Response, SecurityScheme, TypeRef,
    Warning,
};
use crate::error::Result;
use crate::load::Spec;
use crate::naming;
use openapiv3::{Parameter, ReferenceOr, StatusCode};
use std::collections::HashMap;

/// Names the request builder (the runtime's `Call`) already uses for its own methods and
/// fields. A paged operation's builder has `stream()` and `pages()` too
/// ([`super::paging::PAGED_RESERVED`]).
const BUILDER_RESERVED: &[&str] = &[
    "client",
    "content_type",
    "into_future",
    "into_parts",
    "new",
    "params",
    "request",
    "send",
    "send_streaming",
    "send_with_response",
];

/// Verbs a summary that names a method starts with (`Get`, or `Gets`), space-separated.
const VERBS: &str = "\
    accept activate add allocate anonymize apply approve archive assign associate attach \
    authenticate authorize bind block calculate cancel change check clear clone close \
    compare complete confirm convert copy count create deactivate deallocate decode delete \
    deny deploy deprovision describe detach disable disassociate display download duplicate \
    echo edit enable encode estimate execute export fetch find finish flush follow generate \
    get grant import install invalidate invite invoke issue like link list lock login \
    logout lookup mark merge modify move open patch pause pin ping poll post power preview \
    process protect provision publish purge put query re-run read reboot rebuild recover \
    redeploy refresh register reject release remove rename renew reopen replace request \
    rerun reschedule reserve reset resize resolve restart restore resume retrieve retry return \
    revoke rollback rotate run save scale schedule search send set share show shutdown star \
    start stop submit subscribe suspend sync test trigger unarchive unassign unbind unblock \
    unfollow uninstall unlike unlink unlock unpin unprotect unpublish unregister unshare \
    unstar unsubscribe unsuspend unwatch update upload upsert validate verify view vote \
    watch";

/// The most words a summary that names a method may have, articles aside.
const SUMMARY_WORDS: usize = 6;

/// A method name from an operation's summary, when it is a short phrase of plain words that
/// starts with a verb (Hetzner's `Get a Certificate` → `get_certificate`, `Get all Actions for
/// a Certificate` → `get_all_actions_for_certificate`; `Gets a user` → `get_user`): two to
/// [`SUMMARY_WORDS`] words of letters and digits, articles left out. A sentence (`Should
/// allow ...`), or a summary with punctuation, names nothing.
fn summary_name(summary: &str) -> Option<String> {
    let summary = summary.trim().trim_end_matches('.');
    let mut words = Vec::new();
    for word in summary.split_whitespace() {
        let plain = word.starts_with(|c: char| c.is_ascii_alphabetic())
            && word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '\'');
        if !plain {
            return None;
        }
        let word = word.replace('\'', "");
        // A plural acronym is one word: `IPs` is `ips`, not `i_ps`.
        let acronyms = word.strip_suffix('s').is_some_and(|w| {
            w.len() > 1
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        });
        if acronyms {
            words.push(word.to_ascii_lowercase());
        } else if !["a", "an", "the"].contains(&word.to_ascii_lowercase().as_str()) {
            words.push(word);
        }
    }
    if !(2..=SUMMARY_WORDS).contains(&words.len()) {
        return None;
    }
    // `Gets` and `Searches` are `get` and `search`.
    let first = words[0].to_ascii_lowercase();
    let verb = [first.as_str()]
        .into_iter()
        .chain(first.strip_suffix('s'))
        .chain(first.strip_suffix("es"))
        .find(|verb| VERBS.split(' ').any(|v| v == *verb))?;
    words[0] = verb.to_string();
    Some(naming::snake(&words.join(" ")))
}

/// An operation and the tag it belongs to (the spec's first tag, if any).
pub struct TaggedOperation {
    pub tag: Option<String>,
    pub operation: Operation,
}

/// How an operation without an `operationId` is named: the name its summary gives (see
/// [`summary_names`]), and whether to warn of it (not when no operation has an id).
#[derive(Clone, Copy)]
struct Naming<'a> {
    summary_name: Option<&'a str>,
    warn: bool,
}

/// An operation of the spec and where it is.
struct Listed<'a> {
    path: &'a str,
    method: &'a str,
    op: &'a openapiv3::Operation,
    item: &'a openapiv3::PathItem,
    pointer: String,
}

/// The method names of operations without an `operationId` that their summaries give (see
/// [`summary_name`]), by the operation's pointer: only names no other operation has.
fn summary_names(listed: &[Listed<'_>]) -> HashMap<String, String> {
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut named = Vec::new();
    for Listed { op, pointer, .. } in listed {
        let name = match &op.operation_id {
            Some(id) => naming::snake(id),
            None => match op.summary.as_deref().and_then(summary_name) {
                Some(name) => {
                    named.push((pointer.clone(), name.clone()));
                    name
                }
                None => continue,
            },
        };
        *ids.entry(name).or_default() += 1;
    }
    named.retain(|(_, name)| ids[name] == 1);
    named.into_iter().collect()
}

pub struct Operations<'a, 'b> {
    pub spec: &'a Spec,
    pub schemas: &'b mut Schemas<'a>,
    pub schemes: &'b [SecurityScheme],
    pub warnings: Vec<Warning>,
    /// Request bodies' media types of another kind than the one sent: (pointer, that media
    /// type, the one sent), warned of together at the end (see [`Self::warn_other_media`]).
    pub other_media: Vec<(String, String, String)>,
}

impl<'a> Operations<'a, '_> {
    /// Every operation of the spec, in the order the spec lists them.
    pub fn build(&mut self) -> Result<Vec<TaggedOperation>> {
        let listed = self.listed()?;
        let summary_names = summary_names(&listed);
        // A spec that gives no operation an id (Hetzner's 144) gets one warning, not one each.
        let none_named = listed.len() > 1 && listed.iter().all(|l| l.op.operation_id.is_none());
        if none_named {
            self.warnings.push(Warning {
                pointer: "#/paths".to_string(),
                message: format!(
                    "no operation has an operationId; the {} methods are named after their \
                     summaries, or their method and path where a summary names none of its own \
                     (the API pages list them)",
                    listed.len()
                ),
            });
        }
        let mut operations: Vec<TaggedOperation> = Vec::new();
        for Listed {
            path,
            method,
            op,
            item,
            pointer,
        } in listed
        {
            let named = summary_names.get(&pointer).map(String::as_str);
            let naming = Naming {
                summary_name: named,
                warn: !none_named,
            };
            let mut operation =
                self.operation(path, method, op, &item.parameters, &pointer, naming)?;
            operation.server = super::servers::own_server(
                &self.spec.doc.servers,
                &item.servers,
                &op.servers,
                &pointer,
                &mut self.warnings,
            );
            if let Some(first) = operations
                .iter()
                .find(|o| o.operation.operation_id == operation.operation_id)
            {
                self.warnings.push(Warning {
                    pointer: pointer.clone(),
                    message: format!(
                        "operationId `{}` is also the id of {} {}; this one's method gets \
                         a number after its name",
                        operation.operation_id,
                        first.operation.http_method.as_str(),
                        first.operation.path
                    ),
                });
            }
            operations.push(TaggedOperation {
                tag: op.tags.first().cloned(),
                operation,
            });
        }
        self.warn_other_media();
        Ok(operations)
    }

    /// A warning for each request body that may also be sent as a media type of another kind,
    /// or, where more than three bodies share the pair (Zoom's 131 JSON bodies that may also be
    /// `multipart/form-data`), one at the first that counts the rest.
    fn warn_other_media(&mut self) {
        let mut pairs: Vec<(&str, &str, Vec<&str>)> = Vec::new();
        for (pointer, other, sent) in &self.other_media {
            match pairs.iter_mut().find(|(o, s, _)| o == other && s == sent) {
                Some((_, _, pointers)) => pointers.push(pointer),
                None => pairs.push((other, sent, vec![pointer])),
            }
        }
        for (other, sent, pointers) in pairs {
            let message =
                format!("the request body may also be `{other}`; the client always sends `{sent}`");
            if pointers.len() > 3 {
                self.warnings.push(Warning {
                    pointer: pointers[0].to_string(),
                    message: format!(
                        "{message} (so do {} more request bodies)",
                        pointers.len() - 1
                    ),
                });
                continue;
            }
            for pointer in pointers {
                self.warnings.push(Warning {
                    pointer: pointer.to_string(),
                    message: message.clone(),
                });
            }
        }
    }

    /// Every operation of the spec, in the order the spec lists them, with its path item
    /// (a `$ref`ed one resolved).
    fn listed(&self) -> Result<Vec<Listed<'a>>> {
        let mut listed = Vec::new();
        for (path, item) in &self.spec.doc.paths.paths {
            let path_pointer = format!("#/paths/{}", escape(path));
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { reference } => {
                    self.path_item_ref(reference, &path_pointer)?
                }
            };
            for (method, op) in item.iter() {
                listed.push(Listed {
                    path,
                    method,
                    op,
                    item,
                    pointer: format!("{path_pointer}/{method}"),
                });
            }
        }
        Ok(listed)
    }

    /// A declared path parameter that the path template does not use has nowhere to go: it
    /// is left out, with a warning.
    fn drop_unused_path_params(&mut self, path: &str, params: &mut Vec<Param>, pointer: &str) {
        params.retain(|p| {
            let used = p.location != super::ParamLocation::Path
                || path.contains(&format!("{{{}}}", p.api_name));
            if !used {
                self.warnings.push(Warning {
                    pointer: pointer.to_string(),
                    message: format!(
                        "path parameter `{}` is declared but `{path}` does not use it; left out",
                        p.api_name
                    ),
                });
            }
            used
        });
    }

    /// The path item a `$ref` points at: another entry of `#/paths`.
    fn path_item_ref(&self, reference: &str, pointer: &str) -> Result<&'a openapiv3::PathItem> {
        let target = reference
            .strip_prefix("#/paths/")
            .map(|escaped| crate::location::pointer_segments(&format!("#/{escaped}")))
            .and_then(|segments| match segments.as_slice() {
                [path] => self.spec.doc.paths.paths.get(path),
                _ => None,
            });
        match target {
            Some(ReferenceOr::Item(item)) => Ok(item),
            Some(ReferenceOr::Reference { .. }) => Err(self.spec.error(
                pointer,
                format!("`$ref: {reference}` points at another `$ref`; one level is supported"),
            )),
            None => Err(self.spec.error(
                pointer,
                format!("`$ref: {reference}` does not point at a path item of this document"),
            )),
        }
    }

    /// An operation's id and what names its method, builder and models: its operationId for
    /// both; else the method and path as its id (for tracing), named after its summary (see
    /// [`summary_names`]) or the method and path, with a warning unless `naming` says the spec
    /// had one.
    fn id_and_name(
        &mut self,
        path: &str,
        method: &str,
        op: &openapiv3::Operation,
        pointer: &str,
        naming: Naming<'_>,
    ) -> (String, String) {
        if let Some(id) = &op.operation_id {
            return (id.clone(), id.clone());
        }
        let id = format!("{method} {path}");
        let (source, name) = match naming.summary_name {
            Some(name) => (
                format!(
                    "its summary `{}`",
                    op.summary.as_deref().unwrap_or_default()
                ),
                name.to_string(),
            ),
            None => (format!("`{id}`"), id.clone()),
        };
        if !naming.warn {
            return (id, name);
        }
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: format!(
                "the operation has no operationId; its method is named after {source}: `{}`",
                naming::snake(&name)
            ),
        });
        (id, name)
    }

    fn operation(
        &mut self,
        path: &str,
        method: &str,
        op: &'a openapiv3::Operation,
        path_params: &'a [ReferenceOr<Parameter>],
        pointer: &str,
        naming: Naming<'_>,
    ) -> Result<Operation> {
        let (operation_id, name) = self.id_and_name(path, method, op, pointer, naming);
        let hint = naming::camel(&name);
        let (body, fields) = self.body(op, &hint, pointer)?;
        let mut params = self.params(op, path_params, &hint, pointer)?;
        params.extend(fields);
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
        self.drop_unused_path_params(path, &mut params, pointer);
        let path_segments = super::paths::segments(self.spec, path, &params, pointer)?;
        let responses = self.responses(op, &hint, pointer)?;
        let success = responses
            .iter()
            .filter(|r| r.is_success())
            .find(|r| r.format != BodyFormat::Empty);
        let outcomes = outcomes(&responses, &hint);
        let (success_type, success_format) = match (&outcomes, success) {
            (None, Some(r)) => (r.ty.clone(), r.format),
            // A redirect the client follows (Box's download answers `302` to its file on
            // another host): what it leads to is the answer, as bytes, whatever the spec says
            // of it (nothing).
            (None, None) if responses.iter().any(|r| followed_redirect(&r.status)) => {
                (Some(TypeRef::Bytes), BodyFormat::Bytes)
            }
            _ => (None, BodyFormat::Empty),
        };
        let accept = success
            .or_else(|| responses.iter().find(|r| r.content_type.is_some()))
            .and_then(|r| r.content_type.clone());
        Ok(Operation {
            method_name: naming::snake(&name),
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
            success_format,
            outcomes,
            accept,
            security: self.security(op),
            paging: None,
            pageable: pageable(op),
            server: None,
            pointer: pointer.to_string(),
        })
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
            let (content_type, ty, format) = match pick_media(&response.content) {
                None => (None, None, BodyFormat::Empty),
                Some((content_type, media)) => {
                    // A response of `components/responses` is named by its name there (Spotify's
                    // `Unauthorized`): many operations share it, and the first of them says
                    // nothing of it.
                    let component = refs::ref_name::<openapiv3::Response>(&at);
                    let name_hint = match component {
                        Some(name) => naming::camel(&name),
                        None if status.starts_with('2') => format!("{hint}Response"),
                        None => naming::camel(&format!("{hint} {status} Error")),
                    };
                    let schema_pointer = format!("{at}/content/{}/schema", escape(content_type));
                    let kind = Media::of_body(
                        self.spec,
                        content_type,
                        media.schema.as_ref(),
                        &schema_pointer,
                    );
                    let (ty, format) = match (kind, &media.schema) {
                        (Media::Json, Some(schema)) => (
                            Some(self.schemas.shared_type_of(
                                schema,
                                &name_hint,
                                &schema_pointer,
                            )?),
                            BodyFormat::Json,
                        ),
                        // JSON without a schema documents nothing to decode.
                        (Media::Json, None) => (None, BodyFormat::Empty),
                        (Media::Text, _) => (Some(TypeRef::String), BodyFormat::Text),
                        // Never decoded as JSON: the bytes as they come.
                        _ => (Some(TypeRef::Bytes), BodyFormat::Bytes),
                    };
                    (Some(content_type.clone()), ty, format)
                }
            };
            let link_header = response
                .headers
                .keys()
                .any(|name| name.eq_ignore_ascii_case("link"));
            responses.push(Response {
                status,
                description: response.description.clone(),
                ty,
                content_type,
                format,
                link_header,
            });
        }
        Ok(responses)
    }

    /// The security requirements that can authorize this operation, in the spec's order: each
    /// the scheme names sent together. A requirement naming a scheme the client cannot send
    /// (one skipped with a warning) is left out; an empty one (`{}`, anonymous access) too.
    fn security(&self, op: &openapiv3::Operation) -> Vec<Vec<String>> {
        let requirements = op.security.as_ref().or(self.spec.doc.security.as_ref());
        let mut alternatives: Vec<Vec<String>> = Vec::new();
        for requirement in requirements.into_iter().flatten() {
            let names: Vec<String> = requirement.keys().cloned().collect();
            let known = names
                .iter()
                .all(|name| self.schemes.iter().any(|s| &s.api_name == name));
            if !names.is_empty() && known && !alternatives.contains(&names) {
                alternatives.push(names);
            }
        }
        alternatives
    }
}

/// The enum of the success responses, when they differ in what their body is: each status
/// then decodes its own way. `None` when every 2xx response reads the same.
fn outcomes(responses: &[Response], hint: &str) -> Option<Outcomes> {
    let successes: Vec<&Response> = responses.iter().filter(|r| r.is_success()).collect();
    let first = successes.first()?;
    if successes
        .iter()
        .all(|r| r.ty == first.ty && r.format == first.format)
    {
        return None;
    }
    let mut variants: Vec<Outcome> = Vec::new();
    for r in successes {
        let variant = naming::unique(&outcome_variant(&r.status), |name| {
            name == "Other" || variants.iter().any(|v| v.variant == name)
        });
        variants.push(Outcome {
            status: r.status.clone(),
            variant,
            ty: r.ty.clone(),
            format: r.format,
            description: r.description.clone(),
        });
    }
    Some(Outcomes {
        name: format!("{hint}Outcome"),
        variants,
    })
}

/// A redirect status the client follows (`304 Not Modified` is no redirect).
fn followed_redirect(status: &str) -> bool {
    matches!(status, "301" | "302" | "303" | "307" | "308")
}

/// A variant for a success status: its reason phrase (`201` → `Created`).
fn outcome_variant(status: &str) -> String {
    match status {
        "200" => "Ok".into(),
        "201" => "Created".into(),
        "202" => "Accepted".into(),
        "203" => "NonAuthoritative".into(),
        "204" => "NoContent".into(),
        "205" => "ResetContent".into(),
        "206" => "PartialContent".into(),
        "207" => "MultiStatus".into(),
        "208" => "AlreadyReported".into(),
        "226" => "ImUsed".into(),
        "2XX" => "Success".into(),
        other => format!("Status{other}"),
    }
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

/// The items and next-link properties `x-ms-pageable` declares (`itemName`, by default
/// `value`; `nextLinkName`); none when it names no next link (one page only).
fn pageable(op: &openapiv3::Operation) -> Option<(String, String)> {
    let declared = op.extensions.get("x-ms-pageable")?;
    let next = declared.get("nextLinkName")?.as_str()?;
    let items = declared
        .get("itemName")
        .and_then(|name| name.as_str())
        .unwrap_or("value");
    Some((items.to_string(), next.to_string()))
}

#[cfg(test)]
mod tests {
    use super::summary_name;

    #[test]
    fn short_summaries_name_methods() {
        for (summary, name) in [
            ("Get a Certificate", Some("get_certificate")),
            (
                "Get all Actions for a Certificate",
                Some("get_all_actions_for_certificate"),
            ),
            ("Get all Floating IPs", Some("get_all_floating_ips")),
            ("Delete the user's key.", Some("delete_users_key")),
            ("Re-run a workflow", Some("re_run_workflow")),
            ("Gets a user", Some("get_user")),
            ("Searches issues", Some("search_issues")),
            // Not a verb first: a description, not a name.
            ("Should allow additionalProperties in JSON schema", None),
            ("Detailed server status", None),
            // One word, a sentence, punctuation: no name.
            ("Servers", None),
            (
                "This endpoint returns every server of the project you own",
                None,
            ),
            ("Get server (deprecated)", None),
            ("List servers, paged", None),
            ("2FA setup", None),
        ] {
            assert_eq!(summary_name(summary).as_deref(), name, "{summary}");
        }
    }
}
