//! The pages' only stylesheet and script, compiled into the binary and served under a name that
//! holds a digest of their content: a browser may keep them for a year, and a new release is a
//! new name, so nobody is served yesterday's script with today's page.

use std::sync::LazyLock;

use sha2::{Digest, Sha256};

pub struct Asset {
    pub body: &'static str,
    pub content_type: &'static str,
    stem: &'static str,
    extension: &'static str,
    digest: LazyLock<String>,
}

impl Asset {
    /// The address the pages link to.
    pub fn href(&self) -> String {
        format!("/pages/{}", self.file_name())
    }

    pub fn file_name(&self) -> String {
        format!("{}.{}.{}", self.stem, *self.digest, self.extension)
    }
}

fn short_digest(body: &str) -> String {
    Sha256::digest(body.as_bytes()).iter().take(6).map(|b| format!("{b:02x}")).collect()
}

const STYLE_BODY: &str = include_str!("../../assets/pages.css");
const SCRIPT_BODY: &str = include_str!("../../assets/pages.js");

pub static STYLE: Asset = Asset {
    body: STYLE_BODY,
    content_type: "text/css; charset=utf-8",
    stem: "pages",
    extension: "css",
    digest: LazyLock::new(|| short_digest(STYLE_BODY)),
};

pub static SCRIPT: Asset = Asset {
    body: SCRIPT_BODY,
    content_type: "text/javascript; charset=utf-8",
    stem: "pages",
    extension: "js",
    digest: LazyLock::new(|| short_digest(SCRIPT_BODY)),
};

/// The asset of that file name, if it is one of ours and of this release.
pub fn named(file_name: &str) -> Option<&'static Asset> {
    [&STYLE, &SCRIPT].into_iter().find(|asset| asset.file_name() == file_name)
}
