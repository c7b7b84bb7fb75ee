//! Payslips as files: a PDF (typeset by `kzcomply-pdf`, with the default `pdf` feature) or, in a
//! binary built without it, the same payslip as a self-contained HTML page.

use crate::Failure;
use kzcomply_run::payslip::Document;

/// The extension of the payslip files this binary writes.
#[cfg(feature = "pdf")]
pub const EXTENSION: &str = "pdf";
#[cfg(not(feature = "pdf"))]
pub const EXTENSION: &str = "html";

/// The payslip's bytes (a file of [`EXTENSION`]).
#[cfg(feature = "pdf")]
pub fn payslip(doc: &Document) -> Result<Vec<u8>, Failure> {
    // The two crates share the document's shape, not a dependency (the PDF crate stays a leaf).
    let value = serde_json::to_value(doc).map_err(|e| Failure::Other(e.into()))?;
    let doc: kzcomply_pdf::Document = serde_json::from_value(value).map_err(|e| Failure::Other(e.into()))?;
    let bytes = kzcomply_pdf::render(&doc).map_err(|e| Failure::Other(anyhow::anyhow!("{e}")))?;
    Ok(bytes)
}

#[cfg(not(feature = "pdf"))]
pub fn payslip(doc: &Document) -> Result<Vec<u8>, Failure> {
    Ok(kzcomply_run::payslip::html(std::slice::from_ref(doc)).into_bytes())
}
