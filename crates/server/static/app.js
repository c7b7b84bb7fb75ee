// kzcomply dashboard: the little script it needs. Pages work without it; this only adds
// conveniences: a confirmation before an import writes, and filters that apply as soon as they
// change (elements marked data-autosubmit). The Content-Security-Policy allows no inline script
// or event-handler attribute, so every behaviour lives here.
document.addEventListener("DOMContentLoaded", () => {
  const confirmButton = document.getElementById("confirm");
  if (confirmButton && confirmButton.form) {
    confirmButton.form.addEventListener("submit", () => { confirmButton.disabled = true; });
  }
  for (const input of document.querySelectorAll("[data-autosubmit]")) {
    input.addEventListener("change", () => { if (input.form) input.form.submit(); });
  }
});
