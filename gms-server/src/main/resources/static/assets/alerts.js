// The laboratory's open re-analysis alerts: what changed, what the report said, what the new
// knowledge says; the scientist accepts (an amended report) or dismisses with a reason.
"use strict";

const { status, link } = gms;

const VARIANT_RULES = ["CLINVAR_NOW_PATHOGENIC", "CLINVAR_NOW_BENIGN", "CLINVAR_NOW_UNCERTAIN",
  "CLASSIFIER_NEW_CLASS"];

function field(form, label, input) {
  const id = `${form.id}-${input.name}`;
  input.id = id;
  const tag = gms.el("label", label);
  tag.htmlFor = id;
  form.append(tag, input);
  return input;
}

function textInput(name, required) {
  const input = document.createElement("input");
  input.name = name;
  input.autocomplete = "off";
  input.required = required;
  return input;
}

// A form deciding an alert (accept or dismiss): its heading; its fields follow.
function decisionForm(alert, action, heading) {
  const form = document.createElement("form");
  form.id = `${action}-${alert.id}`;
  form.className = "card";
  form.append(gms.el("h3", heading));
  return form;
}

// Ends a decision form with its button: on submit, sends the body the form's fields give, shows
// the alerts again and says what was done.
function submits(form, alert, action, label, body, done) {
  const button = gms.el("button", label);
  button.type = "submit";
  form.append(button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await gms.send("POST", `/api/reanalysis/alerts/${alert.id}/${action}`, body());
      await load();
      status(done);
    } catch (error) {
      status(error.message, true);
    }
  });
  return form;
}

function acceptForm(alert) {
  const form = decisionForm(alert, "accept", "Accept: issue an amended report");
  let finalClass = null;
  if (VARIANT_RULES.includes(alert.rule)) {
    finalClass = document.createElement("select");
    finalClass.name = "finalClass";
    for (const [value, text] of [["P", "Pathogenic"], ["LP", "Likely pathogenic"],
      ["VUS", "Uncertain significance"], ["LB", "Likely benign"], ["B", "Benign"]]) {
      const option = gms.el("option", text);
      option.value = value;
      finalClass.append(option);
    }
    field(form, "The variant's class now", finalClass);
  }
  const comment = field(form, "Comment for the clinician", textInput("comment", false));
  const conclusion = field(form, "Amended conclusion (required when the case was reported)",
    textInput("conclusion", false));
  return submits(form, alert, "accept", "Accept and amend", () => ({
    finalClass: finalClass ? finalClass.value : null,
    comment: comment.value,
    conclusion: conclusion.value || null,
  }), `Alert ${alert.id} accepted: the amended report is issued.`);
}

function dismissForm(alert) {
  const form = decisionForm(alert, "dismiss", "Dismiss");
  const reason = field(form, "Why it does not change the case", textInput("reason", true));
  return submits(form, alert, "dismiss", "Dismiss", () => ({ reason: reason.value }),
    `Alert ${alert.id} dismissed.`);
}

function show(alert) {
  const article = document.createElement("article");
  article.className = "card alert";
  article.dataset.id = alert.id;
  article.dataset.rule = alert.rule;
  article.append(gms.el("h2", `${alert.gene}: ${alert.reason}`));
  const facts = document.createElement("dl");
  facts.className = "facts";
  const add = (term, value) => {
    facts.append(gms.el("dt", term));
    const dd = document.createElement("dd");
    if (value instanceof Node) dd.append(value); else dd.textContent = gms.text(value);
    facts.append(dd);
  };
  add("Rule", alert.rule.toLowerCase().replaceAll("_", " "));
  add("Order", link(`#${alert.orderId}`, `/order.html?id=${alert.orderId}`));
  const patient = link(`NHS ${gms.nhs(alert.patient)}`, `/patient.html?nhs=${alert.patient}`);
  gms.patientLabel(alert.patient).then((text) => { patient.textContent = text; });
  add("Patient", patient);
  if (alert.variantKey) add("Variant", alert.variantKey);
  add("Before", alert.oldEvidence);
  add("Now", alert.newEvidence);
  add("Knowledge", alert.knowledgeLabel);
  add("Raised", gms.date(alert.createdAt, true));
  article.append(facts, acceptForm(alert), dismissForm(alert));
  return article;
}

async function load() {
  const slot = document.getElementById("alerts");
  try {
    const alerts = await gms.getJson("/api/reanalysis/alerts");
    slot.replaceChildren(...alerts.map(show));
    if (alerts.length === 0) slot.append(gms.el("p", "No open alerts for your laboratory."));
  } catch (error) {
    status(error.message, true);
  }
}

document.addEventListener("DOMContentLoaded", load);
