//! The API groups (one module per tag), each with its request builders.
pub mod user_cred;
