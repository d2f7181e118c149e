//! `format: byte`: bytes that travel as base64 text (RFC 4648).

use std::fmt;

/// Bytes sent and received as base64 text (`type: string, format: byte`).
///
/// Build one from bytes (`Base64::from(vec![..])`) or from base64 text (`"aGk=".parse()`);
/// the bytes are the public field. Decoding accepts the standard and the URL-safe alphabet,
/// with or without padding; encoding writes the standard alphabet with padding.
/// `Debug` shows the length, never the bytes.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Base64(pub Vec<u8>);

/// Text that is not base64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base64Error {
    /// Where in the text the first character that cannot be base64 is (a byte offset).
    pub position: usize,
}

impl fmt::Display for Base64Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not base64 at byte {}", self.position)
    }
}

impl std::error::Error for Base64Error {}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

impl Base64 {
    /// The bytes as base64 text: the standard alphabet, padded.
    pub fn encode(&self) -> String {
        let mut out = String::with_capacity(self.0.len().div_ceil(3) * 4);
        for chunk in self.0.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    /// Decode base64 text (either alphabet; padding and ASCII whitespace are optional).
    pub fn decode(text: &str) -> Result<Self, Base64Error> {
        let mut bytes = Vec::with_capacity(text.len() / 4 * 3);
        let (mut bits, mut count) = (0u32, 0u32);
        let mut padding = false;
        for (position, c) in text.bytes().enumerate() {
            let value = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'+' | b'-' => 62,
                b'/' | b'_' => 63,
                b'=' => {
                    padding = true;
                    continue;
                }
                c if c.is_ascii_whitespace() => continue,
                _ => return Err(Base64Error { position }),
            };
            if padding {
                return Err(Base64Error { position });
            }
            bits = (bits << 6) | u32::from(value);
            count += 6;
            if count >= 8 {
                count -= 8;
                bytes.push((bits >> count) as u8);
                bits &= (1 << count) - 1;
            }
        }
        if count >= 6 {
            return Err(Base64Error {
                position: text.len(),
            });
        }
        Ok(Base64(bytes))
    }
}

impl From<Vec<u8>> for Base64 {
    fn from(bytes: Vec<u8>) -> Self {
        Base64(bytes)
    }
}

impl From<Base64> for Vec<u8> {
    fn from(value: Base64) -> Self {
        value.0
    }
}

impl std::str::FromStr for Base64 {
    type Err = Base64Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Base64::decode(text)
    }
}

impl fmt::Display for Base64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.encode())
    }
}

impl fmt::Debug for Base64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Base64({} bytes)", self.0.len())
    }
}

impl serde::Serialize for Base64 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.encode())
    }
}

impl<'de> serde::Deserialize<'de> for Base64 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Base64::decode(&text).map_err(serde::de::Error::custom)
    }
}
