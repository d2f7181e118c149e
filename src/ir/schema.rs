//! Schemas → Rust types: component schemas become models, inline objects and enums are
//! hoisted to models named after where they appear, everything else maps to a Rust type.

use super::refs::{self, resolve_boxed};
use super::{
    EnumModel, EnumVariant, Field, IntWidth, Model, ModelKind, StructModel, TypeRef, Warning,
};
use crate::error::Result;
use crate::load::Spec;
use crate::naming;
use openapiv3::{
    AdditionalProperties, ReferenceOr, Schema, SchemaData, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Nesting deeper than this is a schema that refers to itself through non-model types.
const MAX_DEPTH: usize = 64;

/// Turns schemas into types, collecting the models it makes.
pub struct Schemas<'a> {
    pub(super) spec: &'a Spec,
    /// Component schema name → Rust model name, for components that become models.
    pub(super) component_models: HashMap<String, String>,
    /// The model names of `component_models`, to tell whether a name is taken at once.
    pub(super) component_names: std::collections::HashSet<String>,
    /// Types of the components that are not models, converted once (by `$ref`): each warns
    /// once and hoists its inline models once. Also, by their pointer, the schemas inside
    /// shared responses and request bodies ([`Schemas::shared_type_of`]).
    component_types: HashMap<String, TypeRef>,
    /// Components that are not models whose types are being worked out; one met again
    /// while its own type is (an array whose items hold it) becomes a named alias, the
    /// `$ref` inside it that name: reference → alias name.
    component_cycles: HashMap<String, Option<String>>,
    pub models: BTreeMap<String, Model>,
    pub warnings: Vec<Warning>,
    depth: usize,
    /// `date-time`, `date` and `uuid` as their Rust types (`Options::string_formats` off).
    typed_formats: bool,
}

/// What a schema is, once `$ref`s and `allOf` wrappers are seen through.
enum Shape<'s> {
    Primitive(TypeRef),
    Array(Option<&'s ReferenceOr<Box<Schema>>>),
    /// An object with no properties: a map whose values have this schema (`None`: any value).
    Map(Option<&'s ReferenceOr<Schema>>),
    Any,
    /// `allOf` with one schema that says what the type is, the rest only annotations.
    Alias(&'s ReferenceOr<Schema>),
    Struct,
    Enum(Vec<String>),
    /// `oneOf`/`anyOf`: (members, `oneOf` or `anyOf`, discriminator).
    Union(
        &'s [ReferenceOr<Schema>],
        &'static str,
        Option<&'s openapiv3::Discriminator>,
    ),
    /// A tuple (3.1 `prefixItems`, marked at load): its members, in order.
    Tuple(&'s [ReferenceOr<Schema>]),
}

/// The pieces of an object schema, gathered from it and any `allOf` members.
#[derive(Default)]
struct ObjectParts<'s> {
    properties: Vec<(String, &'s ReferenceOr<Box<Schema>>, String)>,
    required: Vec<String>,
    additional: Option<Option<&'s ReferenceOr<Schema>>>,
    /// Properties an `allOf` member defines again with another type: (name, where).
    conflicts: Vec<(String, String)>,
}

impl<'a> Schemas<'a> {
    /// Reserve a model name for every component schema that becomes a model, so that refs
    /// resolve to names before any model is built and hoisted names never take them.
    pub fn new(spec: &'a Spec, typed_formats: bool) -> Self {
        let mut component_models = HashMap::new();
        let mut taken = std::collections::HashSet::new();
        if let Some(components) = &spec.doc.components {
            for (key, schema) in &components.schemas {
                if let ReferenceOr::Item(schema) = schema
                    && is_model(schema)
                {
                    let name = naming::unique(&naming::camel(key), |n| {
                        taken.contains(n) || naming::RESERVED_TYPE_NAMES.contains(&n)
                    });
                    taken.insert(name.clone());
                    component_models.insert(key.clone(), name);
                }
            }
        }
        Schemas {
            spec,
            component_models,
            component_names: taken,
            component_types: HashMap::new(),
            component_cycles: HashMap::new(),
            models: BTreeMap::new(),
            warnings: Vec::new(),
            depth: 0,
            typed_formats,
        }
    }

    /// A primitive's type as generated: a typed format, or its string with
    /// `Options::string_formats`.
    fn format_type(&self, ty: TypeRef) -> TypeRef {
        match ty {
            TypeRef::DateTime if !self.typed_formats => {
                TypeRef::FormattedString("date-time".into())
            }
            TypeRef::Date if !self.typed_formats => TypeRef::FormattedString("date".into()),
            TypeRef::Uuid if !self.typed_formats => TypeRef::FormattedString("uuid".into()),
            TypeRef::Base64 if !self.typed_formats => TypeRef::FormattedString("byte".into()),
            other => other,
        }
    }

    /// Build the model of every component schema that is one.
    pub fn convert_components(&mut self) -> Result<()> {
        let Some(components) = &self.spec.doc.components else {
            return Ok(());
        };
        for (key, schema) in &components.schemas {
            let (Some(name), ReferenceOr::Item(schema)) = (self.component_models.get(key), schema)
            else {
                continue;
            };
            let name = name.clone();
            let pointer = refs::pointer_to("schemas", key);
            // A base schema with a discriminator that subtypes extend (`allOf: [$ref base]`):
            // the enum of its subtypes.
            let kind = match self.subtype_union(key, schema, &name, &pointer)? {
                Some(union) => union,
                None => self.model_kind(schema, &name, &pointer)?,
            };
            self.insert(name, schema, kind, pointer);
        }
        Ok(())
    }

    /// The Rust type of a schema found at `pointer`; inline models are hoisted and named
    /// after `hint` (already UpperCamelCase).
    pub fn type_of(
        &mut self,
        schema: &'a ReferenceOr<Schema>,
        hint: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        match schema {
            ReferenceOr::Reference { reference } => self.type_of_ref(reference, hint, pointer),
            ReferenceOr::Item(schema) => self.inline_type(schema, hint, pointer),
        }
    }

    /// [`Schemas::type_of`] of a schema inside a component that operations name by `$ref`
    /// (`#/components/responses/Unauthorized/content/application~1json/schema`): converted
    /// once, by the first operation, and that type for every other.
    pub(super) fn shared_type_of(
        &mut self,
        schema: &'a ReferenceOr<Schema>,
        hint: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        if !pointer.starts_with("#/components/") {
            return self.type_of(schema, hint, pointer);
        }
        if let Some(ty) = self.component_types.get(pointer) {
            return Ok(ty.clone());
        }
        let ty = self.type_of(schema, hint, pointer)?;
        self.component_types.insert(pointer.to_string(), ty.clone());
        Ok(ty)
    }

    fn type_of_boxed(
        &mut self,
        schema: &'a ReferenceOr<Box<Schema>>,
        hint: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        match schema {
            ReferenceOr::Reference { reference } => self.type_of_ref(reference, hint, pointer),
            ReferenceOr::Item(schema) => self.inline_type(schema, hint, pointer),
        }
    }

    pub(super) fn type_of_ref(
        &mut self,
        reference: &str,
        hint: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        if let Some(name) = refs::ref_name::<Schema>(reference)
            .and_then(|key| self.component_models.get(key.as_ref()))
        {
            return Ok(TypeRef::Model(name.clone()));
        }
        // A component that is not a model (a string, an array, ...): its type, inline.
        if let Some(ty) = self.component_types.get(reference) {
            return Ok(ty.clone());
        }
        // Met again while its own type is worked out: it needs a name to hold itself by.
        if let Some(alias) = self.component_cycles.get_mut(reference) {
            let name = match alias {
                Some(name) => name.clone(),
                None => {
                    let key = refs::ref_name::<Schema>(reference).unwrap_or_default();
                    let name = naming::unique(&naming::camel(&key), |n| {
                        self.models.contains_key(n)
                            || self.component_names.contains(n)
                            || naming::RESERVED_TYPE_NAMES.contains(&n)
                    });
                    *alias = Some(name.clone());
                    self.models.insert(name.clone(), placeholder(&name));
                    name
                }
            };
            return Ok(TypeRef::Model(name));
        }
        let (target, at) = refs::follow::<Schema>(self.spec, reference, pointer)?;
        self.component_cycles.insert(reference.to_string(), None);
        let ty = self.inline_type(target, hint, &at);
        let alias = self.component_cycles.remove(reference).flatten();
        let mut ty = ty?;
        if let Some(name) = alias {
            // `type A = Vec<A>` is no type: only a struct between can hold it.
            if ty.model() == Some(name.as_str()) {
                return Err(self.spec.error(
                    &at,
                    format!("`{reference}` holds itself with no object between: no Rust type can"),
                ));
            }
            self.insert(name.clone(), target, ModelKind::Alias(ty), at);
            ty = TypeRef::Model(name);
        }
        self.component_types
            .insert(reference.to_string(), ty.clone());
        Ok(ty)
    }

    fn inline_type(&mut self, schema: &'a Schema, hint: &str, pointer: &str) -> Result<TypeRef> {
        if self.depth >= MAX_DEPTH {
            return Err(self.spec.error(
                pointer,
                "schema nests too deep (a cycle without a named model?)",
            ));
        }
        self.depth += 1;
        let result = self.inline_type_inner(schema, hint, pointer);
        self.depth -= 1;
        result
    }

    fn inline_type_inner(
        &mut self,
        schema: &'a Schema,
        hint: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        Ok(match shape(schema, &mut self.warnings, pointer) {
            Shape::Primitive(ty) => self.format_type(ty),
            Shape::Any => TypeRef::Any,
            Shape::Array(items) => TypeRef::Array(Box::new(match items {
                Some(items) => {
                    self.type_of_boxed(items, &format!("{hint}Item"), &format!("{pointer}/items"))?
                }
                None => TypeRef::Any,
            })),
            Shape::Map(values) => TypeRef::Map(Box::new(match values {
                Some(values) => self.type_of(
                    values,
                    &format!("{hint}Value"),
                    &format!("{pointer}/additionalProperties"),
                )?,
                None => TypeRef::Any,
            })),
            Shape::Alias(inner) => {
                let at = format!(
                    "{pointer}/allOf/{}",
                    all_of(schema)
                        .iter()
                        .position(|s| std::ptr::eq(s, inner))
                        .unwrap_or(0)
                );
                self.type_of(inner, hint, &at)?
            }
            Shape::Struct | Shape::Enum(_) | Shape::Union(..) | Shape::Tuple(_) => {
                let name = naming::unique(hint, |n| {
                    self.models.contains_key(n)
                        || self.component_names.contains(n)
                        || naming::RESERVED_TYPE_NAMES.contains(&n)
                });
                // Reserve the name before building, so nested hoists cannot take it.
                self.models.insert(name.clone(), placeholder(&name));
                let kind = self.model_kind(schema, &name, pointer)?;
                self.insert(name.clone(), schema, kind, pointer.to_string());
                TypeRef::Model(name)
            }
        })
    }

    pub(super) fn insert(
        &mut self,
        name: String,
        schema: &Schema,
        kind: ModelKind,
        pointer: String,
    ) {
        let description = schema.schema_data.description.clone().or_else(|| {
            // An `allOf` wrapper often carries its description on a member.
            all_of(schema).iter().find_map(|member| match member {
                ReferenceOr::Item(s) => s.schema_data.description.clone(),
                ReferenceOr::Reference { .. } => None,
            })
        });
        self.models.insert(
            name.clone(),
            Model {
                name,
                description,
                kind,
                pointer,
                features: Vec::new(),
            },
        );
    }

    /// What model a schema that is one becomes.
    fn model_kind(&mut self, schema: &'a Schema, name: &str, pointer: &str) -> Result<ModelKind> {
        match shape(schema, &mut self.warnings, pointer) {
            Shape::Enum(values) => Ok(ModelKind::Enum(enum_model(&values, &schema.schema_data))),
            // `allOf: [{type: object, ...}]`: the one member is the model.
            Shape::Alias(ReferenceOr::Item(inner))
                if !matches!(shape(inner, &mut Vec::new(), pointer), Shape::Primitive(_)) =>
            {
                self.model_kind(inner, name, pointer)
            }
            Shape::Struct => self
                .struct_model(schema, name, pointer)
                .map(ModelKind::Struct),
            Shape::Union(members, keyword, discriminator) => {
                self.union_model(members, keyword, discriminator, name, pointer)
            }
            Shape::Tuple(members) => {
                let mut types = Vec::new();
                for (i, member) in members.iter().enumerate() {
                    let at = format!("{pointer}/prefixItems/{i}");
                    types.push(self.type_of(member, &format!("{name}{i}"), &at)?);
                }
                Ok(ModelKind::Tuple(types))
            }
            _ => {
                // Components that are models only by name (an alias of another model, a map).
                let ty = self.inline_type_of_alias(schema, name, pointer)?;
                Ok(ModelKind::Alias(ty))
            }
        }
    }

    fn inline_type_of_alias(
        &mut self,
        schema: &'a Schema,
        name: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        match shape(schema, &mut self.warnings, pointer) {
            Shape::Alias(inner) => self.type_of(inner, &format!("{name}Inner"), pointer),
            _ => self.inline_type(schema, &format!("{name}Inner"), pointer),
        }
    }

    pub(super) fn struct_model(
        &mut self,
        schema: &'a Schema,
        name: &str,
        pointer: &str,
    ) -> Result<StructModel> {
        let mut parts = ObjectParts::default();
        self.gather(schema, pointer, &mut parts, 0)?;
        for (key, at) in &parts.conflicts {
            self.warnings.push(Warning {
                pointer: at.clone(),
                message: format!(
                    "`allOf` members define `{key}` with different types; the last one here is \
                     generated"
                ),
            });
        }
        let mut fields: Vec<Field> = Vec::new();
        for (api_name, property, at) in &parts.properties {
            let hint = naming::camel(&format!("{name} {api_name}"));
            let ty = self.type_of_boxed(property, &hint, at)?;
            let data = self.field_data(property, at)?;
            let keeps_unknown = parts.additional.is_some();
            let field_name = naming::unique(&naming::snake(api_name), |n| {
                fields.iter().any(|f| f.name == n)
                    || (keeps_unknown && n == naming::ADDITIONAL_PROPERTIES_FIELD)
            });
            let secret = super::secrets::is_secret(api_name, name, &ty, data.write_only);
            fields.push(Field {
                api_name: api_name.clone(),
                name: field_name,
                ty,
                required: parts.required.contains(api_name),
                nullable: data.nullable,
                read_only: data.read_only,
                write_only: data.write_only,
                secret,
                boxed: false,
                description: data.description.clone(),
                default: data.default.clone(),
                example: data.example.clone(),
                deprecated: data.deprecated,
            });
        }
        // A required name that no property has (and no additional property can be): nothing
        // to require (a typo in the spec, or a property that was removed).
        let closed = parts.additional.is_none();
        for missing in parts.required.iter().filter(|r| {
            closed
                && !parts
                    .properties
                    .iter()
                    .any(|(api_name, _, _)| api_name == *r)
        }) {
            self.warnings.push(Warning {
                pointer: format!("{pointer}/required"),
                message: format!(
                    "`{missing}` is required, but the schema has no such property; ignored"
                ),
            });
        }
        let additional = match parts.additional {
            None => None,
            Some(None) => Some(TypeRef::Any),
            Some(Some(values)) => Some(self.type_of(
                values,
                &format!("{name}Value"),
                &format!("{pointer}/additionalProperties"),
            )?),
        };
        let has_secrets = fields.iter().any(|f| f.secret);
        Ok(StructModel {
            fields,
            additional,
            // Decided once every model exists (see `defaults::derive_defaults`).
            derives_default: true,
            has_secrets,
        })
    }

    /// Collect properties, `required` and `additionalProperties` from `schema` and (through
    /// refs) its `allOf` members; a later definition of a property replaces an earlier one.
    fn gather(
        &self,
        schema: &'a Schema,
        pointer: &str,
        parts: &mut ObjectParts<'a>,
        depth: usize,
    ) -> Result<()> {
        if depth > MAX_DEPTH {
            return Err(self.spec.error(pointer, "`allOf` includes itself"));
        }
        for (i, member) in all_of(schema).iter().enumerate() {
            let member_pointer = format!("{pointer}/allOf/{i}");
            let (member, at) = match member {
                ReferenceOr::Item(s) => (s, member_pointer),
                ReferenceOr::Reference { reference } => {
                    refs::follow::<Schema>(self.spec, reference, &member_pointer)?
                }
            };
            self.gather(member, &at, parts, depth + 1)?;
        }
        let (properties, required, additional) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                (&o.properties, &o.required, &o.additional_properties)
            }
            SchemaKind::Any(a) => (&a.properties, &a.required, &a.additional_properties),
            _ => return Ok(()),
        };
        for (key, property) in properties {
            let at = format!("{pointer}/properties/{}", refs::escape(key));
            if let Some(existing) = parts.properties.iter_mut().find(|(k, _, _)| k == key) {
                if self.conflicting(existing.1, property) {
                    parts.conflicts.push((key.clone(), at.clone()));
                }
                *existing = (key.clone(), property, at);
            } else {
                parts.properties.push((key.clone(), property, at));
            }
        }
        for key in required {
            if !parts.required.contains(key) {
                parts.required.push(key.clone());
            }
        }
        match additional {
            Some(AdditionalProperties::Any(true)) => parts.additional = Some(None),
            Some(AdditionalProperties::Schema(s)) => parts.additional = Some(Some(s.as_ref())),
            _ => {}
        }
        Ok(())
    }

    /// The annotations of a property, looking through a `$ref` (or a one-member `allOf`) to
    /// the target for what the property itself does not say.
    fn field_data(
        &self,
        property: &'a ReferenceOr<Box<Schema>>,
        pointer: &str,
    ) -> Result<SchemaData> {
        let (schema, _) = resolve_boxed(self.spec, property, pointer)?;
        let mut data = schema.schema_data.clone();
        let target = match property {
            ReferenceOr::Reference { .. } => None,
            ReferenceOr::Item(s) => match shape(s, &mut Vec::new(), pointer) {
                Shape::Alias(inner) => Some(refs::resolve(self.spec, inner, pointer)?.0),
                _ => None,
            },
        };
        if let Some(target) = target {
            let t = &target.schema_data;
            data.description = data.description.or_else(|| t.description.clone());
            data.read_only |= t.read_only;
            data.write_only |= t.write_only;
            data.nullable |= t.nullable;
            data.default = data.default.or_else(|| t.default.clone());
            data.example = data.example.or_else(|| t.example.clone());
        }
        // readOnly may also sit on an annotation-only allOf member.
        for member in all_of(schema) {
            if let ReferenceOr::Item(m) = member
                && is_annotation_only(m)
            {
                data.read_only |= m.schema_data.read_only;
                data.write_only |= m.schema_data.write_only;
            }
        }
        Ok(data)
    }
}

/// Whether two definitions of one property disagree on its type: two different `$ref`s, or
/// two different `type`s. A definition that only refines (adds a description, a format, an
/// inline schema for a `$ref`) is no conflict.
impl<'a> Schemas<'a> {
    /// Whether two definitions of one property have different types: refs are compared after
    /// following `allOf: [$ref]` aliases, and `integer` refining `number` is no conflict.
    fn conflicting(&self, old: &ReferenceOr<Box<Schema>>, new: &ReferenceOr<Box<Schema>>) -> bool {
        let declared = |s: &Schema| match &s.schema_kind {
            SchemaKind::Type(Type::String(_)) => Some("string"),
            SchemaKind::Type(Type::Integer(_)) => Some("integer"),
            SchemaKind::Type(Type::Number(_)) => Some("number"),
            SchemaKind::Type(Type::Boolean(_)) => Some("boolean"),
            SchemaKind::Type(Type::Array(_)) => Some("array"),
            SchemaKind::Type(Type::Object(_)) => Some("object"),
            _ => None,
        };
        match (old, new) {
            (ReferenceOr::Reference { reference: a }, ReferenceOr::Reference { reference: b }) => {
                self.canonical(a) != self.canonical(b)
            }
            (ReferenceOr::Item(a), ReferenceOr::Item(b)) => match (declared(a), declared(b)) {
                (Some("number"), Some("integer")) => false,
                (Some(x), Some(y)) => x != y,
                _ => false,
            },
            _ => false,
        }
    }

    /// The schema a `$ref` names once `allOf: [$ref]` aliases are followed.
    fn canonical<'r>(&'r self, reference: &'r str) -> &'r str {
        let mut current = reference;
        for _ in 0..MAX_DEPTH {
            let Ok((schema, _)) = refs::follow::<Schema>(self.spec, current, "") else {
                break;
            };
            let members = all_of(schema);
            let mut structural = members.iter().filter(|m| match m {
                ReferenceOr::Item(s) => !is_annotation_only(s),
                ReferenceOr::Reference { .. } => true,
            });
            match (structural.next(), structural.next()) {
                (Some(ReferenceOr::Reference { reference }), None)
                    if matches!(schema.schema_kind, SchemaKind::AllOf { .. }) =>
                {
                    current = reference
                }
                _ => break,
            }
        }
        current
    }
}

pub(super) fn placeholder(name: &str) -> Model {
    Model {
        name: name.to_string(),
        description: None,
        kind: ModelKind::Alias(TypeRef::Any),
        pointer: String::new(),
        features: Vec::new(),
    }
}

/// The `allOf` members of a schema (empty when it has none).
fn all_of(schema: &Schema) -> &[ReferenceOr<Schema>] {
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of,
        SchemaKind::Any(any) => &any.all_of,
        _ => &[],
    }
}

/// A schema that only annotates (`description`, `readOnly`, ...) and says nothing about the
/// type, like the second member of `allOf: [{$ref: X}, {description: ...}]`.
fn is_annotation_only(schema: &Schema) -> bool {
    let SchemaKind::Any(any) = &schema.schema_kind else {
        return false;
    };
    // Validation keywords (DigitalOcean's `allOf: [{$ref: a string}, {maxLength: 12}]`) say
    // nothing of the type either.
    let typing = openapiv3::AnySchema {
        pattern: None,
        multiple_of: None,
        exclusive_minimum: None,
        exclusive_maximum: None,
        minimum: None,
        maximum: None,
        min_properties: None,
        max_properties: None,
        min_items: None,
        max_items: None,
        unique_items: None,
        format: None,
        min_length: None,
        max_length: None,
        ..any.clone()
    };
    typing == openapiv3::AnySchema::default()
}

/// Whether a component schema becomes a model of its own (a struct, an enum, or a named alias
/// of another model); plain strings, numbers and arrays are used inline instead.
fn is_model(schema: &Schema) -> bool {
    matches!(
        shape(schema, &mut Vec::new(), ""),
        Shape::Struct | Shape::Enum(_) | Shape::Alias(_) | Shape::Map(_) | Shape::Union(..)
    )
}

/// See through a schema to what it is.
fn shape<'s>(schema: &'s Schema, warnings: &mut Vec<Warning>, pointer: &str) -> Shape<'s> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
            if !values.is_empty() {
                return Shape::Enum(values);
            }
            Shape::Primitive(string_type(&s.format))
        }
        SchemaKind::Type(Type::Integer(i)) => Shape::Primitive(TypeRef::Integer(match &i.format {
            VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => IntWidth::I32,
            _ => IntWidth::I64,
        })),
        SchemaKind::Type(Type::Number(_)) => Shape::Primitive(TypeRef::Number),
        SchemaKind::Type(Type::Boolean(_)) => Shape::Primitive(TypeRef::Boolean),
        SchemaKind::Type(Type::Array(a)) => match tuple_members(schema, a.items.as_ref()) {
            Some(members) => Shape::Tuple(members),
            None => Shape::Array(a.items.as_ref()),
        },
        SchemaKind::Type(Type::Object(o)) => object_shape(&o.properties, &o.additional_properties),
        SchemaKind::AllOf { all_of } => all_of_shape(all_of, false),
        SchemaKind::OneOf { one_of } if !one_of.is_empty() => {
            Shape::Union(one_of, "oneOf", schema.schema_data.discriminator.as_ref())
        }
        SchemaKind::AnyOf { any_of } if !any_of.is_empty() => {
            Shape::Union(any_of, "anyOf", schema.schema_data.discriminator.as_ref())
        }
        SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::Not { .. } => {
            warnings.push(Warning {
                pointer: pointer.to_string(),
                message: "`not` (or an empty oneOf/anyOf) has no Rust type: generated as \
                          serde_json::Value"
                    .into(),
            });
            Shape::Any
        }
        SchemaKind::Any(any) => {
            if !any.all_of.is_empty() {
                return all_of_shape(&any.all_of, !any.properties.is_empty());
            }
            if !any.properties.is_empty() {
                return Shape::Struct;
            }
            let strings: Vec<String> = any
                .enumeration
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            if !strings.is_empty()
                && strings.len() == any.enumeration.iter().filter(|v| !v.is_null()).count()
            {
                return Shape::Enum(strings);
            }
            match any.typ.as_deref() {
                Some("string") => Shape::Primitive(match any.format.as_deref() {
                    Some(format) => formatted(format),
                    None => TypeRef::String,
                }),
                Some("integer") => Shape::Primitive(TypeRef::Integer(
                    if any.format.as_deref() == Some("int32") {
                        IntWidth::I32
                    } else {
                        IntWidth::I64
                    },
                )),
                Some("number") => Shape::Primitive(TypeRef::Number),
                Some("boolean") => Shape::Primitive(TypeRef::Boolean),
                Some("array") => match tuple_members(schema, any.items.as_ref()) {
                    Some(members) => Shape::Tuple(members),
                    None => Shape::Array(any.items.as_ref()),
                },
                Some("object") => object_shape(&any.properties, &any.additional_properties),
                _ if !any.one_of.is_empty() => Shape::Union(
                    &any.one_of,
                    "oneOf",
                    schema.schema_data.discriminator.as_ref(),
                ),
                _ if !any.any_of.is_empty() => Shape::Union(
                    &any.any_of,
                    "anyOf",
                    schema.schema_data.discriminator.as_ref(),
                ),
                _ => Shape::Any,
            }
        }
    }
}

/// The members of an array schema the load stage marked a tuple.
fn tuple_members<'s>(
    schema: &'s Schema,
    items: Option<&'s ReferenceOr<Box<Schema>>>,
) -> Option<&'s [ReferenceOr<Schema>]> {
    if !schema
        .schema_data
        .extensions
        .contains_key(crate::load::v31::TUPLE)
    {
        return None;
    }
    match items? {
        ReferenceOr::Item(items) => match &items.schema_kind {
            SchemaKind::OneOf { one_of } if !one_of.is_empty() => Some(one_of),
            _ => None,
        },
        ReferenceOr::Reference { .. } => None,
    }
}

fn object_shape<'s>(
    properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
    additional: &'s Option<AdditionalProperties>,
) -> Shape<'s> {
    if !properties.is_empty() {
        return Shape::Struct;
    }
    match additional {
        Some(AdditionalProperties::Schema(values)) => Shape::Map(Some(values.as_ref())),
        _ => Shape::Map(None),
    }
}

fn all_of_shape(members: &[ReferenceOr<Schema>], own_properties: bool) -> Shape<'_> {
    let mut structural = members.iter().filter(|m| match m {
        ReferenceOr::Item(s) => !is_annotation_only(s),
        ReferenceOr::Reference { .. } => true,
    });
    match (structural.next(), structural.next(), own_properties) {
        (None, None, false) => Shape::Any,
        (Some(only), None, false) => Shape::Alias(only),
        // `allOf: [{type: string}, {type: string, minLength: 1}]`: constraints on one
        // primitive type, which is its type.
        (Some(first), Some(_), false) if same_primitive(members) => Shape::Alias(first),
        _ => Shape::Struct,
    }
}

/// Whether every member is an inline schema of one primitive type (no enum).
fn same_primitive(members: &[ReferenceOr<Schema>]) -> bool {
    let kind = |m: &ReferenceOr<Schema>| match m {
        ReferenceOr::Item(s) => match &s.schema_kind {
            SchemaKind::Type(Type::String(t)) if t.enumeration.is_empty() => Some("string"),
            SchemaKind::Type(Type::Integer(_)) => Some("integer"),
            SchemaKind::Type(Type::Number(_)) => Some("number"),
            SchemaKind::Type(Type::Boolean(_)) => Some("boolean"),
            _ => None,
        },
        ReferenceOr::Reference { .. } => None,
    };
    let first = members.first().and_then(kind);
    first.is_some() && members.iter().all(|m| kind(m) == first)
}

fn string_type(format: &VariantOrUnknownOrEmpty<StringFormat>) -> TypeRef {
    match format {
        VariantOrUnknownOrEmpty::Item(f) => formatted(match f {
            StringFormat::Date => "date",
            StringFormat::DateTime => "date-time",
            StringFormat::Password => "password",
            StringFormat::Byte => "byte",
            StringFormat::Binary => "binary",
        }),
        VariantOrUnknownOrEmpty::Unknown(f) => formatted(f),
        VariantOrUnknownOrEmpty::Empty => TypeRef::String,
    }
}

/// The type of a string in `format`: `date-time`, `date` and `uuid` have Rust types of their
/// own (`Schemas::format_type` keeps them strings for `Options::string_formats`); other
/// formats stay strings.
fn formatted(format: &str) -> TypeRef {
    match format {
        "date-time" => TypeRef::DateTime,
        "date" => TypeRef::Date,
        "uuid" => TypeRef::Uuid,
        "byte" => TypeRef::Base64,
        other => TypeRef::FormattedString(other.to_string()),
    }
}

/// A string enum with a catch-all variant, so a value the server adds later still decodes.
fn enum_model(values: &[String], data: &SchemaData) -> EnumModel {
    let descriptions = data.extensions.get("x-enumDescriptions");
    let mut variants: Vec<EnumVariant> = Vec::new();
    for value in values {
        if variants.iter().any(|v| &v.value == value) {
            continue;
        }
        // `""` (Stripe's "unset" value) is `Empty`, not the fallback `Value`.
        let base = match value.trim() {
            "" => "Empty".to_string(),
            _ => naming::camel(value),
        };
        let name = naming::unique(&base, |n| variants.iter().any(|v| v.name == n));
        variants.push(EnumVariant {
            value: value.clone(),
            name,
            description: descriptions
                .and_then(|d| d.get(value))
                .and_then(Value::as_str)
                .map(str::to_string),
        });
    }
    let catch_all = naming::unique("Unknown", |n| variants.iter().any(|v| v.name == n));
    EnumModel {
        variants,
        catch_all,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> SchemaData {
        SchemaData::default()
    }

    #[test]
    fn enum_variants_are_unique_and_keep_a_catch_all() {
        let values = ["SHA-256", "SHA256", "Unknown", "ACTIVE_DIRECTORY"].map(String::from);
        let model = enum_model(&values, &data());
        let names: Vec<_> = model.variants.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["Sha256", "Sha2562", "Unknown", "ActiveDirectory"]);
        assert_eq!(model.catch_all, "Unknown2");
    }
}
