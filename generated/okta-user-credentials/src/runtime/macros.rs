//! The impls every string enum of the models has, written once: the models module declares
//! each enum (its variants, their docs, a catch-all variant) and names its wire values here.
/// `as_str`, `Display`, `FromStr` and serde's `Serialize`/`Deserialize` of a string enum: each
/// listed variant is its wire value, anything else is the catch-all variant, kept as sent.
///
/// `string_enum!(Color, Unknown, [Red = "red", DarkBlue = "dark-blue"]);`
#[allow(unused_macros)]
macro_rules! string_enum {
    ($name:ident, $catch_all:ident, [$($variant:ident = $value:literal),* $(,)?]) => {
        impl $name { #[doc = " The value as it is sent on the wire."] pub fn as_str(&
        self) -> & str { match self { $(Self::$variant => $value,)* Self::$catch_all
        (value) => value, } } } impl ::std::fmt::Display for $name { fn fmt(& self, f : &
        mut ::std::fmt::Formatter <'_ >) -> ::std::fmt::Result { f.write_str(self
        .as_str()) } } impl ::std::str::FromStr for $name { type Err =
        ::std::convert::Infallible; fn from_str(value : & str) -> ::std::result::Result <
        Self, Self::Err > { Ok(match value { $($value => Self::$variant,)* other =>
        Self::$catch_all (other.to_string()), }) } } impl serde::Serialize for $name { fn
        serialize < S : serde::Serializer > (& self, serializer : S,) ->
        ::std::result::Result < S::Ok, S::Error > { serializer.serialize_str(self
        .as_str()) } } impl <'de > serde::Deserialize <'de > for $name { fn deserialize <
        D : serde::Deserializer <'de >> (deserializer : D,) -> ::std::result::Result <
        Self, D::Error > { let value = < String as serde::Deserialize
        >::deserialize(deserializer) ?; Ok(match value.parse::< Self > () { Ok(parsed) =>
        parsed, Err(never) => match never {}, }) } }
    };
}
#[allow(unused_imports)]
pub(crate) use string_enum;
/// `IntoFuture` of a request builder whose `send` returns `Result<$body, Error>` (the `Error`
/// the invoking module imports, the runtime's): `.await` sends it.
///
/// `into_future!(GetUser, models::User);`
#[allow(unused_macros)]
macro_rules! into_future {
    ($builder:ident, $body:ty) => {
        impl <'a > ::std::future::IntoFuture for $builder <'a > { type Output =
        ::std::result::Result <$body, Error >; type IntoFuture = ::std::pin::Pin < Box <
        dyn ::std::future::Future < Output = Self::Output > + Send + 'a >>; fn
        into_future(self) -> Self::IntoFuture { Box::pin(self.send()) } }
    };
}
#[allow(unused_imports)]
pub(crate) use into_future;
