//! Reading one article file and decoding its bytes into text.
//!
//! The size is checked from metadata before anything is read, and no more than the cap is
//! ever read. UTF-8 (a BOM is stripped) is tried first, UTF-16 is decoded when a BOM says
//! so, and anything else is decoded as Windows-1252, the usual encoding of old Latin-1
//! news files. Files that are binary, empty or only whitespace are refused here with a
//! reason that says what to fix.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::walk::describe_io;
use super::{LoadProblem, TextEncoding};

/// The largest article file dateline reads: 50 MB.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Above this share of control characters a file is taken for binary.
const MAX_CONTROL_SHARE: f64 = 0.1;

/// The decoded text of a file and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Decoded {
    pub text: String,
    pub encoding: TextEncoding,
}

/// Reads `path` (at most [`MAX_FILE_BYTES`]) and decodes it.
pub(super) fn read_text(path: &Path) -> Result<Decoded, LoadProblem> {
    let bytes = read_capped(path)?;
    decode(bytes).map_err(|(line, reason)| LoadProblem::new(path, line, reason))
}

fn read_capped(path: &Path) -> Result<Vec<u8>, LoadProblem> {
    let file = File::open(path).map_err(|err| read_problem(path, &err))?;
    let metadata = file.metadata().map_err(|err| read_problem(path, &err))?;
    if !metadata.is_file() {
        return Err(LoadProblem::new(
            path,
            None,
            "not a regular file: only article files and folders can be opened",
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(path, metadata.len()));
    }
    let capacity = usize::try_from(metadata.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| read_problem(path, &err))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(path: &Path, size: u64) -> LoadProblem {
    #[allow(clippy::cast_precision_loss)] // a size in MB for people to read
    let megabytes = size as f64 / (1024.0 * 1024.0);
    let reason = format!(
        "file is {megabytes:.1} MB, over the {} MB limit for one article file; split it into smaller files",
        MAX_FILE_BYTES / (1024 * 1024)
    );
    LoadProblem::new(path, None, reason)
}

fn read_problem(path: &Path, err: &io::Error) -> LoadProblem {
    let reason = match err.kind() {
        io::ErrorKind::NotFound => {
            "file vanished before it could be read (moved or deleted?)".to_string()
        }
        io::ErrorKind::PermissionDenied => {
            "permission denied: make the file readable (chmod +r) to load it".to_string()
        }
        _ => format!("cannot read: {}", describe_io(err)),
    };
    LoadProblem::new(path, None, reason)
}

/// Decodes file bytes; on failure gives the line the problem is on (if any) and the reason.
pub(super) fn decode(mut bytes: Vec<u8>) -> Result<Decoded, (Option<usize>, String)> {
    let decoded = match Encoding::for_bom(&bytes) {
        Some((encoding, bom_length)) if encoding == UTF_8 => {
            bytes.drain(..bom_length);
            utf8_or_windows_1252(bytes)
        }
        Some((encoding, bom_length)) => {
            let rest = bytes.get(bom_length..).unwrap_or_default();
            let (text, _had_errors) = encoding.decode_without_bom_handling(rest);
            Decoded {
                text: text.into_owned(),
                encoding: TextEncoding::Utf16,
            }
        }
        None => utf8_or_windows_1252(bytes),
    };
    check_usable(&decoded.text)?;
    Ok(decoded)
}

fn utf8_or_windows_1252(bytes: Vec<u8>) -> Decoded {
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            encoding: TextEncoding::Utf8,
        },
        Err(err) => {
            let (text, _, _) = WINDOWS_1252.decode(err.as_bytes());
            Decoded {
                text: text.into_owned(),
                encoding: TextEncoding::Windows1252,
            }
        }
    }
}

/// Refuses text that is empty, only whitespace, or binary.
fn check_usable(text: &str) -> Result<(), (Option<usize>, String)> {
    if text.is_empty() {
        return Err((None, "empty file: there is nothing to read".to_string()));
    }
    if text.trim().is_empty() {
        return Err((
            None,
            "the file holds only whitespace: there is nothing to read".to_string(),
        ));
    }
    if let Some(position) = text.find('\0') {
        return Err((
            Some(line_of(text, position)),
            "binary file (NUL byte on this line), not text: remove it from the articles \
             (UTF-16 text needs a byte order mark, or save it as UTF-8)"
                .to_string(),
        ));
    }
    // ASCII control bytes never occur inside multi-byte UTF-8 sequences, so bytes will do.
    let controls = text.bytes().filter(|&b| is_binary_control(b)).count();
    #[allow(clippy::cast_precision_loss)] // a ratio: precision does not matter
    let share = controls as f64 / text.len() as f64;
    if share > MAX_CONTROL_SHARE {
        return Err((
            None,
            "binary file (mostly control characters), not text: remove it from the articles"
                .to_string(),
        ));
    }
    Ok(())
}

/// Control characters that do not belong in text (tab, newlines and form feed do).
fn is_binary_control(byte: u8) -> bool {
    (byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0c)) || byte == 0x7f
}

/// The 1-based line of the byte at `position`.
pub(super) fn line_of(text: &str, position: usize) -> usize {
    let before = text.get(..position).unwrap_or(text);
    before.bytes().filter(|&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_is_kept_as_is() {
        let decoded = decode("Título\n".as_bytes().to_vec()).unwrap();
        assert_eq!(decoded.text, "Título\n");
        assert_eq!(decoded.encoding, TextEncoding::Utf8);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let decoded = decode(b"\xEF\xBB\xBFHello".to_vec()).unwrap();
        assert_eq!(decoded.text, "Hello");
        assert_eq!(decoded.encoding, TextEncoding::Utf8);
    }

    #[test]
    fn latin1_bytes_decode_as_windows_1252() {
        let decoded = decode(b"Caf\xe9 \x93quoted\x94".to_vec()).unwrap();
        assert_eq!(decoded.text, "Café “quoted”");
        assert_eq!(decoded.encoding, TextEncoding::Windows1252);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut little = vec![0xFF, 0xFE];
        little.extend("Hi é".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(little).unwrap().text, "Hi é");
        let mut big = vec![0xFE, 0xFF];
        big.extend("Hi é".encode_utf16().flat_map(u16::to_be_bytes));
        let decoded = decode(big).unwrap();
        assert_eq!(decoded.text, "Hi é");
        assert_eq!(decoded.encoding, TextEncoding::Utf16);
    }

    #[test]
    fn nul_bytes_mean_binary_with_the_line() {
        let (line, reason) = decode(b"one\ntwo\n\0three".to_vec()).unwrap_err();
        assert_eq!(line, Some(3));
        assert!(reason.contains("binary"));
    }

    #[test]
    fn mostly_control_bytes_mean_binary() {
        let (_, reason) = decode(vec![0x01, 0x02, 0x03, b'a', 0x1b, 0x7f]).unwrap_err();
        assert!(reason.contains("binary"));
    }

    #[test]
    fn empty_and_blank_files_are_refused() {
        assert!(decode(Vec::new()).unwrap_err().1.contains("empty"));
        assert!(
            decode(b" \r\n\t\n".to_vec())
                .unwrap_err()
                .1
                .contains("whitespace")
        );
    }

    #[test]
    fn read_errors_say_what_happened_and_what_to_do() {
        let path = Path::new("a.txt");
        let vanished = read_problem(path, &io::Error::from(io::ErrorKind::NotFound));
        assert!(vanished.reason.starts_with("file vanished"));
        let denied = read_problem(path, &io::Error::from(io::ErrorKind::PermissionDenied));
        assert!(denied.reason.contains("chmod +r"));
        let large = too_large(path, MAX_FILE_BYTES * 2);
        assert!(
            large.reason.starts_with("file is 100.0 MB"),
            "{}",
            large.reason
        );
    }

    #[test]
    fn lines_are_one_based() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 4), 3);
    }
}
