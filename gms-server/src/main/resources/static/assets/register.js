// Registering a patient: NHS number checked (modulus 11) as it is typed, then the demographics.
"use strict";

/** The NHS number's check digit (modulus 11), as the service checks it. */
function nhsNumberProblem(value) {
  const digits = value.replace(/\s/g, "");
  if (!/^\d{10}$/.test(digits)) return "An NHS number is 10 digits.";
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10 || check !== Number(digits[9])) {
    return `${gms.nhs(digits)} is not a valid NHS number (its check digit does not match); check it against the patient's records.`;
  }
  return "";
}

/** The NHS number field of the id, checked as it changes. */
function nhsField(id) {
  const nhs = document.getElementById(id);
  nhs.addEventListener("change", () => gms.fieldError(nhs, nhsNumberProblem(nhs.value)));
  return nhs;
}

/** Checks the NHS number field on submitting: shows its problem; true when it has one. */
function nhsInvalid(nhs) {
  const problem = nhsNumberProblem(nhs.value);
  gms.fieldError(nhs, problem);
  return problem !== "";
}

/** The chosen deprivation decile, or null when not recorded. */
function decile(select) {
  return select.value === "" ? null : Number(select.value);
}

/** Records (or clears) a registered patient's ethnic category and deprivation decile. */
function equityForm() {
  // the same choices as the registration form's (one list of codes, in the page)
  for (const field of ["ethnic-category", "imd-decile"]) {
    const options = [...document.getElementById(field).options].map((o) => o.cloneNode(true));
    document.getElementById(`equity-${field}`).replaceChildren(...options);
  }
  const form = document.getElementById("equity");
  const nhs = nhsField("equity-nhs-number");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (nhsInvalid(nhs)) {
      nhs.focus();
      return;
    }
    const button = document.getElementById("equity-button");
    button.disabled = true;
    const digits = nhs.value.replace(/\s/g, "");
    try {
      const patient = await gms.send("PUT", `/api/patients/${digits}/equity`, {
        ethnicCategory: document.getElementById("equity-ethnic-category").value || null,
        imdDecile: decile(document.getElementById("equity-imd-decile")),
      });
      const status = document.getElementById("equity-status");
      status.className = "";
      status.textContent = `Recorded for ${patient.name} (NHS ${gms.nhs(digits)}): ethnic category ${patient.ethnicCategory ?? "not recorded"}, deprivation decile ${patient.imdDecile ?? "not recorded"}.`;
    } catch (e) {
      gms.fieldError(e.status === 404 ? nhs : button, e.message);
    } finally {
      button.disabled = false;
    }
  });
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.signedIn();
  if (!me) return;
  equityForm();
  const params = new URLSearchParams(location.search);
  const nhs = nhsField("nhs-number");
  if (params.get("nhs")) nhs.value = params.get("nhs");
  document.getElementById("register").addEventListener("submit", async (event) => {
    event.preventDefault();
    const invalid = nhsInvalid(nhs);
    const fields = [["name", "Give the patient's name."], ["date-of-birth", "Give the date of birth."], ["sex", "Choose the patient's sex."]];
    let first = invalid ? nhs : null;
    for (const [id, message] of fields) {
      const field = document.getElementById(id);
      const missing = field.value.trim() === "";
      gms.fieldError(field, missing ? message : "");
      if (missing && !first) first = field;
    }
    if (first) {
      first.focus();
      return;
    }
    const button = document.getElementById("register-button");
    button.disabled = true;
    const digits = nhs.value.replace(/\s/g, "");
    try {
      const patient = await gms.send("POST", "/api/patients", {
        nhsNumber: digits,
        name: document.getElementById("name").value.trim(),
        dateOfBirth: document.getElementById("date-of-birth").value,
        sex: document.getElementById("sex").value,
        ethnicCategory: document.getElementById("ethnic-category").value || null,
        imdDecile: decile(document.getElementById("imd-decile")),
      });
      const status = document.getElementById("status");
      status.className = "";
      status.replaceChildren(
        gms.el("span", `${patient.name} (NHS ${gms.nhs(digits)}) is registered. `),
        gms.link("Order a test for this patient", `/orders.html?patient=${digits}`), " · ",
        gms.link("Open their record", `/patient.html?nhs=${digits}`));
      document.getElementById("register").reset();
      if (params.get("then") === "order") location.href = `/orders.html?patient=${digits}`;
    } catch (e) {
      gms.fieldError(e.status === 409 ? nhs : button, e.message);
    } finally {
      button.disabled = false;
    }
  });
});
