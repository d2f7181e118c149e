//! Parameters on the wire: OpenAPI 3.0's `style` and `explode` for path, query, header and
//! cookie parameters, applied to the parameter's value as JSON.
//!
//! For a parameter `id` with the value `5`, `[3, 4, 5]` or `{"role": "admin", "name": "Al"}`
//! (object members go in key order):
//!
//! | style            | explode | primitive | array              | object                          |
//! |------------------|---------|-----------|--------------------|---------------------------------|
//! | `simple`         | false   | `5`       | `3,4,5`            | `name,Al,role,admin`            |
//! | `simple`         | true    | `5`       | `3,4,5`            | `name=Al,role=admin`            |
//! | `label`          | false   | `.5`      | `.3,4,5`           | `.name,Al,role,admin`           |
//! | `label`          | true    | `.5`      | `.3.4.5`           | `.name=Al.role=admin`           |
//! | `matrix`         | false   | `;id=5`   | `;id=3,4,5`        | `;id=name,Al,role,admin`        |
//! | `matrix`         | true    | `;id=5`   | `;id=3;id=4;id=5`  | `;name=Al;role=admin`           |
//! | `form`           | false   | `id=5`    | `id=3,4,5`         | `id=name,Al,role,admin`         |
//! | `form`           | true    | `id=5`    | `id=3&id=4&id=5`   | `name=Al&role=admin`            |
//! | `spaceDelimited` | false   |           | `id=3%204%205`     |                                 |
//! | `pipeDelimited`  | false   |           | `id=3%7C4%7C5`     |                                 |
//! | `deepObject`     | true    |           |                    | `id[name]=Al&id[role]=admin`    |
//!
//! Values are percent-encoded one by one (in paths and queries), so a `,` or `&` inside a
//! value never reads as a separator. Values nested deeper than the table (an object inside
//! an array) use brackets, `id[0][role]=admin`, as form APIs read them. A query parameter
//! with `allowReserved` keeps RFC 3986's reserved characters in its values (`a/b:c`), all but
//! `#`, `&`, `=` and `+`, which would change what the query says (and `'`, which the URL
//! standard encodes in any case).

use super::encode::{component, reserved_component};
use super::error::Error;
use serde_json::Value;

/// How a parameter is laid out (OpenAPI's `style`).
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    /// The value's JSON text, as one string (a parameter with `content: application/json`).
    Json,
}

/// A piece of a path: text from the path template, or a parameter's encoded value.
#[allow(dead_code)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PathPiece {
    /// Text of the template, sent as is.
    Text(&'static str),
    /// A parameter: its name in the template, and its value already encoded by its style.
    Param(&'static str, String),
}

/// A value as JSON, or an error naming it (`what`: "parameter", "form field").
pub(crate) fn to_json<T: serde::Serialize + ?Sized>(
    what: &str,
    name: &str,
    value: &T,
) -> Result<Value, Error> {
    serde_json::to_value(value)
        .map_err(|e| Error::Request(format!("{what} `{name}` does not serialize: {e}")))
}

/// A value as its style lays it out: as it is, or ([`Style::Json`]) its JSON text.
fn styled(value: Value, style: Style) -> Value {
    match style {
        Style::Json => Value::String(value.to_string()),
        _ => value,
    }
}

/// A parameter's value as JSON.
fn json<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<Value, Error> {
    to_json("parameter", name, value)
}

/// A JSON value as the text a parameter or form field sends: strings as they are, other
/// scalars as JSON writes them, `null` as nothing, and anything nested as compact JSON.
pub(crate) fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The parts of a value: one scalar, the items of an array, or the members of an object.
enum Parts {
    Scalar(String),
    List(Vec<String>),
    Object(Vec<(String, String)>),
}

fn parts(value: &Value) -> Parts {
    match value {
        Value::Array(items) => Parts::List(items.iter().map(text).collect()),
        Value::Object(members) => Parts::Object(
            sorted(members)
                .into_iter()
                .map(|(key, value)| (key.clone(), text(value)))
                .collect(),
        ),
        scalar => Parts::Scalar(text(scalar)),
    }
}

/// An object's members in key order: the same bytes on the wire whether or not serde_json
/// keeps insertion order (its `preserve_order` feature, which another crate may turn on).
pub(crate) fn sorted(members: &serde_json::Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut members: Vec<_> = members.iter().collect();
    members.sort_by(|a, b| a.0.cmp(b.0));
    members
}

/// Joins texts with `separator`, each passed through `encode`.
fn join(items: &[String], separator: &str, encode: &dyn Fn(&str) -> String) -> String {
    items
        .iter()
        .map(|item| encode(item))
        .collect::<Vec<_>>()
        .join(separator)
}

/// `k,v,k2,v2` (not exploded) or `k=v,k2=v2` (exploded), with `separator` between members.
fn members(
    members: &[(String, String)],
    explode: bool,
    separator: &str,
    encode: &dyn Fn(&str) -> String,
) -> String {
    let member = |(key, value): &(String, String)| {
        if explode {
            format!("{}={}", encode(key), encode(value))
        } else {
            format!("{},{}", encode(key), encode(value))
        }
    };
    let sep = if explode { separator } else { "," };
    members.iter().map(member).collect::<Vec<_>>().join(sep)
}

/// A path parameter: its text in the path, percent-encoded, laid out by `style` (`simple`,
/// `label` or `matrix`); a segment of its own (`[a, b].concat()` joins it with template text
/// around it).
#[allow(dead_code)]
pub(crate) fn path<T: serde::Serialize + ?Sized>(
    name: &'static str,
    value: &T,
    style: Style,
    explode: bool,
) -> Result<Vec<PathPiece>, Error> {
    let encode = |text: &str| component(text);
    let value = styled(json(name, value)?, style);
    let template_name = name;
    let name = component(name);
    let text = match (style, parts(&value)) {
        (Style::Label, Parts::Scalar(s)) => format!(".{}", encode(&s)),
        (Style::Label, Parts::List(items)) => {
            format!(
                ".{}",
                join(&items, if explode { "." } else { "," }, &encode)
            )
        }
        (Style::Label, Parts::Object(m)) => format!(".{}", members(&m, explode, ".", &encode)),
        (Style::Matrix, Parts::Scalar(s)) => format!(";{name}={}", encode(&s)),
        (Style::Matrix, Parts::List(items)) if explode => items
            .iter()
            .map(|item| format!(";{name}={}", encode(item)))
            .collect(),
        (Style::Matrix, Parts::List(items)) => format!(";{name}={}", join(&items, ",", &encode)),
        (Style::Matrix, Parts::Object(m)) if explode => {
            format!(";{}", members(&m, true, ";", &encode))
        }
        (Style::Matrix, Parts::Object(m)) => {
            format!(";{name}={}", members(&m, false, ",", &encode))
        }
        (_, Parts::Scalar(s)) => encode(&s),
        (_, Parts::List(items)) => join(&items, ",", &encode),
        (_, Parts::Object(m)) => members(&m, explode, ",", &encode),
    };
    Ok(Vec::from([PathPiece::Param(template_name, text)]))
}

/// [`query`] for an optional parameter: nothing when it is unset.
#[allow(dead_code)]
pub(crate) fn query_opt<T: serde::Serialize>(
    query: &mut Vec<(String, String)>,
    name: &str,
    value: &Option<T>,
    style: Style,
    explode: bool,
) -> Result<(), Error> {
    match value {
        Some(value) => self::query(query, name, value, style, explode),
        None => Ok(()),
    }
}

/// A query parameter: adds its `name=value` pairs, percent-encoded, to `query`.
#[allow(dead_code)]
pub(crate) fn query<T: serde::Serialize + ?Sized>(
    query: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> Result<(), Error> {
    encoded_query(query, name, value, style, explode, component)
}

/// [`query`] for a parameter whose values allow reserved characters (`allowReserved`): `/`,
/// `:`, `,` and the like stay as they are.
#[allow(dead_code)]
pub(crate) fn query_reserved<T: serde::Serialize + ?Sized>(
    query: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> Result<(), Error> {
    encoded_query(query, name, value, style, explode, reserved_component)
}

fn encoded_query<T: serde::Serialize + ?Sized>(
    query: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
    encode: fn(&str) -> String,
) -> Result<(), Error> {
    let value = styled(json(name, value)?, style);
    let mut push = |key: &str, value: String| query.push((component(key), value));
    match (style, parts(&value)) {
        (Style::DeepObject, _) if value.is_object() || value.is_array() => {
            let mut pairs = Vec::new();
            brackets(name, &value, &mut pairs);
            for (key, value) in pairs {
                push(&key, encode(&value));
            }
        }
        (_, Parts::Scalar(s)) => push(name, encode(&s)),
        (_, Parts::List(items)) if explode => {
            for item in items {
                push(name, encode(&item));
            }
        }
        (Style::SpaceDelimited, Parts::List(items)) => push(name, join(&items, "%20", &encode)),
        (Style::PipeDelimited, Parts::List(items)) => push(name, join(&items, "%7C", &encode)),
        (_, Parts::List(items)) => push(name, join(&items, ",", &encode)),
        (_, Parts::Object(m)) if explode => {
            for (key, value) in m {
                push(&key, encode(&value));
            }
        }
        (_, Parts::Object(m)) => push(name, members(&m, false, ",", &encode)),
    }
    Ok(())
}

/// A header parameter (`simple` style): adds it to `headers`, not encoded (the client checks
/// that it can be sent).
#[allow(dead_code)]
pub(crate) fn header<T: serde::Serialize + ?Sized>(
    headers: &mut Vec<(&'static str, String)>,
    name: &'static str,
    value: &T,
    explode: bool,
) -> Result<(), Error> {
    let value = json(name, value)?;
    let same = |text: &str| text.to_string();
    let text = match parts(&value) {
        Parts::Scalar(s) => s,
        Parts::List(items) => join(&items, ",", &same),
        Parts::Object(m) => members(&m, explode, ",", &same),
    };
    headers.push((name, text));
    Ok(())
}

/// A cookie parameter (`form` style): adds its `name=value` pairs, percent-encoded, to
/// `cookies`; an exploded array or object gives one cookie per item or member.
#[allow(dead_code)]
pub(crate) fn cookie<T: serde::Serialize + ?Sized>(
    cookies: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    explode: bool,
) -> Result<(), Error> {
    let value = json(name, value)?;
    let encode = |text: &str| component(text);
    match parts(&value) {
        Parts::Scalar(s) => cookies.push((component(name), encode(&s))),
        Parts::List(items) if explode => {
            cookies.extend(items.iter().map(|item| (component(name), encode(item))));
        }
        Parts::List(items) => cookies.push((component(name), join(&items, ",", &encode))),
        Parts::Object(m) if explode => {
            cookies.extend(m.iter().map(|(k, v)| (component(k), encode(v))));
        }
        Parts::Object(m) => cookies.push((component(name), members(&m, false, ",", &encode))),
    }
    Ok(())
}

/// Flattens a value into `name[key][0]...=text` pairs (not encoded), as form APIs read
/// nested objects and arrays.
pub(crate) fn brackets(name: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(members) => {
            for (key, value) in sorted(members) {
                brackets(&format!("{name}[{key}]"), value, out);
            }
        }
        Value::Array(items) => {
            for (index, value) in items.iter().enumerate() {
                brackets(&format!("{name}[{index}]"), value, out);
            }
        }
        scalar => out.push((name.to_string(), text(scalar))),
    }
}
