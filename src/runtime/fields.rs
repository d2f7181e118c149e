//! What `serde_struct!` calls to read and write a model struct. A struct's `Deserialize` is one
//! call of [`object`] with the struct's property names and a tuple of its fields' slots
//! ([`req`], [`opt`], [`null`]), so each struct costs the compiler one short function: the
//! reading is written here, once, generic over the slots (the serde derive gives every struct
//! its own field enum, seq visitor, three key visitors and a match arm per field, which is most
//! of what a large API's crate costs to type-check).
#![allow(dead_code, non_camel_case_types)]
use serde::de::{Error as _, IgnoredAny, MapAccess};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::marker::PhantomData;
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

            fn visit_borrowed_str<E: serde::de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(key))
            }

            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key.to_owned()))
            }

            fn visit_string<E: serde::de::Error>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(key))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Reads a JSON object into the slots `S` (the struct's fields, in the order of `keys`, their
/// property names) and `U` (the properties `keys` does not name).
pub(crate) fn object<'de, D, S, U>(
    deserializer: D,
    name: &'static str,
    keys: &'static [&'static str],
) -> Result<(S::Output, U), D::Error>
where
    D: Deserializer<'de>,
    S: Slots<'de>,
    U: Unknown<'de>,
{
    deserializer.deserialize_map(ObjectVisitor::<S, U> {
        name,
        keys,
        slots: PhantomData,
    })
}

struct ObjectVisitor<S, U> {
    name: &'static str,
    keys: &'static [&'static str],
    slots: PhantomData<fn() -> (S, U)>,
}

impl<'de, S: Slots<'de>, U: Unknown<'de>> serde::de::Visitor<'de> for ObjectVisitor<S, U> {
    type Value = (S::Output, U);
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "an object ({})", self.name)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut slots = S::empty();
        let mut unknown = U::default();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            match self.keys.iter().position(|known| *known == key.as_str()) {
                Some(index) => slots.read(index, self.keys, &mut map)?,
                None => unknown.take(key, &mut map)?,
            }
        }
        Ok((slots.finish(self.keys)?, unknown))
    }
}

/// Where a struct's fields are kept while its object is read: one field ([`req`], [`opt`],
/// [`null`]) or a tuple of them, each taking the next `LEN` of the property names.
pub(crate) trait Slots<'de>: Sized {
    /// The fields' values.
    type Output;
    /// How many properties these slots read.
    const LEN: usize;
    fn empty() -> Self;
    /// Reads the value of property `index` (`keys` are these slots' names) into its slot; a
    /// property sent twice is an error.
    fn read<A: MapAccess<'de>>(
        &mut self,
        index: usize,
        keys: &'static [&'static str],
        map: &mut A,
    ) -> Result<(), A::Error>;
    /// The values read; an error for a missing required property.
    fn finish<E: serde::de::Error>(self, keys: &'static [&'static str]) -> Result<Self::Output, E>;
}

fn read_once<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// A required property: missing is an error; always sent.
pub(crate) struct req<T>(Option<T>);
/// An optional property: missing or `null` is `None`; left out of a request when `None`.
pub(crate) struct opt<T>(Option<Option<T>>);
/// A required property that may be `null`: read as an optional one (missing is `None`, as
/// serde's derive has it); written as a required one ([`write::null`]), `None` as `null`.
// Unused by a spec without such a property.
#[allow(unused_imports)]
pub(crate) use opt as null;
/// A required property with a default (Microsoft Graph's `@odata.type`): read as an optional
/// one, missing taking the default (`serde_struct!` fills it in); written as a required one.
#[allow(unused_imports)]
pub(crate) use opt as def;

impl<'de, T: Deserialize<'de>> Slots<'de> for req<T> {
    type Output = T;
    const LEN: usize = 1;
    fn empty() -> Self {
        req(None)
    }
    fn read<A: MapAccess<'de>>(
        &mut self,
        _index: usize,
        keys: &'static [&'static str],
        map: &mut A,
    ) -> Result<(), A::Error> {
        read_once(map, &mut self.0, keys[0])
    }
    fn finish<E: serde::de::Error>(self, keys: &'static [&'static str]) -> Result<T, E> {
        self.0.ok_or_else(|| E::missing_field(keys[0]))
    }
}

impl<'de, T: Deserialize<'de>> Slots<'de> for opt<T> {
    type Output = Option<T>;
    const LEN: usize = 1;
    fn empty() -> Self {
        opt(None)
    }
    fn read<A: MapAccess<'de>>(
        &mut self,
        _index: usize,
        keys: &'static [&'static str],
        map: &mut A,
    ) -> Result<(), A::Error> {
        read_once(map, &mut self.0, keys[0])
    }
    fn finish<E: serde::de::Error>(self, _keys: &'static [&'static str]) -> Result<Option<T>, E> {
        Ok(self.0.flatten())
    }
}

impl<'de> Slots<'de> for () {
    type Output = ();
    const LEN: usize = 0;
    fn empty() -> Self {}
    fn read<A: MapAccess<'de>>(
        &mut self,
        _index: usize,
        _keys: &'static [&'static str],
        _map: &mut A,
    ) -> Result<(), A::Error> {
        Ok(())
    }
    fn finish<E: serde::de::Error>(self, _keys: &'static [&'static str]) -> Result<(), E> {
        Ok(())
    }
}

/// `Slots` and `Entries` of a tuple of them, each taking the properties after the ones before it.
macro_rules! tuple_slots {
    ($(($index:tt $slot:ident))+) => {
        impl<'de, $($slot: Slots<'de>),+> Slots<'de> for ($($slot,)+) {
            type Output = ($($slot::Output,)+);
            const LEN: usize = 0 $(+ $slot::LEN)+;
            fn empty() -> Self {
                ($($slot::empty(),)+)
            }
            fn read<A: MapAccess<'de>>(
                &mut self,
                mut index: usize,
                mut keys: &'static [&'static str],
                map: &mut A,
            ) -> Result<(), A::Error> {
                $(
                    if index < $slot::LEN {
                        return self.$index.read(index, &keys[..$slot::LEN], map);
                    }
                    index -= $slot::LEN;
                    keys = &keys[$slot::LEN..];
                )+
                let _ = (index, keys);
                Ok(())
            }
            #[allow(unused_assignments)]
            fn finish<E: serde::de::Error>(
                self,
                mut keys: &'static [&'static str],
            ) -> Result<Self::Output, E> {
                Ok(($({
                    let own = &keys[..$slot::LEN];
                    keys = &keys[$slot::LEN..];
                    self.$index.finish(own)?
                },)+))
            }
        }

        impl<$($slot: Entries),+> Entries for ($($slot,)+) {
            const LEN: usize = 0 $(+ $slot::LEN)+;
            #[allow(unused_assignments)]
            fn write<M: SerializeMap>(
                &self,
                mut keys: &'static [&'static str],
                map: &mut M,
            ) -> Result<(), M::Error> {
                $(
                    self.$index.write(&keys[..$slot::LEN], map)?;
                    keys = &keys[$slot::LEN..];
                )+
                Ok(())
            }
        }
    };
}
tuple_slots!((0 S0));
tuple_slots!((0 S0) (1 S1));
tuple_slots!((0 S0) (1 S1) (2 S2));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7) (8 S8));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7) (8 S8) (9 S9));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7) (8 S8) (9 S9) (10 S10));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7) (8 S8) (9 S9) (10 S10)
    (11 S11));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7) (8 S8) (9 S9) (10 S10)
    (11 S11) (12 S12));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7) (8 S8) (9 S9) (10 S10)
    (11 S11) (12 S12) (13 S13));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7) (8 S8) (9 S9) (10 S10)
    (11 S11) (12 S12) (13 S13) (14 S14));
tuple_slots!((0 S0) (1 S1) (2 S2) (3 S3) (4 S4) (5 S5) (6 S6) (7 S7) (8 S8) (9 S9) (10 S10)
    (11 S11) (12 S12) (13 S13) (14 S14) (15 S15));

/// Where the properties a struct does not name go: nowhere (`Ignore`), or into its
/// `additional_properties` map.
pub(crate) trait Unknown<'de>: Default {
    fn take<A: MapAccess<'de>>(&mut self, key: Key<'de>, map: &mut A) -> Result<(), A::Error>;
}

/// Unknown properties are read and dropped: a server may add properties.
#[derive(Default)]
pub(crate) struct Ignore;

impl<'de> Unknown<'de> for Ignore {
    fn take<A: MapAccess<'de>>(&mut self, _key: Key<'de>, map: &mut A) -> Result<(), A::Error> {
        map.next_value::<IgnoredAny>().map(|_| ())
    }
}

impl<'de, T: Deserialize<'de>> Unknown<'de> for BTreeMap<String, T> {
    fn take<A: MapAccess<'de>>(&mut self, key: Key<'de>, map: &mut A) -> Result<(), A::Error> {
        let value = map.next_value()?;
        self.insert(key.as_str().to_owned(), value);
        Ok(())
    }
}

/// Writes a struct as a JSON object: `entries` are its fields (`write::req(&self.id)`...), in
/// the order of `keys`, their property names; `extra` its other properties, if it keeps them.
pub(crate) fn object_write<S, W, X>(
    serializer: S,
    keys: &'static [&'static str],
    entries: W,
    extra: &X,
) -> Result<S::Ok, S::Error>
where
    S: serde::Serializer,
    W: Entries,
    X: Extra,
{
    let mut map = serializer.serialize_map(None)?;
    entries.write(keys, &mut map)?;
    extra.write(&mut map)?;
    map.end()
}

/// A struct's fields as it is written: one field ([`write::req`]...) or a tuple of them, each
/// taking the next `LEN` of the property names.
pub(crate) trait Entries {
    /// How many properties these entries name.
    const LEN: usize;
    fn write<M: SerializeMap>(
        &self,
        keys: &'static [&'static str],
        map: &mut M,
    ) -> Result<(), M::Error>;
}

/// How each kind of field is written.
pub(crate) mod write {
    /// A required property: always sent.
    pub(crate) struct req<'a, T>(pub(crate) &'a T);
    /// An optional property: left out when `None`.
    pub(crate) struct opt<'a, T>(pub(crate) &'a Option<T>);
    /// A required, nullable property: written as a required one, `None` as `null`.
    #[allow(unused_imports)]
    pub(crate) use req as null;
    /// A required property with a default: always sent.
    #[allow(unused_imports)]
    pub(crate) use req as def;
}

impl<T: Serialize> Entries for write::req<'_, T> {
    const LEN: usize = 1;
    fn write<M: SerializeMap>(
        &self,
        keys: &'static [&'static str],
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry(keys[0], self.0)
    }
}

impl<T: Serialize> Entries for write::opt<'_, T> {
    const LEN: usize = 1;
    fn write<M: SerializeMap>(
        &self,
        keys: &'static [&'static str],
        map: &mut M,
    ) -> Result<(), M::Error> {
        match self.0 {
            Some(value) => map.serialize_entry(keys[0], value),
            None => Ok(()),
        }
    }
}

impl Entries for () {
    const LEN: usize = 0;
    fn write<M: SerializeMap>(
        &self,
        _keys: &'static [&'static str],
        _map: &mut M,
    ) -> Result<(), M::Error> {
        Ok(())
    }
}

/// The properties a struct writes besides its fields: none, or its map's.
pub(crate) trait Extra {
    fn write<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

impl Extra for Ignore {
    fn write<M: SerializeMap>(&self, _map: &mut M) -> Result<(), M::Error> {
        Ok(())
    }
}

impl<T: Serialize> Extra for BTreeMap<String, T> {
    fn write<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        self.iter()
            .try_for_each(|(key, value)| map.serialize_entry(key, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: &[&str] = &["nick", "id", "note"];

    /// `nick` (required, nullable), `id` (required), `note` (optional), as read.
    type Thing = ((Option<String>, i64, Option<String>),);

    fn read(json: &str) -> Result<Thing, serde_json::Error> {
        let mut input = serde_json::Deserializer::from_str(json);
        object::<_, ((null<String>, req<i64>, opt<String>),), Ignore>(&mut input, "Thing", KEYS)
            .map(|(fields, Ignore)| fields)
    }

    fn write(nick: &Option<String>, id: &i64, note: &Option<String>) -> String {
        let mut out = Vec::new();
        let entries = ((write::null(nick), write::req(id), write::opt(note)),);
        object_write(
            &mut serde_json::Serializer::new(&mut out),
            KEYS,
            entries,
            &Ignore,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_nullable_required_property_reads_missing_as_none_and_is_always_sent() {
        assert_eq!(read(r#"{"id": 1}"#).unwrap(), ((None, 1, None),));
        assert_eq!(
            read(r#"{"id": 1, "nick": null}"#).unwrap(),
            ((None, 1, None),)
        );
        let error = read(r#"{"nick": "x"}"#).unwrap_err().to_string();
        assert!(error.contains("missing field `id`"), "{error}");
        assert_eq!(write(&None, &1, &None), r#"{"nick":null,"id":1}"#);
        assert_eq!(
            write(&Some("a".into()), &1, &Some("b".into())),
            r#"{"nick":"a","id":1,"note":"b"}"#
        );
    }
}
