// One order: its facts and history; for the laboratory, sample receipt, state changes, analysis
// runs and the review that authorises the report; for the clinician, the report once authorised.
"use strict";

const { status, row } = gms;

const orderId = new URLSearchParams(location.search).get("id");
let order = null;
let polling = null;

function label(state) {
  return state.toLowerCase().replaceAll("_", " ");
}

let patient = null;

async function showOrder() {
  patient = patient || await gms.patient(order.patient);
  const who = patient.name ? `${patient.name}, ${gms.age(patient.dateOfBirth)}` : `NHS ${gms.nhs(order.patient)}`;
  document.getElementById("title").textContent = `Order #${order.id}: ${order.test} for ${who}`;
  document.title = `Order #${order.id}: ${order.test}, ${patient.name || gms.nhs(order.patient)} - GMS`;
  const people = [order.requester, ...order.history.map((h) => h.by), ...order.samples.map((s) => s.receivedBy)];
  const name = await gms.displayNames(people);
  const [terms, family] = await Promise.all([
    gms.hpoNames(order.hpoTerms),
    Promise.all(order.family.map(async (m) => `${await gms.patientLabel(m.nhsNumber)} (${m.relationship.toLowerCase()})`)),
  ]);
  const facts = document.getElementById("facts");
  facts.replaceChildren();
  const add = (term, value, className) => facts.append(gms.el("dt", term), gms.el("dd", value, className));
  add("State", label(order.state));
  add("Urgency", order.urgency === "URGENT" ? "Urgent" : "Routine", order.urgency === "URGENT" ? "urgent" : "");
  const patientLink = gms.el("a", `${who} (NHS ${gms.nhs(order.patient)}), record`);
  patientLink.id = "patient-record";
  patientLink.href = `/patient.html?nhs=${order.patient}`;
  const patientCell = document.createElement("dd");
  patientCell.append(patientLink);
  facts.append(gms.el("dt", "Patient"), patientCell);
  add("Indication", `${order.indication} ${order.indicationName}`);
  add("Test", `${order.test} (${order.testMethod})`);
  add("Requested", gms.date(order.requestedAt, true));
  add("Expected by", gms.date(order.expectedBy) + (order.overdue ? " (overdue)" : ""));
  add("Requested by", `${name(order.requester)}, ${order.requesterOrganisation}`);
  add("Laboratory", order.laboratory);
  add("Eligibility", order.eligibilityMet === true ? "the requester confirmed the patient meets the criteria"
    : order.eligibilityMet === false ? `outside the criteria, ordered because: ${order.eligibilityNote}`
      : "not asked with this order");
  const hpo = document.createElement("dd");
  hpo.id = "hpo-terms";
  if (terms.length === 0) hpo.textContent = "none";
  else hpo.append(...terms.map((t) => gms.el("span", gms.hpoLabel(t), "badge")));
  facts.append(gms.el("dt", "HPO terms"), hpo);
  add("Family", family.join(", ") || "proband only");
  add("Samples", order.samples.map((s) => `${s.barcode} (${s.type.toLowerCase()}, ${gms.date(s.receivedAt, true)})`).join(", ") || "none yet");
  const history = document.querySelector("#history tbody");
  history.replaceChildren(...order.history.map((h) =>
    row([gms.date(h.at, true), h.from ? label(h.from) : "", label(h.to), name(h.by), h.reason || ""])));
  document.getElementById("report-link").hidden = order.state !== "REPORTED";
  document.getElementById("report").href = `/api/orders/${order.id}/report`;
  document.getElementById("report-pdf").href = `/api/orders/${order.id}/report.pdf`;
  document.getElementById("report-fhir").href = `/json.html?url=${encodeURIComponent(`/api/orders/${order.id}/report.fhir.json`)}`;
  const allows = (action) => order.actions.includes(action);
  document.getElementById("receive").hidden = !allows("RECEIVE_SAMPLE");
  document.getElementById("move").hidden = !allows("MOVE");
  document.getElementById("analyse").hidden = !allows("ANALYSE");
  document.getElementById("laboratory").hidden = !isScientist || order.actions.length === 0;
  document.getElementById("cancel").hidden = !(isClinician && allows("CANCEL"));
  const next = document.getElementById("next-state");
  next.replaceChildren(...order.nextStates.map((s) => {
    const option = gms.el("option", label(s));
    option.value = s;
    return option;
  }));
  const names = document.getElementById("sample-names");
  // built once: refreshing the page's data must not wipe what the scientist is typing
  if (names.childElementCount > 0) return;
  const members = [[order.patient, "proband"], ...order.family.map((m) => [m.nhsNumber, m.relationship.toLowerCase()])];
  for (const [nhs, relationship] of members) {
    const id = `sample-${nhs}`;
    const lab = gms.el("label", `VCF sample of ${await gms.patientLabel(nhs)} (${relationship})`);
    lab.htmlFor = id;
    const input = document.createElement("input");
    input.id = id;
    input.dataset.nhs = nhs;
    input.autocomplete = "off";
    names.append(lab, input);
  }
}

async function refresh() {
  // runs first, then the order: a run's success and the order's move to interpretation are one
  // transaction, so an order read after the runs is never older than them
  const runs = await gms.getJson(`/api/orders/${orderId}/analyses`);
  order = await gms.getJson(`/api/orders/${orderId}`);
  await showOrder();
  await showRuns(runs);
  await showCancerCase();
}

/** A cancer (M-code) order with a case links to its samples and analysis page and its tumour board. */
async function showCancerCase() {
  const section = document.getElementById("cancer-link");
  if (!order.test.startsWith("M")) return;
  const response = await fetch(`/api/orders/${orderId}/cancer-case`, { headers: { Accept: "application/json" } });
  if (!response.ok) return;
  const cancerCase = await response.json();
  document.getElementById("mtb").href = `/mtb.html?case=${cancerCase.id}`;
  document.getElementById("cancer-case").href = `/cancer-case.html?case=${cancerCase.id}`;
  section.hidden = false;
  // a cancer case's samples and files are recorded on its own page, with type and cellularity
  document.getElementById("receive").hidden = true;
  document.getElementById("analyse").hidden = true;
}

async function showRuns(runs) {
  document.getElementById("runs-section").hidden = runs.length === 0;
  const body = document.querySelector("#runs tbody");
  body.replaceChildren(...runs.map((run) => {
    let result = run.message || "";
    if (run.state === "SUCCEEDED" && run.kind === "RARE_DISEASE") {
      const link = gms.el("a", "full analysis (opens in a new tab)");
      link.href = `/api/analyses/${run.id}/result`;
      link.target = "_blank";
      link.rel = "noopener";
      result = link;
    }
    return row([`#${run.id} (${run.kind.toLowerCase().replace("_", " ")})`, label(run.state), run.genes,
      `${run.progress} records`, result]);
  }));
  const busy = runs.some((run) => run.state === "QUEUED" || run.state === "RUNNING");
  if (busy && !polling) {
    polling = setInterval(refresh, 1000);
  } else if (!busy && polling) {
    clearInterval(polling);
    polling = null;
  }
  const finished = runs.filter((run) => run.state === "SUCCEEDED" && run.kind === "RARE_DISEASE");
  const review = document.getElementById("review");
  const reviewing = finished.length > 0 && order.state === "INTERPRETATION" && isScientist;
  if (reviewing && review.dataset.run !== String(finished.at(-1).id)) {
    await showCandidates(finished.at(-1).id);
  }
  review.hidden = !reviewing;
}

let candidates = [];

/** "NM_...:c.506_507del p.(...)" and "GRCh38 2:47838938 AAG>A": one notation, both parts. */
function notation(variant) {
  const hgvs = `${variant.hgvsc || ""} ${variant.hgvsp || ""}`.trim();
  const genomic = `GRCh38 ${variant.chrom.replace(/^chr/, "")}:${variant.pos} ${variant.ref}>${variant.alt}`;
  return hgvs ? `${hgvs}; ${genomic}` : genomic;
}

/** The in-silico predictor scores the VCF carried, e.g. "REVEL 0.91 · CADD 26.4 · SpliceAI 0.02". */
const PREDICTORS = { REVEL: "REVEL", CADD_PHRED: "CADD", BAYESDEL_NOAF: "BayesDel", SPLICEAI: "SpliceAI" };
function predictorScores(variant) {
  const scores = variant.scores || {};
  const parts = Object.keys(PREDICTORS).filter((key) => scores[key] !== undefined)
    .map((key) => `${PREDICTORS[key]} ${Number(scores[key]).toFixed(key === "CADD_PHRED" ? 1 : 2)}`);
  return parts.length ? parts.join(" · ") : "none in the VCF";
}

function externalLink(text, href) {
  const a = gms.link(text, href);
  a.target = "_blank";
  a.rel = "noopener";
  return a;
}

/** The evidence of one candidate, as seqr and Exomiser show it: codes, frequency, phenotype, links. */
function evidence(candidate) {
  const variant = candidate.variants[0];
  const box = document.createElement("div");
  const codes = document.createElement("ul");
  for (const item of variant.acmg.evidence || []) {
    codes.append(gms.el("li", `${item.code} (${item.strength.toLowerCase()}): ${item.reason}`));
  }
  box.append(gms.el("h4", `ACMG: ${variant.acmg.class} (${variant.acmg.rule || ""})`), codes);
  const facts = document.createElement("dl");
  facts.className = "facts";
  const add = (term, value) => facts.append(gms.el("dt", term), gms.el("dd", value));
  add("Population frequency", variant.populationFrequency === undefined
    ? "not given"
    : `${variant.populationFrequency === 0 ? "absent" : variant.populationFrequency.toExponential(2)} (${variant.frequencySource || ""})`);
  add("Consequence", (variant.consequences || []).join(", ") + (variant.exon ? `, exon ${variant.exon}` : ""));
  add("Transcript", variant.transcript || "");
  add("Predictor scores", predictorScores(variant));
  add("ClinVar", variant.clinvar ? `${variant.clinvar.significance} (${variant.clinvar.reviewStatus})` : "not in ClinVar");
  add("Genotypes", Object.entries(variant.genotypes || {}).map(([id, gt]) => `${id}: ${gt}`).join(", "));
  add("Inheritance", `${candidate.inheritance.pattern.toLowerCase().replaceAll("_", " ")} (${candidate.inheritance.fit.toLowerCase()}): ${candidate.inheritance.reason}`);
  add("Rank score", candidate.score === undefined ? "" : Number(candidate.score).toFixed(3));
  add("Phenotype match", candidate.phenotypeScore === undefined ? "no score" : Number(candidate.phenotypeScore).toFixed(2));
  if (candidate.phenotypeMatch && candidate.phenotypeMatch.diseases) {
    const best = candidate.phenotypeMatch.diseases[0];
    if (best) {
      add("Best disease", `${best.name} (${best.id}): ${best.terms.filter((t) => t.match !== "NONE" && !t.excluded)
        .map((t) => t.patientTermName).join(", ")}`);
    }
  }
  box.append(facts);
  const chrom = variant.chrom.replace(/^chr/, "");
  const gene = encodeURIComponent(candidate.gene);
  const links = document.createElement("p");
  links.append("Look up: ",
    externalLink("ClinVar", `https://www.ncbi.nlm.nih.gov/clinvar/?term=${gene}%5Bgene%5D+${encodeURIComponent(variant.hgvsc || "")}`), " · ",
    externalLink("gnomAD", `https://gnomad.broadinstitute.org/variant/${chrom}-${variant.pos}-${variant.ref}-${variant.alt}?dataset=gnomad_r4`), " · ",
    externalLink("OMIM", `https://www.omim.org/search?search=${gene}`), " · ",
    externalLink("DECIPHER", `https://www.deciphergenomics.org/gene/${gene}`));
  box.append(links);
  return box;
}

async function showCandidates(runId) {
  const review = document.getElementById("review");
  review.dataset.run = String(runId);
  const result = await gms.getJson(`/api/analyses/${runId}/result`);
  showFunnel(result);
  candidates = result.candidates;
  const body = document.querySelector("#candidates tbody");
  const rows = [];
  for (const candidate of result.candidates) {
    const variant = candidate.variants[0];
    const tick = document.createElement("input");
    tick.type = "checkbox";
    tick.className = "report-tick";
    tick.dataset.rank = candidate.rank;
    tick.setAttribute("aria-label", `Report candidate ${candidate.rank}, ${candidate.gene}`);
    const finalClass = document.createElement("select");
    finalClass.className = "final-class";
    finalClass.setAttribute("aria-label", `Final class of candidate ${candidate.rank}`);
    for (const c of ["P", "LP", "VUS", "LB", "B"]) {
      const option = gms.el("option", c);
      option.value = c;
      option.selected = c === variant.acmg.class;
      finalClass.append(option);
    }
    const comment = document.createElement("input");
    comment.className = "comment";
    comment.setAttribute("aria-label", `Comment on candidate ${candidate.rank}`);
    const toggle = gms.el("button", "Show", "secondary evidence-toggle");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-label", `Evidence for candidate ${candidate.rank}, ${candidate.gene}`);
    const tr = row([tick, String(candidate.rank), candidate.tier.replace("TIER_", "Tier ").replace("UNTIERED", "untiered"),
      candidate.gene, notation(variant), predictorScores(variant), variant.acmg.class, finalClass, comment, toggle]);
    tr.dataset.gene = candidate.gene.toUpperCase();
    tr.dataset.tier = candidate.tier;
    tr.dataset.acmg = variant.acmg.class;
    tr.dataset.rank = candidate.rank;
    const detail = document.createElement("tr");
    detail.className = "evidence";
    detail.hidden = true;
    const cell = document.createElement("td");
    cell.colSpan = 10;
    detail.append(cell);
    detail.id = `evidence-${candidate.rank}`;
    toggle.setAttribute("aria-controls", detail.id);
    toggle.addEventListener("click", () => {
      if (cell.childElementCount === 0) cell.append(evidence(candidate));
      detail.hidden = !detail.hidden;
      toggle.textContent = detail.hidden ? "Show" : "Hide";
      toggle.setAttribute("aria-expanded", String(!detail.hidden));
    });
    rows.push(tr, detail);
  }
  body.replaceChildren(...rows);
  await restoreDraft(runId);
  applyFilters();
}

/** How the family's VCF was narrowed down to the candidates: records read, then each filter. */
function showFunnel(result) {
  const n = (x) => Number(x).toLocaleString("en-GB");
  const c = result.counts;
  document.getElementById("funnel").textContent = [
    `${n(c.records)} records read`,
    `${n(c.carriedAlleles)} alleles carried by the family annotated: ${n(c.candidateVariants)} allele-gene pairs`,
    ...result.funnel.map((s) => `${s.filter}: ${n(s.kept)} passed, ${n(s.removed)} removed`),
    `${n(result.candidateCount)} candidate(s), best first below`,
  ].join(" → ");
}

let draftTimer = null;

/** The review as it stands: what the page saves on the server. */
function currentDraft() {
  const rows = {};
  for (const tr of document.querySelectorAll("#candidates tbody tr:not(.evidence)")) {
    rows[tr.dataset.rank] = {
      ticked: tr.querySelector(".report-tick").checked,
      finalClass: tr.querySelector(".final-class").value,
      comment: tr.querySelector(".comment").value,
    };
  }
  return { conclusion: document.getElementById("conclusion").value, candidates: rows };
}

function saveDraftSoon() {
  clearTimeout(draftTimer);
  document.getElementById("draft-status").textContent = "Saving the draft…";
  const runId = document.getElementById("review").dataset.run;
  draftTimer = setTimeout(async () => {
    try {
      const response = await fetch(`/api/analyses/${runId}/review-draft`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", "X-XSRF-TOKEN": gms.csrfToken() },
        body: JSON.stringify(currentDraft()),
      });
      document.getElementById("draft-status").textContent = response.ok
        ? `Draft saved ${gms.date(new Date().toISOString(), true)}.`
        : "The draft could not be saved; keep this page open.";
    } catch (e) {
      document.getElementById("draft-status").textContent = "The draft could not be saved; keep this page open.";
    }
  }, 400);
}

async function restoreDraft(runId) {
  const response = await fetch(`/api/analyses/${runId}/review-draft`, { headers: { Accept: "application/json" } });
  if (response.status !== 200) return;
  const draft = await response.json();
  document.getElementById("conclusion").value = draft.conclusion || "";
  for (const tr of document.querySelectorAll("#candidates tbody tr:not(.evidence)")) {
    const saved = (draft.candidates || {})[tr.dataset.rank];
    if (!saved) continue;
    tr.querySelector(".report-tick").checked = saved.ticked;
    tr.querySelector(".final-class").value = saved.finalClass;
    tr.querySelector(".comment").value = saved.comment;
  }
  document.getElementById("draft-status").textContent = "Your saved draft is restored.";
}

/** Shows the candidates that match the filters; ticked ones stay visible whatever the filters. */
function applyFilters() {
  const gene = document.getElementById("filter-gene").value.trim().toUpperCase();
  const tier = document.getElementById("filter-tier").value;
  const acmg = document.getElementById("filter-class").value;
  const rows = [...document.querySelectorAll("#candidates tbody tr:not(.evidence)")];
  let shown = 0;
  for (const tr of rows) {
    const ticked = tr.querySelector(".report-tick").checked;
    const match = (gene === "" || tr.dataset.gene.includes(gene))
      && (tier === "" || tr.dataset.tier === tier)
      && (acmg === "" || tr.dataset.acmg === acmg);
    tr.hidden = !(match || ticked);
    if (tr.hidden) tr.nextElementSibling.hidden = true;
    shown += tr.hidden ? 0 : 1;
  }
  document.getElementById("filter-count").textContent = `${shown} of ${rows.length} candidates shown.`;
}

let isScientist = false;
let isClinician = false;

/** The Tier 1 and Tier 2 candidates not ticked for the report. */
function unreportedTier1And2() {
  const chosen = new Set(chosenVariants().map((v) => v.rank));
  return candidates.filter((c) => (c.tier === "TIER_1" || c.tier === "TIER_2") && !chosen.has(c.rank));
}

/** Authorising is two steps: the summary (with every unreported Tier 1/2 candidate), then confirm. */
function showConfirmation() {
  const conclusion = document.getElementById("conclusion");
  if (gms.required(conclusion, "Write the conclusion for the clinician before authorising.") === null) return;
  const chosen = chosenVariants();
  const unreported = unreportedTier1And2();
  document.getElementById("confirm-summary").textContent =
    `${chosen.length} variant(s) will be reported to the requesting clinician.`
    + (unreported.length ? ` ${unreported.length} Tier 1/2 candidate(s) are NOT in this report:` : "");
  document.getElementById("unreported-list").replaceChildren(...unreported.map((c) =>
    gms.el("li", `${c.tier.replace("TIER_", "Tier ")} candidate ${c.rank}: ${c.gene} ${notation(c.variants[0])}, computed ${c.variants[0].acmg.class}`)));
  document.getElementById("confirm-unreported-label").hidden = unreported.length === 0;
  document.getElementById("confirm-unreported").checked = false;
  document.getElementById("confirm-panel").hidden = false;
  document.getElementById("confirm-authorise").focus();
}

/** The ticked candidates with the scientist's final class and comment. */
function chosenVariants() {
  const variants = [];
  for (const tick of document.querySelectorAll(".report-tick")) {
    if (!tick.checked) continue;
    const tr = tick.closest("tr");
    variants.push({
      rank: Number(tick.dataset.rank),
      finalClass: tr.querySelector(".final-class").value,
      comment: tr.querySelector(".comment").value.trim(),
    });
  }
  return variants;
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.signedIn();
  if (!me) return;
  isScientist = me.roles.includes("LABORATORY_SCIENTIST");
  isClinician = me.roles.includes("CLINICIAN");
  document.getElementById("laboratory").hidden = !isScientist;
  try {
    await refresh();
  } catch (e) {
    status(e.message, true);
    return;
  }
  for (const id of ["filter-gene", "filter-tier", "filter-class"]) {
    document.getElementById(id).addEventListener("input", applyFilters);
  }
  document.getElementById("candidate-filters").addEventListener("submit", (event) => event.preventDefault());
  document.getElementById("receive").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await gms.send("POST", `/api/orders/${orderId}/samples`, {
        barcode: document.getElementById("barcode").value.trim(),
        type: document.getElementById("sample-type").value,
      });
      status("Sample recorded.");
      await refresh();
    } catch (e) { gms.fieldError(document.querySelector("#receive button"), e.message); }
  });
  document.getElementById("move").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await gms.send("POST", `/api/orders/${orderId}/transitions`, {
        to: document.getElementById("next-state").value,
        reason: document.getElementById("reason").value.trim(),
      });
      status("Order moved.");
      await refresh();
    } catch (e) { gms.fieldError(document.querySelector("#move button"), e.message); }
  });
  document.getElementById("analyse").addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = document.getElementById("vcf").files[0];
    if (!file) return;
    try {
      status(`Uploading ${file.name}...`);
      const stored = await gms.send("POST", `/api/vcf-files?filename=${encodeURIComponent(file.name)}`,
        file, "application/octet-stream");
      const samples = {};
      for (const input of document.querySelectorAll("#sample-names input")) {
        if (input.value.trim() !== "") samples[input.dataset.nhs] = input.value.trim();
      }
      await gms.send("POST", `/api/orders/${orderId}/analyses`, {
        vcf: stored.vcf,
        samples,
        geneAgnostic: document.getElementById("gene-agnostic").checked,
      });
      status("Analysis queued.");
      await refresh();
    } catch (e) { gms.fieldError(document.querySelector("#analyse button"), e.message); }
  });
  document.getElementById("preview-button").addEventListener("click", async () => {
    const response = await fetch(`/api/analyses/${document.getElementById("review").dataset.run}/report/preview`, {
      method: "POST",
      headers: { Accept: "text/html", "Content-Type": "application/json", "X-XSRF-TOKEN": gms.csrfToken() },
      body: JSON.stringify({ conclusion: document.getElementById("conclusion").value.trim(), variants: chosenVariants() }),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      gms.fieldError(document.getElementById("preview-button"), problem.detail || `The server answered ${response.status}`);
      return;
    }
    const frame = document.getElementById("preview");
    frame.srcdoc = await response.text();
    frame.hidden = false;
  });
  document.getElementById("authorise").addEventListener("submit", (event) => {
    event.preventDefault();
    showConfirmation();
  });
  document.getElementById("confirm-back").addEventListener("click", () => {
    document.getElementById("confirm-panel").hidden = true;
  });
  document.getElementById("confirm-authorise").addEventListener("click", async () => {
    const unreported = unreportedTier1And2();
    const box = document.getElementById("confirm-unreported");
    if (unreported.length > 0 && !box.checked) {
      gms.fieldError(box, "Confirm that the Tier 1/2 candidates listed are left out, or go back and tick them.");
      box.focus();
      return;
    }
    gms.fieldError(box, "");
    const button = document.getElementById("confirm-authorise");
    button.disabled = true;
    try {
      await gms.send("POST", `/api/analyses/${document.getElementById("review").dataset.run}/report`, {
        conclusion: document.getElementById("conclusion").value.trim(),
        variants: chosenVariants(),
        unreportedConfirmed: unreported.map((c) => c.rank),
      });
      document.getElementById("confirm-panel").hidden = true;
      status("Report authorised and sent to the requesting clinician.");
      await refresh();
    } catch (e) {
      gms.fieldError(button, e.message);
    } finally {
      button.disabled = false;
    }
  });
  document.getElementById("cancel-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const reason = document.getElementById("cancel-reason");
    const why = gms.required(reason, "Give the reason for cancelling; it is kept in the order's history.");
    if (why === null) return;
    try {
      await gms.send("POST", `/api/orders/${orderId}/transitions`, { to: "CANCELLED", reason: why });
      status("Order cancelled.");
      await refresh();
    } catch (e) { gms.fieldError(reason, e.message); }
  });
  for (const event of ["input", "change"]) {
    document.getElementById("candidates").addEventListener(event, saveDraftSoon);
    document.getElementById("conclusion").addEventListener(event, saveDraftSoon);
  }
});
