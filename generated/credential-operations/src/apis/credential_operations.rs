//! The operations tagged `Credential Operations`.
use super::super::runtime::{
    client::Request, draft::Draft, response::RawResponse, Call, Client, Error, Info,
    Operation, params::Style,
};
use super::super::models;
/// The operations tagged `Credential Operations`: get it with [`Client::credential_operations`](super::super::Client::credential_operations).
#[derive(Debug, Clone, Copy)]
pub struct CredentialOperationsApi<'a> {
    client: &'a Client,
}
impl<'a> CredentialOperationsApi<'a> {
    /// The operations of this tag, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
        Self { client }
    }
    /// Change Password
    ///
    /// `POST /api/v1/users/{userId}/credentials/change_password`: set optional parameters on the returned [`ChangePassword`], then `.await` it.
    pub fn change_password(&self, user_id: impl Into<String>) -> ChangePassword<'a> {
        Call::new(self.client, ((user_id.into(), None),))
    }
    /// Change Recovery Question
    ///
    /// `POST /api/v1/users/{userId}/credentials/change_recovery_question`: set optional parameters on the returned [`ChangeRecoveryQuestion`], then `.await` it.
    pub fn change_recovery_question(
        &self,
        user_id: impl Into<String>,
    ) -> ChangeRecoveryQuestion<'a> {
        Call::new(self.client, ((user_id.into(), None),))
    }
    /// Forgot Password (One Time Code)
    ///
    /// `POST /api/v1/users/{userId}/credentials/forgot_password`: set optional parameters on the returned [`ForgotPasswordOneTimeCode`], then `.await` it.
    pub fn forgot_password_one_time_code(
        &self,
        user_id: impl Into<String>,
    ) -> ForgotPasswordOneTimeCode<'a> {
        Call::new(self.client, ((user_id.into(), None),))
    }
    /// Set Recovery Credential
    ///
    /// `PUT /api/v1/users/{userId}`: set optional parameters on the returned [`SetRecoveryCredential`], then `.await` it.
    pub fn set_recovery_credential(
        &self,
        user_id: impl Into<String>,
    ) -> SetRecoveryCredential<'a> {
        Call::new(self.client, ((user_id.into(), None),))
    }
}
/// A `POST /api/v1/users/{userId}/credentials/change_password` request: [`CredentialOperationsApi::change_password`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ChangePassword<'a> = Call<'a, ops::ChangePassword>;
impl Operation for ops::ChangePassword {
    type Params = ((String, Option<models::ChangePasswordRequest>),);
    type Output = ();
    const INFO: Info<Self::Output> = Info {
        builder: "ChangePassword",
        id: "changePassword",
        fields: &["user_id", "change_password_request"],
        secrets: &[],
        decode: |response: RawResponse| Ok(response.empty()),
    };
    fn into_request(
        ((user_id, change_password_request),): Self::Params,
    ) -> Result<Request, Error> {
        let mut d = Draft::new(reqwest::Method::POST, &[], |_, _| None, None);
        d.text("api/v1/users");
        d.param("userId", &user_id, Style::Simple, false);
        d.text("credentials/change_password");
        let content_type: &str = "application/json";
        if let Some(body) = &change_password_request {
            d.json(content_type, body);
        }
        d.finish()
    }
}
impl ChangePassword<'_> {
    /// The request body.
    pub fn change_password_request(
        mut self,
        value: models::ChangePasswordRequest,
    ) -> Self {
        self.params.0.1 = Some(value);
        self
    }
}
/// A `POST /api/v1/users/{userId}/credentials/change_recovery_question` request: [`CredentialOperationsApi::change_recovery_question`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ChangeRecoveryQuestion<'a> = Call<'a, ops::ChangeRecoveryQuestion>;
impl Operation for ops::ChangeRecoveryQuestion {
    type Params = ((String, Option<models::ChangeRecoveryQuestionRequest>),);
    type Output = ();
    const INFO: Info<Self::Output> = Info {
        builder: "ChangeRecoveryQuestion",
        id: "changeRecoveryQuestion",
        fields: &["user_id", "change_recovery_question_request"],
        secrets: &[],
        decode: |response: RawResponse| Ok(response.empty()),
    };
    fn into_request(
        ((user_id, change_recovery_question_request),): Self::Params,
    ) -> Result<Request, Error> {
        let mut d = Draft::new(reqwest::Method::POST, &[], |_, _| None, None);
        d.text("api/v1/users");
        d.param("userId", &user_id, Style::Simple, false);
        d.text("credentials/change_recovery_question");
        let content_type: &str = "application/json";
        if let Some(body) = &change_recovery_question_request {
            d.json(content_type, body);
        }
        d.finish()
    }
}
impl ChangeRecoveryQuestion<'_> {
    /// The request body.
    pub fn change_recovery_question_request(
        mut self,
        value: models::ChangeRecoveryQuestionRequest,
    ) -> Self {
        self.params.0.1 = Some(value);
        self
    }
}
/// A `POST /api/v1/users/{userId}/credentials/forgot_password` request: [`CredentialOperationsApi::forgot_password_one_time_code`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type ForgotPasswordOneTimeCode<'a> = Call<'a, ops::ForgotPasswordOneTimeCode>;
impl Operation for ops::ForgotPasswordOneTimeCode {
    type Params = ((String, Option<String>),);
    type Output = ();
    const INFO: Info<Self::Output> = Info {
        builder: "ForgotPasswordOneTimeCode",
        id: "forgotPassword(oneTimeCode)",
        fields: &["user_id", "send_email"],
        secrets: &[],
        decode: |response: RawResponse| Ok(response.empty()),
    };
    fn into_request(((user_id, send_email),): Self::Params) -> Result<Request, Error> {
        let mut d = Draft::new(reqwest::Method::POST, &[], |_, _| None, None);
        d.text("api/v1/users");
        d.param("userId", &user_id, Style::Simple, false);
        d.text("credentials/forgot_password");
        d.query_opt("sendEmail", &send_email, Style::Form, true);
        let content_type: &str = "text/plain";
        d.bytes(content_type, "");
        d.finish()
    }
}
impl ForgotPasswordOneTimeCode<'_> {
    /// The `sendEmail` query parameter.
    pub fn send_email(mut self, value: impl Into<String>) -> Self {
        self.params.0.1 = Some(value.into());
        self
    }
}
/// A `PUT /api/v1/users/{userId}` request: [`CredentialOperationsApi::set_recovery_credential`]. Set optional parameters, then `.await` it (or call [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the status and headers too).
pub type SetRecoveryCredential<'a> = Call<'a, ops::SetRecoveryCredential>;
impl Operation for ops::SetRecoveryCredential {
    type Params = ((String, Option<models::SetRecoveryCredentialRequest>),);
    type Output = ();
    const INFO: Info<Self::Output> = Info {
        builder: "SetRecoveryCredential",
        id: "setRecoveryCredential",
        fields: &["user_id", "set_recovery_credential_request"],
        secrets: &[],
        decode: |response: RawResponse| Ok(response.empty()),
    };
    fn into_request(
        ((user_id, set_recovery_credential_request),): Self::Params,
    ) -> Result<Request, Error> {
        let mut d = Draft::new(reqwest::Method::PUT, &[], |_, _| None, None);
        d.text("api/v1/users");
        d.param("userId", &user_id, Style::Simple, false);
        let content_type: &str = "application/json";
        if let Some(body) = &set_recovery_credential_request {
            d.json(content_type, body);
        }
        d.finish()
    }
}
impl SetRecoveryCredential<'_> {
    /// The request body.
    pub fn set_recovery_credential_request(
        mut self,
        value: models::SetRecoveryCredentialRequest,
    ) -> Self {
        self.params.0.1 = Some(value);
        self
    }
}
/// The operations' marker types: each builder is a [`Call`] of one.
#[doc(hidden)]
pub mod ops {
    pub enum ChangePassword {}
    pub enum ChangeRecoveryQuestion {}
    pub enum ForgotPasswordOneTimeCode {}
    pub enum SetRecoveryCredential {}
}
