//! Reading generated Markdown back, for tests: the facts of an API page (OpenAPI Generator's
//! layout, ours or a seed's), and a checker for relative links.
//!
//! The facts leave out what Rust makes different on purpose (the Type column, the title's
//! package prefix, the signature, the example program) so that a seed page and ours compare
//! equal when they say the same things about the API.

use std::collections::{BTreeMap, BTreeSet};

/// A Markdown link `[text](target)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub target: String,
}

/// What an API page says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiPage {
    /// The first heading as written: `openapi_client.CredentialOperationsApi`.
    pub title: String,
    /// The API's class (Python) or struct (Rust): the title after its last `.` or `::`.
    pub class_name: String,
    pub base_url: String,
    pub methods: Vec<MethodRow>,
    pub operations: Vec<OperationFacts>,
}

/// A row of the method table at the top of an API page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodRow {
    /// `[**change_password**](CredentialOperationsApi.md#change_password)`, text unbolded.
    pub method: Link,
    pub http_method: String,
    pub path: String,
    pub summary: String,
}

/// What a page says about one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationFacts {
    pub method: String,
    /// The `>` line(s) under the heading, as written (differs between languages).
    pub signature: String,
    pub deprecated: bool,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The info string of the example's code fence: `python`, `rust no_run`.
    pub example_lang: String,
    pub params: Vec<ParamFacts>,
    pub return_type: ReturnType,
    /// Links, or empty for "No authorization required".
    pub authorization: Vec<Link>,
    /// `None` for "Not defined".
    pub content_type: Option<String>,
    pub accept: Option<String>,
    pub responses: Vec<ResponseRow>,
    pub back_links: Vec<Link>,
}

impl OperationFacts {
    /// The facts without what differs by language: signature and example.
    pub fn language_neutral(&self) -> OperationFacts {
        OperationFacts {
            signature: String::new(),
            example_lang: String::new(),
            ..self.clone()
        }
    }
}

/// A row of an operation's Parameters table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamFacts {
    pub name: String,
    /// The model page the Type cell links to (`ChangePasswordRequest`), if any.
    pub model: Option<String>,
    /// The Description cell as written (escapes included).
    pub description: String,
    pub optional: bool,
    /// What follows `[default to ` in the Notes cell.
    pub default: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReturnType {
    /// `void (empty response body)`.
    Void,
    /// A link to a model page: the model's name.
    Model(String),
    /// Anything else, such as a primitive (spelt differently by each language).
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseRow {
    pub status: String,
    pub description: String,
}

/// A heading and the lines under it, up to the next heading (code blocks are not searched
/// for headings).
#[derive(Debug)]
struct Section<'a> {
    level: usize,
    title: &'a str,
    lines: Vec<&'a str>,
}

fn sections(text: &str) -> Vec<Section<'_>> {
    let mut sections = vec![Section {
        level: 0,
        title: "",
        lines: vec![],
    }];
    for (line, in_code) in lines_with_code_flag(text) {
        match heading(line).filter(|_| !in_code) {
            Some((level, title)) => sections.push(Section {
                level,
                title,
                lines: vec![],
            }),
            None => sections.last_mut().unwrap().lines.push(line),
        }
    }
    sections
}

/// Every line, and whether it is inside a fenced code block (fences count as inside).
fn lines_with_code_flag(text: &str) -> Vec<(&str, bool)> {
    let mut fence: Option<String> = None;
    let mut out = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let marker: String = trimmed
            .chars()
            .take_while(|&c| c == '`' || c == '~')
            .collect();
        match &fence {
            Some(open) => {
                out.push((line, true));
                if marker.len() >= open.len()
                    && marker.starts_with(&open[..1])
                    && trimmed[marker.len()..].trim().is_empty()
                {
                    fence = None;
                }
            }
            None if marker.len() >= 3
                && marker.chars().all(|c| c == marker.as_bytes()[0] as char) =>
            {
                fence = Some(marker);
                out.push((line, true));
            }
            None => out.push((line, false)),
        }
    }
    out
}

/// `## Title` → `(2, "Title")`.
fn heading(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if rest.is_empty() {
        return Some((level, ""));
    }
    rest.strip_prefix(' ').map(|title| (level, title.trim()))
}

/// Reads an API page in OpenAPI Generator's layout.
pub fn parse_api_page(text: &str) -> Result<ApiPage, String> {
    let sections = sections(text);
    let mut iter = sections.iter().skip_while(|s| s.level == 0);
    let top = iter.next().ok_or("no title heading")?;
    if top.level != 1 {
        return Err(format!("the first heading is not a title: {:?}", top.title));
    }
    let title = top.title.to_string();
    let class_name = title
        .rsplit(['.', ':'])
        .next()
        .unwrap_or_default()
        .to_string();
    let base_url = top
        .lines
        .iter()
        .find_map(|l| l.strip_prefix("All URIs are relative to *"))
        .and_then(|rest| rest.strip_suffix('*'))
        .ok_or("no `All URIs are relative to *…*` line")?
        .to_string();
    let methods = table_rows(&top.lines, "Method | HTTP request | Description")?
        .into_iter()
        .map(|cells| method_row(&cells))
        .collect::<Result<_, _>>()?;

    let mut operations = Vec::new();
    let rest: Vec<&Section> = iter.collect();
    let mut i = 0;
    while i < rest.len() {
        let op = rest[i];
        if op.level != 1 {
            return Err(format!("a section outside any operation: {:?}", op.title));
        }
        let subsections: Vec<&Section> = rest[i + 1..]
            .iter()
            .copied()
            .take_while(|s| s.level > 1)
            .collect();
        i += 1 + subsections.len();
        operations.push(operation(op, &subsections)?);
    }
    Ok(ApiPage {
        title,
        class_name,
        base_url,
        methods,
        operations,
    })
}

fn method_row(cells: &[String]) -> Result<MethodRow, String> {
    let [method, request, summary] = cells else {
        return Err(format!("a method row without 3 cells: {cells:?}"));
    };
    let link = links(method)
        .into_iter()
        .next()
        .ok_or(format!("no link in {method:?}"))?;
    let (http_method, path) = request
        .strip_prefix("**")
        .and_then(|r| r.split_once("** "))
        .ok_or(format!("not `**METHOD** /path`: {request:?}"))?;
    Ok(MethodRow {
        method: Link {
            text: unbold(&link.text),
            target: link.target,
        },
        http_method: http_method.to_string(),
        path: path.to_string(),
        summary: summary.clone(),
    })
}

fn operation(op: &Section, subsections: &[&Section]) -> Result<OperationFacts, String> {
    let method = unbold(op.title);
    let context = |what: &str| format!("operation {method}: {what}");
    let body: Vec<&str> = op
        .lines
        .iter()
        .copied()
        .skip_while(|l| l.trim().is_empty())
        .collect();
    let signature_lines: Vec<&str> = body
        .iter()
        .copied()
        .take_while(|l| l.starts_with('>'))
        .collect();
    let paragraphs = paragraphs(&body[signature_lines.len()..]);
    let section = |title: &str| {
        subsections
            .iter()
            .find(|s| s.title == title)
            .map(|s| s.lines.as_slice())
            .ok_or_else(|| context(&format!("no `### {title}` section")))
    };

    let example_lang = section("Example")?
        .iter()
        .find_map(|l| l.strip_prefix("```"))
        .ok_or_else(|| context("no code fence in the example"))?
        .trim()
        .to_string();

    let params_lines = section("Parameters")?;
    let params = if params_lines
        .iter()
        .any(|l| l.trim() == "This endpoint does not need any parameter.")
    {
        vec![]
    } else {
        table_rows(params_lines, "Name | Type | Description  | Notes")
            .map_err(|e| context(&e))?
            .iter()
            .map(|cells| param(cells).map_err(|e| context(&e)))
            .collect::<Result<_, _>>()?
    };

    let return_text = joined(section("Return type")?);
    let return_type = if return_text == "void (empty response body)" {
        ReturnType::Void
    } else if let Some(link) = links(&return_text).into_iter().next() {
        ReturnType::Model(page_stem(&link.target))
    } else {
        ReturnType::Other
    };

    let auth_text = joined(section("Authorization")?);
    let authorization = if auth_text == "No authorization required" {
        vec![]
    } else {
        links(&auth_text)
    };

    let headers = section("HTTP request headers")?;
    let header = |name: &str| -> Result<Option<String>, String> {
        let prefix = format!("- **{name}**: ");
        let value = headers
            .iter()
            .find_map(|l| l.trim().strip_prefix(prefix.as_str()))
            .ok_or_else(|| context(&format!("no {name} header line")))?;
        Ok((value != "Not defined").then(|| value.to_string()))
    };

    let details = section("HTTP response details")?;
    let responses = table_rows(details, "| Status code | Description | Response headers |")
        .map_err(|e| context(&e))?
        .iter()
        .map(|cells| ResponseRow {
            status: unbold(&cells[0]),
            description: cells.get(1).cloned().unwrap_or_default(),
        })
        .collect();
    let back_links = details
        .iter()
        .find(|l| l.starts_with("[[Back to top]]"))
        .map(|l| links(l))
        .ok_or_else(|| context("no back-links line"))?;

    Ok(OperationFacts {
        signature: signature_lines.join("\n"),
        deprecated: signature_lines.iter().any(|l| l.contains("**Deprecated**")),
        summary: paragraphs.first().cloned(),
        description: paragraphs.get(1).cloned(),
        example_lang,
        params,
        return_type,
        authorization,
        content_type: header("Content-Type")?,
        accept: header("Accept")?,
        responses,
        back_links,
        method,
    })
}

fn param(cells: &[String]) -> Result<ParamFacts, String> {
    // `a | b | c | ` ends in an outer pipe, so an empty Notes cell may be no cell at all.
    let (name, ty, description, notes) = match cells {
        [name, ty, description, notes] => (name, ty, description, notes.as_str()),
        [name, ty, description] => (name, ty, description, ""),
        _ => return Err(format!("a parameter row without 4 cells: {cells:?}")),
    };
    Ok(ParamFacts {
        name: unbold(name),
        model: links(ty).first().map(|l| page_stem(&l.target)),
        description: description.clone(),
        optional: notes.contains("[optional]"),
        default: notes
            .split_once("[default to ")
            .and_then(|(_, rest)| rest.rsplit_once(']'))
            .map(|(value, _)| value.to_string()),
    })
}

/// The rows of the table whose header line is `header`, as trimmed cells.
fn table_rows(lines: &[&str], header: &str) -> Result<Vec<Vec<String>>, String> {
    let start = lines
        .iter()
        .position(|l| l.trim() == header.trim())
        .ok_or(format!("no table headed {header:?}"))?;
    let is_separator = |l: &&str| l.chars().all(|c| matches!(c, '-' | '|' | ' ' | ':'));
    if !lines.get(start + 1).is_some_and(is_separator) {
        return Err(format!("no separator under {header:?}"));
    }
    Ok(lines[start + 2..]
        .iter()
        .take_while(|l| !l.trim().is_empty())
        .map(|l| split_row(l))
        .collect())
}

/// Splits a table row at unescaped pipes; outer pipes are optional.
fn split_row(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = line.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cells.last_mut().unwrap().push_str("\\|");
                chars.next();
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    let line = line.trim();
    if line.starts_with('|') {
        cells.remove(0);
    }
    if line.ends_with('|') && !line.ends_with("\\|") {
        cells.pop();
    }
    cells.iter().map(|c| c.trim().to_string()).collect()
}

/// Blocks of non-blank lines, each joined with newlines.
fn paragraphs(lines: &[&str]) -> Vec<String> {
    lines
        .split(|l| l.trim().is_empty())
        .filter(|p| !p.is_empty())
        .map(|p| p.join("\n"))
        .collect()
}

fn joined(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn unbold(text: &str) -> String {
    text.trim()
        .trim_start_matches("**")
        .trim_end_matches("**")
        .to_string()
}

/// `../User.md` or `User.md#x` → `User`.
fn page_stem(target: &str) -> String {
    let path = target.split('#').next().unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or_default();
    file.strip_suffix(".md").unwrap_or(file).to_string()
}

/// Every inline link in `text` (code spans are not searched).
pub fn links(text: &str) -> Vec<Link> {
    let text = without_code_spans(text);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(found) = text[search..].find("](") {
        let close = search + found;
        search = close + 2;
        // The text: back to the `[` that balances this `]`.
        let mut depth = 0usize;
        let mut open = None;
        for i in (0..=close).rev() {
            match bytes[i] {
                b']' => depth += 1,
                b'[' => {
                    depth -= 1;
                    if depth == 0 {
                        open = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(open) = open else { continue };
        // The target: up to the `)` that balances the `(`.
        let mut depth = 1usize;
        let mut end = None;
        for (i, c) in text[close + 2..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(close + 2 + i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(end) = end else { continue };
        let destination = text[close + 2..end].trim();
        // A title after the destination (`(url "title")`) is not part of it.
        let target = destination.split_whitespace().next().unwrap_or_default();
        out.push(Link {
            text: text[open + 1..close].to_string(),
            target: target.to_string(),
        });
        search = end + 1;
    }
    out
}

/// `text` with each code span replaced by spaces of the same length.
fn without_code_spans(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        out.push_str(&rest[..start]);
        let run = rest[start..].chars().take_while(|&c| c == '`').count();
        let fence = &rest[start..start + run];
        let after = &rest[start + run..];
        // The span closes at the next run of exactly as many backticks.
        let mut close = None;
        let mut from = 0;
        while let Some(i) = after[from..].find(fence) {
            let at = from + i;
            let len = after[at..].chars().take_while(|&c| c == '`').count();
            if len == run {
                close = Some(at);
                break;
            }
            from = at + len;
        }
        match close {
            Some(close) => {
                out.push_str(&" ".repeat(run * 2 + close));
                rest = &after[close + run..];
            }
            None => {
                out.push_str(fence);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// GitHub's anchor for a heading: lowercase, spaces to `-`, punctuation other than `-` and
/// `_` dropped, link targets and emphasis marks gone with it.
pub fn slug(heading: &str) -> String {
    let mut text = heading.replace('`', "");
    for link in links(&text) {
        text = text.replace(&format!("[{}]({})", link.text, link.target), &link.text);
    }
    text.trim()
        .to_lowercase()
        .chars()
        .filter(|&c| c.is_alphanumeric() || c == '_' || c == '-' || c == ' ')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors a page offers: heading slugs (GitHub adds `-1`, `-2` to repeats) and
/// `<a id="…">` / `<a name="…">`.
pub fn anchors(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (line, in_code) in lines_with_code_flag(text) {
        if in_code {
            continue;
        }
        if let Some((_, title)) = heading(line) {
            let slug = slug(title);
            let count = seen.entry(slug.clone()).or_default();
            out.insert(if *count == 0 {
                slug.clone()
            } else {
                format!("{slug}-{count}")
            });
            *count += 1;
        }
        let mut rest = line;
        while let Some(i) = rest.find("<a ") {
            rest = &rest[i + 3..];
            let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
            for attr in ["id=\"", "name=\""] {
                if let Some(value) = tag.split(attr).nth(1).and_then(|v| v.split('"').next()) {
                    out.insert(value.to_string());
                }
            }
        }
    }
    out
}

/// Every relative link in the Markdown files of `files` (path → content) that does not lead
/// to a file of `files`, or to an anchor of it; one message each.
///
/// Links with a scheme (`https:`, `mailto:`) and site-absolute ones (`/docs/x.html`) are not
/// checked: they come from the spec's own text, not from the generator.
pub fn broken_links(files: &BTreeMap<String, String>) -> Vec<String> {
    let mut broken = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| p.ends_with(".md")) {
        for (line, in_code) in lines_with_code_flag(text) {
            if in_code {
                continue;
            }
            for link in links(line) {
                let target = link.target.as_str();
                if target.contains(':') || target.starts_with('/') {
                    continue;
                }
                let (file, anchor) = target.split_once('#').unwrap_or((target, ""));
                let resolved = if file.is_empty() {
                    Some(path.clone())
                } else {
                    resolve(path, file)
                };
                let Some(content) = resolved.as_ref().and_then(|r| files.get(r)) else {
                    broken.push(format!("{path}: [{}]({target}): no such file", link.text));
                    continue;
                };
                if !anchor.is_empty() && !anchors(content).contains(anchor) {
                    broken.push(format!(
                        "{path}: [{}]({target}): no anchor {anchor:?} in {}",
                        link.text,
                        resolved.unwrap()
                    ));
                }
            }
        }
    }
    broken
}

/// `relative` seen from the file `from`, as a path from the root; `None` above the root.
fn resolve(from: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}
