//! The page of one model: `docs/{Model::name}.md`, one template per kind of model.

use super::text::{code_cell, code_span, escape_cell, notes, opt_cell, paragraph, type_link};
use crate::ir::{EnumModel, Field, Model, ModelKind, StructModel, TypeRef};
use serde::Serialize;
use std::collections::BTreeMap;

/// A model page: the template to render and what it renders.
#[derive(Debug)]
pub(super) enum ModelPage {
    Struct(StructPage),
    Enum(EnumPage),
    Alias(AliasPage),
    Union(UnionPage),
}

#[derive(Debug, Serialize)]
pub(super) struct UnionPage {
    name: String,
    description: Option<String>,
    /// The model this one is an alias of: the type it is in Rust.
    same_as: Option<String>,
    /// How decoding picks the variant, in a few words.
    how: String,
    /// The discriminator property, if any.
    tag: Option<String>,
    variants: Vec<VariantRow>,
    catch_all: String,
}

#[derive(Debug, Serialize)]
struct VariantRow {
    variant: String,
    ty: String,
    /// The discriminator values, as code spans.
    tags: String,
}

#[derive(Debug, Serialize)]
pub(super) struct StructPage {
    name: String,
    description: Option<String>,
    /// The model this one is an alias of: the type it is in Rust.
    same_as: Option<String>,
    fields: Vec<FieldRow>,
    /// The type unknown properties are kept as, when they are kept.
    additional: Option<String>,
}

#[derive(Debug, Serialize)]
struct FieldRow {
    /// The wire name: what the API reference and the JSON say.
    api_name: String,
    ty: String,
    description: String,
    notes: String,
}

#[derive(Debug, Serialize)]
pub(super) struct EnumPage {
    name: String,
    description: Option<String>,
    /// The model this one is an alias of: the type it is in Rust.
    same_as: Option<String>,
    values: Vec<ValueRow>,
    catch_all: String,
}

#[derive(Debug, Serialize)]
struct ValueRow {
    value: String,
    variant: String,
    description: String,
}

#[derive(Debug, Serialize)]
pub(super) struct AliasPage {
    name: String,
    description: Option<String>,
    /// `pub type Name = Target;` as a code span.
    declaration: String,
    /// The target model's name, when the alias names one (directly or as items).
    target_model: Option<String>,
    /// What the declaration is, as the page's sentence starts: `Another name for a type`.
    lead: &'static str,
}

pub(super) fn page(model: &Model, models: &BTreeMap<String, Model>) -> ModelPage {
    let description = paragraph(model.description.as_deref());
    // An alias of a struct, enum or union (a model identical to another, or one the spec
    // writes as `allOf` of one) lists what it holds, as its target's page does.
    if let ModelKind::Alias(TypeRef::Model(target)) = &model.kind
        && let Some(kind) = models.get(target).map(|t| &t.kind).filter(|kind| {
            matches!(
                kind,
                ModelKind::Struct(_) | ModelKind::Enum(_) | ModelKind::Union(_)
            )
        })
    {
        return kind_page(&model.name, description, kind, Some(target));
    }
    kind_page(&model.name, description, &model.kind, None)
}

/// The page of a model `name` of this `kind`; `same_as`: the model it is an alias of.
fn kind_page(
    name: &str,
    description: Option<String>,
    kind: &ModelKind,
    same_as: Option<&String>,
) -> ModelPage {
    let same_as = same_as.cloned();
    match kind {
        ModelKind::Struct(model) => {
            ModelPage::Struct(struct_page(name, description, model, same_as))
        }
        ModelKind::Enum(model) => ModelPage::Enum(enum_page(name, description, model, same_as)),
        ModelKind::Alias(ty) => ModelPage::Alias(alias_page(name, description, ty)),
        ModelKind::Tuple(types) => {
            let members: Vec<String> = types
                .iter()
                .map(|t| format!("pub {}", t.display()))
                .collect();
            ModelPage::Alias(AliasPage {
                name: name.to_string(),
                description,
                declaration: code_span(&format!("pub struct {name}({});", members.join(", "))),
                target_model: None,
                lead: "A tuple, a JSON array of these members in order",
            })
        }
        ModelKind::Union(u) => ModelPage::Union(UnionPage {
            name: name.to_string(),
            description,
            same_as,
            how: match &u.tag {
                Some(tag) => format!("chosen by the value of {}", code_span(tag)),
                None => "tried in this order".into(),
            },
            tag: u.tag.clone(),
            variants: u
                .variants
                .iter()
                .map(|v| VariantRow {
                    variant: v.name.clone(),
                    ty: type_link(&v.ty),
                    tags: v
                        .tags
                        .iter()
                        .map(|t| code_span(t))
                        .collect::<Vec<_>>()
                        .join(", "),
                })
                .collect(),
            catch_all: u.catch_all.clone(),
        }),
    }
}

fn struct_page(
    name: &str,
    description: Option<String>,
    model: &StructModel,
    same_as: Option<String>,
) -> StructPage {
    StructPage {
        name: name.to_string(),
        description,
        same_as,
        fields: model.fields.iter().map(field_row).collect(),
        additional: model.additional.as_ref().map(type_link),
    }
}

fn field_row(field: &Field) -> FieldRow {
    FieldRow {
        api_name: escape_cell(&field.api_name),
        ty: type_link(&field.ty),
        description: opt_cell(field.description.as_deref()),
        notes: notes(&field_flags(field), field.default.as_ref()),
    }
}

/// The Notes flags of a field, in the order OpenAPI Generator writes its own (`optional`,
/// `readonly`) and then ours.
fn field_flags(field: &Field) -> Vec<String> {
    let mut flags = Vec::new();
    if !field.required {
        flags.push("optional".to_string());
    }
    if field.nullable {
        flags.push("nullable".to_string());
    }
    if field.read_only {
        flags.push("readonly".to_string());
    }
    if field.write_only {
        flags.push("writeonly".to_string());
    }
    if field.secret {
        flags.push("secret: redacted in Debug".to_string());
    }
    if field.deprecated {
        flags.push("deprecated".to_string());
    }
    // The table shows the wire name; the Rust name is worth a note only where it differs.
    if field.name != field.api_name {
        flags.push(format!("rust: {}", escape_cell(&field.name)));
    }
    flags
}

fn enum_page(
    name: &str,
    description: Option<String>,
    model: &EnumModel,
    same_as: Option<String>,
) -> EnumPage {
    EnumPage {
        name: name.to_string(),
        description,
        same_as,
        values: model
            .variants
            .iter()
            .map(|variant| ValueRow {
                value: code_cell(&variant.value),
                variant: code_cell(&variant.name),
                description: opt_cell(variant.description.as_deref()),
            })
            .collect(),
        catch_all: code_span(&model.catch_all),
    }
}

fn alias_page(name: &str, description: Option<String>, ty: &TypeRef) -> AliasPage {
    AliasPage {
        name: name.to_string(),
        description,
        declaration: code_span(&format!("pub type {name} = {};", ty.display())),
        target_model: ty.model().map(str::to_string),
        lead: "Another name for a type",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn field(api_name: &str, name: &str) -> Field {
        Field {
            api_name: api_name.into(),
            name: name.into(),
            ty: TypeRef::String,
            required: true,
            nullable: false,
            read_only: false,
            write_only: false,
            secret: false,
            boxed: false,
            description: None,
            default: None,
            example: None,
            deprecated: false,
        }
    }

    #[test]
    fn a_plain_required_field_has_no_notes() {
        assert_eq!(field_row(&field("value", "value")).notes, "");
    }

    #[test]
    fn field_notes_list_every_flag_then_the_default() {
        let mut f = field("recovery_question", "recovery_question");
        f.required = false;
        assert_eq!(field_row(&f).notes, "[optional] ");
        f.read_only = true;
        f.default = Some(json!("OKTA"));
        assert_eq!(
            field_row(&f).notes,
            "[optional] [readonly] [default to &quot;OKTA&quot;]"
        );
        let mut secret = field("value", "value");
        secret.write_only = true;
        secret.secret = true;
        assert_eq!(
            field_row(&secret).notes,
            "[writeonly] [secret: redacted in Debug] "
        );
    }

    #[test]
    fn a_renamed_field_notes_its_rust_name() {
        let f = field("passwordChanged", "password_changed");
        let row = field_row(&f);
        assert_eq!(row.api_name, "passwordChanged");
        assert_eq!(row.notes, "[rust: password_changed] ");
    }

    #[test]
    fn enum_values_are_code_cells() {
        let model = EnumModel {
            variants: vec![crate::ir::EnumVariant {
                value: "SHA-256".into(),
                name: "Sha256".into(),
                description: None,
            }],
            catch_all: "Unknown".into(),
        };
        let page = enum_page("Algo", None, &model, None);
        assert_eq!(page.values[0].value, "`SHA-256`");
        assert_eq!(page.values[0].variant, "`Sha256`");
        assert_eq!(page.catch_all, "`Unknown`");
    }

    #[test]
    fn an_alias_declares_its_target() {
        let ty = TypeRef::Array(Box::new(TypeRef::Model("User".into())));
        let page = alias_page("Users", None, &ty);
        assert_eq!(page.declaration, "`pub type Users = Vec<User>;`");
        assert_eq!(page.target_model.as_deref(), Some("User"));
    }
}
