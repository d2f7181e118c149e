//! The API groups (one module per tag), each with its request builders.
#![allow(
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]
impl super::Client {
    /// The operations tagged `UserCred`.
    ///
    /// The User Credentials API provides operations to manage user credentials in your org.
    #[cfg(feature = "user-cred")]
    pub fn user_cred(&self) -> user_cred::UserCredApi<'_> {
        user_cred::UserCredApi::new(self)
    }
}
#[cfg(feature = "user-cred")]
pub mod user_cred;
