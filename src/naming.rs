//! Every Rust name the generator makes comes from here: one module, one truth.
//!
//! Names from a spec can be anything (`forgotPassword(oneTimeCode)`, `_links`, `SHA-256`,
//! `self`, `2fa`). These functions turn them into valid, conventional Rust identifiers;
//! callers keep the original alongside for `#[serde(rename)]` and the wire.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// `snake_case` for fields, methods, modules and arguments: `userId` → `user_id`,
/// `forgotPassword(oneTimeCode)` → `forgot_password_one_time_code`, `type` → `r#type`,
/// `self` → `self_`, `2fa` → `_2fa`.
pub fn snake(name: &str) -> String {
    let cased = oauth_as_one_word(words(name)).to_snake_case();
    sanitize(if cased.is_empty() {
        "value".to_string()
    } else {
        shorten(cased, "_")
    })
}

/// `UpperCamelCase` for types and variants: `change password request` → `ChangePasswordRequest`,
/// `SHA-256` → `Sha256`, `Self` → `Self_`.
pub fn camel(name: &str) -> String {
    let cased = words(name).to_upper_camel_case();
    sanitize(if cased.is_empty() {
        "Value".to_string()
    } else {
        shorten(cased, "H")
    })
}

/// The longest name kept whole. Names become file names (`docs/<Model>.md`,
/// `src/apis/<tag>.rs`), and file systems refuse names past 255 bytes.
pub const MAX_NAME: usize = 96;

/// A name longer than [`MAX_NAME`] becomes its first 79 characters, `separator`, and a hash
/// of the whole (16 hex digits): the same every run, and distinct for distinct names.
fn shorten(name: String, separator: &str) -> String {
    if name.len() <= MAX_NAME {
        return name;
    }
    // FNV-1a: stable across Rust releases, unlike std's hasher.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    // ASCII only (see `words`), so any byte index is a character boundary.
    // Cut at a word break, the break goes: `audit_` + `_` + hash would be no snake case.
    let prefix = name[..MAX_NAME - 17].trim_end_matches('_');
    format!("{prefix}{separator}{hash:016x}")
}

/// Replace every character that cannot be part of an identifier with a word break, so that
/// `forgotPassword(oneTimeCode)` reads as `forgotPassword oneTimeCode`.
fn words(name: &str) -> String {
    // ASCII only: `²` is alphanumeric but no identifier may hold it, and ASCII identifiers are
    // what every Rust lint and user expects.
    let chars: Vec<char> = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    // An acronym's plural is one word: `IPs`, `ISOs`, `getURLs` read as `ips`, `isos`,
    // `get_urls`, where heck alone makes `i_ps`, `is_os`, `get_ur_ls`.
    let plural_at = |i: usize| {
        chars[i] == 's'
            && i >= 2
            && chars[i - 1].is_ascii_uppercase()
            && chars[i - 2].is_ascii_uppercase()
            && !chars.get(i + 1).is_some_and(char::is_ascii_lowercase)
    };
    (0..chars.len())
        .map(|i| if plural_at(i) { 'S' } else { chars[i] })
        .collect()
}

/// OAuth is one word in snake case: `OAuth2` and `oAuth2` read as `oauth2`,
/// `listOAuthClients` as `list_oauth_clients`, where heck alone makes `o_auth2`. (Camel case
/// keeps `OAuth2`.)
fn oauth_as_one_word(words: String) -> String {
    let chars: Vec<char> = words.chars().collect();
    let mut out = chars.clone();
    for i in 0..chars.len() {
        let start =
            chars[i] == 'O' || (chars[i] == 'o' && (i == 0 || !chars[i - 1].is_ascii_alphabetic()));
        if start && chars[i + 1..].starts_with(&['A', 'u', 't', 'h']) {
            out[i + 1] = 'a';
        }
    }
    out.into_iter().collect()
}

/// Make an identifier out of an already cased name: keywords get `r#` where Rust allows a raw
/// identifier and a `_` suffix where it does not; a leading digit gets a `_` prefix.
fn sanitize(ident: String) -> String {
    if ident.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("_{ident}");
    }
    match ident.as_str() {
        // Keywords that cannot be raw identifiers.
        "self" | "Self" | "super" | "crate" | "_" => format!("{ident}_"),
        // Strict and reserved keywords (2015 through 2024 editions).
        "as" | "break" | "const" | "continue" | "else" | "enum" | "extern" | "false" | "fn"
        | "for" | "if" | "impl" | "in" | "let" | "loop" | "match" | "mod" | "move" | "mut"
        | "pub" | "ref" | "return" | "static" | "struct" | "trait" | "true" | "type" | "unsafe"
        | "use" | "where" | "while" | "async" | "await" | "dyn" | "abstract" | "become" | "box"
        | "do" | "final" | "macro" | "override" | "priv" | "typeof" | "unsized" | "virtual"
        | "yield" | "try" | "gen" => format!("r#{ident}"),
        _ => ident,
    }
}

/// Type names the generated models module uses unqualified (prelude types, the helper that
/// stands in for a redacted secret, and the client's `Base64` it re-exports): a model cannot
/// take them.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "Base64", "Box", "Option", "Redacted", "Result", "String", "Vec",
];

/// Types a tag's module imports (or defines) next to its request builders: no builder may
/// take them.
pub const TAG_MODULE_TYPES: &[&str] = &[
    "ApiResponse",
    "Auth",
    "Body",
    "Client",
    "ByteStream",
    "Error",
    "ErrorBody",
    "File",
    "Follow",
    "Items",
    "Pages",
    "PathPiece",
    "RawResponse",
    "Request",
    "ResponseFuture",
    "Style",
];

/// The client's own methods (in `src/runtime/client.rs`): a tag's accessor may not take them.
pub const CLIENT_METHODS: &[&str] = &["base_url", "builder", "new"];

/// The API struct's own method (its constructor): an operation's method may not take it.
pub const API_STRUCT_METHODS: &[&str] = &["new"];

/// The field that keeps properties a spec does not name (`additionalProperties`).
pub const ADDITIONAL_PROPERTIES_FIELD: &str = "additional_properties";

/// The name as a bare word, without a raw-identifier prefix: `r#type` → `type`.
/// Used where an identifier is joined into a longer one.
pub fn bare(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Cargo package name from a spec file stem: `okta-user-credentials` stays,
/// `My API` → `my-api`.
/// Anything Cargo would not take becomes a valid name: `123` → `api-123`, `名前` → `api`.
pub fn crate_name(stem: &str) -> String {
    let kebab = heck::ToKebabCase::to_kebab_case(words(stem).as_str());
    let kept: String = kebab
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let kept = kept.trim_matches('-').to_string();
    let name = match kept.chars().next() {
        None => "api".to_string(),
        Some(c) if c.is_ascii_digit() => format!("api-{kept}"),
        Some(_) => kept,
    };
    let mut name: String = name.chars().take(MAX_CRATE_NAME).collect();
    while name.ends_with('-') {
        name.pop();
    }
    if is_keyword(&lib_name(&name)) {
        name.push_str("-api");
    }
    name
}

/// The longest crate name Cargo takes (crates.io's limit).
pub const MAX_CRATE_NAME: usize = 64;

/// Why `name` cannot be a Cargo package name, if it cannot: Cargo's rules (ASCII letters,
/// digits, `-` and `_`, starting with a letter or `_`, at most 64 characters), and a library
/// name that is not a Rust keyword.
pub fn invalid_crate_name(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("it is empty".into());
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Some(format!(
            "{c:?} is not allowed (only ASCII letters, digits, `-` and `_`)"
        ));
    }
    if name.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
        return Some("it must start with a letter or `_`".into());
    }
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        // Cargo takes it, but the library name then trips rustc's `non_snake_case` lint.
        return Some(format!(
            "it has capital letters, which the library name cannot have without a warning; \
             use {:?}",
            name.to_ascii_lowercase()
        ));
    }
    if name.len() > MAX_CRATE_NAME {
        return Some(format!("it is longer than {MAX_CRATE_NAME} characters"));
    }
    if is_keyword(&lib_name(name)) || name == "_" {
        return Some("its library name would be a Rust keyword".into());
    }
    None
}

/// A Rust keyword (strict or reserved), or a name `r#` cannot raise (`self`, `crate`, ...).
fn is_keyword(name: &str) -> bool {
    sanitize(name.to_string()) != name && !name.starts_with(|c: char| c.is_ascii_digit())
}

/// The library name Cargo derives from a package name: `credential-operations` →
/// `credential_operations`.
pub fn lib_name(crate_name: &str) -> String {
    crate_name.replace('-', "_")
}

/// The next free name: `name`, then `name2`, `name3`, ... (for two spec names that case to
/// the same Rust name).
pub fn unique(name: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(name) {
        return name.to_string();
    }
    (2..)
        .map(|n| format!("{name}{n}"))
        .find(|candidate| !taken(candidate))
        .expect("an unbounded range always has a free name")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The methods of every `impl Client` block in the runtime's `client.rs`.
    fn runtime_client_methods() -> Vec<String> {
        let file = syn::parse_file(include_str!("runtime/client.rs")).unwrap();
        let mut methods: Vec<String> = file
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Impl(i) if i.trait_.is_none() => Some(i),
                _ => None,
            })
            .filter(|i| matches!(&*i.self_ty, syn::Type::Path(p) if p.path.is_ident("Client")))
            .flat_map(|i| &i.items)
            .filter_map(|item| match item {
                syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
                _ => None,
            })
            .collect();
        methods.sort();
        methods
    }

    #[test]
    fn long_names_are_shortened_the_same_way_every_time() {
        let long = "a very long name ".repeat(300);
        let (type_name, method) = (camel(&long), snake(&long));
        assert!(type_name.len() <= MAX_NAME && method.len() <= MAX_NAME);
        assert_eq!(type_name, camel(&long));
        assert_eq!(&method[..10], "a_very_lon");
        assert_ne!(camel(&format!("{long}x")), type_name);
        assert_eq!(camel("ShortName"), "ShortName");
        // Cut right after a word (loket.nl's operation ids): one `_` before the hash, so the
        // name is still snake case.
        let cut_at_a_break = format!("{}_{}", "a".repeat(MAX_NAME - 18), "b".repeat(40));
        let method = snake(&cut_at_a_break);
        assert!(!method.contains("__"), "{method}");
        assert_eq!(method, method.to_snake_case(), "{method}");
    }

    #[test]
    fn crate_names_from_any_file_name() {
        for (stem, name) in [
            ("okta-user-credentials", "okta-user-credentials"),
            ("My API", "my-api"),
            ("123", "api-123"),
            ("_", "api"),
            ("名前", "api"),
            ("x/y", "x-y"),
            ("type", "type-api"),
            ("a b", "a-b"),
        ] {
            assert_eq!(crate_name(stem), name, "{stem:?}");
            assert_eq!(invalid_crate_name(&crate_name(stem)), None, "{stem:?}");
        }
        assert_eq!(crate_name(&"x".repeat(500)).len(), MAX_CRATE_NAME);
    }

    #[test]
    fn explicit_crate_names_follow_cargo_s_rules() {
        for good in ["okta", "my-api", "my_api", "_x", "a1"] {
            assert_eq!(invalid_crate_name(good), None, "{good}");
        }
        for bad in [
            "", "a b", "x/y", "1x", "-x", "名前", "fn", "self", "_", "MyApi",
        ] {
            assert!(invalid_crate_name(bad).is_some(), "{bad:?}");
        }
        assert!(invalid_crate_name(&"x".repeat(65)).is_some());
    }

    #[test]
    fn client_methods_are_those_of_the_runtime() {
        assert_eq!(CLIENT_METHODS, runtime_client_methods());
    }

    #[test]
    fn snake_names() {
        let table = [
            ("userId", "user_id"),
            (
                "forgotPassword(oneTimeCode)",
                "forgot_password_one_time_code",
            ),
            ("_links", "links"),
            ("_embedded", "embedded"),
            ("recovery_question", "recovery_question"),
            ("X-Rate-Limit-Reset", "x_rate_limit_reset"),
            ("sendEmail", "send_email"),
            ("type", "r#type"),
            ("match", "r#match"),
            ("async", "r#async"),
            ("gen", "r#gen"),
            ("self", "self_"),
            ("super", "super_"),
            ("crate", "crate_"),
            ("2fa", "_2fa"),
            ("", "value"),
            ("$", "value"),
            ("area_m²", "area_m"),
            ("٣d", "d"),
            ("café", "caf"),
            ("Floating IPs", "floating_ips"),
            ("ISOs", "isos"),
            ("getURLs", "get_urls"),
            ("listAPIsByOwner", "list_apis_by_owner"),
            ("Has", "has"),
            ("SSHKeys", "ssh_keys"),
            ("OAuth2", "oauth2"),
            ("oAuth2", "oauth2"),
            ("listOAuthClients", "list_oauth_clients"),
            ("autoAuth", "auto_auth"),
        ];
        for (input, expected) in table {
            assert_eq!(snake(input), expected, "snake({input:?})");
        }
    }

    #[test]
    fn camel_names() {
        let table = [
            ("Credential Operations", "CredentialOperations"),
            ("SHA-256", "Sha256"),
            ("ACTIVE_DIRECTORY", "ActiveDirectory"),
            ("PASSWORD_EXPIRED", "PasswordExpired"),
            ("self", "Self_"),
            ("Self", "Self_"),
            ("2xx", "_2xx"),
            ("forgotPassword(oneTimeCode)", "ForgotPasswordOneTimeCode"),
            ("", "Value"),
            ("Primary IPs", "PrimaryIps"),
            ("ISOs", "Isos"),
            ("OAuth2", "OAuth2"),
        ];
        for (input, expected) in table {
            assert_eq!(camel(input), expected, "camel({input:?})");
        }
    }

    #[test]
    fn crate_and_lib_names() {
        assert_eq!(crate_name("credential-operations"), "credential-operations");
        assert_eq!(crate_name("My API_v2"), "my-api-v2");
        assert_eq!(lib_name("okta-user-credentials"), "okta_user_credentials");
    }

    #[test]
    fn unique_appends_a_number() {
        let taken = ["User", "User2"];
        assert_eq!(unique("User", |n| taken.contains(&n)), "User3");
        assert_eq!(unique("Group", |n| taken.contains(&n)), "Group");
    }

    #[test]
    fn reserved_names_are_taken_like_any_other() {
        let taken = |n: &str| RESERVED_TYPE_NAMES.contains(&n);
        assert_eq!(unique(&camel("result"), taken), "Result2");
        assert_eq!(unique(&camel("string"), taken), "String2");
        assert_eq!(unique(&camel("user"), taken), "User");
    }

    #[test]
    fn bare_strips_raw_prefix() {
        assert_eq!(bare("r#type"), "type");
        assert_eq!(bare("user"), "user");
    }
}
