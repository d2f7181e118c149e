//! What `serde_struct!` calls for each field of a model struct: reading a key, storing a value
//! once, deciding what a missing field means, and leaving unset optional fields out of a
//! request. Written once here, so each struct's serde impls stay a few lines (the serde derive
//! would give every struct its own field enum, seq visitor and three key visitors, which is most
//! of what a large API's crate costs to type-check).
#![allow(dead_code)]
use serde::de::{Error as _, IgnoredAny, MapAccess};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
/// A property name as read: borrowed from the input where it can be, copied where not.
pub(crate) enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}
impl Key<'_> {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Owned(key) => key,
        }
    }
}
impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a property name")
            }
            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                key: &'de str,
            ) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(key))
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(
                self,
                key: String,
            ) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}
/// Reads the value of a known property into its slot; a property sent twice is an error.
pub(crate) fn read<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(A::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}
/// Where the properties a struct does not name go: nowhere (`Ignore`), or into its
/// `additional_properties` map.
pub(crate) trait Unknown<'de> {
    fn take<A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}
/// Unknown properties are read and dropped: a server may add properties.
pub(crate) struct Ignore;
impl<'de> Unknown<'de> for Ignore {
    fn take<A: MapAccess<'de>>(
        &mut self,
        _key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        map.next_value::<IgnoredAny>().map(|_| ())
    }
}
impl<'de, T: Deserialize<'de>> Unknown<'de> for BTreeMap<String, T> {
    fn take<A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let value = map.next_value()?;
        self.insert(key.as_str().to_owned(), value);
        Ok(())
    }
}
/// A required property: missing is an error; always sent.
pub(crate) mod req {
    use super::*;
    pub(crate) fn finish<T, E: serde::de::Error>(
        value: Option<T>,
        key: &'static str,
    ) -> Result<T, E> {
        value.ok_or_else(|| E::missing_field(key))
    }
    pub(crate) fn ser<M: SerializeMap, T: Serialize>(
        map: &mut M,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        map.serialize_entry(key, value)
    }
}
/// An optional property: missing is `None`; left out of a request when `None`.
pub(crate) mod opt {
    use super::*;
    pub(crate) fn finish<T, E>(
        value: Option<Option<T>>,
        _key: &'static str,
    ) -> Result<Option<T>, E> {
        Ok(value.flatten())
    }
    pub(crate) fn ser<M: SerializeMap, T: Serialize>(
        map: &mut M,
        key: &'static str,
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(value) => map.serialize_entry(key, value),
            None => Ok(()),
        }
    }
}
/// A required property that may be `null`: missing reads as `None` (as serde's derive has it);
/// always sent, `None` as `null`.
pub(crate) mod null {
    #[allow(unused_imports)]
    pub(crate) use super::{opt::finish, req::ser};
}
