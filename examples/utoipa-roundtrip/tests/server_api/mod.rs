//! The pet server, as utoipa sees it: its types, one handler's signature and the OpenAPI 3.1
//! document utoipa derives from them. No web framework: the document is what matters.

#![allow(dead_code)]

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

/// What a pet is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Species {
    Dog,
    Cat,
}

/// Where a pet lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Address {
    pub street: String,
    pub city: String,
}

/// A pet's owner: a nested object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Owner {
    pub name: String,
    pub address: Address,
}

/// A pet, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Pet {
    pub id: u64,
    pub name: String,
    pub species: Species,
    /// Optional: left out when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Nullable: always sent, `null` when there is none.
    #[schema(required = true)]
    pub chip_id: Option<String>,
    pub owner: Owner,
    pub tags: Vec<String>,
}

/// The body of an update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PetUpdate {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ApiError {
    pub message: String,
}

/// The query of an update.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UpdateQuery {
    /// Tell the owner.
    pub notify: Option<bool>,
}

/// Update a pet.
#[utoipa::path(
    put,
    path = "/pets/{id}",
    operation_id = "updatePet",
    tag = "pets",
    params(("id" = u64, Path, description = "The pet's id"), UpdateQuery),
    request_body = PetUpdate,
    responses(
        (status = 200, description = "The updated pet", body = Pet),
        (status = 404, description = "No such pet", body = ApiError),
    )
)]
pub fn update_pet() {}

#[derive(OpenApi)]
#[openapi(info(title = "Pets", version = "1.0.0"), paths(update_pet))]
pub struct ApiDoc;

pub fn document() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap() + "\n"
}
