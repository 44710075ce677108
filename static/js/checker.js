/* The checker's few behaviours htmx has no attribute for. Loaded with defer on the checker page only; the
   Content-Security-Policy allows scripts from this site and nothing inline, so everything lives here. Every
   listener is on the document: a history restore swaps the whole body, and they keep working. */
(function () {
  "use strict";

  var FORM = "check-form";

  /* A live answer swaps each field's error paragraph (id_<name>_error) out of band, and leaves the inputs
     alone so typing is never interrupted: mark the field's controls invalid, or not, to match. */
  function markInvalidFields() {
    var form = document.getElementById(FORM);
    if (!form) return;
    form.querySelectorAll("p.field__error[id^='id_'][id$='_error']").forEach(function (error) {
      var name = error.id.slice(3, -"_error".length);
      var invalid = error.textContent.trim() !== "";
      form.querySelectorAll("[name='" + CSS.escape(name) + "']").forEach(function (control) {
        if (invalid) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      });
    });
  }
  document.addEventListener("htmx:afterSettle", markInvalidFields);

  /* An explicit submit (the button, or Enter in a field) already carries every answer typed before it. An
     answer typed just before it still waits out its 400 ms pause, and would then replace the submit's
     request in flight (hx-sync) and with it the history entry the submit adds: drop that answer. */
  var submittedAt = -Infinity;
  document.addEventListener("htmx:confirm", function (event) {
    var detail = event.detail;
    var trigger = detail && detail.triggeringEvent;
    if (!trigger || !detail.elt) return;
    if (detail.elt.form && detail.elt.form.id === FORM && detail.elt.type === "submit") {
      submittedAt = trigger.timeStamp;
    } else if (detail.elt.id === FORM && trigger.type === "input" && trigger.timeStamp <= submittedAt) {
      event.preventDefault();
    }
  });

  /* The language switcher links to this page in each language with its answers (the query string): a live
     answer changes the address without reloading the page, so carry the new answers into those links. */
  function keepAnswersInLanguageLinks() {
    document.querySelectorAll(".language-switcher a[href]").forEach(function (link) {
      link.search = window.location.search;
    });
  }
  document.addEventListener("htmx:pushedIntoHistory", keepAnswersInLanguageLinks);
  document.addEventListener("htmx:replacedInHistory", keepAnswersInLanguageLinks);
})();
