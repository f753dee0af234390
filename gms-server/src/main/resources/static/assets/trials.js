// The clinical trial registry: every trial, one trial with its arms, criteria and matched cases,
// the treating team's new-match alerts (accept or dismiss), and horizon counts.
"use strict";

const { status, link } = gms;

function count(value, suppressed) {
  return suppressed ? "fewer than 5" : gms.text(value);
}

async function showList() {
  const trials = await gms.getJson("/api/trials");
  document.getElementById("trials").replaceChildren(...trials.map((t) => gms.row([
    link(t.id, `/trials.html?id=${encodeURIComponent(t.id)}`), t.title, t.status,
    `${t.openArms} of ${t.arms}`, t.phase, t.source])));
}

function matchList(matches) {
  const list = document.createElement("ul");
  for (const m of matches) {
    const li = document.createElement("li");
    const patient = link(`NHS ${gms.nhs(m.patient)}`, `/patient.html?nhs=${m.patient}`);
    gms.patientLabel(m.patient).then((text) => { patient.textContent = text; });
    li.append(patient, ` (order `, link(`#${m.orderId}`, `/order.html?id=${m.orderId}`),
      `), arm ${m.arm}: ${m.reasons.join("; ")}`);
    list.append(li);
  }
  return list;
}

async function showTrial(id) {
  const detail = await gms.getJson(`/api/trials/${encodeURIComponent(id)}`);
  const t = detail.trial;
  document.getElementById("title").textContent = `${t.id}: ${t.title}`;
  document.getElementById("intro").textContent =
    `${t.status}${t.phase ? ", phase " + t.phase : ""}; ${t.openArms} of ${t.arms} arms open; from ${t.source}.`;
  const section = document.getElementById("trial");
  section.hidden = false;
  if (detail.link) {
    const p = document.createElement("p");
    p.append(link("ClinicalTrials.gov record", detail.link));
    section.append(p);
  }
  const table = document.createElement("table");
  table.innerHTML = "<thead><tr><th scope=\"col\">Arm</th><th scope=\"col\">Open</th><th scope=\"col\">Treatment</th><th scope=\"col\">Criteria</th></tr></thead>";
  const body = document.createElement("tbody");
  for (const arm of detail.arms) {
    body.append(gms.row([arm.code + (arm.description && arm.description !== arm.code ? ` (${arm.description})` : ""),
      arm.open ? "yes" : "no", arm.interventions.join("; "),
      arm.curated ? arm.criteria : `not matched: ${arm.criteria}`]));
  }
  table.append(body);
  section.append(gms.el("h2", "Arms"), table);
  if (detail.warnings.length) {
    section.append(gms.el("h2", "Not assessed"));
    const ul = document.createElement("ul");
    detail.warnings.forEach((w) => ul.append(gms.el("li", w)));
    section.append(ul);
  }
  if (detail.eligibilityText) {
    section.append(gms.el("h2", "Eligibility as published"), gms.el("pre", detail.eligibilityText, "eligibility"));
  }
  try {
    const matches = await gms.getJson(`/api/trials/${encodeURIComponent(id)}/matches`);
    section.append(gms.el("h2", "Your cases matching it"));
    section.append(matches.length ? matchList(matches) : gms.el("p", "None of your cases matches an open arm."));
  } catch (error) {
    if (error.status !== 403) status(error.message, true);
  }
  document.getElementById("list-section").hidden = true;
}

function decisionForm(alert, action, label, prompt) {
  const form = document.createElement("form");
  form.className = "card";
  form.id = `${action}-${alert.id}`;
  const input = document.createElement("input");
  input.name = "text";
  input.required = true;
  input.id = `${form.id}-text`;
  const tag = gms.el("label", prompt);
  tag.htmlFor = input.id;
  const button = gms.el("button", label);
  button.type = "submit";
  form.append(tag, input, button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await gms.send("POST", `/api/trials/alerts/${alert.id}/${action}`, { text: input.value });
      await showAlerts();
      status(`Alert ${alert.id} ${action === "accept" ? "accepted" : "dismissed"}.`);
    } catch (error) {
      status(error.message, true);
    }
  });
  return form;
}

// The JSON at a path for a section of the page shown only to the roles that may read it: the
// section is shown with it; null (the section left hidden) when the user may not read it.
async function sectionData(path, sectionId) {
  try {
    const data = await gms.getJson(path);
    document.getElementById(sectionId).hidden = false;
    return data;
  } catch (error) {
    if (error.status !== 403) status(error.message, true);
    return null;
  }
}

async function showAlerts() {
  const alerts = await sectionData("/api/trials/alerts", "alerts-section");
  if (!alerts) return;
  const slot = document.getElementById("alerts");
  slot.replaceChildren(...alerts.map((a) => {
    const article = document.createElement("article");
    article.className = "card alert";
    article.dataset.id = a.id;
    article.append(gms.el("h3", a.reason));
    const p = document.createElement("p");
    const patient = link(`NHS ${gms.nhs(a.patient)}`, `/patient.html?nhs=${a.patient}`);
    gms.patientLabel(a.patient).then((text) => { patient.textContent = text; });
    p.append(patient, " - ", link(a.trialId, `/trials.html?id=${encodeURIComponent(a.trialId)}`),
      ` - ${a.cause === "CASE_REPORTED" ? "case reported" : "trial opened or changed"}, ${gms.date(a.createdAt, true)}`);
    article.append(p, decisionForm(a, "accept", "Take forward", "What the team does (tumour board, referral)"),
      decisionForm(a, "dismiss", "Dismiss", "Why it is not pursued"));
    return article;
  }));
  if (alerts.length === 0) slot.append(gms.el("p", "No new trial matches for your patients."));
}

async function showHorizon() {
  const arms = await sectionData("/api/trials/horizon", "horizon-section");
  if (!arms) return;
  document.getElementById("horizon").replaceChildren(...arms.map((a) => gms.row([
    link(a.trialId, `/trials.html?id=${encodeURIComponent(a.trialId)}`), a.arm, a.open ? "yes" : "no",
    count(a.patients, a.suppressed), count(a.eligible, a.eligibleSuppressed)])));
}

document.addEventListener("DOMContentLoaded", async () => {
  const id = new URLSearchParams(location.search).get("id");
  gms.me().then((me) => {
    if (!me || !me.roles.includes("ADMINISTRATOR")) return;
    const p = document.createElement("p");
    const target = id ? `/trial-curation.html?id=${encodeURIComponent(id)}` : "/trial-curation.html";
    p.append(link(id ? "Curate this record's genomic criteria" : "Curate ClinicalTrials.gov records", target));
    document.getElementById("intro").after(p);
  });
  try {
    if (id) {
      await showTrial(id);
    } else {
      await Promise.all([showList(), showAlerts(), showHorizon()]);
    }
  } catch (error) {
    status(error.message, true);
  }
});
