// The molecular tumour board page of one cancer case: the findings tier I/II first with their
// therapies and evidence, TMB and MSI, germline findings, matched trials; the board records a
// decision per finding (reported, not reported, a comment) and the scientist authorises the report.
"use strict";

const caseId = new URLSearchParams(location.search).get("case");

function percent(value) {
  return value === null || value === undefined ? "-" : `${(value * 100).toFixed(1)}%`;
}

function therapies(finding) {
  const list = document.createElement("ul");
  for (const e of finding.evidence) {
    if (e.type !== "Predictive" || e.therapies.length === 0) continue;
    list.append(gms.el("li",
      `${e.therapies.join(" + ")}: ${e.response} in ${e.disease}, level ${e.level}` +
      (e.citation ? ` (${e.citation})` : "")));
  }
  return list.childElementCount ? list : gms.el("span", "-");
}

function decisionCell(item) {
  const cell = document.createElement("div");
  const standing = gms.el("p", item.decision ? item.decision.replace("_", " ").toLowerCase()
    : (item.finding.tier.startsWith("I") && !item.finding.tier.startsWith("III")
      && !item.finding.tier.startsWith("IV") ? "to decide" : "not decided"));
  standing.className = "decision";
  cell.append(standing);
  for (const d of item.history) {
    if (d.comment) cell.append(gms.el("p", `${d.decidedBy}: ${d.comment}`, "note"));
  }
  const comment = document.createElement("input");
  comment.name = "comment";
  comment.setAttribute("aria-label", `Comment on ${item.finding.gene} ${item.finding.alteration}`);
  cell.append(comment);
  for (const [decision, label] of [["REPORTED", "Report"], ["NOT_REPORTED", "Do not report"],
    ["COMMENT", "Comment"]]) {
    const button = gms.el("button", label);
    button.type = "button";
    button.dataset.decision = decision;
    button.dataset.key = item.finding.key;
    button.addEventListener("click", async () => {
      try {
        await gms.send("POST", `/api/oncology/cases/${caseId}/decisions`,
          { findingKey: item.finding.key, decision, comment: comment.value });
        await load();
        gms.status(`${item.finding.gene}: ${label.toLowerCase()} recorded.`);
      } catch (error) {
        gms.status(error.message, true);
      }
    });
    cell.append(button);
  }
  return cell;
}

function chart(series) {
  const box = document.getElementById("ctdna");
  box.replaceChildren();
  if (!series.length || series[0].points.length < 2) {
    box.append(gms.el("p", "One analysed sample so far; serial samples show the VAF over time."));
    return;
  }
  const ns = "http://www.w3.org/2000/svg";
  const width = 560, height = 220, pad = 40;
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Variant allele fraction of each tracked variant over time");
  const n = series[0].points.length;
  const max = Math.max(0.05, ...series.flatMap((s) => s.points.map((p) => p.vaf || 0)));
  const colours = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#28a197"];
  series.forEach((s, i) => {
    const line = document.createElementNS(ns, "polyline");
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", colours[i % colours.length]);
    line.setAttribute("stroke-width", s.newResistance ? "3" : "2");
    line.setAttribute("points", s.points.map((p, j) =>
      `${pad + (j * (width - 2 * pad)) / (n - 1)},${height - pad - ((p.vaf || 0) / max) * (height - 2 * pad)}`).join(" "));
    svg.append(line);
  });
  series[0].points.forEach((p, j) => {
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", pad + (j * (width - 2 * pad)) / (n - 1));
    label.setAttribute("y", height - 10);
    label.setAttribute("text-anchor", "middle");
    label.setAttribute("font-size", "11");
    label.textContent = `${p.collectedOn} ${p.sampleType === "PLASMA_CTDNA" ? "plasma" : "tissue"}`;
    svg.append(label);
  });
  box.append(svg);
  const table = document.createElement("table");
  const head = gms.row(["Variant", ...series[0].points.map((p) => `${p.barcode} (${p.collectedOn})`), "Flag"]);
  table.append(head);
  series.forEach((s, i) => {
    const name = gms.el("span", `${s.gene} ${s.proteinChange || s.key}`);
    name.style.color = colours[i % colours.length];
    table.append(gms.row([name, ...s.points.map((p) => percent(p.vaf)),
      s.newResistance ? `new resistance variant (${s.resistanceTo.join(", ")})` : ""]));
  });
  box.append(table);
}

async function load() {
  const board = await gms.getJson(`/api/oncology/cases/${caseId}/board`);
  const c = board.cancerCase;
  document.getElementById("title").textContent =
    `Molecular tumour board: case ${c.id}, ${c.tumourType}`;
  const facts = document.getElementById("facts");
  facts.replaceChildren();
  for (const [k, v] of [["Patient", gms.link(c.nhsNumber, `/patient.html?nhs=${c.nhsNumber}`)],
    ["Order", gms.link(`${c.orderId} (${c.testCode})`, `/order.html?id=${c.orderId}`)],
    ["Samples and analyses", gms.link(`cancer case ${c.id}`, `/cancer-case.html?case=${c.id}`)],
    ["Tumour type", `${c.tumourType} (OncoTree ${c.oncotreeCode})`],
    ["Histology", c.histology || "-"], ["Site", c.primarySite || "-"], ["Stage", c.stage || "-"]]) {
    facts.append(gms.el("dt", k));
    const dd = document.createElement("dd");
    if (v instanceof Node) dd.append(v); else dd.textContent = v;
    facts.append(dd);
  }
  document.getElementById("samples").replaceChildren(...board.samples.map((s) =>
    gms.row([s.barcode, s.type.replace("_", " ").toLowerCase(), s.collectedOn,
      s.cellularityPercent === null ? "-" : `${s.cellularityPercent}%`])));
  document.getElementById("runs").replaceChildren(...board.runs.map((r) => {
    const li = gms.el("li", `Run ${r.id}: ${r.state.toLowerCase()}${r.message ? ` - ${r.message}` : ""} `);
    if (r.state === "SUCCEEDED") li.append(gms.link("engine report", `/api/oncology/runs/${r.id}/result`));
    return li;
  }));
  document.getElementById("findings").replaceChildren(...board.findings.map((item) => {
    const f = item.finding;
    const tr = gms.row([f.gene, f.proteinChange ? `p.${f.proteinChange} (${f.alteration})` : f.alteration,
      f.tierDescription, f.oncogenicity || "-", percent(f.vaf), therapies(f), decisionCell(item)]);
    tr.className = f.tier.startsWith("IV") || f.tier.startsWith("III") ? "" : "actionable";
    return tr;
  }));
  const biomarkers = document.getElementById("biomarkers");
  biomarkers.replaceChildren(
    gms.el("dt", "Tumour mutational burden"),
    gms.el("dd", board.tmb ? `${board.tmb.perMb.toFixed(1)} mutations/Mb (${board.tmb.mutations} over ${board.tmb.territoryMb} Mb)${board.tmb.high ? ", TMB-high" : ""}` : "not measured"),
    gms.el("dt", "Microsatellite instability"),
    gms.el("dd", board.msi ? `${board.msi.status} (score ${board.msi.score.toFixed(2)})` : "not measured"));
  document.getElementById("germline").replaceChildren(...(board.germline.length ? board.germline.map((g) =>
    gms.el("li", `${g.gene} ${g.proteinChange || g.alteration}${g.evidence ? ` - ${g.evidence}` : ""}`))
    : [gms.el("li", "None (a tumour-only analysis cannot tell germline variants apart).")]));
  document.getElementById("trials").replaceChildren(...(board.trials.length ? board.trials.map((t) => {
    const li = gms.el("li", `${t.trialId} ${t.title}${t.arm ? `, arm ${t.arm}` : ""} (${t.status}): ${t.reasons.join("; ")}`);
    return li;
  }) : [gms.el("li", "No open trial arm matches.")]));
  const report = document.getElementById("report");
  report.replaceChildren();
  if (board.reportId) {
    report.append("Authorised. ", gms.link("Report (HTML)", `/api/oncology/cases/${caseId}/report.html`), " ",
      gms.link("PDF", `/api/oncology/cases/${caseId}/report.pdf`), " ",
      gms.link("FHIR", `/api/oncology/cases/${caseId}/report.fhir.json`));
  } else if (board.undecided.length) {
    report.textContent = `Decide on every tier I/II finding before authorising (${board.undecided.length} left).`;
  } else {
    report.textContent = board.runId ? "Ready to authorise." : "Waiting for the somatic analysis.";
  }
  chart(await gms.getJson(`/api/oncology/cases/${caseId}/ctdna`));
  await showTherapies(board);
}

let clinician = false;

/** Therapies started for reported findings; a clinician records one once the report is out. */
async function showTherapies(board) {
  const started = await gms.getJson(`/api/oncology/cases/${caseId}/therapies`);
  const name = (key) => {
    const item = board.findings.find((f) => f.finding.key === key);
    return item ? `${item.finding.gene} ${item.finding.proteinChange || item.finding.alteration}` : key;
  };
  document.getElementById("therapies").replaceChildren(...(started.length ? started.map((t) =>
    gms.el("li", `${t.therapy} from ${gms.date(t.startedOn)} for ${name(t.findingKey)}` +
      ` (${t.source === "FHIR" ? "FHIR MedicationStatement" : "recorded"} by ${t.recordedBy})`))
    : [gms.el("li", "None recorded.")]));
  const reported = board.findings.filter((f) => f.decision === "REPORTED");
  const form = document.getElementById("therapy-form");
  form.hidden = !(clinician && board.reportId && reported.length);
  const select = document.getElementById("therapy-finding");
  const chosen = select.value;
  select.replaceChildren(...reported.map((f) => {
    const option = gms.el("option", `${f.finding.gene} ${f.finding.proteinChange ? `p.${f.finding.proteinChange}` : f.finding.alteration} (tier ${f.finding.tier})`);
    option.value = f.finding.key;
    return option;
  }));
  if (chosen) select.value = chosen;
}

const THERAPY_FIELDS = { findingKey: "therapy-finding", therapy: "therapy-name", startedOn: "therapy-started" };

document.getElementById("therapy-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  for (const id of Object.values(THERAPY_FIELDS)) gms.fieldError(document.getElementById(id), "");
  const therapy = document.getElementById("therapy-name");
  if (gms.required(therapy, "Name the therapy started, e.g. entrectinib.") === null) return;
  try {
    const t = await gms.send("POST", `/api/oncology/cases/${caseId}/therapies`, {
      findingKey: document.getElementById("therapy-finding").value,
      therapy: therapy.value.trim(),
      startedOn: document.getElementById("therapy-started").value || null,
    });
    therapy.value = "";
    await load();
    gms.status(`${t.therapy} recorded as started.`);
  } catch (error) {
    gms.showError(error, THERAPY_FIELDS, document.getElementById("status"));
  }
});

document.getElementById("authorise").addEventListener("click", async () => {
  try {
    await gms.send("POST", `/api/oncology/cases/${caseId}/report`, {});
    await load();
    gms.status("The report is authorised.");
  } catch (error) {
    gms.status(error.message, true);
  }
});

gms.me()
  .then((me) => { clinician = Boolean(me && me.roles.includes("CLINICIAN")); })
  .then(load)
  .catch((error) => gms.status(error.message, true));
