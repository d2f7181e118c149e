//! Where a model comes from, in words: the doc of a model the spec does not describe.
//!
//! Every public item of a generated crate has a doc (a crate may `deny(missing_docs)`); when
//! the spec gives no description, the doc says where the schema is, read from its pointer:
//! `#/paths/~1pets/post/requestBody/content/application~1json/schema` is "The request body of
//! `POST /pets`.", `#/components/schemas/Pet/properties/owner` is "The `owner` property of
//! `Pet`.".

/// The sentence for a model at `pointer`, e.g. "The request body of `POST /pets`.".
pub fn origin_doc(pointer: &str) -> String {
    let phrase = origin_phrase(pointer);
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// [`origin_doc`] as a noun phrase inside a sentence: "the request body of `POST /pets`".
pub fn origin_phrase(pointer: &str) -> String {
    let segments: Vec<String> = pointer
        .trim_start_matches('#')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    place(&segments).unwrap_or_else(|| "a type of the API".to_string())
}

/// A noun phrase for the schema at `segments`, or `None` for a place it does not know.
fn place(segments: &[String]) -> Option<String> {
    let s: Vec<&str> = segments.iter().map(String::as_str).collect();
    // The schema's own place first: a component, or a part of an operation.
    let (base, rest) = match s.as_slice() {
        ["components", "schemas", name] => (format!("the `{name}` schema"), &[][..]),
        ["components", "schemas", name, rest @ ..] => (format!("`{name}`"), rest),
        ["components", "requestBodies", name, rest @ ..] => {
            (format!("the `{name}` request body"), skip_content(rest))
        }
        ["components", "responses", name, rest @ ..] => {
            (format!("the `{name}` response"), skip_content(rest))
        }
        ["components", "parameters", name, rest @ ..] => {
            (format!("the `{name}` parameter"), skip_schema(rest))
        }
        ["components", "headers", name, rest @ ..] => {
            (format!("the `{name}` header"), skip_schema(rest))
        }
        ["paths", path, method, rest @ ..] => {
            operation_part(&format!("{} {path}", method.to_uppercase()), rest)?
        }
        ["webhooks", name, method, rest @ ..] => operation_part(
            &format!("the `{name}` webhook ({})", method.to_uppercase()),
            rest,
        )?,
        _ => return None,
    };
    Some(nested(base, rest))
}

/// The part of an operation (`POST /pets`) at `rest`.
fn operation_part<'a>(operation: &str, rest: &'a [&'a str]) -> Option<(String, &'a [&'a str])> {
    let operation = if operation.starts_with("the ") {
        operation.to_string()
    } else {
        format!("`{operation}`")
    };
    Some(match rest {
        ["requestBody", rest @ ..] => (
            format!("the request body of {operation}"),
            skip_content(rest),
        ),
        ["responses", status, rest @ ..] => {
            let which = if *status == "default" {
                "default".to_string()
            } else {
                format!("`{status}`")
            };
            (
                format!("the {which} response of {operation}"),
                skip_content(rest),
            )
        }
        ["parameters", _, rest @ ..] => (format!("a parameter of {operation}"), skip_schema(rest)),
        _ => return None,
    })
}

/// `content/<media type>/schema/...` → `...`.
fn skip_content<'a>(rest: &'a [&'a str]) -> &'a [&'a str] {
    match rest {
        ["content", _, "schema", rest @ ..] => rest,
        ["headers", _, rest @ ..] => skip_schema(rest),
        _ => rest,
    }
}

/// `schema/...` → `...`.
fn skip_schema<'a>(rest: &'a [&'a str]) -> &'a [&'a str] {
    match rest {
        ["schema", rest @ ..] => rest,
        _ => rest,
    }
}

/// The phrase for the schema at `rest` inside the one `base` names, inner parts first.
fn nested(base: String, rest: &[&str]) -> String {
    let mut phrase = base;
    let mut i = 0;
    while i < rest.len() {
        let next = rest.get(i + 1).copied();
        phrase = match (rest[i], next) {
            ("properties", Some(name)) => {
                i += 1;
                format!("the `{name}` property of {phrase}")
            }
            ("items", _) => format!("an item of {phrase}"),
            ("additionalProperties", _) => format!("a value of the map {phrase}"),
            ("oneOf" | "anyOf", Some(_)) => {
                i += 1;
                format!("a variant of {phrase}")
            }
            ("allOf", Some(_)) => {
                i += 1;
                format!("a part of {phrase}")
            }
            ("not", _) => format!("what {phrase} excludes"),
            // `$defs` hoisted at load, `schema`, and whatever else: the same schema, said the
            // same way.
            _ => phrase,
        };
        i += 1;
    }
    phrase
}

#[cfg(test)]
mod tests {
    use super::origin_doc;

    #[test]
    fn says_where_an_undescribed_schema_is() {
        let cases = [
            ("#/components/schemas/Pet", "The `Pet` schema."),
            (
                "#/components/schemas/Pet/properties/owner",
                "The `owner` property of `Pet`.",
            ),
            (
                "#/paths/~1pets/post/requestBody/content/application~1json/schema",
                "The request body of `POST /pets`.",
            ),
            (
                "#/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/items",
                "An item of the `200` response of `GET /pets/{id}`.",
            ),
            (
                "#/paths/~1pets/get/responses/default/content/application~1json/schema/properties/error",
                "The `error` property of the default response of `GET /pets`.",
            ),
            (
                "#/paths/~1pets/get/parameters/0/schema",
                "A parameter of `GET /pets`.",
            ),
            (
                "#/components/schemas/Shape/oneOf/1",
                "A variant of `Shape`.",
            ),
            (
                "#/webhooks/newPet/post/requestBody/content/application~1json/schema",
                "The request body of the `newPet` webhook (POST).",
            ),
            ("#/x-somewhere/else", "A type of the API."),
        ];
        for (pointer, doc) in cases {
            assert_eq!(origin_doc(pointer), doc, "{pointer}");
        }
    }
}
