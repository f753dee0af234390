// The order list (a clinician's orders or a laboratory's queue) and the request form.
"use strict";

/** One key per form instance: a double click, a retry or "order anyway" never makes two orders. */
let requestKey = gms.requestKey("web");
let sending = false;

function label(state) {
  return state.toLowerCase().replaceAll("_", " ");
}

async function loadOrders() {
  const body = document.querySelector("#orders tbody");
  const orders = await gms.getJson("/api/orders?limit=200");
  const name = await gms.displayNames(orders.map((o) => o.requester));
  body.replaceChildren();
  for (const order of orders) {
    const row = document.createElement("tr");
    const id = document.createElement("td");
    id.append(gms.link(`#${order.id}`, `/order.html?id=${order.id}`));
    const patient = document.createElement("td");
    const record = gms.link(`NHS ${gms.nhs(order.patient)}`, `/patient.html?nhs=${order.patient}`);
    record.className = "patient-link";
    patient.append(record);
    gms.patientLabel(order.patient).then((text) => { record.textContent = text; });
    const urgency = gms.el("td", order.urgency === "URGENT" ? "Urgent" : "Routine",
      order.urgency === "URGENT" ? "urgent" : "");
    const expected = gms.el("td", gms.date(order.expectedBy) + (order.overdue ? " (overdue)" : ""));
    if (order.overdue) expected.className = "error";
    row.append(id, patient, gms.el("td", `${order.test} ${order.indicationName}`), urgency,
      gms.el("td", label(order.state)), expected, gms.el("td", order.laboratory),
      gms.el("td", `${name(order.requester)}, ${order.requesterOrganisation}`));
    body.append(row);
  }
  if (orders.length === 0) {
    const row = document.createElement("tr");
    const cell = gms.el("td", "No orders yet.");
    cell.colSpan = 8;
    row.append(cell);
    body.append(row);
  }
}

/** The #indication looked up: R-codes only (a cancer M-code links to the cancer test page). */
function lookUpIndication() {
  return gms.lookUpIndication((code) => {
    if (/^M\d+$/.test(code)) {
      document.getElementById("indication-name").append(
        gms.link(`Order a ${code} test`, `/cancer-order.html?indication=${encodeURIComponent(code)}`));
      return `${code} is a cancer indication: order it on the cancer test page.`;
    }
    return /^R\d+$/.test(code) ? null : "An R-code looks like R29; find it in the test directory.";
  }, (test) => `${test.code}: ${test.name || test.testMethod} (${test.testMethod})`);
}

/** true, false with a reason, or an error shown next to the question (null: keep the form). */
function eligibilityAnswer() {
  const chosen = document.querySelector("input[name=eligibility]:checked");
  const question = document.getElementById("eligibility-met");
  const note = document.getElementById("eligibility-note");
  gms.fieldError(question, "");
  gms.fieldError(note, "");
  if (!chosen) {
    gms.fieldError(question, "Say whether the patient meets the eligibility criteria of the test.");
    question.focus();
    return null;
  }
  if (chosen.value === "no" && note.value.trim() === "") {
    gms.fieldError(note, "Say why the test is needed although the patient is outside the criteria.");
    note.focus();
    return null;
  }
  return chosen.value === "yes" ? { met: true, note: null } : { met: false, note: note.value.trim() };
}

/** The HPO ids in the field, as typed. */
function hpoIds() {
  return document.getElementById("hpo").value.split(",").map((t) => t.trim()).filter((t) => t !== "");
}

function addHpo(id) {
  const terms = hpoIds();
  if (!terms.includes(id)) terms.push(id);
  document.getElementById("hpo").value = terms.join(", ");
  showChosenHpo();
}

/** The chosen terms by name, each removable; unknown ids are flagged next to the field. */
async function showChosenHpo() {
  const list = document.getElementById("hpo-chosen");
  const field = document.getElementById("hpo");
  const terms = await gms.hpoNames(hpoIds());
  list.replaceChildren(...terms.map((term) => {
    const item = gms.el("li", gms.hpoLabel(term));
    if (!term.known) item.className = "error";
    const remove = gms.el("button", "×");
    remove.type = "button";
    remove.setAttribute("aria-label", `Remove ${gms.hpoLabel(term)}`);
    remove.addEventListener("click", () => {
      field.value = hpoIds().filter((t) => t !== term.id).join(", ");
      showChosenHpo();
    });
    item.append(remove);
    return item;
  }));
  const unknown = terms.filter((t) => !t.known).map((t) => t.id);
  gms.fieldError(field, unknown.length ? `${unknown.join(", ")}: not a current HPO term; find the term by its name above.` : "");
}

let hpoTimer = null;
let hpoSuggestions = [];

/** Suggests HPO terms as the user types; choosing one adds its id to the HPO terms. */
function searchHpo() {
  const search = document.getElementById("hpo-search");
  const chosen = search.value.match(/^(HP:\d{7})\b/);
  if (chosen && search.value.trim().length > 10) {
    addHpo(chosen[1]);
    search.value = "";
    return;
  }
  clearTimeout(hpoTimer);
  hpoTimer = setTimeout(async () => {
    if (search.value.trim().length < 3) return;
    hpoSuggestions = await gms.getJson(`/api/hpo/terms?q=${encodeURIComponent(search.value)}&limit=15`);
    document.getElementById("hpo-suggestions").replaceChildren(...hpoSuggestions.map((term) => {
      const option = document.createElement("option");
      option.value = `${term.id} ${term.name}`;
      return option;
    }));
  }, 250);
}

/** Enter in the HPO search box adds a term, never submits the order. */
async function hpoEnter(event) {
  if (event.key !== "Enter") return;
  event.preventDefault();
  const search = document.getElementById("hpo-search");
  const text = search.value.trim();
  if (text.length < 3) return;
  const id = text.match(/^(HP:\d{7})\b/);
  if (id) {
    addHpo(id[1]);
  } else {
    const found = await gms.getJson(`/api/hpo/terms?q=${encodeURIComponent(text)}&limit=1`);
    if (found.length === 0) {
      gms.fieldError(search, `No HPO term matches "${text}".`);
      return;
    }
    addHpo(found[0].id);
  }
  gms.fieldError(search, "");
  search.value = "";
}

async function submitOrder(event, anywayReason) {
  if (event) event.preventDefault();
  if (sending) return;
  const status = document.getElementById("order-status");
  const value = (id) => document.getElementById(id).value.trim();
  const laboratory = document.getElementById("laboratory");
  if (value("laboratory") === "") {
    gms.fieldError(laboratory, "Choose the genomic laboratory hub that will do the test.");
    laboratory.focus();
    return;
  }
  gms.fieldError(laboratory, "");
  const eligibility = eligibilityAnswer();
  if (!eligibility) return;
  const family = value("family") === "" ? [] : value("family").split(",").map((entry) => {
    const [nhsNumber, relationship] = entry.split(":").map((part) => part.trim());
    return { nhsNumber, relationship };
  });
  const buttons = [document.getElementById("submit-order"), document.getElementById("order-anyway")];
  sending = true;
  buttons.forEach((b) => { b.disabled = true; });
  status.className = "";
  status.textContent = "Sending the request…";
  try {
    const order = await gms.send("POST", "/api/orders", {
      requestKey,
      patient: value("patient").replace(/\s/g, ""),
      indication: value("indication"),
      test: value("test"),
      laboratory: value("laboratory"),
      urgency: value("urgency"),
      hpoTerms: hpoIds(),
      family,
      researchParticipation: gms.choice("research"),
      recontact: gms.choice("recontact"),
      orderAnywayReason: anywayReason || null,
      eligibilityMet: eligibility.met,
      eligibilityNote: eligibility.note,
    });
    const form = document.getElementById("new-order");
    form.reset();
    document.getElementById("hpo-chosen").replaceChildren();
    document.getElementById("patient-name").textContent = "";
    document.getElementById("indication-name").textContent = "";
    document.getElementById("test").replaceChildren();
    gms.showEligibility(null);
    document.getElementById("duplicate").hidden = true;
    requestKey = gms.requestKey("web");
    status.replaceChildren(
      gms.el("span", `Order #${order.id} submitted; result expected by ${gms.date(order.expectedBy)}. `),
      gms.link(`Open order #${order.id}`, `/order.html?id=${order.id}`));
    await loadOrders();
  } catch (e) {
    if (e.status === 409 && e.message.includes("one open order per test")) {
      document.getElementById("duplicate").hidden = false;
      document.getElementById("duplicate-message").textContent =
        `This patient already has an open order for this test. ${e.message}`;
      status.textContent = "";
      document.getElementById("order-anyway-reason").focus();
    } else {
      status.className = "error";
      status.textContent = e.message;
      status.focus?.();
    }
  } finally {
    sending = false;
    buttons.forEach((b) => { b.disabled = false; });
  }
}

function orderAnyway() {
  const reason = document.getElementById("order-anyway-reason");
  const why = gms.required(reason, "Say why the test is ordered again (for example, the first sample was lost).");
  if (why !== null) submitOrder(null, why);
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.signedIn();
  if (!me) return;
  const clinician = me.roles.includes("CLINICIAN");
  const laboratory = me.roles.includes("LABORATORY_SCIENTIST");
  if (!clinician && !laboratory) {
    document.getElementById("orders").hidden = true;
    document.getElementById("new-order").hidden = true;
    const [text, href] = me.roles.includes("RESEARCHER") ? ["Open the research page", "/research.html"]
      : me.roles.includes("ADMINISTRATOR") ? ["Open the administration page", "/admin.html"]
        : ["Open the management dashboard", "/dashboard.html"];
    gms.status("Test orders are for clinicians and laboratory staff; your work is elsewhere.");
    document.getElementById("status").append(" ", gms.link(text, href));
    return;
  }
  document.title = clinician ? "My orders - GMS" : "Work queue - GMS";
  document.querySelector("h1").textContent = clinician ? "My orders" : "Work queue";
  document.getElementById("scope").textContent = clinician
    ? `Orders of ${me.organisation}.`
    : `Work queue of ${me.organisation}.`;
  const form = document.getElementById("new-order");
  form.hidden = !clinician;
  if (clinician) {
    form.addEventListener("submit", submitOrder);
    document.getElementById("order-anyway").addEventListener("click", orderAnyway);
    document.getElementById("patient").addEventListener("change", () => gms.lookUpPatient("&then=order"));
    document.getElementById("indication").addEventListener("change", lookUpIndication);
    document.getElementById("hpo-search").addEventListener("input", searchHpo);
    document.getElementById("hpo-search").addEventListener("keydown", hpoEnter);
    document.getElementById("hpo").addEventListener("change", showChosenHpo);
    await gms.loadLaboratories();
    await gms.fillFromUrl("&then=order", lookUpIndication);
  }
  await loadOrders();
});
