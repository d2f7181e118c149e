//! The operations tagged `Credential Operations`.
use super::super::runtime::{
    client::Request, response::RawResponse, ApiResponse, Client, Error, ResponseFuture,
    body::Body, params::PathPiece, params::Style, macros::operation, params,
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
        ChangePassword {
            client: self.client,
            user_id: user_id.into(),
            change_password_request: None,
        }
    }
    /// Change Recovery Question
    ///
    /// `POST /api/v1/users/{userId}/credentials/change_recovery_question`: set optional parameters on the returned [`ChangeRecoveryQuestion`], then `.await` it.
    pub fn change_recovery_question(
        &self,
        user_id: impl Into<String>,
    ) -> ChangeRecoveryQuestion<'a> {
        ChangeRecoveryQuestion {
            client: self.client,
            user_id: user_id.into(),
            change_recovery_question_request: None,
        }
    }
    /// Forgot Password (One Time Code)
    ///
    /// `POST /api/v1/users/{userId}/credentials/forgot_password`: set optional parameters on the returned [`ForgotPasswordOneTimeCode`], then `.await` it.
    pub fn forgot_password_one_time_code(
        &self,
        user_id: impl Into<String>,
    ) -> ForgotPasswordOneTimeCode<'a> {
        ForgotPasswordOneTimeCode {
            client: self.client,
            user_id: user_id.into(),
            send_email: None,
        }
    }
    /// Set Recovery Credential
    ///
    /// `PUT /api/v1/users/{userId}`: set optional parameters on the returned [`SetRecoveryCredential`], then `.await` it.
    pub fn set_recovery_credential(
        &self,
        user_id: impl Into<String>,
    ) -> SetRecoveryCredential<'a> {
        SetRecoveryCredential {
            client: self.client,
            user_id: user_id.into(),
            set_recovery_credential_request: None,
        }
    }
}
/// A `POST /api/v1/users/{userId}/credentials/change_password` request: [`CredentialOperationsApi::change_password`]. Set optional parameters, then `.await` it (or call [`send`](Self::send), or [`send_with_response`](Self::send_with_response) for the status and headers too).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: `.await` it"]
pub struct ChangePassword<'a> {
    client: &'a Client,
    user_id: String,
    change_password_request: Option<models::ChangePasswordRequest>,
}
impl<'a> ChangePassword<'a> {
    /// The request body.
    pub fn change_password_request(
        mut self,
        value: models::ChangePasswordRequest,
    ) -> Self {
        self.change_password_request = Some(value);
        self
    }
    fn into_request(self) -> Result<Request, Error> {
        let content_type: &str = "application/json";
        Ok(Request {
            method: reqwest::Method::POST,
            path: Vec::from([
                Vec::from([PathPiece::Text("api/v1/users")]),
                params::path("userId", &self.user_id, Style::Simple, false)?,
                Vec::from([PathPiece::Text("credentials/change_password")]),
            ]),
            auth: &[],
            error_body: |_, _| None,
            body: match &self.change_password_request {
                Some(body) => Some(Body::json(content_type, body)?),
                None => None,
            },
            ..Request::default()
        })
    }
}
operation!(
    ChangePassword, "changePassword", (), | response : RawResponse | Ok(response.empty())
);
/// A `POST /api/v1/users/{userId}/credentials/change_recovery_question` request: [`CredentialOperationsApi::change_recovery_question`]. Set optional parameters, then `.await` it (or call [`send`](Self::send), or [`send_with_response`](Self::send_with_response) for the status and headers too).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: `.await` it"]
pub struct ChangeRecoveryQuestion<'a> {
    client: &'a Client,
    user_id: String,
    change_recovery_question_request: Option<models::ChangeRecoveryQuestionRequest>,
}
impl<'a> ChangeRecoveryQuestion<'a> {
    /// The request body.
    pub fn change_recovery_question_request(
        mut self,
        value: models::ChangeRecoveryQuestionRequest,
    ) -> Self {
        self.change_recovery_question_request = Some(value);
        self
    }
    fn into_request(self) -> Result<Request, Error> {
        let content_type: &str = "application/json";
        Ok(Request {
            method: reqwest::Method::POST,
            path: Vec::from([
                Vec::from([PathPiece::Text("api/v1/users")]),
                params::path("userId", &self.user_id, Style::Simple, false)?,
                Vec::from([PathPiece::Text("credentials/change_recovery_question")]),
            ]),
            auth: &[],
            error_body: |_, _| None,
            body: match &self.change_recovery_question_request {
                Some(body) => Some(Body::json(content_type, body)?),
                None => None,
            },
            ..Request::default()
        })
    }
}
operation!(
    ChangeRecoveryQuestion, "changeRecoveryQuestion", (), | response : RawResponse |
    Ok(response.empty())
);
/// A `POST /api/v1/users/{userId}/credentials/forgot_password` request: [`CredentialOperationsApi::forgot_password_one_time_code`]. Set optional parameters, then `.await` it (or call [`send`](Self::send), or [`send_with_response`](Self::send_with_response) for the status and headers too).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: `.await` it"]
pub struct ForgotPasswordOneTimeCode<'a> {
    client: &'a Client,
    user_id: String,
    send_email: Option<String>,
}
impl<'a> ForgotPasswordOneTimeCode<'a> {
    /// The `sendEmail` query parameter.
    pub fn send_email(mut self, value: impl Into<String>) -> Self {
        self.send_email = Some(value.into());
        self
    }
    fn into_request(self) -> Result<Request, Error> {
        let mut query = Vec::new();
        params::query_opt(&mut query, "sendEmail", &self.send_email, Style::Form, true)?;
        let content_type: &str = "text/plain";
        Ok(Request {
            method: reqwest::Method::POST,
            path: Vec::from([
                Vec::from([PathPiece::Text("api/v1/users")]),
                params::path("userId", &self.user_id, Style::Simple, false)?,
                Vec::from([PathPiece::Text("credentials/forgot_password")]),
            ]),
            auth: &[],
            error_body: |_, _| None,
            query,
            body: Some(Body::bytes(content_type, "")),
            ..Request::default()
        })
    }
}
operation!(
    ForgotPasswordOneTimeCode, "forgotPassword(oneTimeCode)", (), | response :
    RawResponse | Ok(response.empty())
);
/// A `PUT /api/v1/users/{userId}` request: [`CredentialOperationsApi::set_recovery_credential`]. Set optional parameters, then `.await` it (or call [`send`](Self::send), or [`send_with_response`](Self::send_with_response) for the status and headers too).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent: `.await` it"]
pub struct SetRecoveryCredential<'a> {
    client: &'a Client,
    user_id: String,
    set_recovery_credential_request: Option<models::SetRecoveryCredentialRequest>,
}
impl<'a> SetRecoveryCredential<'a> {
    /// The request body.
    pub fn set_recovery_credential_request(
        mut self,
        value: models::SetRecoveryCredentialRequest,
    ) -> Self {
        self.set_recovery_credential_request = Some(value);
        self
    }
    fn into_request(self) -> Result<Request, Error> {
        let content_type: &str = "application/json";
        Ok(Request {
            method: reqwest::Method::PUT,
            path: Vec::from([
                Vec::from([PathPiece::Text("api/v1/users")]),
                params::path("userId", &self.user_id, Style::Simple, false)?,
            ]),
            auth: &[],
            error_body: |_, _| None,
            body: match &self.set_recovery_credential_request {
                Some(body) => Some(Body::json(content_type, body)?),
                None => None,
            },
            ..Request::default()
        })
    }
}
operation!(
    SetRecoveryCredential, "setRecoveryCredential", (), | response : RawResponse |
    Ok(response.empty())
);
