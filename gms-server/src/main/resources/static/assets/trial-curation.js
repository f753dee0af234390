// Curating imported ClinicalTrials.gov records (administrators): the list of records, one record's
// eligibility text beside each arm's curated genomic criteria, and a form per arm to add, change or
// remove its conditions. Saving re-runs matching; errors are shown at their control.
"use strict";

const trialId = new URLSearchParams(location.search).get("id");

const CATEGORIES = [["", "Any"], ["Mutation", "Mutation"], ["Copy Number Variation", "Copy number (CNV)"],
  ["Structural Variation", "Fusion / structural (SV)"]];
const CNV_CALLS = ["", "High level amplification", "Gain", "Heterozygous deletion", "Homozygous deletion"];
const FIELDS = [
  ["gene", "Gene", "text"], ["proteinChange", "Protein change", "text"],
  ["variantCategory", "Variant category", CATEGORIES], ["cnvCall", "Copy-number call", CNV_CALLS.map((c) => [c, c || "-"])],
  ["fusionPartner", "Fusion partner", "text"], ["exon", "Exon", "number"],
  ["wildType", "Wild type", "checkbox"], ["tmb", "TMB (per Mb)", "text"], ["msi", "MSI", [["", "-"], ["MSI-H", "MSI-H"], ["MSS", "MSS"]]],
];

async function showList() {
  const trials = (await gms.getJson("/api/trials")).filter((t) => t.source === "CTGOV");
  const body = document.getElementById("records");
  body.replaceChildren(...trials.map((t) => gms.row([
    gms.link(t.id, `/trial-curation.html?id=${encodeURIComponent(t.id)}`), t.title, t.status,
    `${t.arms}`, gms.date(t.importedAt, true)])));
  if (trials.length === 0) body.append(gms.row(["No ClinicalTrials.gov record imported yet.", "", "", "", ""]));
}

function control(armIndex, row, [name, label, kind], value) {
  const id = `arm${armIndex}-c${row}-${name}`;
  const wrap = document.createElement("div");
  wrap.className = "criterion-field";
  const lab = gms.el("label", label);
  lab.htmlFor = id;
  let input;
  if (Array.isArray(kind)) {
    input = document.createElement("select");
    for (const [v, text] of kind) {
      const o = gms.el("option", text);
      o.value = v;
      input.append(o);
    }
    input.value = value || "";
  } else {
    input = document.createElement("input");
    input.type = kind;
    if (kind === "checkbox") input.checked = Boolean(value);
    else input.value = value === null || value === undefined ? "" : value;
    if (kind === "number") { input.min = "1"; input.max = "200"; input.step = "1"; }
    input.autocomplete = "off";
  }
  input.id = id;
  input.dataset.name = name;
  wrap.append(lab, input);
  return wrap;
}

function conditionRow(armIndex, fieldset, condition) {
  const row = fieldset.querySelectorAll(".criterion").length;
  const box = document.createElement("fieldset");
  box.className = "criterion card";
  box.append(gms.el("legend", `Condition ${row + 1}`));
  for (const f of FIELDS) box.append(control(armIndex, row, f, condition ? condition[f[0]] : null));
  const remove = gms.el("button", "Remove this condition");
  remove.type = "button";
  remove.addEventListener("click", () => box.remove());
  box.append(remove);
  fieldset.querySelector(".criteria").append(box);
}

function readConditions(form) {
  const fields = {};
  const criteria = [...form.querySelectorAll(".criterion")].map((box, i) => {
    const c = {};
    for (const input of box.querySelectorAll("[data-name]")) {
      const name = input.dataset.name;
      fields[`criteria[${i}].${name}`] = input.id;
      if (input.type === "checkbox") c[name] = input.checked;
      else if (name === "exon") c[name] = input.value.trim() === "" ? null : Number(input.value);
      else c[name] = input.value.trim();
    }
    return c;
  });
  return { criteria, fields };
}

async function save(event, arm, form) {
  event.preventDefault();
  const status = form.querySelector("[role=status]");
  status.className = "";
  status.textContent = "";
  form.querySelectorAll("[data-name]").forEach((c) => gms.fieldError(c, ""));
  const { criteria, fields } = readConditions(form);
  fields.combine = form.querySelector("select.combine").id;
  const exon = form.querySelector("[data-name=exon]");
  if (exon && exon.value !== "" && !/^\d+$/.test(exon.value)) {
    gms.fieldError(exon, "An exon is a whole number, e.g. 19.");
    return;
  }
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const result = await gms.send("PUT", `/api/trials/${encodeURIComponent(trialId)}/curation`,
      { arm: arm.code, combine: form.querySelector("select.combine").value, criteria });
    await showRecord();
    const done = criteria.length ? `Criteria of ${arm.code} saved` : `Criteria of ${arm.code} removed`;
    gms.status(`${done}; matching run again: ${result.alerts} new ${result.alerts === 1 ? "match" : "matches"} raised ${result.alerts === 1 ? "an alert" : "alerts"} for the treating team.`);
  } catch (e) {
    gms.showError(e, fields, status);
  } finally {
    button.disabled = false;
  }
}

function armForm(arm, index) {
  const section = document.createElement("section");
  section.className = "card arm";
  section.append(gms.el("h3", arm.code));
  if (arm.interventions.length) section.append(gms.el("p", `Treatment: ${arm.interventions.join("; ")}`));
  const now = arm.curated ? arm.criteria : "No criteria curated: the arm is not matched.";
  const from = arm.curatedBy === "*" ? " (curated for every arm of the record)" : "";
  const current = gms.el("p", `Matched on: ${now}${from}`);
  current.id = `arm${index}-current`;
  section.append(current);
  const form = document.createElement("form");
  form.noValidate = true;
  form.id = `arm${index}-form`;
  if (arm.form === null) {
    form.append(gms.el("p", "These criteria were curated by file in a form this page does not edit; saving here replaces them.", "note"));
  }
  const label = gms.el("label", "A case must meet");
  label.htmlFor = `arm${index}-combine`;
  const combine = document.createElement("select");
  combine.id = `arm${index}-combine`;
  combine.className = "combine";
  for (const [v, text] of [["any", "any one of the conditions"], ["all", "all the conditions"]]) {
    const o = gms.el("option", text);
    o.value = v;
    combine.append(o);
  }
  combine.value = arm.form ? arm.form.combine : "any";
  const list = document.createElement("div");
  list.className = "criteria";
  form.append(label, combine, list);
  if (arm.form && arm.curatedBy === "arm") arm.form.criteria.forEach((c) => conditionRow(index, form, c));
  const add = gms.el("button", "Add a condition");
  add.type = "button";
  add.id = `arm${index}-add`;
  add.addEventListener("click", () => conditionRow(index, form, null));
  const submit = gms.el("button", "Save the arm's criteria");
  submit.type = "submit";
  const status = gms.el("p", "");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  form.append(add, submit, status);
  form.addEventListener("submit", (e) => save(e, arm, form));
  section.append(form);
  return section;
}

async function showRecord() {
  const v = await gms.getJson(`/api/trials/${encodeURIComponent(trialId)}/curation`);
  document.getElementById("title").textContent = `Curate ${v.trialId}: ${v.title}`;
  document.getElementById("intro").textContent = `${v.status}${v.open ? " (open: matched)" : " (not open: not matched)"}.`;
  document.getElementById("list-section").hidden = true;
  document.getElementById("record").hidden = false;
  document.getElementById("record-link").replaceChildren(gms.link("ClinicalTrials.gov record", v.link));
  document.getElementById("eligibility").textContent = v.eligibilityText || "(no eligibility text)";
  document.getElementById("arms").replaceChildren(...v.arms.map(armForm));
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.me();
  if (!me) {
    location.href = "/login";
    return;
  }
  if (!me.roles.includes("ADMINISTRATOR")) {
    gms.status("Curating trial criteria is for administrators.", true);
    document.getElementById("list-section").hidden = true;
    return;
  }
  try {
    if (trialId) await showRecord();
    else await showList();
  } catch (e) {
    gms.status(e.message, true);
  }
});
