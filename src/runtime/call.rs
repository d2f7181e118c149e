//! The one request builder type, [`Call`], generic over the operation it sends. Each
//! operation's builder is an alias of it (`pub type GetUser<'a> = Call<'a, ops::GetUser>;`)
//! with the operation's own setters; `send`, `.await`, `Debug` and `Clone` are written here,
//! once, rather than once per operation: a 700-operation crate compiles that much less.

use super::client::{Client, Request, ResponseFuture};
use super::error::Error;
use super::response::{ApiResponse, RawResponse};
use std::fmt;

/// An operation of the API, as its builder sends it. Implemented by each operation's marker
/// type (`apis::user::ops::GetUser`), never by callers.
pub trait Operation {
    /// The parameters the builder holds, in groups of at most twelve: `((id, expand),)`
    /// ([`Params`]).
    type Params: Params + Clone + Send;
    /// What a success decodes to.
    type Output: Send + 'static;
    /// Its names, and how a success is read.
    const INFO: Info<Self::Output>;
    /// The request the parameters make: an error when one of them cannot be encoded.
    fn into_request(params: Self::Params) -> Result<Request, Error>;
}

/// What [`Call`] needs to know of an operation besides its parameters.
pub struct Info<T> {
    /// The builder's name, as `Debug` shows it.
    pub(crate) builder: &'static str,
    /// The spec's `operationId`, for tracing.
    pub(crate) id: &'static str,
    /// The parameters' names, in the order of [`Operation::Params`].
    pub(crate) fields: &'static [&'static str],
    /// Those of `fields` that `Debug` does not show.
    pub(crate) secrets: &'static [&'static str],
    /// Reads a success response.
    pub(crate) decode: fn(RawResponse) -> Result<ApiResponse<T>, Error>,
}

/// A request of operation `O`, to set optional parameters on and then `.await` (or call
/// [`send`](Self::send), or [`send_with_response`](Self::send_with_response) for the status and
/// headers too). `Debug` shows its parameters, a secret one as `[redacted]`.
#[must_use = "a request does nothing until it is sent: `.await` it"]
pub struct Call<'a, O: Operation> {
    pub(crate) client: &'a Client,
    pub(crate) params: O::Params,
}

impl<'a, O: Operation> Call<'a, O> {
    pub(crate) fn new(client: &'a Client, params: O::Params) -> Self {
        Call { client, params }
    }

    /// Send the request; the decoded response body.
    pub fn send(self) -> ResponseFuture<'a, O::Output> {
        let client = self.client;
        super::client::call_body(client, self.request(), O::INFO.decode)
    }

    /// Send the request; the decoded body with the response status and headers.
    pub fn send_with_response(self) -> ResponseFuture<'a, ApiResponse<O::Output>> {
        let client = self.client;
        super::client::call(client, self.request(), O::INFO.decode)
    }

    /// The request, named for tracing.
    pub(crate) fn request(self) -> Result<Request, Error> {
        Request::named(O::INFO.id, O::into_request(self.params))
    }

    /// The client, the request and its success decoder: what paging starts from.
    // Used by the clients of specs with a paged operation.
    #[allow(dead_code)]
    #[allow(clippy::type_complexity)]
    pub(crate) fn into_parts(
        self,
    ) -> (
        &'a Client,
        Result<Request, Error>,
        fn(RawResponse) -> Result<ApiResponse<O::Output>, Error>,
    ) {
        (self.client, self.request(), O::INFO.decode)
    }
}

impl<'a, O: Operation> std::future::IntoFuture for Call<'a, O> {
    type Output = Result<O::Output, Error>;
    type IntoFuture = ResponseFuture<'a, O::Output>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl<O: Operation> Clone for Call<'_, O> {
    fn clone(&self) -> Self {
        Call {
            client: self.client,
            params: self.params.clone(),
        }
    }
}

impl<O: Operation> fmt::Debug for Call<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let info = &O::INFO;
        let mut d = f.debug_struct(info.builder);
        d.field("client", &self.client);
        let mut names = info.fields.iter();
        self.params.each(&mut |value| {
            let Some(name) = names.next() else { return };
            match info.secrets.contains(name) && !is_none(value) {
                true => d.field(name, &"[redacted]"),
                false => d.field(name, value),
            };
        });
        d.finish()
    }
}

/// Whether `value` shows as `None` (an optional parameter not set), found without keeping
/// what it does show: a secret is compared as it is written, never stored.
fn is_none(value: &dyn fmt::Debug) -> bool {
    struct Matcher {
        seen: usize,
        same: bool,
    }
    impl fmt::Write for Matcher {
        fn write_str(&mut self, text: &str) -> fmt::Result {
            let rest = "None".get(self.seen..).unwrap_or("");
            self.same &= rest.starts_with(text);
            self.seen += text.len();
            Ok(())
        }
    }
    let mut matcher = Matcher {
        seen: 0,
        same: true,
    };
    let _ = fmt::write(&mut matcher, format_args!("{value:?}"));
    matcher.same && matcher.seen == "None".len()
}

/// An operation's parameters: none (`()`), or [`Group`]s in a list, `(group, rest)` ending in
/// `(group,)` (`((id, expand),)`; `((..12..), ((..12..), ((limit,),)))`), so that an operation
/// may have any number (NetBox's device list has 161).
pub trait Params {
    /// Calls `f` with each parameter, in order.
    fn each(&self, f: &mut dyn FnMut(&dyn fmt::Debug));
}

/// A group of at most twelve parameters (a tuple: the standard library's `Clone` and `Debug`
/// reach twelve).
pub trait Group {
    /// Calls `f` with each parameter, in order.
    fn each(&self, f: &mut dyn FnMut(&dyn fmt::Debug));
}

macro_rules! tuples {
    ($( ($($t:ident $i:tt),*) )*) => {$(
        impl<$($t: fmt::Debug),*> Group for ($($t,)*) {
            #[allow(unused_variables)]
            fn each(&self, f: &mut dyn FnMut(&dyn fmt::Debug)) {
                $( f(&self.$i); )*
            }
        }

    )*};
}

impl Params for () {
    fn each(&self, _: &mut dyn FnMut(&dyn fmt::Debug)) {}
}

impl<G: Group> Params for (G,) {
    fn each(&self, f: &mut dyn FnMut(&dyn fmt::Debug)) {
        self.0.each(f);
    }
}

impl<G: Group, R: Params> Params for (G, R) {
    fn each(&self, f: &mut dyn FnMut(&dyn fmt::Debug)) {
        self.0.each(f);
        self.1.each(f);
    }
}

tuples! {
    ()
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}
