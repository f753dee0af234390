// The order list (a clinician's orders or a laboratory's queue) and the request form.
"use strict";

async function loadOrders() {
  const body = document.querySelector("#orders tbody");
  const orders = await gms.getJson("/api/orders?limit=200");
  body.replaceChildren();
  for (const order of orders) {
    const row = document.createElement("tr");
    const link = gms.el("a", `#${order.id}`);
    link.href = `/order.html?id=${order.id}`;
    const id = document.createElement("td");
    id.append(link);
    const state = gms.el("td", order.state.toLowerCase().replaceAll("_", " "));
    const expected = gms.el("td", order.expectedBy + (order.overdue ? " (overdue)" : ""));
    if (order.overdue) expected.className = "error";
    const patient = document.createElement("td");
    const record = gms.el("a", order.patient);
    record.href = `/patient.html?nhs=${order.patient}`;
    patient.append(record);
    row.append(id, patient, gms.el("td", `${order.test} ${order.indicationName}`),
      state, expected, gms.el("td", order.laboratory));
    body.append(row);
  }
  if (orders.length === 0) {
    const row = document.createElement("tr");
    const cell = gms.el("td", "No orders yet.");
    cell.colSpan = 6;
    row.append(cell);
    body.append(row);
  }
}

async function lookUpIndication() {
  const code = document.getElementById("indication").value.trim().toUpperCase();
  const name = document.getElementById("indication-name");
  const tests = document.getElementById("test");
  tests.replaceChildren();
  name.textContent = "";
  if (!/^R\d+$/.test(code)) return;
  try {
    const indication = await gms.getJson(`/api/directory/indications/${encodeURIComponent(code)}`);
    name.textContent = indication.name;
    for (const test of indication.tests) {
      const option = gms.el("option", `${test.code}: ${test.testMethod}`);
      option.value = test.code;
      tests.append(option);
    }
  } catch (e) {
    name.textContent = e.message;
  }
}

let hpoTimer = null;

/** Suggests HPO terms as the user types; choosing one adds its id to the HPO terms field. */
function searchHpo() {
  const search = document.getElementById("hpo-search");
  const chosen = search.value.match(/^(HP:\d{7})\b/);
  if (chosen) {
    const field = document.getElementById("hpo");
    const terms = field.value.split(",").map((t) => t.trim()).filter((t) => t !== "");
    if (!terms.includes(chosen[1])) terms.push(chosen[1]);
    field.value = terms.join(", ");
    search.value = "";
    return;
  }
  clearTimeout(hpoTimer);
  hpoTimer = setTimeout(async () => {
    if (search.value.trim().length < 3) return;
    const terms = await gms.getJson(`/api/hpo/terms?q=${encodeURIComponent(search.value)}&limit=15`);
    document.getElementById("hpo-suggestions").replaceChildren(...terms.map((term) => {
      const option = document.createElement("option");
      option.value = `${term.id} ${term.name}`;
      return option;
    }));
  }, 250);
}

async function submitOrder(event) {
  event.preventDefault();
  const status = document.getElementById("order-status");
  const value = (id) => document.getElementById(id).value.trim();
  const family = value("family") === "" ? [] : value("family").split(",").map((entry) => {
    const [nhsNumber, relationship] = entry.split(":").map((part) => part.trim());
    return { nhsNumber, relationship };
  });
  try {
    const order = await gms.send("POST", "/api/orders", {
      requestKey: `web-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      patient: value("patient"),
      indication: value("indication"),
      test: value("test"),
      laboratory: value("laboratory"),
      urgency: value("urgency"),
      hpoTerms: value("hpo") === "" ? [] : value("hpo").split(",").map((term) => term.trim()),
      family,
      researchParticipation: document.getElementById("research").checked,
      recontact: document.getElementById("recontact").checked,
    });
    status.className = "";
    status.textContent = `Order #${order.id} submitted; result expected by ${order.expectedBy}.`;
    await loadOrders();
  } catch (e) {
    status.className = "error";
    status.textContent = e.message;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.me();
  if (!me) {
    location.href = "/login";
    return;
  }
  const clinician = me.roles.includes("CLINICIAN");
  document.getElementById("scope").textContent = clinician
    ? `Orders of ${me.organisation}.`
    : `Work queue of ${me.organisation}.`;
  const form = document.getElementById("new-order");
  form.hidden = !clinician;
  form.addEventListener("submit", submitOrder);
  document.getElementById("indication").addEventListener("change", lookUpIndication);
  document.getElementById("hpo-search").addEventListener("input", searchHpo);
  await loadOrders();
});
