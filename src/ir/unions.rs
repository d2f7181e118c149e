//! `oneOf` and `anyOf` → [`UnionModel`]: an enum with a variant per member.
//!
//! - With a discriminator (`propertyName`, with or without `mapping`), decoding reads the
//!   property first and picks the variant its value names: a `mapping` entry, else the one
//!   value the member's schema allows that property (`type: {enum: [track]}`), else the
//!   member's component name. Without one, a property that every member (each a struct)
//!   requires as a string enum of one value, a different value each (`type: {enum: [user]}`,
//!   `type: {const: team}`), is the tag all the same (`implicit_tag`). Otherwise decoding
//!   tries the variants in order (serde's `untagged`): objects first, then arrays, maps,
//!   integers before numbers, booleans, and strings last, since a string variant takes any
//!   string.
//! - Either way a last variant keeps anything else as raw JSON, like the string enums'
//!   catch-all: a new subtype on the server never breaks decoding.
//! - Variants are named after the member's `$ref`, else its `title`, else its type.
//! - A base schema with a discriminator and no `oneOf` (`Application`, whose subtypes
//!   `allOf: [$ref Application, {...}]` add their own properties) is the enum of its
//!   subtypes: those its `mapping` names, else every component that extends it, tagged with
//!   its component name. The subtypes are structs with the base's properties merged in; one
//!   that adds nothing (`allOf: [$ref Base]`, perhaps through other such names) holds the
//!   base's own fields, the struct `<Base>Fields`.

use super::schema::Schemas;
use super::{ModelKind, TypeRef, UnionModel, UnionVariant, Warning};
use crate::error::Result;
use crate::naming;
use openapiv3::{Discriminator, ReferenceOr, Schema};

/// The name of the catch-all variant (another name when a member takes it).
const CATCH_ALL: &str = "Other";

impl<'a> Schemas<'a> {
    /// The union of `members` (`keyword`: `oneOf` or `anyOf`), for the model `name`.
    pub(super) fn union_model(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        keyword: &str,
        discriminator: Option<&'a Discriminator>,
        name: &str,
        pointer: &str,
    ) -> Result<ModelKind> {
        let mut variants: Vec<UnionVariant> = Vec::new();
        // The one untitled inline object among the members is the `Object` variant (GitHub's
        // labels: a name, or an object): a word a reader can place, where `Variant1` is none.
        let objects = members.iter().filter(|m| untitled_object(m)).count();
        // Several are named by the properties only each has (DigitalOcean's page links:
        // `LastNext` and `FirstPrev`), unless a discriminator will name them by value.
        let by_properties = objects > 1 && discriminator.is_none();
        for (i, member) in members.iter().enumerate() {
            let at = format!("{pointer}/{keyword}/{i}");
            let own = by_properties
                .then(|| own_properties_name(members, i))
                .flatten();
            let base = match (objects == 1 && untitled_object(member), &own) {
                (true, _) => "Object".to_string(),
                (false, Some(own)) => own.clone(),
                (false, None) => variant_base(member, i),
            };
            let ty = self.type_of(member, &format!("{name}{base}"), &at)?;
            // An untitled one-value enum (Stripe's `enum: [""]`, to unset) is its value.
            let single = match &ty {
                TypeRef::Model(model) => match self.models.get(model).map(|m| &m.kind) {
                    Some(ModelKind::Enum(e)) if e.variants.len() == 1 => {
                        Some(e.variants[0].name.clone())
                    }
                    _ => None,
                },
                _ => None,
            };
            let provisional = matches!(ty, TypeRef::Model(_))
                && (placeholder(&base) || own.is_some())
                && matches!(member, ReferenceOr::Item(_));
            let base = match (&ty, member) {
                (_, ReferenceOr::Reference { .. }) => base,
                (_, ReferenceOr::Item(s)) if s.schema_data.title.is_none() && single.is_some() => {
                    single.unwrap_or(base)
                }
                (TypeRef::Model(_), _)
                    if base.starts_with("Variant") || base == "Object" || own.is_some() =>
                {
                    base
                }
                (ty, ReferenceOr::Item(s)) if s.schema_data.title.is_none() => type_word(ty),
                _ => base,
            };
            let variant = naming::unique(&base, |n| {
                n == CATCH_ALL || variants.iter().any(|v| v.name == n)
            });
            if let Some(same) = variants.iter().find(|v| v.ty == ty) {
                self.warnings.push(Warning {
                    pointer: at.clone(),
                    message: format!(
                        "this member has the type of `{}`: decoding cannot tell them apart, and \
                         takes the first",
                        same.name
                    ),
                });
            }
            let tags = discriminator
                .map(|d| self.member_tags(d, member, &at))
                .unwrap_or_default();
            variants.push(UnionVariant {
                name: variant,
                ty,
                tags,
                boxed: false,
                enum_catch_all: None,
                provisional,
            });
        }
        let tag = discriminator.map(|d| d.property_name.clone());
        if tag.is_some() && variants.iter().any(|v| v.tags.is_empty()) {
            self.warnings.push(Warning {
                pointer: format!("{pointer}/discriminator"),
                message: "a member is no `$ref` and allows the discriminator property no one \
                          value, so no discriminator value names it; decoding tries the \
                          members in order instead"
                    .into(),
            });
            return Ok(ModelKind::Union(untagged(variants)));
        }
        match tag {
            Some(tag) => Ok(ModelKind::Union(UnionModel {
                variants,
                tag: Some(tag),
                catch_all: CATCH_ALL.into(),
            })),
            None => Ok(ModelKind::Union(untagged(variants))),
        }
    }
}

impl<'a> Schemas<'a> {
    /// The union of the subtypes of `schema` (the component `key`), when it is a base
    /// schema: a discriminator, no `oneOf`/`anyOf`, and subtypes that its mapping names or
    /// that extend it through `allOf`. `None` for any other schema.
    pub(super) fn subtype_union(
        &mut self,
        key: &str,
        schema: &'a Schema,
        name: &str,
        pointer: &str,
    ) -> Result<Option<ModelKind>> {
        let Some(discriminator) = &schema.schema_data.discriminator else {
            return Ok(None);
        };
        if matches!(
            schema.schema_kind,
            openapiv3::SchemaKind::OneOf { .. } | openapiv3::SchemaKind::AnyOf { .. }
        ) {
            return Ok(None);
        }
        let own = super::refs::pointer_to("schemas", key);
        // (reference, tags), in the mapping's order, else the components' order.
        let mut subtypes: Vec<(String, Vec<String>)> = Vec::new();
        for (tag, target) in &discriminator.mapping {
            // A mapping value is a `$ref`, or a component name.
            let reference = if target.starts_with('#') {
                target.clone()
            } else {
                super::refs::pointer_to("schemas", target)
            };
            if reference == own {
                continue;
            }
            // A value that names no component schema is the spec's mistake: left out, said.
            let names_schema = super::refs::ref_name::<Schema>(&reference).is_some_and(|n| {
                self.spec
                    .doc
                    .components
                    .as_ref()
                    .is_some_and(|c| c.schemas.contains_key(n.as_ref()))
            });
            if !names_schema {
                self.warnings.push(Warning {
                    pointer: format!(
                        "{pointer}/discriminator/mapping/{}",
                        crate::location::escape(tag)
                    ),
                    message: format!(
                        "`{target}` names no schema in #/components/schemas; the mapping \
                         entry `{tag}` is ignored"
                    ),
                });
                continue;
            }
            match subtypes.iter_mut().find(|(r, _)| *r == reference) {
                Some((_, tags)) => tags.push(tag.clone()),
                None => subtypes.push((reference, vec![tag.clone()])),
            }
        }
        if discriminator.mapping.is_empty() {
            for (other, candidate) in self.spec.doc.components.iter().flat_map(|c| &c.schemas) {
                let ReferenceOr::Item(candidate) = candidate else {
                    continue;
                };
                let extends = all_of_members(candidate).iter().any(
                    |m| matches!(m, ReferenceOr::Reference { reference } if *reference == own),
                );
                if extends && other != key {
                    subtypes.push((
                        super::refs::pointer_to("schemas", other),
                        vec![other.to_string()],
                    ));
                }
            }
        }
        if subtypes.is_empty() {
            return Ok(None);
        }
        let mut variants: Vec<UnionVariant> = Vec::new();
        let mut base_fields: Option<String> = None;
        for (reference, tags) in subtypes {
            let at = format!("{pointer}/discriminator/mapping");
            let base = naming::camel(reference.rsplit('/').next().unwrap_or(&reference));
            let mut ty = self.type_of_ref(&reference, &format!("{name}{base}"), &at)?;
            if ty == TypeRef::Model(name.to_string()) || self.only_renames(&reference, &own) {
                // A subtype that adds nothing is the base's fields (the enum itself would
                // hold itself): the struct `<Base>Fields`, made once.
                let fields = match &base_fields {
                    Some(fields) => fields,
                    None => {
                        let fields = naming::unique(&format!("{name}Fields"), |n| {
                            self.models.contains_key(n)
                                || self.component_names.contains(n)
                                || naming::RESERVED_TYPE_NAMES.contains(&n)
                        });
                        self.models
                            .insert(fields.clone(), super::schema::placeholder(&fields));
                        let kind = ModelKind::Struct(self.struct_model(schema, &fields, pointer)?);
                        self.insert(fields.clone(), schema, kind, pointer.to_string());
                        base_fields.insert(fields)
                    }
                };
                ty = TypeRef::Model(fields.clone());
            }
            let variant = naming::unique(&base, |n| {
                n == CATCH_ALL || variants.iter().any(|v| v.name == n)
            });
            variants.push(UnionVariant {
                provisional: placeholder(&variant),
                name: variant,
                ty,
                tags,
                boxed: false,
                enum_catch_all: None,
            });
        }
        Ok(Some(ModelKind::Union(UnionModel {
            variants,
            tag: Some(discriminator.property_name.clone()),
            catch_all: CATCH_ALL.into(),
        })))
    }
}

impl Schemas<'_> {
    /// Whether the schema at `reference` is `base` under other names: a chain of
    /// `allOf: [$ref X]` with nothing added (a variant holding it would hold the enum itself).
    fn only_renames(&self, reference: &str, base: &str) -> bool {
        let mut reference = reference.to_string();
        for _ in 0..16 {
            if reference == base {
                return true;
            }
            let Ok((schema, _)) = super::refs::follow::<Schema>(self.spec, &reference, "") else {
                return false;
            };
            let members = all_of_members(schema);
            let adds_properties = match &schema.schema_kind {
                openapiv3::SchemaKind::Any(any) => !any.properties.is_empty(),
                _ => false,
            };
            match members {
                [ReferenceOr::Reference { reference: next }] if !adds_properties => {
                    reference = next.clone();
                }
                _ => return false,
            }
        }
        false
    }
}

/// The `allOf` members of a schema.
fn all_of_members(schema: &Schema) -> &[ReferenceOr<Schema>] {
    match &schema.schema_kind {
        openapiv3::SchemaKind::AllOf { all_of } => all_of,
        openapiv3::SchemaKind::Any(any) => &any.all_of,
        _ => &[],
    }
}

/// Variants in the order serde's `untagged` should try them.
fn untagged(mut variants: Vec<UnionVariant>) -> UnionModel {
    // Stable: members of one rank keep the spec's order (structs are ordered among
    // themselves once built: `order_untagged`).
    variants.sort_by_key(|v| rank(&v.ty));
    // A discriminator given up on names no variant: no value of it picks one (the docs must
    // not say it does).
    for v in &mut variants {
        v.tags.clear();
    }
    UnionModel {
        variants,
        tag: None,
        catch_all: CATCH_ALL.into(),
    }
}

/// Where a variant of this type goes in an untagged union: structs first, then arrays, maps,
/// integers before numbers, booleans, strings of a shape (dates, UUIDs), strings last.
pub(super) fn rank(ty: &TypeRef) -> u8 {
    match ty {
        TypeRef::Model(_) => 0,
        TypeRef::Array(_) => 1,
        TypeRef::Map(_) => 2,
        TypeRef::Integer(_) => 3,
        TypeRef::Number => 4,
        TypeRef::Boolean => 5,
        // A date or UUID is a string of a shape: tried before any string.
        TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid | TypeRef::Base64 => 6,
        TypeRef::String | TypeRef::FormattedString(_) => 7,
        _ => 8,
    }
}

/// Unions without a discriminator whose members carry a tag all the same ([`implicit_tag`]),
/// once every model is built: tagged by it, each variant with its value, and an untitled
/// inline member (`Variant1`, `Object`) named after its value (`Team`) unless names would
/// then clash.
pub fn tag_implicitly(models: &mut std::collections::BTreeMap<String, super::Model>) {
    let implicit: Vec<(String, String, Vec<String>)> = models
        .iter()
        .filter_map(|(name, m)| match &m.kind {
            ModelKind::Union(u) if u.tag.is_none() => {
                implicit_tag(models, u).map(|(tag, values)| (name.clone(), tag, values))
            }
            _ => None,
        })
        .collect();
    for (name, tag, values) in implicit {
        if let Some(ModelKind::Union(u)) = models.get_mut(&name).map(|m| &mut m.kind) {
            u.tag = Some(tag);
            let named: Vec<String> = u
                .variants
                .iter()
                .zip(&values)
                .map(|(v, value)| match v.provisional {
                    true => naming::camel(value),
                    false => v.name.clone(),
                })
                .collect();
            let usable = named
                .iter()
                .all(|n| *n != u.catch_all && named.iter().filter(|m| *m == n).count() == 1);
            for (i, (variant, value)) in u.variants.iter_mut().zip(values).enumerate() {
                variant.tags = vec![value];
                if usable {
                    variant.name = named[i].clone();
                }
            }
        }
    }
}

/// Untagged unions, once every model is built: among struct variants, the most specific is
/// tried first (more required fields, then more fields), since serde takes the first variant
/// that decodes and a struct ignores the fields it does not know: `{id, name, email}` must
/// meet `Contact {id, name, email}` before `Ref {id}`. Ties keep the spec's order.
///
/// Variants that cannot be told apart by shape (a value of the later one also decodes as the
/// earlier one) are a warning each: decoding always gives the earlier. Not for a union the
/// client never decodes (`never_decoded`: only sent, or in a filtered build none of its
/// operations' responses), whose variant the caller picks.
pub fn order_untagged(
    models: &mut std::collections::BTreeMap<String, super::Model>,
    never_decoded: &std::collections::BTreeSet<String>,
) -> Vec<super::Warning> {
    let specificity: std::collections::BTreeMap<String, (usize, usize)> = models
        .iter()
        .filter_map(|(name, m)| match &m.kind {
            ModelKind::Struct(s) => Some((
                name.clone(),
                (
                    s.fields.iter().filter(|f| f.required).count(),
                    s.fields.len(),
                ),
            )),
            _ => None,
        })
        .collect();
    let catch_alls: std::collections::BTreeMap<String, String> = models
        .keys()
        .filter_map(|name| Some((name.clone(), string_enum(models, name)?.1.to_string())))
        .collect();
    for model in models.values_mut() {
        if let ModelKind::Union(u) = &mut model.kind
            && u.tag.is_none()
        {
            for v in &mut u.variants {
                v.enum_catch_all = match &v.ty {
                    TypeRef::Model(name) => catch_alls.get(name).cloned(),
                    _ => None,
                };
            }
            u.variants.sort_by_key(|v| {
                let (required, fields) = match &v.ty {
                    TypeRef::Model(name) => specificity.get(name).copied().unwrap_or((0, 0)),
                    _ => (0, 0),
                };
                (
                    rank(&v.ty),
                    std::cmp::Reverse(required),
                    std::cmp::Reverse(fields),
                )
            });
        }
    }
    let mut warnings = Vec::new();
    for (name, model) in models.iter() {
        let ModelKind::Union(u) = &model.kind else {
            continue;
        };
        if u.tag.is_some() || never_decoded.contains(name) {
            continue;
        }
        for (i, later) in u.variants.iter().enumerate() {
            if let Some(earlier) = u.variants[..i]
                .iter()
                .find(|e| covers(models, &e.ty, &later.ty))
            {
                warnings.push(super::Warning {
                    pointer: model.pointer.clone(),
                    message: format!(
                        "`{}` cannot be told apart from `{}` by shape: a value of `{}` also \
                         decodes as `{}`, which is tried first",
                        later.name, earlier.name, later.name, earlier.name
                    ),
                });
            }
        }
    }
    warnings
}

/// A tag the spec implies without naming a discriminator: a property every member is a struct
/// with, required, whose type is a string enum of one value, a different one per member (`type:
/// {enum: [user]}` beside `type: {enum: [team]}`, or 3.1's `const`). Decoding by shape cannot
/// tell such members apart (the enums keep unknown values, so any string decodes as each); by
/// the tag it can. The property and each variant's value, in the variants' order.
///
/// An optional property serves too when no required one does and shapes cannot tell the
/// members apart (Vercel's `link`: GitHub's, GitLab's or Bitbucket's, each with an optional
/// `type`): a value without it is then kept whole in the catch-all, where by shape it would
/// decode as the first member and lose what only its own has.
fn implicit_tag(
    models: &std::collections::BTreeMap<String, super::Model>,
    union: &super::UnionModel,
) -> Option<(String, Vec<String>)> {
    let structs: Vec<&super::StructModel> = union
        .variants
        .iter()
        .map(|v| match &v.ty {
            TypeRef::Model(name) => match &models.get(name)?.kind {
                ModelKind::Struct(s) => Some(s),
                _ => None,
            },
            _ => None,
        })
        .collect::<Option<_>>()?;
    let single_value = |s: &super::StructModel, property: &str, optional: bool| {
        let field = s
            .fields
            .iter()
            .find(|f| f.api_name == property && (f.required || optional) && !f.nullable)?;
        let TypeRef::Model(name) = &field.ty else {
            return None;
        };
        match &models.get(name)?.kind {
            ModelKind::Enum(e) if e.variants.len() == 1 => Some(e.variants[0].value.clone()),
            _ => None,
        }
    };
    let first = structs.first()?;
    if structs.len() < 2 {
        return None;
    }
    let tag = |optional: bool| {
        first.fields.iter().find_map(|candidate| {
            let values: Vec<String> = structs
                .iter()
                .map(|s| single_value(s, &candidate.api_name, optional))
                .collect::<Option<_>>()?;
            let distinct: std::collections::BTreeSet<&String> = values.iter().collect();
            (distinct.len() == values.len()).then(|| (candidate.api_name.clone(), values))
        })
    };
    let by_shape_fails = || {
        union.variants.iter().enumerate().any(|(i, a)| {
            union
                .variants
                .iter()
                .enumerate()
                .any(|(j, b)| i != j && covers(models, &a.ty, &b.ty))
        })
    };
    tag(false).or_else(|| by_shape_fails().then(|| tag(true)).flatten())
}

/// Whether every value of `later` also decodes as `earlier`: the same type; a string that
/// takes any text (a `String`, or a string enum with its catch-all) before any string; or a
/// struct whose required properties the later struct all has too.
fn covers(
    models: &std::collections::BTreeMap<String, super::Model>,
    earlier: &TypeRef,
    later: &TypeRef,
) -> bool {
    let kind = |ty: &TypeRef| match ty {
        TypeRef::Model(name) => models.get(name).map(|m| &m.kind),
        _ => None,
    };
    let any_string = |ty: &TypeRef| matches!(ty, TypeRef::String | TypeRef::FormattedString(_));
    let values = |ty: &TypeRef| match ty {
        TypeRef::Model(name) => string_enum(models, name).map(|(values, _)| values),
        _ => None,
    };
    let stringy = |ty: &TypeRef| any_string(ty) || values(ty).is_some() || rank(ty) == 6;
    if earlier == later {
        return true;
    }
    if any_string(earlier) && stringy(later) {
        return true;
    }
    // A string enum takes only its listed values: it covers an enum of some of them.
    if let (Some(earlier), Some(later)) = (values(earlier), values(later)) {
        return later.iter().all(|v| earlier.contains(v));
    }
    match (kind(earlier), kind(later)) {
        (Some(ModelKind::Struct(a)), Some(ModelKind::Struct(b))) => {
            a.fields.iter().filter(|f| f.required).all(|f| {
                b.fields
                    .iter()
                    .any(|g| g.required && g.api_name == f.api_name)
            })
        }
        _ => false,
    }
}

/// The listed values and the catch-all variant of the string enum `name` names (through
/// aliases), if it is one.
fn string_enum<'m>(
    models: &'m std::collections::BTreeMap<String, super::Model>,
    name: &str,
) -> Option<(Vec<&'m str>, &'m str)> {
    match &models.get(name)?.kind {
        ModelKind::Enum(e) => Some((
            e.variants.iter().map(|v| v.value.as_str()).collect(),
            e.catch_all.as_str(),
        )),
        ModelKind::Alias(TypeRef::Model(target)) => string_enum(models, target),
        _ => None,
    }
}

/// A member's name: its `$ref`'s component name, else its title, else `Variant<i>` (renamed
/// after its type once the type is known).
fn variant_base(member: &ReferenceOr<Schema>, i: usize) -> String {
    match member {
        ReferenceOr::Reference { reference } => {
            naming::camel(reference.rsplit('/').next().unwrap_or(reference))
        }
        ReferenceOr::Item(schema) => match &schema.schema_data.title {
            Some(title) => naming::camel(title),
            None => format!("Variant{i}"),
        },
    }
}

/// A name that says only where a member is: `Variant<i>` or `Object`.
fn placeholder(name: &str) -> bool {
    let numbered = name
        .strip_prefix("Variant")
        .is_some_and(|i| !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()));
    numbered || name == "Object"
}

/// An inline member without a title that is an object with properties.
fn untitled_object(member: &ReferenceOr<Schema>) -> bool {
    untitled_properties(member).is_some_and(|properties| !properties.is_empty())
}

/// The properties of an untitled inline object member (or an `allOf` of inline objects, as
/// DigitalOcean's page links are), required ones first.
fn untitled_properties(member: &ReferenceOr<Schema>) -> Option<Vec<&str>> {
    let ReferenceOr::Item(schema) = member else {
        return None;
    };
    if schema.schema_data.title.is_some() {
        return None;
    }
    let parts: Vec<&Schema> = match &schema.schema_kind {
        openapiv3::SchemaKind::AllOf { all_of } => all_of
            .iter()
            .map(|part| match part {
                ReferenceOr::Item(part) => Some(part),
                ReferenceOr::Reference { .. } => None,
            })
            .collect::<Option<_>>()?,
        _ => vec![schema],
    };
    let mut names: Vec<&str> = Vec::new();
    let mut required: Vec<&str> = Vec::new();
    for part in parts {
        let (properties, needed) = match &part.schema_kind {
            openapiv3::SchemaKind::Type(openapiv3::Type::Object(o)) => (&o.properties, &o.required),
            openapiv3::SchemaKind::Any(any) => (&any.properties, &any.required),
            _ => return None,
        };
        names.extend(properties.keys().map(String::as_str));
        required.extend(needed.iter().map(String::as_str));
    }
    names.sort_by_key(|name| !required.contains(name));
    Some(names)
}

/// The name of untitled object member `i` among several: the (at most two) properties it has
/// that no other untitled object member has, required ones first (`LastNext`), or `None` when
/// it has none of its own.
fn own_properties_name(members: &[ReferenceOr<Schema>], i: usize) -> Option<String> {
    let mine = untitled_properties(&members[i]).filter(|p| !p.is_empty())?;
    let others: Vec<Vec<&str>> = members
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i)
        .filter_map(|(_, m)| untitled_properties(m))
        .collect();
    let own: Vec<&str> = mine
        .into_iter()
        .filter(|p| !others.iter().any(|o| o.contains(p)))
        .take(2)
        .collect();
    let name: String = own.iter().map(|p| naming::camel(p)).collect();
    // A name that starts with a digit or is empty once cased is no name.
    name.starts_with(|c: char| c.is_ascii_uppercase())
        .then_some(name)
}

/// A variant name for an untitled inline member, from its type.
fn type_word(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String | TypeRef::FormattedString(_) => "String".into(),
        TypeRef::Integer(_) => "Integer".into(),
        TypeRef::Number => "Number".into(),
        TypeRef::Boolean => "Boolean".into(),
        TypeRef::Array(_) => "List".into(),
        TypeRef::Map(_) => "Map".into(),
        TypeRef::Model(name) => name.clone(),
        TypeRef::Any | TypeRef::Bytes | TypeRef::File => "Value".into(),
        TypeRef::DateTime => "DateTime".into(),
        TypeRef::Date => "Date".into(),
        TypeRef::Uuid => "Uuid".into(),
        TypeRef::Base64 => "Base64".into(),
    }
}

/// The `mapping` entries (values may be a `$ref` or a bare component name) that name the
/// member `reference`, if any do.
fn mapped(discriminator: &Discriminator, reference: &str) -> Option<Vec<String>> {
    let component = reference.rsplit('/').next().unwrap_or(reference);
    let mapped: Vec<String> = discriminator
        .mapping
        .iter()
        .filter(|(_, target)| *target == reference || target.as_str() == component)
        .map(|(value, _)| value.clone())
        .collect();
    (!mapped.is_empty()).then_some(mapped)
}

/// The component name `reference` ends with, its escapes undone.
fn component_name(reference: &str) -> String {
    let component = reference.rsplit('/').next().unwrap_or(reference);
    component.replace("~1", "/").replace("~0", "~")
}

impl<'a> Schemas<'a> {
    /// The discriminator values that name `member` (at `at`): its `mapping` entries; else the
    /// one value the member's schema allows the property (Spotify's `TrackObject` has
    /// `type: {enum: [track]}`, so `TrackObject` would never be sent; Mailchimp's inline
    /// segment conditions `condition_type: {enum: [Aim]}`); else, for a `$ref`, its component
    /// name. None for an inline member that allows any value.
    fn member_tags(
        &self,
        discriminator: &Discriminator,
        member: &ReferenceOr<Schema>,
        at: &str,
    ) -> Vec<String> {
        let property = &discriminator.property_name;
        match member {
            ReferenceOr::Reference { reference } => mapped(discriminator, reference)
                .or_else(|| self.single_value(reference, property).map(|v| vec![v]))
                .unwrap_or_else(|| vec![component_name(reference)]),
            ReferenceOr::Item(schema) => self
                .single_value_in(schema, at, property, 0)
                .map(|value| vec![value])
                .unwrap_or_default(),
        }
    }

    /// The one value the schema at `reference` allows its string property `property` (an
    /// `enum` of one value, inline or by `$ref`; in the schema or one of its `allOf` parts).
    fn single_value(&self, reference: &str, property: &str) -> Option<String> {
        let (schema, at) = super::refs::follow::<Schema>(self.spec, reference, "").ok()?;
        self.single_value_in(schema, &at, property, 0)
    }

    fn single_value_in(
        &self,
        schema: &Schema,
        at: &str,
        property: &str,
        depth: usize,
    ) -> Option<String> {
        use openapiv3::{SchemaKind, Type};
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                let field = object.properties.get(property)?;
                let (field, _) = super::refs::resolve_boxed(self.spec, field, at).ok()?;
                match &field.schema_kind {
                    SchemaKind::Type(Type::String(s)) => match s.enumeration.as_slice() {
                        [Some(value)] => Some(value.clone()),
                        _ => None,
                    },
                    _ => None,
                }
            }
            // `allOf: [$ref Base, {properties: {type: {enum: [x]}}}]`, a level or two deep
            // (with `type: object` beside it, the parser's `Any`).
            SchemaKind::AllOf { all_of } if depth < 4 => {
                self.single_value_of_parts(all_of, at, property, depth)
            }
            SchemaKind::Any(any) if depth < 4 => {
                self.single_value_of_parts(&any.all_of, at, property, depth)
            }
            _ => None,
        }
    }

    fn single_value_of_parts(
        &self,
        parts: &[ReferenceOr<Schema>],
        at: &str,
        property: &str,
        depth: usize,
    ) -> Option<String> {
        parts.iter().find_map(|part| {
            let (part, at) = super::refs::resolve(self.spec, part, at).ok()?;
            self.single_value_in(part, &at, property, depth + 1)
        })
    }
}
