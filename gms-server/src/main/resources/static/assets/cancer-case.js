// A cancer case's laboratory page: the case as requested, its samples, recording a received sample
// (type, barcode, cellularity, collection date, paired germline sample), uploading the tumour VCF
// (or MAF, with optional copy-number and fusion files) to start a somatic run, and following the
// runs until their result, then the way to the tumour board. Errors are shown at their control.
"use strict";

const caseId = new URLSearchParams(location.search).get("case");

const SAMPLE_FIELDS = {
  type: "sample-type", barcode: "barcode", cellularityPercent: "cellularity",
  collectedOn: "collected-on", germlineSampleId: "germline-sample",
};
const RUN_FIELDS = {
  sampleId: "run-sample", vcf: "vcf", maf: "maf", cna: "cna", fusions: "fusions",
  targetMb: "target-mb", tumourSample: "tumour-sample", normalSample: "normal-sample",
};

const RECEPTOR_FIELDS = { er: "er", pr: "pr", her2: "her2" };

let samples = [];
let following = null;

const words = (value) => gms.text(value).replaceAll("_", " ").toLowerCase();
const value = (id) => document.getElementById(id).value.trim();

function clearErrors(fields) {
  for (const id of Object.values(fields)) gms.fieldError(document.getElementById(id), "");
}

async function showCase() {
  const c = await gms.getJson(`/api/oncology/cases/${caseId}`);
  document.title = `Cancer case ${c.id} - GMS`;
  document.getElementById("title").textContent = `Cancer case ${c.id}: ${c.tumourType}`;
  const patient = gms.link(`NHS ${gms.nhs(c.nhsNumber)}`, `/patient.html?nhs=${c.nhsNumber}`);
  gms.patientLabel(c.nhsNumber).then((text) => { patient.textContent = text; });
  const requested = c.sampleType
    ? `${words(c.sampleType)}${c.cellularityPercent === null ? "" : `, ${c.cellularityPercent}% tumour (pathology)`}${c.pairedGermline ? ", with blood for germline comparison" : ""}`
    : "not stated";
  const facts = document.getElementById("facts");
  facts.replaceChildren();
  for (const [k, v] of [["Patient", patient],
    ["Order", gms.link(`#${c.orderId} (${c.testCode})`, `/order.html?id=${c.orderId}`)],
    ["Tumour type", `${c.tumourType} (OncoTree ${c.oncotreeCode})`],
    ["Histology", c.histology || "-"], ["Primary site", c.primarySite || "-"], ["Stage", c.stage || "-"],
    ["Sample requested", requested]]) {
    facts.append(gms.el("dt", k));
    const dd = document.createElement("dd");
    if (v instanceof Node) dd.append(v); else dd.textContent = v;
    facts.append(dd);
  }
  document.getElementById("mtb").href = `/mtb.html?case=${c.id}`;
  return c;
}

async function showSamples() {
  samples = await gms.getJson(`/api/oncology/cases/${caseId}/samples`);
  const byId = new Map(samples.map((s) => [s.id, s]));
  const name = await gms.displayNames(samples.map((s) => s.receivedBy));
  const body = document.querySelector("#samples tbody");
  body.replaceChildren(...samples.map((s) => gms.row([s.barcode, words(s.type), gms.date(s.collectedOn),
    s.cellularityPercent === null ? "-" : `${s.cellularityPercent}%`,
    s.germlineSampleId ? (byId.get(s.germlineSampleId) || {}).barcode : "-",
    `${name(s.receivedBy)}, ${gms.date(s.receivedAt, true)}`])));
  if (samples.length === 0) body.append(gms.row(["No sample received yet.", "", "", "", "", ""]));
  const germline = document.getElementById("germline-sample");
  const none = gms.el("option", "none");
  none.value = "";
  germline.replaceChildren(none, ...samples.filter((s) => s.type === "BLOOD_GERMLINE").map((s) => {
    const option = gms.el("option", `${s.barcode} (blood, ${gms.date(s.collectedOn)})`);
    option.value = s.id;
    return option;
  }));
  const runSample = document.getElementById("run-sample");
  const tumour = samples.filter((s) => s.type !== "BLOOD_GERMLINE");
  runSample.replaceChildren(...tumour.map((s) => {
    const option = gms.el("option", `${s.barcode} (${words(s.type)}, ${gms.date(s.collectedOn)})`);
    option.value = s.id;
    return option;
  }));
  if (tumour.length) runSample.value = tumour[tumour.length - 1].id;
}

async function showRuns() {
  const runs = await gms.getJson(`/api/oncology/cases/${caseId}/runs`);
  const barcode = new Map(samples.map((s) => [s.id, s.barcode]));
  const body = document.querySelector("#runs tbody");
  body.replaceChildren(...runs.map((r) => {
    let result = r.message || "";
    if (r.state === "SUCCEEDED") {
      const cell = document.createElement("span");
      cell.append(gms.link("Open the molecular tumour board", `/mtb.html?case=${caseId}`), " · ",
        gms.link(`engine report of run ${r.id}`, `/api/oncology/runs/${r.id}/result`));
      result = cell;
    }
    const row = gms.row([`#${r.id}`, barcode.get(r.sampleId) || r.sampleId,
      r.state === "QUEUED" ? "queued, waiting for the worker" : r.state === "RUNNING" ? "running" : words(r.state),
      r.attempt, gms.date(r.queuedAt, true), gms.date(r.finishedAt, true), result]);
    row.dataset.state = r.state;
    row.id = `run-${r.id}`;
    return row;
  }));
  if (runs.length === 0) body.append(gms.row(["No analysis yet.", "", "", "", "", "", ""]));
  const active = runs.some((r) => r.state === "QUEUED" || r.state === "RUNNING");
  clearTimeout(following);
  if (active) following = setTimeout(() => showRuns().catch((e) => gms.status(e.message, true)), 1000);
}

async function showReceptors() {
  const r = await gms.getJson(`/api/oncology/cases/${caseId}/receptors`);
  const shown = (v) => v || "not known";
  const name = await gms.displayNames([r.recordedBy]);
  document.getElementById("receptors-shown").textContent = r.recordedAt
    ? `ER ${shown(r.er)}, PR ${shown(r.pr)}, HER2 ${shown(r.her2)} (recorded ${gms.date(r.recordedAt, true)} by ${name(r.recordedBy)}).`
    : "Not recorded.";
  for (const id of Object.keys(RECEPTOR_FIELDS)) document.getElementById(id).value = r[id] || "";
}

async function recordReceptors(event) {
  const status = startSubmit(event, "receptors-status", RECEPTOR_FIELDS);
  const button = document.getElementById("receptors-button");
  button.disabled = true;
  try {
    await gms.send("POST", `/api/oncology/cases/${caseId}/receptors`,
      { er: value("er"), pr: value("pr"), her2: value("her2") });
    await showReceptors();
    status.textContent = "Receptor status recorded.";
  } catch (e) {
    gms.showError(e, RECEPTOR_FIELDS, status);
  } finally {
    button.disabled = false;
  }
}

/** A form sent: no page reload, and its status line and field errors cleared. Returns the status line. */
function startSubmit(event, statusId, fields) {
  event.preventDefault();
  const status = document.getElementById(statusId);
  status.className = "";
  status.textContent = "";
  clearErrors(fields);
  return status;
}

async function receive(event) {
  const status = startSubmit(event, "receive-status", SAMPLE_FIELDS);
  const cellularity = value("cellularity");
  if (cellularity !== "" && !/^\d+$/.test(cellularity)) {
    gms.fieldError(document.getElementById("cellularity"), "Tumour cellularity is a whole percentage from 0 to 100.");
    return;
  }
  if (value("barcode") === "") {
    gms.fieldError(document.getElementById("barcode"), "Give the barcode on the sample's tube or block.");
    document.getElementById("barcode").focus();
    return;
  }
  const button = document.getElementById("receive-button");
  button.disabled = true;
  try {
    const s = await gms.send("POST", `/api/oncology/cases/${caseId}/samples`, {
      type: value("sample-type"),
      barcode: value("barcode"),
      cellularityPercent: cellularity === "" ? null : Number(cellularity),
      collectedOn: value("collected-on") || null,
      germlineSampleId: value("germline-sample") === "" ? null : Number(value("germline-sample")),
    });
    document.getElementById("barcode").value = "";
    await showSamples(); // the list holds the sample before the status says it is recorded
    status.textContent = `Sample ${s.barcode} recorded (${words(s.type)}${s.cellularityPercent === null ? "" : `, ${s.cellularityPercent}% tumour`}).`;
  } catch (e) {
    gms.showError(e, SAMPLE_FIELDS, status);
  } finally {
    button.disabled = false;
  }
}

async function analyse(event) {
  const status = startSubmit(event, "analyse-status", RUN_FIELDS);
  const file = (id) => document.getElementById(id).files[0];
  if (value("run-sample") === "") {
    gms.fieldError(document.getElementById("run-sample"), "Record the tumour sample first, then analyse it.");
    return;
  }
  if (!file("vcf") === !file("maf")) {
    gms.fieldError(document.getElementById("vcf"), "Choose the tumour VCF, or a MAF instead (one of them).");
    document.getElementById("vcf").focus();
    return;
  }
  const form = new FormData();
  form.append("sampleId", value("run-sample"));
  for (const id of ["vcf", "maf", "cna", "fusions"]) if (file(id)) form.append(id, file(id));
  if (value("tumour-sample")) form.append("tumourSample", value("tumour-sample"));
  if (value("normal-sample")) form.append("normalSample", value("normal-sample"));
  if (value("target-mb")) form.append("targetMb", value("target-mb"));
  const button = document.getElementById("analyse-button");
  button.disabled = true;
  status.textContent = "Uploading…";
  try {
    const response = await fetch(`/api/oncology/cases/${caseId}/runs`, {
      method: "POST",
      headers: { Accept: "application/json", "X-XSRF-TOKEN": gms.csrfToken() },
      body: form,
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw gms.problem(answer, response.status, "the upload");
    document.getElementById("analyse").reset();
    await showSamples();
    await showRuns(); // the run is listed before the status points to it
    status.textContent = `Run #${answer.id} queued; its progress is shown below.`;
  } catch (e) {
    status.textContent = "";
    gms.showError(e, RUN_FIELDS, status);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.signedIn();
  if (!me) return;
  try {
    const c = await showCase();
    await showReceptors();
    if (me.roles.includes("CLINICIAN")) {
      document.getElementById("receptors").hidden = false;
      document.getElementById("receptors").addEventListener("submit", recordReceptors);
    }
    if (me.roles.includes("LABORATORY_SCIENTIST")) {
      document.getElementById("laboratory").hidden = false;
      if (c.sampleType) document.getElementById("sample-type").value = c.sampleType.toLowerCase();
      if (c.cellularityPercent !== null) document.getElementById("cellularity").value = c.cellularityPercent;
      document.getElementById("sample-type").addEventListener("change", () => {
        // the requested cellularity belongs to the requested sample only
        const same = c.sampleType && value("sample-type") === c.sampleType.toLowerCase();
        document.getElementById("cellularity").value = same && c.cellularityPercent !== null ? c.cellularityPercent : "";
      });
      document.getElementById("receive").addEventListener("submit", receive);
      document.getElementById("analyse").addEventListener("submit", analyse);
    }
    await showSamples();
    await showRuns();
  } catch (e) {
    gms.status(e.message, true);
  }
});
