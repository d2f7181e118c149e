//! The impls every string enum and every struct of the models has, written once: the models
//! module declares each type (its fields or variants, their docs) and names its wire names here.

/// `as_str`, `PartialEq`/`Eq`/`Hash`/`PartialOrd`/`Ord` (by wire value), `Display`, `FromStr`
/// and serde's `Serialize`/`Deserialize` of a string enum: each listed variant is its wire
/// value, anything else is the catch-all variant, kept as sent.
///
/// `string_enum!(Color, Unknown, [Red = "red", DarkBlue = "dark-blue"]);`
#[allow(unused_macros)]
macro_rules! string_enum {
    ($name:ident, $catch_all:ident, [$($variant:ident = $value:literal),* $(,)?]) => {
        impl $name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::$catch_all(value) => value,
                }
            }
        }

        impl ::std::cmp::PartialEq for $name {
            #[allow(unused_variables)]
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl ::std::cmp::Eq for $name {}

        impl ::std::hash::Hash for $name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                ::std::hash::Hash::hash(self.as_str(), state)
            }
        }

        impl ::std::cmp::PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
                ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
            }
        }

        impl ::std::cmp::Ord for $name {
            fn cmp(&self, other: &Self) -> ::std::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;

            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(match value {
                    $($value => Self::$variant,)*
                    other => Self::$catch_all(other.to_string()),
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                match <String as serde::Deserialize>::deserialize(deserializer) {
                    ::std::result::Result::Ok(value) => match value.parse::<Self>() {
                        ::std::result::Result::Ok(parsed) => ::std::result::Result::Ok(parsed),
                        ::std::result::Result::Err(never) => match never {},
                    },
                    ::std::result::Result::Err(error) => ::std::result::Result::Err(error),
                }
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use string_enum;

/// `PartialEq` (field by field), and serde's `Serialize` and `Deserialize` as a JSON object, of
/// a model struct: each field is listed with how it is treated (`req`: required; `opt`:
/// optional, left out when `None`; `null`: required but nullable, sent as `null`; `def`:
/// required, but missing means the default given after `=`) and its property name, in groups
/// of at most 16. Properties the struct does not name are dropped, or kept in the field named
/// last (a map), after `..`.
///
/// A property named as its field gives no name (`req id` is `req id "id"`).
///
/// `serde_struct!(User, [req id, opt display_name "displayName"]);`
/// `serde_struct!(Labels, [opt color], ..additional_properties);`
/// `serde_struct!(Group, [def odata_type "@odata.type" = {String::from("#group")}]);`
#[allow(unused_macros)]
macro_rules! serde_struct {
    ($name:ident, $([$($mode:ident $field:ident $($key:literal)? $(= $default:tt)?),* $(,)?]),+ $(, ..$extra:ident)?) => {
        #[allow(deprecated)]
        impl ::std::cmp::PartialEq for $name {
            #[allow(unused_variables)]
            fn eq(&self, other: &Self) -> bool {
                true $($(&& self.$field == other.$field)*)+ $(&& self.$extra == other.$extra)?
            }
        }

        #[allow(deprecated)]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                super::runtime::fields::object_write(
                    serializer,
                    &[$($(super::runtime::macros::wire_key!($field $($key)?)),*),+],
                    ($(($(super::runtime::fields::write::$mode(&self.$field),)*),)+),
                    super::runtime::macros::extra_ref!($(self.$extra)?),
                )
            }
        }

        #[allow(deprecated)]
        impl<'de> serde::Deserialize<'de> for $name {
            #[allow(clippy::disallowed_names, clippy::many_single_char_names)]
            fn deserialize<D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                #[allow(unused_variables)]
                let (($(($($field,)*),)+), unknown) = match super::runtime::fields::object::<
                    D,
                    ($(($(super::runtime::fields::$mode<_>,)*),)+),
                    super::runtime::macros::unknown_type!($($extra)?),
                >(
                    deserializer,
                    stringify!($name),
                    &[$($(super::runtime::macros::wire_key!($field $($key)?)),*),+],
                ) {
                    ::std::result::Result::Ok(read) => read,
                    ::std::result::Result::Err(error) => return ::std::result::Result::Err(error),
                };
                $($($(let $field = match $field {
                    ::std::option::Option::Some(value) => value,
                    ::std::option::Option::None => $default,
                };)?)*)+
                ::std::result::Result::Ok($name {
                    $($($field,)*)+
                    $($extra: unknown,)?
                })
            }
        }
    };
}
/// Where a `serde_struct!` struct keeps the properties it does not name: nowhere, or (`_`) its
/// map.
#[allow(unused_macros)]
macro_rules! unknown_type {
    () => {
        super::runtime::fields::Ignore
    };
    ($extra:ident) => {
        _
    };
}
#[allow(unused_imports)]
pub(crate) use unknown_type;
/// The properties a `serde_struct!` struct writes besides its fields: none, or its map's.
#[allow(unused_macros)]
macro_rules! extra_ref {
    () => {
        &super::runtime::fields::Ignore
    };
    ($($extra:tt)+) => {
        &$($extra)+
    };
}
#[allow(unused_imports)]
pub(crate) use extra_ref;
/// The property name of a `serde_struct!` field: the one given, else the field's own.
#[allow(unused_macros)]
macro_rules! wire_key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $key:literal) => {
        $key
    };
}
#[allow(unused_imports)]
pub(crate) use wire_key;

#[allow(unused_imports)]
pub(crate) use serde_struct;
