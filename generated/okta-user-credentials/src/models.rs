//! The request and response bodies of the API.
//!
//! A field marked *Read-only* is set by the server and ignored in requests; one marked
//! *Write-only* is sent in requests and never returned.
#![allow(
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]
#[allow(unused_imports)]
use super::runtime::macros::{serde_struct, string_enum};
#[cfg(feature = "user-cred")]
/// Specifies the authentication provider that validates the user's password credential. The user's current provider is managed by the **Delegated Authentication** settings for your org. The provider object is **read-only**.
#[derive(Debug, Clone, Default)]
pub struct AuthenticationProvider {
    /// *Read-only.* The name of the authentication provider
    pub name: Option<String>,
    /// *Read-only.* See [`AuthenticationProviderType`].
    pub r#type: Option<AuthenticationProviderType>,
}
#[cfg(feature = "user-cred")]
serde_struct!(AuthenticationProvider, [opt name, opt r#type "type"]);
#[cfg(feature = "user-cred")]
/// The type of authentication provider
///
/// A value this client does not know decodes as the last variant, never as an error.
#[derive(Debug, Clone)]
pub enum AuthenticationProviderType {
    /// `ACTIVE_DIRECTORY`
    ///
    /// Specifies the Microsoft Active Directory instance name as the `name` property
    ActiveDirectory,
    /// `FEDERATION`
    ///
    /// Specifies a federated identity provider (such as an SAML IdP) that validates the user's password credentials. Doesn't support a `password` or `recovery question` credential. The user must authenticate through a trusted identity provider.
    Federation,
    /// `IMPORT`
    ///
    /// Specifies a hashed password that was imported from an external source
    Import,
    /// `LDAP`
    ///
    /// Specifies the LDAP directory instance name as the `name` property
    Ldap,
    /// `OKTA`
    ///
    /// Specifies the Okta identity provider
    Okta,
    /// `SOCIAL`
    ///
    /// Specifies an OIDC or third-party social identity provider. Doesn't support a `password` or `recovery question` credential. The user must authenticate through a trusted identity provider.
    Social,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}
#[cfg(feature = "user-cred")]
string_enum!(
    AuthenticationProviderType, Unknown, [ActiveDirectory = "ACTIVE_DIRECTORY",
    Federation = "FEDERATION", Import = "IMPORT", Ldap = "LDAP", Okta = "OKTA", Social =
    "SOCIAL"]
);
#[cfg(feature = "user-cred")]
/// The `ChangePasswordRequest` schema.
#[derive(Debug, Clone, Default)]
pub struct ChangePasswordRequest {
    /// See [`PasswordCredential`].
    pub new_password: Option<PasswordCredential>,
    /// See [`PasswordCredential`].
    pub old_password: Option<PasswordCredential>,
    /// When set to `true`, revokes all user sessions, except for the current session
    pub revoke_sessions: Option<bool>,
}
#[cfg(feature = "user-cred")]
serde_struct!(
    ChangePasswordRequest, [opt new_password "newPassword", opt old_password
    "oldPassword", opt revoke_sessions "revokeSessions"]
);
#[cfg(feature = "user-cred")]
/// Algorithm used to generate the key. Only required for the PBKDF2 algorithm.
///
/// A value this client does not know decodes as the last variant, never as an error.
#[derive(Debug, Clone)]
pub enum DigestAlgorithm {
    /// `SHA256_HMAC`
    Sha256Hmac,
    /// `SHA512_HMAC`
    Sha512Hmac,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}
#[cfg(feature = "user-cred")]
string_enum!(
    DigestAlgorithm, Unknown, [Sha256Hmac = "SHA256_HMAC", Sha512Hmac = "SHA512_HMAC"]
);
/// The `Error` schema.
#[derive(Debug, Clone, Default)]
pub struct Error {
    /// The `errorCauses` property.
    pub error_causes: Option<Vec<ErrorCause>>,
    /// An Okta code for this type of error
    pub error_code: Option<String>,
    /// A unique identifier for this error. This can be used by Okta Support to help with troubleshooting.
    pub error_id: Option<String>,
    /// An Okta code for this type of error
    pub error_link: Option<String>,
    /// A short description of what caused this error. Sometimes this contains dynamically-generated information about your specific error.
    pub error_summary: Option<String>,
}
serde_struct!(
    Error, [opt error_causes "errorCauses", opt error_code "errorCode", opt error_id
    "errorId", opt error_link "errorLink", opt error_summary "errorSummary"]
);
/// The `ErrorCause` schema.
#[derive(Debug, Clone, Default)]
pub struct ErrorCause {
    /// The `errorSummary` property.
    pub error_summary: Option<String>,
}
serde_struct!(ErrorCause, [opt error_summary "errorSummary"]);
#[cfg(feature = "user-cred")]
/// The `ForgotPasswordResponse` schema.
#[derive(Clone, Default)]
pub struct ForgotPasswordResponse {
    /// *Read-only.* The `resetPasswordUrl` property.
    pub reset_password_url: Option<String>,
}
#[cfg(feature = "user-cred")]
impl std::fmt::Debug for ForgotPasswordResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ForgotPasswordResponse");
        let d = &mut d;
        let d = d
            .field(
                "reset_password_url",
                &self.reset_password_url.as_ref().map(|_| Redacted),
            );
        d.finish()
    }
}
#[cfg(feature = "user-cred")]
serde_struct!(ForgotPasswordResponse, [opt reset_password_url "resetPasswordUrl"]);
#[cfg(any(feature = "other-models", feature = "user-cred"))]
/// Describes allowed HTTP verbs for the `href`
#[derive(Debug, Clone, Default)]
pub struct HrefHints {
    /// The `allow` property.
    pub allow: Option<Vec<HttpMethod>>,
}
#[cfg(any(feature = "other-models", feature = "user-cred"))]
serde_struct!(HrefHints, [opt allow]);
#[cfg(any(feature = "other-models", feature = "user-cred"))]
/// The `HrefObject` schema.
#[derive(Debug, Clone, Default)]
pub struct HrefObject {
    /// See [`HrefHints`].
    pub hints: Option<HrefHints>,
    /// Link URI
    pub href: String,
    /// *Read-only.* Link name
    pub name: Option<String>,
    /// *Read-only.* Indicates whether the link object's `href` property is a URI template.
    pub templated: Option<bool>,
    /// *Read-only.* The media type of the link. If omitted, it is implicitly `application/json`.
    pub r#type: Option<String>,
    /// Properties the spec does not name, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
#[cfg(any(feature = "other-models", feature = "user-cred"))]
serde_struct!(
    HrefObject, [opt hints, req href, opt name, opt templated, opt r#type "type"],
    ..additional_properties
);
#[cfg(feature = "other-models")]
/// Link to the resource (self)
pub type HrefObjectSelfLink = HrefObject;
#[cfg(any(feature = "other-models", feature = "user-cred"))]
/// A value this client does not know decodes as the last variant, never as an error.
#[derive(Debug, Clone)]
pub enum HttpMethod {
    /// `DELETE`
    Delete,
    /// `GET`
    Get,
    /// `PATCH`
    Patch,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "other-models", feature = "user-cred"))]
string_enum!(
    HttpMethod, Unknown, [Delete = "DELETE", Get = "GET", Patch = "PATCH", Post = "POST",
    Put = "PUT"]
);
#[cfg(feature = "other-models")]
/// Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available using the [JSON Hypertext Application Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification. This object is used for dynamic discovery of related resources and lifecycle operations.
#[derive(Debug, Clone, Default)]
pub struct LinksSelf {
    /// See [`HrefObjectSelfLink`].
    pub self_: Option<HrefObjectSelfLink>,
}
#[cfg(feature = "other-models")]
serde_struct!(LinksSelf, [opt self_ "self"]);
#[cfg(feature = "user-cred")]
/// Specifies a password for a user.
///
/// When a user has a valid password, imported hashed password, or password hook, and a response object contains
/// a password credential, then the password object is a bare object without the value property defined (for example, `password: {}`). This indicates that a password value exists. You can modify password policy requirements in the Admin Console by editing the Password authenticator:  **Security** > **Authenticators** > **Password** (or for Okta Classic orgs, use **Security** > **Authentication** > **Password**).
///
/// For information on defaults and configuring your password policies, see [Configure the password authenticator](https://help.okta.com/okta_help.htm?type=oie&id=ext-configure-password) in the help documentation.
#[derive(Clone, Default)]
pub struct PasswordCredential {
    /// See [`PasswordCredentialHash`].
    pub hash: Option<PasswordCredentialHash>,
    /// See [`PasswordCredentialHook`].
    pub hook: Option<PasswordCredentialHook>,
    /// *Write-only.* Specifies the password for a user. The password policy validates this password.
    pub value: Option<String>,
}
#[cfg(feature = "user-cred")]
impl std::fmt::Debug for PasswordCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("PasswordCredential");
        let d = &mut d;
        let d = d.field("hash", &self.hash);
        let d = d.field("hook", &self.hook);
        let d = d.field("value", &self.value.as_ref().map(|_| Redacted));
        d.finish()
    }
}
#[cfg(feature = "user-cred")]
serde_struct!(PasswordCredential, [opt hash, opt hook, opt value]);
#[cfg(feature = "user-cred")]
/// Specifies a hashed password to import into Okta. This allows an existing password to be imported into Okta directly
/// from some other store. Okta supports the BCRYPT, SHA-512, SHA-256, SHA-1, MD5, and PBKDF2 hash functions for password import.
///  A hashed password may be specified in a password object when creating or updating a user, but not for other operations.
///  See the [Create user with imported hashed password](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#create-user-with-imported-hashed-password) description. When you update a user with a hashed password, the user must be in the `STAGED` status.
#[derive(Clone, Default)]
pub struct PasswordCredentialHash {
    /// See [`PasswordCredentialHashAlgorithm`].
    pub algorithm: Option<PasswordCredentialHashAlgorithm>,
    /// See [`DigestAlgorithm`].
    pub digest_algorithm: Option<DigestAlgorithm>,
    /// The number of iterations used when hashing passwords using PBKDF2. Must be >= 4096. Only required for PBKDF2 algorithm.
    pub iteration_count: Option<i64>,
    /// Size of the derived key in bytes. Only required for PBKDF2 algorithm.
    pub key_size: Option<i64>,
    /// Only required for salted hashes. For BCRYPT, this specifies Radix-64 as the encoded salt used to generate the hash,
    /// which must be 22 characters long. For other salted hashes, this specifies the Base64-encoded salt used to
    /// generate the hash.
    pub salt: Option<String>,
    /// Specifies whether salt was pre- or postfixed to the password before hashing. Only required for salted algorithms.
    pub salt_order: Option<String>,
    /// For SHA-512, SHA-256, SHA-1, MD5, and PBKDF2, this is the actual base64-encoded hash of the password (and salt, if used).
    /// This is the Base64-encoded `value` of the SHA-512/SHA-256/SHA-1/MD5/PBKDF2 digest that was computed by either pre-fixing or post-fixing
    /// the `salt` to the `password`, depending on the `saltOrder`. If a `salt` was not used in the `source` system, then this should just be
    /// the Base64-encoded `value` of the password's SHA-512/SHA-256/SHA-1/MD5/PBKDF2 digest. For BCRYPT, this is the actual Radix-64 encoded hashed password.
    pub value: Option<String>,
    /// Governs the strength of the hash and the time required to compute it. Only required for BCRYPT algorithm.
    pub work_factor: Option<i64>,
}
#[cfg(feature = "user-cred")]
impl std::fmt::Debug for PasswordCredentialHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("PasswordCredentialHash");
        let d = &mut d;
        let d = d.field("algorithm", &self.algorithm);
        let d = d.field("digest_algorithm", &self.digest_algorithm);
        let d = d.field("iteration_count", &self.iteration_count);
        let d = d.field("key_size", &self.key_size);
        let d = d.field("salt", &self.salt);
        let d = d.field("salt_order", &self.salt_order);
        let d = d.field("value", &self.value.as_ref().map(|_| Redacted));
        let d = d.field("work_factor", &self.work_factor);
        d.finish()
    }
}
#[cfg(feature = "user-cred")]
serde_struct!(
    PasswordCredentialHash, [opt algorithm, opt digest_algorithm "digestAlgorithm", opt
    iteration_count "iterationCount", opt key_size "keySize", opt salt, opt salt_order
    "saltOrder", opt value, opt work_factor "workFactor"]
);
#[cfg(feature = "user-cred")]
/// The algorithm used to generate the hash using the password (and salt, when applicable).
///
/// A value this client does not know decodes as the last variant, never as an error.
#[derive(Debug, Clone)]
pub enum PasswordCredentialHashAlgorithm {
    /// `BCRYPT`
    Bcrypt,
    /// `MD5`
    Md5,
    /// `PBKDF2`
    Pbkdf2,
    /// `SHA-1`
    Sha1,
    /// `SHA-256`
    Sha256,
    /// `SHA-512`
    Sha512,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}
#[cfg(feature = "user-cred")]
string_enum!(
    PasswordCredentialHashAlgorithm, Unknown, [Bcrypt = "BCRYPT", Md5 = "MD5", Pbkdf2 =
    "PBKDF2", Sha1 = "SHA-1", Sha256 = "SHA-256", Sha512 = "SHA-512"]
);
#[cfg(feature = "user-cred")]
/// Specify a [password import inline hook](/openapi/okta-management/management/tag/InlineHook/#tag/InlineHook/operation/createPasswordImportInlineHook) to trigger verification of the user's password the first time the user signs in. This allows an existing password to be imported into Okta directly from some other store.
#[derive(Debug, Clone, Default)]
pub struct PasswordCredentialHook {
    /// The type of password inline hook. Currently, must be set to default.
    pub r#type: Option<String>,
}
#[cfg(feature = "user-cred")]
serde_struct!(PasswordCredentialHook, [opt r#type "type"]);
#[cfg(feature = "user-cred")]
/// Specifies a secret question and answer that's validated (case insensitive) when a user forgets their
/// password or unlocks their account. The answer property is write-only.
#[derive(Clone, Default)]
pub struct RecoveryQuestionCredential {
    /// *Write-only.* The answer to the recovery question
    pub answer: Option<String>,
    /// The recovery question
    pub question: Option<String>,
}
#[cfg(feature = "user-cred")]
impl std::fmt::Debug for RecoveryQuestionCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RecoveryQuestionCredential");
        let d = &mut d;
        let d = d.field("answer", &self.answer.as_ref().map(|_| Redacted));
        let d = d.field("question", &self.question);
        d.finish()
    }
}
#[cfg(feature = "user-cred")]
serde_struct!(RecoveryQuestionCredential, [opt answer, opt question]);
#[cfg(feature = "user-cred")]
/// The `ResetPasswordToken` schema.
#[derive(Clone, Default)]
pub struct ResetPasswordToken {
    /// *Read-only.* The `resetPasswordUrl` property.
    pub reset_password_url: Option<String>,
}
#[cfg(feature = "user-cred")]
impl std::fmt::Debug for ResetPasswordToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ResetPasswordToken");
        let d = &mut d;
        let d = d
            .field(
                "reset_password_url",
                &self.reset_password_url.as_ref().map(|_| Redacted),
            );
        d.finish()
    }
}
#[cfg(feature = "user-cred")]
serde_struct!(ResetPasswordToken, [opt reset_password_url "resetPasswordUrl"]);
#[cfg(feature = "user-cred")]
/// The `User` schema.
#[derive(Debug, Clone, Default)]
pub struct User {
    /// *Read-only.* The timestamp when the user status transitioned to `ACTIVE`
    pub activated: Option<chrono::DateTime<chrono::Utc>>,
    /// *Read-only.* The timestamp when the user was created
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// See [`UserCredentials`].
    pub credentials: Option<UserCredentials>,
    /// *Read-only.* The unique key for the user
    pub id: Option<String>,
    /// *Read-only.* The timestamp of the last login
    pub last_login: Option<chrono::DateTime<chrono::Utc>>,
    /// *Read-only.* The timestamp when the user was last updated
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// *Read-only.* The timestamp when the user's password was last updated
    pub password_changed: Option<chrono::DateTime<chrono::Utc>>,
    /// See [`UserProfile`].
    pub profile: Option<UserProfile>,
    /// *Read-only.* The ID of the realm in which the user is residing. See [Realms](/openapi/okta-management/management/tag/Realm/).
    pub realm_id: Option<String>,
    /// *Read-only.* See [`UserStatus`].
    pub status: Option<UserStatus>,
    /// *Read-only.* The timestamp when the status of the user last changed
    pub status_changed: Option<chrono::DateTime<chrono::Utc>>,
    /// *Read-only.* See [`UserTransitioningToStatus`].
    pub transitioning_to_status: Option<UserTransitioningToStatus>,
    /// See [`UserType`].
    pub r#type: Option<UserType>,
    /// *Read-only.* Embedded resources related to the user using the [JSON Hypertext Application Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    pub embedded: Option<
        std::collections::BTreeMap<
            String,
            std::collections::BTreeMap<String, serde_json::Value>,
        >,
    >,
    /// *Read-only.* See [`UserLinks`].
    pub links: Option<UserLinks>,
}
#[cfg(feature = "user-cred")]
serde_struct!(
    User, [opt activated, opt created, opt credentials, opt id, opt last_login
    "lastLogin", opt last_updated "lastUpdated", opt password_changed "passwordChanged",
    opt profile, opt realm_id "realmId", opt status, opt status_changed "statusChanged",
    opt transitioning_to_status "transitioningToStatus", opt r#type "type", opt embedded
    "_embedded", opt links "_links"]
);
#[cfg(feature = "user-cred")]
/// Specifies primary authentication and recovery credentials for a user. Credential types and requirements vary depending on the provider and security policy of the org.
#[derive(Debug, Clone, Default)]
pub struct UserCredentials {
    /// See [`PasswordCredential`].
    pub password: Option<PasswordCredential>,
    /// *Read-only.* See [`AuthenticationProvider`].
    pub provider: Option<AuthenticationProvider>,
    /// See [`RecoveryQuestionCredential`].
    pub recovery_question: Option<RecoveryQuestionCredential>,
}
#[cfg(feature = "user-cred")]
serde_struct!(UserCredentials, [opt password, opt provider, opt recovery_question]);
#[cfg(feature = "user-cred")]
/// Specifies link relations (see [Web Linking](https://datatracker.ietf.org/doc/html/rfc8288) available for the current status of a user.
/// The links object is used for dynamic discovery of related resources, lifecycle operations, and credential operations. The links object is read-only.
///
/// For an individual user result, the links object contains a full set of link relations available for that user as determined by your policies.
/// For a collection of users, the links object contains only the `self` link. Operations that return a collection of users include [List all users](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/listUsers) and [List all group member users](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/listGroupUsers).
#[derive(Debug, Clone, Default)]
pub struct UserLinks {
    /// URL to the individual user
    pub self_: Option<HrefObject>,
    /// URL to activate the user
    pub activate: Option<HrefObject>,
    /// URL to reset the user's password
    pub reset_password: Option<HrefObject>,
    /// URL to reset the user's factors
    pub reset_factors: Option<HrefObject>,
    /// URL to expire the user's password
    pub expire_password: Option<HrefObject>,
    /// URL to initiate a forgot password operation
    pub forgot_password: Option<HrefObject>,
    /// URL to change the user's recovery question
    pub change_recovery_question: Option<HrefObject>,
    /// URL to deactivate a user
    pub deactivate: Option<HrefObject>,
    /// URL to reactivate the user
    pub reactivate: Option<HrefObject>,
    /// URL to change the user's password
    pub change_password: Option<HrefObject>,
    /// URL to the user's profile schema
    pub schema: Option<HrefObject>,
    /// URL to suspend the user
    pub suspend: Option<HrefObject>,
    /// URL to unsuspend the user
    pub unsuspend: Option<HrefObject>,
    /// URL to unlock the locked-out user
    pub unlock: Option<HrefObject>,
    /// URL to the user type
    pub r#type: Option<HrefObject>,
}
#[cfg(feature = "user-cred")]
serde_struct!(
    UserLinks, [opt self_ "self", opt activate, opt reset_password "resetPassword", opt
    reset_factors "resetFactors", opt expire_password "expirePassword", opt
    forgot_password "forgotPassword", opt change_recovery_question
    "changeRecoveryQuestion", opt deactivate, opt reactivate, opt change_password
    "changePassword", opt schema, opt suspend, opt unsuspend, opt unlock, opt r#type
    "type"]
);
#[cfg(feature = "user-cred")]
/// Specifies the default and custom profile properties for a user.
///
/// The default user profile is based on the [System for Cross-domain Identity Management: Core Schema](https://datatracker.ietf.org/doc/html/rfc7643).
///
/// The only permitted customizations of the default profile are to update permissions, change whether the `firstName` and `lastName` properties are nullable, and specify a [pattern](https://developer.okta.com/docs/reference/api/schemas/#login-pattern-validation) for `login`. You can use the Profile Editor in the Admin Console or the [Schemas API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UISchema/#tag/UISchema) to make schema modifications.
///
/// You can extend user profiles with custom properties. You must first add the custom property to the user profile schema before you reference it.
/// You can use the Profile Editor in the Admin Console or the [Schemas API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UISchema/#tag/UISchema) to manage schema extensions.
///
/// Custom attributes can contain HTML tags. It's the client's responsibility to escape or encode this data before displaying it. Use [best-practices](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html) to prevent cross-site scripting.
#[derive(Debug, Clone, Default)]
pub struct UserProfile {
    /// The city or locality of the user's address (`locality`)
    pub city: Option<String>,
    /// Name of the cost center assigned to a user
    pub cost_center: Option<String>,
    /// The country name component of the user's address (`country`). For validation, see [ISO 3166-1 alpha 2 "short" code format](https://datatracker.ietf.org/doc/html/draft-ietf-scim-core-schema-22#ref-ISO3166).
    pub country_code: Option<String>,
    /// Name of the user's department
    pub department: Option<String>,
    /// Name of the user suitable for display to end users
    pub display_name: Option<String>,
    /// Name of the user's division
    pub division: Option<String>,
    /// The primary email address of the user. For validation, see [RFC 5322 Section 3.2.3](https://datatracker.ietf.org/doc/html/rfc5322#section-3.2.3).
    pub email: Option<String>,
    /// The organization or company assigned unique identifier for the user
    pub employee_number: Option<String>,
    /// Given name of the user (`givenName`)
    pub first_name: Option<String>,
    /// Honorific prefix(es) of the user, or title in most Western languages
    pub honorific_prefix: Option<String>,
    /// Honorific suffix(es) of the user
    pub honorific_suffix: Option<String>,
    /// The family name of the user (`familyName`)
    pub last_name: Option<String>,
    /// The user's default location for purposes of localizing items such as currency, date time format, numerical representations, and so on.
    /// A locale value is a concatenation of the ISO 639-1 two-letter language code, an underscore, and the ISO 3166-1 two-letter country code. For example, en_US specifies the language English and country US. This value is `en_US` by default.
    pub locale: Option<String>,
    /// The unique identifier for the user (`username`). For validation, see [Login pattern validation](https://developer.okta.com/docs/reference/api/schemas/#login-pattern-validation).
    ///
    /// Every user within your Okta org must have a unique identifier for a login. This constraint applies to all users you import from other systems or applications such as Active Directory. Your organization is the top-level namespace to mix and match logins from all your connected applications or directories. Careful consideration of naming conventions for your login identifier will make it easier to onboard new applications in the future.
    ///
    /// Logins are not considered unique if they differ only in case and/or diacritical marks. If one of your users has a login of Isaac.Brock@example.com, there cannot be another user whose login is isaac.brock@example.com, nor isáàc.bröck@example.com.
    ///
    /// Okta has a default ambiguous name resolution policy for usernames that include @-signs. (By default, usernames must be formatted as email addresses and thus always include @-signs. You can remove that restriction using either the Admin Console or the [Schemas API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Schema/). Users can sign in with their non-qualified short name (for example: isaac.brock with username isaac.brock@example.com) as long as the short name is still unique within the organization.
    /// maxLength: 100
    pub login: Option<String>,
    /// The `displayName` of the user's manager
    pub manager: Option<String>,
    /// The `id` of the user's manager
    pub manager_id: Option<String>,
    /// The middle name of the user
    pub middle_name: Option<String>,
    /// The mobile phone number of the user
    pub mobile_phone: Option<String>,
    /// The casual way to address the user in real life
    pub nick_name: Option<String>,
    /// Name of the the user's organization
    pub organization: Option<String>,
    /// Mailing address component of the user's address
    pub postal_address: Option<String>,
    /// The user's preferred written or spoken language. For validation, see [RFC 7231 Section 5.3.5](https://datatracker.ietf.org/doc/html/rfc7231#section-5.3.5).
    pub preferred_language: Option<String>,
    /// The primary phone number of the user such as a home number
    pub primary_phone: Option<String>,
    /// The URL of the user's online profile. For example, a web page. See [URL](https://datatracker.ietf.org/doc/html/rfc1808).
    pub profile_url: Option<String>,
    /// The secondary email address of the user typically used for account recovery. For validation, see [RFC 5322 Section 3.2.3](https://datatracker.ietf.org/doc/html/rfc5322#section-3.2.3).
    pub second_email: Option<String>,
    /// The state or region component of the user's address (`region`)
    pub state: Option<String>,
    /// The full street address component of the user's address
    pub street_address: Option<String>,
    /// The user's time zone
    pub timezone: Option<String>,
    /// The user's title, such as Vice President
    pub title: Option<String>,
    /// The property used to describe the organization-to-user relationship, such as employee or contractor
    pub user_type: Option<String>,
    /// The ZIP code or postal code component of the user's address (`postalCode`)
    pub zip_code: Option<String>,
    /// Properties the spec does not name, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
#[cfg(feature = "user-cred")]
serde_struct!(
    UserProfile, [opt city, opt cost_center "costCenter", opt country_code "countryCode",
    opt department, opt display_name "displayName", opt division, opt email, opt
    employee_number "employeeNumber", opt first_name "firstName", opt honorific_prefix
    "honorificPrefix", opt honorific_suffix "honorificSuffix", opt last_name "lastName",
    opt locale, opt login, opt manager, opt manager_id "managerId"], [opt middle_name
    "middleName", opt mobile_phone "mobilePhone", opt nick_name "nickName", opt
    organization, opt postal_address "postalAddress", opt preferred_language
    "preferredLanguage", opt primary_phone "primaryPhone", opt profile_url "profileUrl",
    opt second_email "secondEmail", opt state, opt street_address "streetAddress", opt
    timezone, opt title, opt user_type "userType", opt zip_code "zipCode"],
    ..additional_properties
);
#[cfg(feature = "user-cred")]
/// The current status of the user.
///
/// The status of a user changes in response to explicit events, such as admin-driven lifecycle changes, user login, or self-service password recovery. Okta doesn't asynchronously sweep through users and update their password expiry state, for example. Instead, Okta evaluates password policy at login time, notices the password has expired, and moves the user to the expired state. When running reports, remember that the data is valid as of the last login or lifecycle event for that user.
///
/// A value this client does not know decodes as the last variant, never as an error.
#[derive(Debug, Clone)]
pub enum UserStatus {
    /// `ACTIVE`
    Active,
    /// `DEPROVISIONED`
    Deprovisioned,
    /// `LOCKED_OUT`
    LockedOut,
    /// `PASSWORD_EXPIRED`
    PasswordExpired,
    /// `PROVISIONED`
    Provisioned,
    /// `RECOVERY`
    Recovery,
    /// `STAGED`
    Staged,
    /// `SUSPENDED`
    Suspended,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}
#[cfg(feature = "user-cred")]
string_enum!(
    UserStatus, Unknown, [Active = "ACTIVE", Deprovisioned = "DEPROVISIONED", LockedOut =
    "LOCKED_OUT", PasswordExpired = "PASSWORD_EXPIRED", Provisioned = "PROVISIONED",
    Recovery = "RECOVERY", Staged = "STAGED", Suspended = "SUSPENDED"]
);
#[cfg(feature = "user-cred")]
/// The target status of an in-progress asynchronous status transition. This property is only returned if the user's state is transitioning.
///
/// A value this client does not know decodes as the last variant, never as an error.
#[derive(Debug, Clone)]
pub enum UserTransitioningToStatus {
    /// `ACTIVE`
    Active,
    /// `DEPROVISIONED`
    Deprovisioned,
    /// `PROVISIONED`
    Provisioned,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}
#[cfg(feature = "user-cred")]
string_enum!(
    UserTransitioningToStatus, Unknown, [Active = "ACTIVE", Deprovisioned =
    "DEPROVISIONED", Provisioned = "PROVISIONED"]
);
#[cfg(feature = "user-cred")]
/// The user type that determines the schema for the user's profile. The `type` property is a map that identifies the [User Types](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserType/#tag/UserType).
///
/// Currently it contains a single element, `id`. It can be specified when creating a new user, and can be updated by an admin on a full replace of an existing user (but not a partial update).
#[derive(Debug, Clone, Default)]
pub struct UserType {
    /// The ID of the user type
    pub id: Option<String>,
}
#[cfg(feature = "user-cred")]
serde_struct!(UserType, [opt id]);
#[cfg(feature = "user-cred")]
/// Stands in for a secret in `Debug` output.
struct Redacted;
#[cfg(feature = "user-cred")]
impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}
