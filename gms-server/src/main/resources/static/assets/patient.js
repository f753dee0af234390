// A patient's genomic healthcare record: who they are, their family, every test, report, consent,
// classification and pharmacogenomic result on one timeline (filtered by section), the history of
// each variant's classification, HPO terms over time and the PGx summary.
"use strict";

const { status, link, row } = gms;

const nhs = new URLSearchParams(location.search).get("nhs") || "";

const SECTION_NAMES = {
  patient: "Patient", family: "Family", tests: "Tests", reports: "Reports", variants: "Variants",
  pgx: "Pharmacogenomics", consents: "Consents", reanalysis: "Re-analysis",
};

function when(at) {
  return gms.date(at, true);
}

/** Where a timeline entry opens in the web UI: order pages for orders, else the API path. */
function pageFor(entry) {
  const order = entry.details && entry.details.orderId;
  if (entry.link.endsWith("/report")) return [link("report", entry.link)];
  if (order !== undefined) return [link(`order #${order}`, `/order.html?id=${order}`)];
  if (entry.link.startsWith("/api/patients/") && entry.link.endsWith("/record")) {
    return [link("record", `/patient.html?nhs=${entry.link.split("/")[3]}`)];
  }
  return entry.link ? [link("open", `/json.html?url=${encodeURIComponent(entry.link)}`)] : [];
}

function showPatient(record) {
  const p = record.patient;
  document.getElementById("title").textContent = `${p.name}, NHS ${p.nhsNumber}`;
  document.title = `${p.name} (NHS ${gms.nhs(p.nhsNumber)}): genomic record - GMS`;
  const facts = document.getElementById("patient");
  facts.replaceChildren();
  const add = (term, value) => facts.append(gms.el("dt", term), gms.el("dd", value));
  add("Name", p.name);
  add("NHS number", p.nhsNumber);
  add("Born", `${gms.date(p.dateOfBirth)} (${gms.age(p.dateOfBirth)})`);
  add("Sex", p.sex.toLowerCase());
  document.getElementById("fhir-export").href = `/api/patients/${p.nhsNumber}/record/fhir`;
  const readable = document.getElementById("fhir-readable");
  if (readable) readable.href = `/json.html?url=${encodeURIComponent(`/api/patients/${p.nhsNumber}/record/fhir`)}`;
  const family = document.getElementById("family");
  family.replaceChildren(...record.family.map((r) => {
    const li = document.createElement("li");
    li.append(link(`${r.name} (${r.nhsNumber})`, `/patient.html?nhs=${r.nhsNumber}`),
      ` ${r.relationship.toLowerCase()}, from ${r.source}`);
    return li;
  }));
  if (record.family.length === 0) family.append(gms.el("li", "No relatives recorded."));
}

function showTimeline(record) {
  const filters = document.getElementById("section-filters");
  filters.querySelectorAll("label").forEach((l) => l.remove());
  for (const section of Object.keys(record.sections)) {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = section;
    box.id = `show-${section}`;
    box.addEventListener("change", applyFilters);
    const label = gms.el("label", ` ${SECTION_NAMES[section] || section} (${record.sections[section].length})`);
    label.style.display = "inline-block";
    label.style.marginRight = "1.5rem";
    label.prepend(box);
    filters.append(label);
  }
  const body = document.querySelector("#timeline tbody");
  body.replaceChildren(...record.timeline.map((entry) => {
    const open = document.createElement("span");
    open.append(...pageFor(entry));
    const tr = row([when(entry.at), SECTION_NAMES[entry.section] || entry.section, entry.summary, open]);
    tr.dataset.section = entry.section;
    tr.dataset.kind = entry.kind;
    return tr;
  }));
  applyFilters();
}

function applyFilters() {
  const shown = new Set([...document.querySelectorAll("#section-filters input:checked")].map((b) => b.value));
  const rows = [...document.querySelectorAll("#timeline tbody tr")];
  let count = 0;
  for (const tr of rows) {
    tr.hidden = !shown.has(tr.dataset.section);
    count += tr.hidden ? 0 : 1;
  }
  document.getElementById("timeline-count").textContent = `${count} of ${rows.length} entries shown.`;
}

function evidenceText(evidence) {
  if (!Array.isArray(evidence)) return "";
  return evidence.map((e) => [e.code, e.strength].filter(Boolean).join(" ")).join(", ");
}

function showVariants(record) {
  const body = document.querySelector("#variants tbody");
  body.replaceChildren();
  for (const v of record.variants) {
    let previous = null;
    v.classifications.forEach((c, i) => {
      const name = i === 0
        ? `${v.gene} ${v.hgvsc} ${v.hgvsp}`.trim() + ` [${v.key}]`
        : "";
      const changed = previous !== null && previous !== c.acmgClass;
      const klass = gms.el("span", changed ? `${c.classLabel} (changed from ${previous})` : c.classLabel,
        changed ? "badge confidence-amber" : "");
      const source = c.orderId ? link(`${c.source.toLowerCase().replace("_", " ")} of order #${c.orderId}`,
        `/api/orders/${c.orderId}/report`) : c.source.toLowerCase();
      const tr = row([name, when(c.at), klass, c.by, evidenceText(c.evidence), c.classifier, source]);
      tr.dataset.key = v.key;
      tr.dataset.acmg = c.acmgClass;
      if (changed) tr.className = "reclassified";
      body.append(tr);
      previous = c.acmgClass;
    });
  }
  if (record.variants.length === 0) body.append(row(["No variants recorded.", "", "", "", "", "", ""]));
}

function showHpo(record) {
  const body = document.querySelector("#hpo tbody");
  body.replaceChildren(...record.hpoTerms.map((t) => {
    const first = document.createElement("span");
    first.append(when(t.firstRecorded));
    const order = t.link.match(/^\/api\/orders\/(\d+)$/);
    if (order) first.append(" (", link(`order #${order[1]}`, `/order.html?id=${order[1]}`), ")");
    return row([t.id, t.name, first]);
  }));
  if (record.hpoTerms.length === 0) body.append(row(["No HPO terms recorded.", "", ""]));
}

function showPgx(record) {
  const summary = document.getElementById("pgx-summary");
  const genes = document.querySelector("#pgx-genes tbody");
  const advice = document.querySelector("#pgx-advice tbody");
  genes.replaceChildren();
  advice.replaceChildren();
  document.getElementById("pgx-genes").hidden = !record.pgx;
  document.getElementById("pgx-advice").hidden = !record.pgx;
  if (!record.pgx) {
    summary.textContent = "No pharmacogenomic result stored.";
    return;
  }
  const pgx = record.pgx;
  summary.textContent = `Latest result: sample ${pgx.sample}, stored ${when(pgx.recordedAt)} by ${pgx.recordedBy}.`;
  genes.append(...pgx.genes.map((g) => row([g.gene, g.diplotypes.join(" or "), g.phenotype || ""])));
  advice.append(...pgx.recommendations.map((r) =>
    row([r.drug, `${r.source}${r.strength ? ` (${r.strength})` : ""}`, r.recommendation])));
}

function showConsents(record) {
  const body = document.querySelector("#consents tbody");
  const entries = record.sections.consents || [];
  body.replaceChildren(...entries.map((e) => row([when(e.at), e.summary, e.details.by || ""])));
  if (entries.length === 0) body.append(row(["No consent decisions recorded.", "", ""]));
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.signedIn();
  if (!me) return;
  if (nhs === "") {
    status("Give the patient's NHS number to open their record.");
    return;
  }
  document.getElementById("find-nhs").value = nhs;
  if (!/^[0-9 ]{10,12}$/.test(nhs)) {
    status(`'${nhs}' is not an NHS number: give ten digits, e.g. 943 476 5919.`, true);
    return;
  }
  try {
    const record = await gms.getJson(`/api/patients/${encodeURIComponent(nhs.replaceAll(" ", ""))}/record`);
    showPatient(record);
    showTimeline(record);
    showVariants(record);
    showHpo(record);
    showPgx(record);
    showConsents(record);
  } catch (e) {
    status(e.message, true);
  }
});
