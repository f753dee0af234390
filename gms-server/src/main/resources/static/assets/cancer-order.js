// The clinician's cancer test request: the order of an M-code test (as any order, with the answer
// to its eligibility criteria) and the cancer case opened on it: tumour type from OncoTree,
// histology, site, stage, the sample to be sent, its cellularity and whether a germline blood
// sample comes with it. Errors are shown next to the control they concern.
"use strict";

/** One key per request: a retry after an error replays the same order, never a second one. */
let requestKey = gms.requestKey("web-cancer");
let sending = false;

/** Request fields (of the order and the case) to the controls that hold them. */
const FIELDS = {
  patient: "patient", indication: "indication", test: "test", laboratory: "laboratory",
  eligibilityMet: "eligibility-met", eligibilityNote: "eligibility-note",
  oncotreeCode: "tumour-type", histology: "histology", primarySite: "primary-site", stage: "stage",
  sampleType: "sample-type", cellularityPercent: "cellularity", pairedGermline: "paired-germline",
};

const value = (id) => document.getElementById(id).value.trim();

/** The #indication looked up: M-codes only (a rare-disease R-code is ordered from My orders). */
function lookUpIndication() {
  return gms.lookUpIndication((code) => {
    if (/^M\d+$/.test(code)) return null;
    return /^R\d+$/.test(code)
      ? `${code} is a rare-disease indication: order it from My orders.`
      : "A cancer indication's code looks like M4; find it in the test directory.";
  }, (test) => `${test.code}: ${test.name || test.testMethod}`);
}

let tumourTimer = null;

/** Suggests OncoTree types as the user types. */
function searchTumourTypes() {
  clearTimeout(tumourTimer);
  tumourTimer = setTimeout(async () => {
    const text = value("tumour-type");
    if (text.length < 2) return;
    const found = await gms.getJson(`/api/oncology/tumour-types?q=${encodeURIComponent(text)}&limit=15`)
      .catch(() => []);
    document.getElementById("tumour-types").replaceChildren(...found.map((t) => {
      const option = document.createElement("option");
      option.value = t.code;
      option.label = t.name;
      return option;
    }));
  }, 200);
}

/** The OncoTree code typed or chosen, checked: {code, name}, or null with the error shown. */
async function tumourType() {
  const input = document.getElementById("tumour-type");
  const note = document.getElementById("tumour-type-name");
  const code = input.value.trim().split(/\s+/)[0].toUpperCase();
  note.textContent = "";
  gms.fieldError(input, "");
  if (code === "") {
    gms.fieldError(input, "Give the tumour type: type its name or OncoTree code and choose it from the list.");
    return null;
  }
  const found = await gms.getJson(`/api/oncology/tumour-types?q=${encodeURIComponent(code)}&limit=50`)
    .catch(() => []);
  const type = found.find((t) => t.code === code);
  if (!type) {
    const close = found.slice(0, 5).map((t) => `${t.code} (${t.name})`).join(", ");
    gms.fieldError(input, `'${input.value.trim()}' is not an OncoTree code.${close ? ` Close: ${close}.` : ""} Choose the tumour type from the list.`);
    return null;
  }
  input.value = type.code;
  note.textContent = `${type.name} (OncoTree ${type.code})`;
  return type;
}

/** Checks the form before sending; shows each problem at its control. Returns the first one's control or null. */
async function check() {
  const problems = [];
  const need = (id, ok, message) => {
    const control = document.getElementById(id);
    gms.fieldError(control, ok ? "" : message);
    if (!ok) problems.push(control);
  };
  need("patient", /^\d{10}$/.test(value("patient").replace(/\s/g, "")), "Give the patient's NHS number (10 digits).");
  need("indication", /^M\d+$/i.test(value("indication")), "Give the cancer indication's M-code, e.g. M4.");
  need("test", value("test") !== "", "Choose the test of the indication.");
  const eligibility = document.querySelector("input[name=eligibility]:checked");
  need("eligibility-met", eligibility !== null, "Say whether the patient meets the eligibility criteria of the test.");
  need("eligibility-note", !eligibility || eligibility.value === "yes" || value("eligibility-note") !== "",
    "Say why the test is needed although the patient is outside the criteria.");
  need("sample-type", value("sample-type") !== "", "Choose the sample that will be sent.");
  const cellularity = value("cellularity");
  need("cellularity", cellularity === "" || (/^\d+$/.test(cellularity) && Number(cellularity) <= 100),
    "Tumour cellularity is a whole percentage from 0 to 100; leave it empty when not known.");
  need("laboratory", value("laboratory") !== "", "Choose the genomic laboratory hub that will do the test.");
  const type = await tumourType();
  if (!type) problems.push(document.getElementById("tumour-type"));
  return problems[0] || null;
}

/** Where an order error belongs, from its field or, for the order's rules, its words. */
function orderErrorField(error) {
  if (error.field) return error.field;
  const m = error.message.toLowerCase();
  if (m.includes("patient") || m.includes("nhs number")) return "patient";
  if (m.includes("laborator")) return "laboratory";
  if (m.includes("eligib")) return "eligibilityMet";
  if (m.includes("indication")) return "indication";
  if (m.includes("test")) return "test";
  return null;
}

async function submit(event) {
  event.preventDefault();
  if (sending) return;
  const status = document.getElementById("order-status");
  status.className = "";
  status.textContent = "";
  const first = await check();
  if (first) {
    first.focus();
    status.className = "error";
    status.textContent = "Correct the fields marked above, then order again.";
    return;
  }
  const button = document.getElementById("submit-order");
  sending = true;
  button.disabled = true;
  status.textContent = "Sending the request…";
  let order = null;
  try {
    const eligible = gms.choice("eligibility");
    order = await gms.send("POST", "/api/orders", {
      requestKey,
      patient: value("patient").replace(/\s/g, ""),
      indication: value("indication").toUpperCase(),
      test: value("test"),
      laboratory: value("laboratory"),
      urgency: value("urgency"),
      hpoTerms: [],
      family: [],
      researchParticipation: gms.choice("research"),
      recontact: gms.choice("recontact"),
      eligibilityMet: eligible,
      eligibilityNote: eligible ? null : value("eligibility-note"),
    });
    const existing = await fetch(`/api/orders/${order.id}/cancer-case`, { headers: { Accept: "application/json" } });
    const cancerCase = existing.ok ? await existing.json()
      : await gms.send("POST", "/api/oncology/cases", {
        orderId: order.id,
        oncotreeCode: value("tumour-type"),
        histology: value("histology"),
        primarySite: value("primary-site"),
        stage: value("stage"),
        sampleType: value("sample-type"),
        cellularityPercent: value("cellularity") === "" ? null : Number(value("cellularity")),
        pairedGermline: document.getElementById("paired-germline").checked,
      });
    document.getElementById("cancer-order").reset();
    for (const id of ["patient-name", "indication-name", "tumour-type-name"]) document.getElementById(id).textContent = "";
    document.getElementById("test").replaceChildren();
    gms.showEligibility(null);
    requestKey = gms.requestKey("web-cancer");
    status.replaceChildren(
      gms.el("span", `Order #${order.id} placed and cancer case ${cancerCase.id} opened (${cancerCase.tumourType}); result expected by ${gms.date(order.expectedBy)}. `),
      gms.link(`Open order #${order.id}`, `/order.html?id=${order.id}`), " · ",
      gms.link(`Cancer case ${cancerCase.id}: samples and analysis`, `/cancer-case.html?case=${cancerCase.id}`));
  } catch (e) {
    const field = order ? e.field : orderErrorField(e);
    const shown = gms.showError({ message: e.message, field }, FIELDS, status);
    if (shown) {
      status.className = "error";
      status.textContent = order
        ? `Order #${order.id} is placed but its cancer case is not opened: correct the field marked above and order again (the same order is kept).`
        : "The order was not placed: correct the field marked above and order again.";
    }
  } finally {
    sending = false;
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.signedIn();
  if (!me) return;
  if (!me.roles.includes("CLINICIAN")) {
    gms.status("Cancer tests are ordered by clinicians; laboratory staff receive the samples from the order page.");
    return;
  }
  const form = document.getElementById("cancer-order");
  form.hidden = false;
  form.addEventListener("submit", submit);
  document.getElementById("patient").addEventListener("change", () => gms.lookUpPatient());
  document.getElementById("indication").addEventListener("change", lookUpIndication);
  document.getElementById("tumour-type").addEventListener("input", searchTumourTypes);
  document.getElementById("tumour-type").addEventListener("change", tumourType);
  await gms.loadLaboratories();
  await gms.fillFromUrl("", lookUpIndication);
});
