//! Spec prose made fit for rustdoc: descriptions are written for API reference sites, and
//! clippy holds doc comments to stricter Markdown. Rather than allow its lints in every
//! generated crate, the text is mended where it is copied in:
//!
//! - tabs become four spaces (`tabs_in_doc_comments`);
//! - a line that runs on from a list item or a quote without being indented past the item's
//!   marker (Markdown's "lazy continuation", almost always a new paragraph the author forgot to
//!   separate) gets a blank line before it (`doc_lazy_continuation`);
//! - a list item's continuation lines are indented exactly to the item's text
//!   (`doc_lazy_continuation` when short of it, `doc_overindented_list_items` past it);
//! - untagged code fences, and indented code blocks, become `text` fences: rustdoc would
//!   otherwise compile them as Rust doctests.

/// The lines of `text`, mended as the module docs say.
pub fn doc_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<String> = None;
    // The marker and text indents of the list item the previous line belongs to, if it does.
    let mut item: Option<(usize, usize)> = None;
    // The previous line is part of a quote.
    let mut quote = false;
    // Inside an indented code block (now a fence).
    let mut indented = false;
    // The marker and text indents of the list item the text is in, across blank lines.
    let mut list: Option<(usize, usize)> = None;
    for raw in text.lines() {
        let line = raw.replace('\t', "    ");
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if indented {
            if trimmed.is_empty() || indent >= 4 {
                out.push(line.get(4..).unwrap_or("").to_string());
                continue;
            }
            close_indented_block(&mut out);
            indented = false;
        }
        if !trimmed.is_empty()
            && list.is_some_and(|(_, t)| indent < t)
            && list_item(trimmed).is_none()
        {
            list = None;
        }
        let starts_block = indent >= 4
            && list.is_none_or(|(_, t)| indent >= t + 4)
            && out.last().is_none_or(String::is_empty);
        if fence.is_none() && starts_block {
            out.push("```text".into());
            out.push(line[4..].to_string());
            indented = true;
            continue;
        }
        if let Some(open) = &fence {
            if trimmed.starts_with(open.as_str()) && trimmed.trim_end() == open.as_str() {
                fence = None;
            }
            out.push(line);
            continue;
        }
        if trimmed.is_empty() {
            item = None;
            quote = false;
            out.push(String::new());
            continue;
        }
        if let Some((run, opening)) = fence_opening(&line, indent) {
            if item.is_some() || quote {
                out.push(String::new());
            }
            fence = Some(run);
            out.push(opening);
            item = None;
            quote = false;
            continue;
        }
        if let Some(text_indent) = list_item(trimmed) {
            item = Some((indent, indent + text_indent));
            list = item;
            quote = false;
            out.push(line);
            continue;
        }
        if indent < 4 && trimmed.starts_with('>') {
            item = None;
            quote = true;
            out.push(line);
            continue;
        }
        // A paragraph of the item after a blank line: what runs on from it is the item's too.
        if item.is_none() && list.is_some() && out.last().is_some_and(String::is_empty) {
            item = list;
            out.push(line);
            continue;
        }
        match item {
            Some(_) | None if quote => {
                out.push(String::new());
                quote = false;
                out.push(line);
            }
            // Not indented past the item's marker: a paragraph of its own.
            Some((marker, _)) if indent <= marker => {
                out.push(String::new());
                item = None;
                out.push(line);
            }
            Some((_, text)) => out.push(format!("{}{trimmed}", " ".repeat(text))),
            None => out.push(line),
        }
    }
    if indented {
        close_indented_block(&mut out);
    }
    out
}

/// The end of an indented code block (now a fence): its closing fence, before any blank
/// lines it had.
fn close_indented_block(out: &mut Vec<String>) {
    let blanks = out.iter().rev().take_while(|l| l.is_empty()).count();
    out.insert(out.len() - blanks, "```".into());
}

/// For a line (indented by `indent`) that opens a code fence: the fence's run of backticks or
/// tildes, which closes it, and the line as written, `text` added to an untagged one.
fn fence_opening(line: &str, indent: usize) -> Option<(String, String)> {
    let trimmed = &line[indent..];
    let mark = ["```", "~~~"]
        .into_iter()
        .find(|m| trimmed.starts_with(m))?;
    let run: String = trimmed
        .chars()
        .take_while(|&c| mark.starts_with(c))
        .collect();
    let tagged = !trimmed[run.len()..].trim().is_empty();
    let opening = match tagged {
        true => line.to_string(),
        false => format!("{}{run}text", &line[..indent]),
    };
    Some((run, opening))
}

/// For a list item's line (indentation removed), how far its text is from the marker's start:
/// 2 for `- text`, 3 for `1. text`; `None` for any other line.
fn list_item(trimmed: &str) -> Option<usize> {
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match trimmed.as_bytes().first()? {
        b'-' | b'*' | b'+' => 1,
        _ if (1..10).contains(&digits) => match trimmed.as_bytes().get(digits) {
            Some(b'.' | b')') => digits + 1,
            _ => return None,
        },
        _ => return None,
    };
    let rest = &trimmed[marker..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    // `-text`, `*emphasis*` and `---` are not items; an empty item (`-` alone) is.
    match spaces {
        0 if rest.is_empty() => Some(marker + 1),
        0 => None,
        // Five or more spaces: the text is an indented code block, one space from the marker.
        1..=4 => Some(marker + spaces),
        _ => Some(marker + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::doc_lines;

    fn mend(text: &str) -> String {
        doc_lines(text).join("\n")
    }

    #[test]
    fn a_paragraph_after_a_list_or_a_quote_gets_a_blank_line() {
        assert_eq!(
            mend("Values:\n- `a`: one\n- `b`: two\nAnything else is refused."),
            "Values:\n- `a`: one\n- `b`: two\n\nAnything else is refused."
        );
        assert_eq!(mend("> Note\nThen this."), "> Note\n\nThen this.");
        assert_eq!(
            mend("1. first\n2) second\nAfter."),
            "1. first\n2) second\n\nAfter."
        );
        assert_eq!(mend("  * item\n  After."), "  * item\n\n  After.");
    }

    #[test]
    fn continuation_lines_are_indented_to_the_item_text() {
        assert_eq!(
            mend("- an item\n more of it\n        and more"),
            "- an item\n  more of it\n  and more"
        );
        assert_eq!(mend("10. item\n  more"), "10. item\n    more");
        assert_eq!(
            mend("- outer\n  - inner\n       deep"),
            "- outer\n  - inner\n    deep"
        );
    }

    #[test]
    fn tabs_become_spaces_and_bare_fences_become_text() {
        assert_eq!(mend("a\tb\n```\n\tx\n```"), "a    b\n```text\n    x\n```");
        assert_eq!(mend("```json\n{}\n```"), "```json\n{}\n```");
    }

    #[test]
    fn what_is_not_a_list_is_left_alone() {
        let text = "*Read-only.* set by the server\nnext line\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n-5 degrees\nsame paragraph";
        assert_eq!(mend(text), text);
        // Blank lines end an item; a list after a paragraph needs nothing.
        let text = "- item\n\nParagraph.\nIntro:\n- x";
        assert_eq!(mend(text), text);
    }

    #[test]
    fn indented_code_blocks_become_text_fences() {
        assert_eq!(
            mend("Run:\n\n    curl -X POST\n      -d x\n\nThen."),
            "Run:\n\n```text\ncurl -X POST\n  -d x\n```\n\nThen."
        );
        assert_eq!(mend("\tcode"), "```text\ncode\n```");
        // Inside a list item it is the item's text.
        assert_eq!(mend("- item\n\n    more"), "- item\n\n    more");
        // A paragraph of an item after a blank line, then a lazy line: Okta's event hooks.
        assert_eq!(
            mend("  * hook\n\n    More of it\nyou must\nAfter."),
            "  * hook\n\n    More of it\n\nyou must\nAfter."
        );
    }

    #[test]
    fn fence_contents_are_kept_as_written() {
        let text = "- item\n```text\n- not\nan item\n```\nafter";
        assert_eq!(mend(text), "- item\n\n```text\n- not\nan item\n```\nafter");
    }
}
