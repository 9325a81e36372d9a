// The served pages work without this script; with it, a sign-up's errors appear beside their
// fields without a reload, and a one-time link's token goes from the address's fragment (which
// no browser sends to a server) into the form that uses it.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form[data-link-form]")) takeToken(form);
  for (const form of document.querySelectorAll("form[data-signup]")) enhanceSignup(form);
  const summary = document.querySelector("[data-summary]");
  summary?.addEventListener("click", focusField);
  if (summary && !summary.hidden) summary.focus();
});

// A link of the error summary takes the reader to its field, ready to type, not only near it.
function focusField(event) {
  const link = event.target.closest("a[href^='#f-']");
  const field = link && document.getElementById(link.getAttribute("href").slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

function takeToken(form) {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (!token) {
    form.hidden = true;
    document.querySelector("[data-link-missing]").hidden = false;
    return;
  }
  form.elements.token.value = token;
  history.replaceState(null, "", location.pathname + location.search);
}

// The same JSON the server builds from a plain post: blank fields left out (but those the form
// names in data-required, sent empty), a year as a number.
function signupBody(form) {
  const body = {};
  for (const element of form.elements) {
    if (!element.name || element.type === "submit") continue;
    if (element.type === "checkbox") {
      body[element.name] = element.checked;
      continue;
    }
    const value = element.value.trim();
    if (value === "") continue;
    body[element.name] = element.name === "birth_year" && /^\d+$/.test(value) ? Number(value) : value;
  }
  for (const required of (form.dataset.required ?? "").split(" ").filter(Boolean)) body[required] ??= "";
  return body;
}

function enhanceSignup(form) {
  const key = crypto.randomUUID();
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch(form.dataset.signup, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": key },
        body: JSON.stringify(signupBody(form)),
      });
      if (response.ok) {
        location.assign(form.dataset.thanks);
        return;
      }
      showProblem(form, await response.json());
    } catch {
      // Without an answer, the plain post still works.
      form.submit();
    } finally {
      button.disabled = false;
    }
  });
}

function showProblem(form, problem) {
  for (const message of form.querySelectorAll("[data-error-for]")) {
    message.hidden = true;
    message.textContent = "";
    const input = form.elements[message.dataset.errorFor];
    input?.removeAttribute("aria-invalid");
    input?.closest(".field")?.classList.remove("invalid");
  }
  const errors = problem.errors ?? [];
  for (const error of errors) {
    const message = form.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`);
    if (!message) continue;
    message.textContent = message.hidden ? error.message : `${message.textContent} ${error.message}`;
    message.hidden = false;
    const input = form.elements[error.field];
    input.setAttribute("aria-invalid", "true");
    const described = new Set((input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
    described.add(message.id);
    input.setAttribute("aria-describedby", [...described].join(" "));
    input.closest(".field")?.classList.add("invalid");
  }
  const summary = document.querySelector("[data-summary]");
  summary.replaceChildren();
  const heading = document.createElement("h2");
  heading.textContent = document.documentElement.dataset.errorHeading ?? problem.title;
  const text = document.createElement("p");
  text.textContent = `${problem.title}. ${problem.detail}`;
  summary.append(heading, text);
  if (errors.length > 0) {
    const list = document.createElement("ul");
    for (const error of errors) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#f-${error.field}`;
      const label = form.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`)?.dataset.label;
      link.textContent = label ? `${label}: ${error.message}` : error.message;
      item.append(link);
      list.append(item);
    }
    summary.append(list);
  }
  summary.hidden = false;
  summary.focus();
}
