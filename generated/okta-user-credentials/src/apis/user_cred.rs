//! The operations tagged `UserCred`.
use super::super::runtime::{
    client::Request, draft::Draft, response::RawResponse, Call, Client, Error, Info,
    Operation, params::Style,
};
use super::super::spec::{Auth, ErrorBody};
use super::super::models;
/// The operations tagged `UserCred`: get it with [`Client::user_cred`](super::super::Client::user_cred).
/// The User Credentials API provides operations to manage user credentials in your org.
#[derive(Debug, Clone, Copy)]
pub struct UserCredApi<'a> {
    client: &'a Client,
}
impl<'a> UserCredApi<'a> {
    /// The operations of this tag, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Update password
    ///
    /// Updates a user's password by validating the user's current password.
    ///
    /// This operation provides an option to delete all the sessions of the specified user. However, if the request is made in the context of a session owned by the specified user, that session isn't cleared.
    ///
    /// You can only perform this operation on users in `STAGED`, `ACTIVE`, `PASSWORD_EXPIRED`, or `RECOVERY` status that have a valid [password credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/password&t=request).
    ///
    /// The user transitions to `ACTIVE` status when successfully invoked in `RECOVERY` status.
    ///
    /// > **Note:** The Okta account management policy doesn't support the `/users/{userId}/credentials/change_password` endpoint. See [Configure an Okta account management policy](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).
    ///
    /// `POST /api/v1/users/{userId}/credentials/change_password`: set optional parameters on the returned [`ChangePassword`], then `.await` it.
    pub fn change_password(
        &self,
        user_id: impl Into<String>,
        change_password_request: models::ChangePasswordRequest,
    ) -> ChangePassword<'a> {
        Call::new(self.client, ((user_id.into(), change_password_request, None),))
    }
    /// Update recovery question
    ///
    /// Updates a user's recovery question and answer credential by validating the user's current password.
    /// You can only perform this operation on users in `STAGED`, `ACTIVE`, or `RECOVERY` status that have a valid [password credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/password&t=request).
    ///
    /// `POST /api/v1/users/{userId}/credentials/change_recovery_question`: `.await` the returned [`ChangeRecoveryQuestion`] to send it.
    pub fn change_recovery_question(
        &self,
        user_id: impl Into<String>,
        user_credentials: models::UserCredentials,
    ) -> ChangeRecoveryQuestion<'a> {
        Call::new(self.client, ((user_id.into(), user_credentials),))
    }
    /// Expire the password
    ///
    /// Expires the password. This operation transitions the user status to `PASSWORD_EXPIRED` so that the user must change their password the next time that they sign in.
    /// <br>
    /// If you have integrated Okta with your on-premises Active Directory (AD), then setting a user's password as expired in Okta also expires the password in AD.
    /// When the user tries to sign in to Okta, delegated authentication finds the password-expired status in AD,
    /// and the user is presented with the password-expired page where they can change their password.
    ///
    /// > **Note:** The Okta account management policy doesn't support the `/users/{id}/lifecycle/expire_password` endpoint. See [Configure an Okta account management policy](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).
    ///
    /// `POST /api/v1/users/{id}/lifecycle/expire_password`: `.await` the returned [`ExpirePassword`] to send it.
    pub fn expire_password(&self, id: impl Into<String>) -> ExpirePassword<'a> {
        Call::new(self.client, ((id.into(),),))
    }
    /// Expire the password with a temporary password
    ///
    /// Expires the password and resets the user's password to a temporary password. This operation transitions the user status to `PASSWORD_EXPIRED` so that the user must change their password the next time that they sign in.
    /// The user's password is reset to a temporary password that's returned, and then the user's password is expired.
    /// If `revokeSessions` is included in the request with a value of `true`, the user's current outstanding sessions are revoked and require re-authentication.
    /// <br>
    /// If you have integrated Okta with your on-premises Active Directory (AD), then setting a user's password as expired in Okta also expires the password in AD.
    /// When the user tries to sign in to Okta, delegated authentication finds the password-expired status in AD,
    /// and the user is presented with the password-expired page where they can change their password.
    ///
    /// `POST /api/v1/users/{id}/lifecycle/expire_password_with_temp_password`: set optional parameters on the returned [`ExpirePasswordWithTempPassword`], then `.await` it.
    pub fn expire_password_with_temp_password(
        &self,
        id: impl Into<String>,
    ) -> ExpirePasswordWithTempPassword<'a> {
        Call::new(self.client, ((id.into(), None),))
    }
    /// Start forgot password flow
    ///
    /// Starts the forgot password flow.
    ///
    /// Generates a one-time token (OTT) that you can use to reset a user's password.
    ///
    /// The user must validate their security question's answer when visiting the reset link. Perform this operation only on users with an `ACTIVE` status and
    /// a valid [recovery question credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/recovery_question&t=request).
    ///
    /// > **Note:** If you have migrated to Identity Engine, you can allow users to recover passwords with any enrolled MFA authenticator. See [Self-service account recovery](https://help.okta.com/oie/en-us/content/topics/identity-engine/authenticators/configure-sspr.htm?cshid=ext-config-sspr).
    ///
    /// If an email address is associated with multiple users, keep in mind the following to ensure a successful password recovery lookup:
    ///   * Okta no longer includes deactivated users in the lookup.
    ///   * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email addresses.
    ///
    /// If `sendEmail` is `false`, returns a link for the user to reset their password. This operation doesn't affect the status of the user.
    ///
    /// `POST /api/v1/users/{userId}/credentials/forgot_password`: set optional parameters on the returned [`ForgotPassword`], then `.await` it.
    pub fn forgot_password(&self, user_id: impl Into<String>) -> ForgotPassword<'a> {
        Call::new(self.client, ((user_id.into(), None),))
    }
    /// Reset password with recovery question
    ///
    /// Resets the user's password to the specified password if the provided answer to the recovery question is correct.
    /// You must include the recovery question answer with the submission.
    ///
    /// `POST /api/v1/users/{userId}/credentials/forgot_password_recovery_question`: set optional parameters on the returned [`ForgotPasswordSetNewPassword`], then `.await` it.
    pub fn forgot_password_set_new_password(
        &self,
        user_id: impl Into<String>,
        user_credentials: models::UserCredentials,
    ) -> ForgotPasswordSetNewPassword<'a> {
        Call::new(self.client, ((user_id.into(), user_credentials, None),))
    }
    /// Reset a password
    ///
    /// Resets a password. Generates a one-time token (OTT) that you can use to reset a user's password. You can automatically email the OTT link to the user or return the OTT to the API caller and distribute using a custom flow.
    ///
    /// This operation transitions the user to the `RECOVERY` status. The user is then not able to sign in or initiate a forgot password flow until they complete the reset flow.
    ///
    /// This operation provides an option to delete all the user's sessions. However, if the request is made in the context of a session owned by the specified user, that session isn't cleared.
    /// > **Note:** You can also use this API to convert a user with the Okta credential provider to use a federated provider. After this conversion, the user can't directly sign in with a password.
    /// > To convert a federated user back to an Okta user, use the default API call.
    ///
    /// If an email address is associated with multiple users, keep in mind the following to ensure a successful password recovery lookup:
    ///   * Okta no longer includes deactivated users in the lookup.
    ///   * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email addresses.
    ///
    ///   If `sendEmail` is `false`, returns a link for the user to reset their password.
    ///
    /// `POST /api/v1/users/{id}/lifecycle/reset_password`: set optional parameters on the returned [`ResetPassword`], then `.await` it.
    pub fn reset_password(
        &self,
        id: impl Into<String>,
        send_email: bool,
    ) -> ResetPassword<'a> {
        Call::new(self.client, ((id.into(), send_email, None),))
    }
}
/// A `POST /api/v1/users/{userId}/credentials/change_password` request: [`UserCredApi::change_password`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ChangePassword<'a> = Call<'a, ops::ChangePassword>;
impl Operation for ops::ChangePassword {
    type Params = ((String, models::ChangePasswordRequest, Option<bool>),);
    type Output = models::UserCredentials;
    const INFO: Info<Self::Output> = Info {
        builder: "ChangePassword",
        id: "changePassword",
        fields: &["user_id", "change_password_request", "strict"],
        secrets: &[],
        decode: RawResponse::json,
    };
    fn into_request(
        ((user_id, change_password_request, strict),): Self::Params,
    ) -> Result<Request, Error> {
        let mut d = Draft::new(
            reqwest::Method::POST,
            &[&[Auth::ApiToken], &[Auth::Oauth2Token]],
            ErrorBody::decode_400_403_404_429_error,
            Some("application/json"),
        );
        d.text("api/v1/users");
        d.param("userId", &user_id, Style::Simple, false);
        d.text("credentials/change_password");
        d.query_opt("strict", &strict, Style::Form, true);
        let content_type: &str = "application/json";
        d.json(content_type, &change_password_request);
        d.finish()
    }
}
impl ChangePassword<'_> {
    /// If true, validates against the password minimum age policy
    ///
    /// The server's default: `false`.
    pub fn strict(mut self, value: bool) -> Self {
        self.params.0.2 = Some(value);
        self
    }
}
/// A `POST /api/v1/users/{userId}/credentials/change_recovery_question` request: [`UserCredApi::change_recovery_question`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ChangeRecoveryQuestion<'a> = Call<'a, ops::ChangeRecoveryQuestion>;
impl Operation for ops::ChangeRecoveryQuestion {
    type Params = ((String, models::UserCredentials),);
    type Output = models::UserCredentials;
    const INFO: Info<Self::Output> = Info {
        builder: "ChangeRecoveryQuestion",
        id: "changeRecoveryQuestion",
        fields: &["user_id", "user_credentials"],
        secrets: &[],
        decode: RawResponse::json,
    };
    fn into_request(
        ((user_id, user_credentials),): Self::Params,
    ) -> Result<Request, Error> {
        let mut d = Draft::new(
            reqwest::Method::POST,
            &[&[Auth::ApiToken], &[Auth::Oauth2Token]],
            ErrorBody::decode_400_403_404_429_error,
            Some("application/json"),
        );
        d.text("api/v1/users");
        d.param("userId", &user_id, Style::Simple, false);
        d.text("credentials/change_recovery_question");
        let content_type: &str = "application/json";
        d.json(content_type, &user_credentials);
        d.finish()
    }
}
/// A `POST /api/v1/users/{id}/lifecycle/expire_password` request: [`UserCredApi::expire_password`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ExpirePassword<'a> = Call<'a, ops::ExpirePassword>;
impl Operation for ops::ExpirePassword {
    type Params = ((String,),);
    type Output = models::User;
    const INFO: Info<Self::Output> = Info {
        builder: "ExpirePassword",
        id: "expirePassword",
        fields: &["id"],
        secrets: &[],
        decode: RawResponse::json,
    };
    fn into_request(((id,),): Self::Params) -> Result<Request, Error> {
        let mut d = Draft::new(
            reqwest::Method::POST,
            &[&[Auth::ApiToken], &[Auth::Oauth2Token]],
            ErrorBody::decode_403_404_429_error,
            Some("application/json"),
        );
        d.text("api/v1/users");
        d.param("id", &id, Style::Simple, false);
        d.text("lifecycle/expire_password");
        d.finish()
    }
}
/// A `POST /api/v1/users/{id}/lifecycle/expire_password_with_temp_password` request: [`UserCredApi::expire_password_with_temp_password`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ExpirePasswordWithTempPassword<'a> = Call<
    'a,
    ops::ExpirePasswordWithTempPassword,
>;
impl Operation for ops::ExpirePasswordWithTempPassword {
    type Params = ((String, Option<bool>),);
    type Output = models::User;
    const INFO: Info<Self::Output> = Info {
        builder: "ExpirePasswordWithTempPassword",
        id: "expirePasswordWithTempPassword",
        fields: &["id", "revoke_sessions"],
        secrets: &[],
        decode: RawResponse::json,
    };
    fn into_request(((id, revoke_sessions),): Self::Params) -> Result<Request, Error> {
        let mut d = Draft::new(
            reqwest::Method::POST,
            &[&[Auth::ApiToken], &[Auth::Oauth2Token]],
            ErrorBody::decode_403_404_429_error,
            Some("application/json"),
        );
        d.text("api/v1/users");
        d.param("id", &id, Style::Simple, false);
        d.text("lifecycle/expire_password_with_temp_password");
        d.query_opt("revokeSessions", &revoke_sessions, Style::Form, true);
        d.finish()
    }
}
impl ExpirePasswordWithTempPassword<'_> {
    /// Revokes the user's existing sessions if `true`
    ///
    /// The server's default: `false`.
    pub fn revoke_sessions(mut self, value: bool) -> Self {
        self.params.0.1 = Some(value);
        self
    }
}
/// A `POST /api/v1/users/{userId}/credentials/forgot_password` request: [`UserCredApi::forgot_password`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ForgotPassword<'a> = Call<'a, ops::ForgotPassword>;
impl Operation for ops::ForgotPassword {
    type Params = ((String, Option<bool>),);
    type Output = models::ForgotPasswordResponse;
    const INFO: Info<Self::Output> = Info {
        builder: "ForgotPassword",
        id: "forgotPassword",
        fields: &["user_id", "send_email"],
        secrets: &[],
        decode: RawResponse::json,
    };
    fn into_request(((user_id, send_email),): Self::Params) -> Result<Request, Error> {
        let mut d = Draft::new(
            reqwest::Method::POST,
            &[&[Auth::ApiToken], &[Auth::Oauth2Token]],
            ErrorBody::decode_403_404_429_error,
            Some("application/json"),
        );
        d.text("api/v1/users");
        d.param("userId", &user_id, Style::Simple, false);
        d.text("credentials/forgot_password");
        d.query_opt("sendEmail", &send_email, Style::Form, true);
        d.finish()
    }
}
impl ForgotPassword<'_> {
    /// Sends a forgot password email to the user if `true`
    ///
    /// The server's default: `true`.
    pub fn send_email(mut self, value: bool) -> Self {
        self.params.0.1 = Some(value);
        self
    }
}
/// A `POST /api/v1/users/{userId}/credentials/forgot_password_recovery_question` request: [`UserCredApi::forgot_password_set_new_password`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ForgotPasswordSetNewPassword<'a> = Call<'a, ops::ForgotPasswordSetNewPassword>;
impl Operation for ops::ForgotPasswordSetNewPassword {
    type Params = ((String, models::UserCredentials, Option<bool>),);
    type Output = models::UserCredentials;
    const INFO: Info<Self::Output> = Info {
        builder: "ForgotPasswordSetNewPassword",
        id: "forgotPasswordSetNewPassword",
        fields: &["user_id", "user_credentials", "send_email"],
        secrets: &[],
        decode: RawResponse::json,
    };
    fn into_request(
        ((user_id, user_credentials, send_email),): Self::Params,
    ) -> Result<Request, Error> {
        let mut d = Draft::new(
            reqwest::Method::POST,
            &[&[Auth::ApiToken], &[Auth::Oauth2Token]],
            ErrorBody::decode_400_403_404_429_error,
            Some("application/json"),
        );
        d.text("api/v1/users");
        d.param("userId", &user_id, Style::Simple, false);
        d.text("credentials/forgot_password_recovery_question");
        d.query_opt("sendEmail", &send_email, Style::Form, true);
        let content_type: &str = "application/json";
        d.json(content_type, &user_credentials);
        d.finish()
    }
}
impl ForgotPasswordSetNewPassword<'_> {
    /// The `sendEmail` query parameter.
    ///
    /// The server's default: `true`.
    pub fn send_email(mut self, value: bool) -> Self {
        self.params.0.2 = Some(value);
        self
    }
}
/// A `POST /api/v1/users/{id}/lifecycle/reset_password` request: [`UserCredApi::reset_password`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ResetPassword<'a> = Call<'a, ops::ResetPassword>;
impl Operation for ops::ResetPassword {
    type Params = ((String, bool, Option<bool>),);
    type Output = models::ResetPasswordToken;
    const INFO: Info<Self::Output> = Info {
        builder: "ResetPassword",
        id: "resetPassword",
        fields: &["id", "send_email", "revoke_sessions"],
        secrets: &[],
        decode: RawResponse::json,
    };
    fn into_request(
        ((id, send_email, revoke_sessions),): Self::Params,
    ) -> Result<Request, Error> {
        let mut d = Draft::new(
            reqwest::Method::POST,
            &[&[Auth::ApiToken], &[Auth::Oauth2Token]],
            ErrorBody::decode_403_404_429_error,
            Some("application/json"),
        );
        d.text("api/v1/users");
        d.param("id", &id, Style::Simple, false);
        d.text("lifecycle/reset_password");
        d.query("sendEmail", &send_email, Style::Form, true);
        d.query_opt("revokeSessions", &revoke_sessions, Style::Form, true);
        d.finish()
    }
}
impl ResetPassword<'_> {
    /// Revokes all user sessions, except for the current session, if set to `true`
    ///
    /// The server's default: `false`.
    pub fn revoke_sessions(mut self, value: bool) -> Self {
        self.params.0.2 = Some(value);
        self
    }
}
/// The operations' marker types: each builder is a [`Call`] of one.
#[doc(hidden)]
pub mod ops {
    pub enum ChangePassword {}
    pub enum ChangeRecoveryQuestion {}
    pub enum ExpirePassword {}
    pub enum ExpirePasswordWithTempPassword {}
    pub enum ForgotPassword {}
    pub enum ForgotPasswordSetNewPassword {}
    pub enum ResetPassword {}
}
