//! Find the line of a JSON pointer in YAML or pretty-printed JSON text.
//!
//! serde_yaml keeps no spans once a document is parsed, so errors found later (a dangling
//! `$ref`, an unsupported parameter) are located by walking the text: each pointer segment is
//! a key (or list item) indented deeper than its parent. Block-style YAML and pretty JSON,
//! which is what specs are written in, work; a flow-style document falls back to no line.

/// The 1-based line of the node at `pointer` (`#/paths/~1users/get`), if it can be found.
/// For many lookups in one text, build a [`LineIndex`] once.
pub fn line_of_pointer(text: &str, pointer: &str) -> Option<usize> {
    LineIndex::new(text).line_of(text, pointer)
}

/// The lines of a text as the pointer search reads them, split and measured once: a spec
/// with many warnings is not rescanned for each.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    lines: Vec<IndexedLine>,
    /// For each line, the next line whose key sits at its column or left of it: the lines
    /// between are its children, which a search among its siblings jumps over.
    after_block: Vec<u32>,
}

#[derive(Debug, Clone)]
struct IndexedLine {
    /// Byte range of the line's content (leading white space dropped) in the text.
    start: usize,
    end: usize,
    /// Columns of leading white space.
    leading: u32,
    /// Blank, a comment, or JSON's lone brackets: no key.
    keyless: bool,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut lines = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            let content = body.trim_start();
            let leading = body.len() - content.len();
            lines.push(IndexedLine {
                start: offset + leading,
                end: offset + body.len(),
                leading: leading as u32,
                keyless: content.is_empty()
                    || content.starts_with('#')
                    || content
                        .bytes()
                        .all(|c| matches!(c, b'{' | b'}' | b'[' | b']' | b',')),
            });
            offset += line.len();
        }
        // Keyless lines never end a block.
        let key_column = |line: &IndexedLine, text_is_item: bool| match line.keyless {
            true => u32::MAX,
            false => line.leading + if text_is_item { 2 } else { 0 },
        };
        let columns: Vec<u32> = lines
            .iter()
            .map(|line| {
                let content = &text[line.start..line.end];
                key_column(line, content.starts_with("- ") || content == "-")
            })
            .collect();
        // Next line at or left of each line's column, found by jumping over whole blocks:
        // linear in the lines.
        let mut after_block = vec![lines.len() as u32; lines.len()];
        for i in (0..lines.len()).rev() {
            let mut j = i + 1;
            while j < lines.len() && columns[j] > columns[i] {
                j = after_block[j] as usize;
            }
            after_block[i] = j as u32;
        }
        LineIndex { lines, after_block }
    }

    /// [`line_of_pointer`] in `text`, the text this index was built from.
    pub fn line_of(&self, text: &str, pointer: &str) -> Option<usize> {
        // The current node: the line to search from, and the column its children must pass.
        let mut at: Option<usize> = None;
        let mut from = 0;
        let mut column: isize = -1;
        for segment in pointer_segments(pointer) {
            let (found, found_column, is_item) = self.find_child(text, from, column, &segment)?;
            at = Some(found);
            if is_item {
                // A list item's keys start on the item's own line, after `- `.
                from = found;
                column = found_column - 1;
            } else {
                from = found + 1;
                column = found_column;
            }
        }
        at.map(|i| i + 1)
    }
}

/// Escape one JSON pointer segment: `/` → `~1`, `~` → `~0`.
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Decode `#/a/b~1c` into `["a", "b/c"]`.
pub fn pointer_segments(pointer: &str) -> Vec<String> {
    let body = pointer.trim_start_matches('#').trim_start_matches('/');
    if body.is_empty() {
        return Vec::new();
    }
    body.split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

impl LineIndex {
    /// Search from line `from` for the child `key` of a node whose children sit past `column`
    /// (or, for a number, its n-th list item). Returns the line, the column of the found key,
    /// and whether it is a list item.
    fn find_child(
        &self,
        text: &str,
        from: usize,
        column: isize,
        key: &str,
    ) -> Option<(usize, isize, bool)> {
        let index: Option<usize> = key.parse().ok();
        if let Some(found) = index.and_then(|n| self.json_item(text, from, column, n)) {
            return Some(found);
        }
        let mut item = 0usize;
        let mut item_column: Option<isize> = None;
        let mut child_column: Option<isize> = None;
        let mut first_column: Option<isize> = None;
        let mut next = from;
        while let Some(line) = self.lines.get(next) {
            let i = next;
            next += 1;
            if line.keyless {
                continue;
            }
            let content = &text[line.start..line.end];
            let leading = line.leading as isize;
            let is_item = content.starts_with("- ") || content == "-";
            let key_column = if is_item { leading + 2 } else { leading };
            if key_column <= column {
                return None; // the parent's block ended
            }
            // The lines of this one's block sit right of it, right of every key the search
            // looks at: skipped at once (a spec's `components/schemas` is most of its lines).
            if key_column >= *first_column.get_or_insert(key_column) {
                next = self.after_block[i] as usize;
            }
            // A number is a list index in a list, and a key (`"200":`) in a mapping.
            let index = index
                .filter(|_| *item_column.get_or_insert(if is_item { leading } else { -1 }) >= 0);
            if let Some(n) = index {
                if is_item && item_column == Some(leading) {
                    if item == n {
                        return Some((i, key_column, true));
                    }
                    item += 1;
                }
                continue;
            }
            // Only direct children: keys at the first column seen below the parent.
            if *child_column.get_or_insert(key_column) != key_column {
                continue;
            }
            let content = content.strip_prefix("- ").unwrap_or(content);
            if key_matches(content, key) {
                return Some((i, key_column, false));
            }
        }
        None
    }

    /// Item `n` of a JSON array whose parent's line ends with `[` (`"allOf": [`): its items
    /// start at the first column below the parent, each with a `{`, `[` or value line (their
    /// closing brackets at that column start none). A YAML list is `- ` items instead.
    fn json_item(
        &self,
        text: &str,
        from: usize,
        column: isize,
        n: usize,
    ) -> Option<(usize, isize, bool)> {
        let parent = self.lines.get(from.checked_sub(1)?)?;
        if !text[parent.start..parent.end].ends_with('[') {
            return None;
        }
        let mut item_column = None;
        let mut item = 0;
        for (i, line) in self.lines.iter().enumerate().skip(from) {
            let content = &text[line.start..line.end];
            if content.is_empty() {
                continue;
            }
            let leading = line.leading as isize;
            if leading <= column {
                return None; // the array's `]`: no item `n`
            }
            if leading != *item_column.get_or_insert(leading) || content.starts_with(['}', ']']) {
                continue;
            }
            if item == n {
                return Some((i, leading, false));
            }
            item += 1;
        }
        None
    }
}

fn key_matches(content: &str, key: &str) -> bool {
    let unquoted = match content.as_bytes().first() {
        Some(b'"') => content[1..]
            .strip_prefix(key)
            .and_then(|r| r.strip_prefix('"')),
        Some(b'\'') => content[1..]
            .strip_prefix(key)
            .and_then(|r| r.strip_prefix('\'')),
        _ => content.strip_prefix(key),
    };
    unquoted.is_some_and(|rest| rest.trim_start().starts_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "\
openapi: 3.0.3
paths:
  /users:
    get:
      parameters:
        - in: query
          name: q
        - name: limit
          in: query
      responses:
        \"200\":
          description: ok
components:
  schemas:
    User:
      type: object
";

    /// One index serves every lookup (a spec with many warnings is read once), and CRLF
    /// line ends count as one.
    #[test]
    fn one_index_answers_many_lookups_and_reads_crlf() {
        let crlf = YAML.replace('\n', "\r\n");
        let index = LineIndex::new(&crlf);
        for (pointer, line) in [
            ("#/components/schemas/User/type", 16),
            ("#/paths/~1users/get/parameters/1/in", 9),
            ("#/paths/~1users/get/responses/200", 11),
            ("#/paths/~1users/post", 0),
        ] {
            assert_eq!(
                index.line_of(&crlf, pointer),
                (line > 0).then_some(line),
                "{pointer}"
            );
        }
    }

    #[test]
    fn finds_keys_at_any_depth() {
        assert_eq!(line_of_pointer(YAML, "#/paths/~1users/get"), Some(4));
        assert_eq!(
            line_of_pointer(YAML, "#/paths/~1users/get/responses/200"),
            Some(11)
        );
        assert_eq!(
            line_of_pointer(YAML, "#/components/schemas/User/type"),
            Some(16)
        );
        // A deeper `description` comes first in the text, but is not a direct child.
        assert_eq!(
            line_of_pointer(YAML, "#/paths/~1users/get/description"),
            None
        );
    }

    #[test]
    fn finds_list_items() {
        assert_eq!(
            line_of_pointer(YAML, "#/paths/~1users/get/parameters/1"),
            Some(8)
        );
        assert_eq!(
            line_of_pointer(YAML, "#/paths/~1users/get/parameters/1/in"),
            Some(9)
        );
        assert_eq!(
            line_of_pointer(YAML, "#/paths/~1users/get/parameters/0/in"),
            Some(6)
        );
        assert_eq!(
            line_of_pointer(YAML, "#/paths/~1users/get/parameters/0/name"),
            Some(7)
        );
    }

    #[test]
    fn missing_nodes_have_no_line() {
        assert_eq!(line_of_pointer(YAML, "#/components/schemas/Group"), None);
        // `type` exists, but not under `paths`: the search stays inside the parent's block.
        assert_eq!(line_of_pointer(YAML, "#/paths/type"), None);
    }

    #[test]
    fn pretty_json_works_too() {
        let json = "{\n  \"paths\": {\n    \"/a\": {\n      \"get\": {}\n    }\n  }\n}\n";
        assert_eq!(line_of_pointer(json, "#/paths/~1a/get"), Some(4));
    }

    /// Items of a JSON array are `{` lines, not `- ` (GitHub's `allOf` members, parameters):
    /// a pointer through one finds its line.
    #[test]
    fn pretty_json_array_items_are_found() {
        let json = r#"{
  "card": {
    "allOf": [
      {
        "properties": {
          "after_id": {
            "type": "integer"
          }
        }
      },
      {
        "properties": {
          "after_id": {
            "type": "string"
          }
        }
      }
    ],
    "tags": [
      "a",
      "b"
    ]
  }
}
"#;
        let index = LineIndex::new(json);
        for (pointer, line) in [
            ("#/card/allOf/0", Some(4)),
            ("#/card/allOf/0/properties/after_id", Some(6)),
            ("#/card/allOf/1/properties/after_id", Some(13)),
            ("#/card/allOf/1/properties/after_id/type", Some(14)),
            ("#/card/tags/1", Some(21)),
            ("#/card/allOf/2", None),
        ] {
            assert_eq!(index.line_of(json, pointer), line, "{pointer}");
        }
    }
}
