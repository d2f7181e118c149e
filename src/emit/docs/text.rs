//! Small text transformations the Markdown pages are made of.
//!
//! The rules follow what OpenAPI Generator's Markdown docs do (the seeds in `../shared/seeds`),
//! so pages read the same as the ones users know; each function says where it departs.

use crate::ir::TypeRef;
use serde_json::Value;

/// Puts a spec text (a description, a summary) on one line.
///
/// Every line break and tab becomes one space, and nothing else changes: a blank line between
/// paragraphs becomes two spaces and the indentation of a list item stays (`lookup:\n  * Okta`
/// becomes `lookup:   * Okta`). This is OpenAPI Generator's rule, and the seed pages show it.
/// Unlike OpenAPI Generator the ends are trimmed: a trailing space would be invisible noise, and
/// four leading spaces would turn the paragraph into a code block.
pub fn flatten(text: &str) -> String {
    one_line(text).trim().to_string()
}

/// Every line break and tab as one space, ends untouched.
fn one_line(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Escapes text for a Markdown table cell.
///
/// The HTML escapes are the ones OpenAPI Generator's templates apply to table cells (the seeds
/// show `&#39;` and `&#x60;`); `|` is escaped too, since it would end the cell.
pub fn escape_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '`' => out.push_str("&#x60;"),
            '|' => out.push_str("\\|"),
            c => out.push(c),
        }
    }
    out
}

/// A spec text made fit for a table cell: on one line, escaped.
pub fn cell(text: &str) -> String {
    escape_cell(&flatten(text))
}

/// An optional spec text for a table cell; empty when absent.
pub fn opt_cell(text: Option<&str>) -> String {
    text.map(cell).unwrap_or_default()
}

/// An optional spec text for a paragraph: on one line, not escaped (Markdown in descriptions
/// stays Markdown); `None` when absent or blank, so the page leaves the paragraph out.
pub fn paragraph(text: Option<&str>) -> Option<String> {
    text.map(flatten).filter(|text| !text.is_empty())
}

/// An optional spec text as Markdown blocks of a page's own (the API's description in the
/// README): its lines and paragraphs kept, its headings two levels down (`# Quick Start` as
/// `### Quick Start`), under the page's title and sections; `None` when absent or blank.
/// Flattened as [`paragraph`] does, a description written as a document (rev.ai's has
/// headings, lists and code blocks) would read as one long line.
pub fn blocks(text: Option<&str>) -> Option<String> {
    let text = text?.replace("\r\n", "\n");
    let mut fence: Option<&str> = None;
    let lines: Vec<String> = text
        .trim_matches('\n')
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            let marker = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m));
            match (fence, marker) {
                (None, Some(m)) => fence = Some(m),
                (Some(open), Some(m)) if open == m => fence = None,
                _ => {}
            }
            let heading = fence.is_none()
                && marker.is_none()
                && line.starts_with('#')
                && line.trim_start_matches('#').starts_with([' ', '\t'])
                && line.len() - line.trim_start_matches('#').len() <= 4;
            match heading {
                true => format!("##{}", line.trim_end()),
                false => line.trim_end().to_string(),
            }
        })
        .collect();
    let text = lines.join("\n");
    (!text.trim().is_empty()).then_some(text)
}

/// `text` as a Markdown code span, with a fence longer than any run of backticks inside.
pub fn code_span(text: &str) -> String {
    let text = one_line(text);
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    // CommonMark strips one space from each end when both ends have one, and a backtick at an
    // end would merge with the fence: pad in both cases.
    let pad = text.starts_with('`')
        || text.ends_with('`')
        || (text.len() > 1 && text.starts_with(' ') && text.ends_with(' '));
    let pad = if pad { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A code span inside a table cell: GitHub reads `\|` as `|` even inside code spans.
pub fn code_cell(text: &str) -> String {
    code_span(text).replace('|', "\\|")
}

/// A type as docs show it: bold, and a link to the model's page when it names a model
/// (`[**Vec&lt;User&gt;**](User.md)`). `<` and `>` are escaped: GitHub would read `<User>` as
/// an HTML tag and drop it.
pub fn type_link(ty: &TypeRef) -> String {
    let shown = escape_cell(&ty.display());
    match (ty.model(), ty) {
        (Some(model), _) => format!("[**{shown}**]({model}.md)"),
        // Still a `String` in Rust; the format says what it holds.
        (None, TypeRef::FormattedString(format)) => {
            format!("**{shown}** ({})", escape_cell(format))
        }
        (None, _) => format!("**{shown}**"),
    }
}

/// A default value in Rust spelling: `false`, `10`, `"OKTA"`; `None` for a `null` default,
/// which is what leaving the value out means anyway.
pub fn default_literal(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        // Debug spells a Rust string literal, escapes included.
        Value::String(s) => Some(format!("{s:?}")),
        Value::Array(_) | Value::Object(_) => Some(value.to_string()),
    }
}

/// The Notes cell: each flag as `[flag] `, then `[default to …]`.
///
/// The trailing space after a flag is OpenAPI Generator's (`| [optional] `), kept so the rows
/// read the same; a row without notes ends in `| `.
pub fn notes(flags: &[String], default: Option<&Value>) -> String {
    let mut out: String = flags.iter().map(|flag| format!("[{flag}] ")).collect();
    if let Some(default) = default.and_then(default_literal) {
        out.push_str(&format!("[default to {}]", escape_cell(&default)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::IntWidth;
    use serde_json::json;

    #[test]
    fn flatten_turns_each_line_break_into_one_space() {
        // The seed's `change_password` description: paragraphs end with two spaces between.
        assert_eq!(
            flatten("current password.\n\nThis operation provides"),
            "current password.  This operation provides"
        );
        assert_eq!(flatten("status and\na valid"), "status and a valid");
        // The seed's `reset_password`: an indented list item keeps its indentation.
        assert_eq!(
            flatten("lookup:\n  * Okta no longer"),
            "lookup:   * Okta no longer"
        );
        assert_eq!(flatten("a\tb\r\nc"), "a b c");
    }

    #[test]
    fn flatten_trims_the_ends() {
        assert_eq!(flatten("  text\n"), "text");
        assert_eq!(flatten("\n"), "");
    }

    #[test]
    fn escape_cell_uses_the_seed_entities() {
        // From the seed: "Revokes the user&#39;s existing sessions if &#x60;true&#x60;".
        assert_eq!(
            escape_cell("Revokes the user's existing sessions if `true`"),
            "Revokes the user&#39;s existing sessions if &#x60;true&#x60;"
        );
        assert_eq!(
            escape_cell(r#"a<b>&"c"=d"#),
            // `=` stays: escaping it would mangle the URLs of links in descriptions.
            "a&lt;b&gt;&amp;&quot;c&quot;=d"
        );
        assert_eq!(escape_cell("a|b"), "a\\|b");
        assert_eq!(escape_cell("(as long as) plain"), "(as long as) plain");
    }

    #[test]
    fn cell_flattens_then_escapes() {
        assert_eq!(cell("it's\nhere"), "it&#39;s here");
        assert_eq!(opt_cell(None), "");
    }

    #[test]
    fn paragraph_drops_blank_text() {
        assert_eq!(paragraph(Some(" \n")), None);
        assert_eq!(paragraph(None), None);
        assert_eq!(paragraph(Some("a `b`\n\nc")), Some("a `b`  c".into()));
    }

    #[test]
    fn blocks_keep_lines_and_put_headings_under_the_page() {
        let text = "Intro.\r\nMore.\n\n# Quick Start\n\n```\n# not a heading\n```\n- a\n#5 is no heading\n";
        assert_eq!(
            blocks(Some(text)).unwrap(),
            "Intro.\nMore.\n\n### Quick Start\n\n```\n# not a heading\n```\n- a\n#5 is no heading"
        );
        assert_eq!(blocks(Some(" \n")), None);
        assert_eq!(blocks(None), None);
    }

    #[test]
    fn code_span_fences_around_backticks() {
        assert_eq!(code_span("SHA-256"), "`SHA-256`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(code_span(" x "), "`  x  `");
        assert_eq!(code_cell("a|b"), "`a\\|b`");
    }

    #[test]
    fn type_link_links_models_and_escapes_generics() {
        assert_eq!(type_link(&TypeRef::String), "**String**");
        assert_eq!(type_link(&TypeRef::Integer(IntWidth::I64)), "**i64**");
        assert_eq!(
            type_link(&TypeRef::Model("ChangePasswordRequest".into())),
            "[**ChangePasswordRequest**](ChangePasswordRequest.md)"
        );
        assert_eq!(
            type_link(&TypeRef::Array(Box::new(TypeRef::Model("User".into())))),
            "[**Vec&lt;User&gt;**](User.md)"
        );
        assert_eq!(
            type_link(&TypeRef::FormattedString("date-time".into())),
            "**String** (date-time)"
        );
    }

    #[test]
    fn default_literal_spells_rust() {
        assert_eq!(default_literal(&json!(false)).as_deref(), Some("false"));
        assert_eq!(default_literal(&json!(20)).as_deref(), Some("20"));
        assert_eq!(
            default_literal(&json!("a\"b")).as_deref(),
            Some(r#""a\"b""#)
        );
        assert_eq!(default_literal(&json!(["x"])).as_deref(), Some(r#"["x"]"#));
        assert_eq!(default_literal(&json!(null)), None);
    }

    #[test]
    fn notes_match_the_seed_rows() {
        // Seed: "| [optional] [default to False]" (Python spelling) and "| [optional] ".
        assert_eq!(
            notes(&["optional".into()], Some(&json!(false))),
            "[optional] [default to false]"
        );
        assert_eq!(notes(&["optional".into()], None), "[optional] ");
        assert_eq!(notes(&[], None), "");
        assert_eq!(
            notes(
                &["readonly".into(), "secret: redacted in Debug".into()],
                None
            ),
            "[readonly] [secret: redacted in Debug] "
        );
        assert_eq!(
            notes(&[], Some(&json!("OKTA"))),
            "[default to &quot;OKTA&quot;]"
        );
        assert_eq!(
            notes(&["optional".into()], Some(&json!(null))),
            "[optional] "
        );
    }
}
