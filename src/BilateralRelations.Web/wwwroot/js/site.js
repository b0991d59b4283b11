// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // The print button is hidden without JavaScript (window.print needs it) and shown with it.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  // The printed footer carries the date of printing, not of page generation.
  window.addEventListener("beforeprint", function () {
    var now = new Date();
    document.querySelectorAll("[data-print-date]").forEach(function (el) {
      el.textContent = now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    });
  });
  // Filter panels fold on phones, so the first result is in view; they open again when the screen widens.
  var narrow = window.matchMedia("(max-width: 46rem)");
  var panels = document.querySelectorAll("details[data-fold-narrow]");
  function fold() { panels.forEach(function (panel) { panel.open = !narrow.matches; }); }
  fold();
  narrow.addEventListener("change", fold);
  // Filter forms: submit without empty parameters, so shared links stay short and readable.
  document.querySelectorAll("form.filters, form.search").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (!field.value) { field.disabled = true; }
      });
      setTimeout(function () { form.querySelectorAll("[disabled]").forEach(function (f) { f.disabled = false; }); }, 0);
    });
  });
})();
