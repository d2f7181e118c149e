//! The API groups (one module per tag), each with its request builders.
pub mod credential_operations;
