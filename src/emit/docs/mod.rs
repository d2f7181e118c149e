//! The docs emitter: Markdown pages for the generated crate.
//!
//! The layout is OpenAPI Generator's (the pages users of generated clients already know, and
//! the seeds in `../shared/seeds`): one page per tag, one per model, and a README the pages
//! link back to. Only what Rust makes different differs: types, call signatures, examples.
//!
//! Each page is a small context struct built here from the intermediate model and rendered by
//! a minijinja template in `templates/`; the templates hold layout, the structs hold every
//! decision. The templates are compiled into the binary, so build scripts need no files.

mod api_page;
mod model_page;
mod readme;
mod text;

use crate::emit::Files;
use crate::ir::Api;
use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

/// Every template, by name.
const TEMPLATES: &[(&str, &str)] = &[
    ("api.md.j2", include_str!("../../../templates/api.md.j2")),
    (
        "model_struct.md.j2",
        include_str!("../../../templates/model_struct.md.j2"),
    ),
    (
        "model_enum.md.j2",
        include_str!("../../../templates/model_enum.md.j2"),
    ),
    (
        "model_alias.md.j2",
        include_str!("../../../templates/model_alias.md.j2"),
    ),
    (
        "model_union.md.j2",
        include_str!("../../../templates/model_union.md.j2"),
    ),
    (
        "readme.md.j2",
        include_str!("../../../templates/readme.md.j2"),
    ),
];

/// Renders the docs: `docs/{Tag::struct_name}.md` per tag, `docs/{Model::name}.md` per model,
/// and `README.md`.
///
/// The output depends only on `api`: the same model gives the same bytes.
pub fn emit(api: &Api) -> Result<Files, minijinja::Error> {
    let env = environment()?;
    let mut files = Files::new();
    for tag in &api.tags {
        files.insert(
            format!("docs/{}.md", tag.struct_name),
            render(&env, "api.md.j2", &api_page::page(api, tag))?,
        );
    }
    for model in api.models.values() {
        let page = match model_page::page(model, &api.models) {
            model_page::ModelPage::Struct(page) => render(&env, "model_struct.md.j2", &page)?,
            model_page::ModelPage::Enum(page) => render(&env, "model_enum.md.j2", &page)?,
            model_page::ModelPage::Alias(page) => render(&env, "model_alias.md.j2", &page)?,
            model_page::ModelPage::Union(page) => render(&env, "model_union.md.j2", &page)?,
        };
        files.insert(format!("docs/{}.md", model.name), page);
    }
    files.insert(
        "README.md".to_string(),
        render(&env, "readme.md.j2", &readme::readme(api))?,
    );
    Ok(files)
}

fn environment() -> Result<Environment<'static>, minijinja::Error> {
    let mut env = Environment::new();
    // Block tags on lines of their own leave no trace, so templates can be laid out readably;
    // every page ends with a newline.
    env.set_syntax(
        SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()?,
    );
    // Markdown is not HTML: the contexts escape what needs escaping (table cells), and the rest
    // (descriptions written in Markdown) must reach the page as written.
    env.set_auto_escape_callback(|_| AutoEscape::None);
    // A misspelt name in a template is an error, not an empty string on a page.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
}

fn render(
    env: &Environment,
    template: &str,
    context: &impl Serialize,
) -> Result<String, minijinja::Error> {
    env.get_template(template)?.render(Serde(context))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{EnumModel, EnumVariant, Model, ModelKind, TypeRef};

    fn api(models: Vec<Model>) -> Api {
        Api {
            crate_name: "pets".into(),
            lib_name: "pets".into(),
            crate_version: "0.1.0".into(),
            spec_version: "1".into(),
            title: "Pets".into(),
            description: None,
            base_url: "http://pets".into(),
            base_url_secret: None,
            tags: vec![],
            models: models.into_iter().map(|m| (m.name.clone(), m)).collect(),
            security_schemes: vec![],
            error_models: vec![],
            other_models_feature: None,
            feature_groups: Vec::new(),
            webhooks: vec![],
            warnings: vec![],
        }
    }

    fn model(name: &str, kind: ModelKind) -> Model {
        Model {
            name: name.into(),
            description: None,
            kind,
            pointer: format!("#/components/schemas/{name}"),
            features: vec![],
        }
    }

    #[test]
    fn an_enum_page_lists_values_and_the_catch_all() {
        let files = emit(&api(vec![model(
            "Kind",
            ModelKind::Enum(EnumModel {
                variants: vec![EnumVariant {
                    value: "SHA-256".into(),
                    name: "Sha256".into(),
                    description: Some("Okta's choice".into()),
                }],
                catch_all: "Unknown".into(),
            }),
        )]))
        .unwrap();
        let page = &files["docs/Kind.md"];
        assert!(page.starts_with("# Kind\n\n## Values\n"), "{page}");
        assert!(
            page.contains("\n`SHA-256` | `Sha256` | Okta&#39;s choice\n"),
            "{page}"
        );
        assert!(page.contains("kept in the `Unknown` variant"), "{page}");
        assert!(
            page.ends_with("[[Back to README]](../README.md)\n"),
            "{page}"
        );
    }

    #[test]
    fn an_alias_page_links_its_target() {
        let files = emit(&api(vec![model(
            "Users",
            ModelKind::Alias(TypeRef::Array(Box::new(TypeRef::Model("User".into())))),
        )]))
        .unwrap();
        let page = &files["docs/Users.md"];
        assert!(page.contains("`pub type Users = Vec<User>;`"), "{page}");
        assert!(page.contains("See [User](User.md)."), "{page}");
    }

    #[test]
    fn the_readme_says_when_nothing_needs_authorization() {
        let files = emit(&api(vec![])).unwrap();
        assert_eq!(files.keys().collect::<Vec<_>>(), ["README.md"]);
        let readme = &files["README.md"];
        assert!(readme.starts_with("# pets\n"), "{readme}");
        assert!(
            readme.contains("\n## Documentation for API Endpoints\n"),
            "{readme}"
        );
        assert!(
            readme.contains("\n## Documentation For Models\n"),
            "{readme}"
        );
        assert!(
            readme.ends_with(
                "## Documentation For Authorization\n\nThe spec declares no authorization. An API that \
                 wants a token anyway takes it as a header\nof the client's: \
                 `Client::builder(url).header(\"Authorization\", format!(\"Bearer {token}\"))`.\n"
            ),
            "{readme}"
        );
    }
}
