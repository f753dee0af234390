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

function showOrder() {
  document.getElementById("title").textContent = `Order #${order.id}: ${order.test}`;
  const facts = document.getElementById("facts");
  facts.replaceChildren();
  const add = (term, value) => facts.append(gms.el("dt", term), gms.el("dd", value));
  add("State", label(order.state));
  const patientLink = gms.el("a", `${order.patient} (record)`);
  patientLink.id = "patient-record";
  patientLink.href = `/patient.html?nhs=${order.patient}`;
  const patient = document.createElement("dd");
  patient.append(patientLink);
  facts.append(gms.el("dt", "Patient"), patient);
  add("Indication", `${order.indication} ${order.indicationName}`);
  add("Test", `${order.test} (${order.testMethod})`);
  add("Expected by", order.expectedBy + (order.overdue ? " (overdue)" : ""));
  add("Requested by", `${order.requester}, ${order.requesterOrganisation}`);
  add("Laboratory", order.laboratory);
  add("HPO terms", order.hpoTerms.join(", ") || "none");
  add("Family", order.family.map((m) => `${m.nhsNumber} (${m.relationship.toLowerCase()})`).join(", ") || "proband only");
  add("Samples", order.samples.map((s) => `${s.barcode} (${s.type.toLowerCase()})`).join(", ") || "none yet");
  const history = document.querySelector("#history tbody");
  history.replaceChildren(...order.history.map((h) =>
    row([new Date(h.at).toLocaleString(), h.from ? label(h.from) : "", label(h.to), h.by, h.reason || ""])));
  document.getElementById("report-link").hidden = order.state !== "REPORTED";
  document.getElementById("report").href = `/api/orders/${order.id}/report`;
  const next = document.getElementById("next-state");
  next.replaceChildren(...order.nextStates.map((s) => {
    const option = gms.el("option", label(s));
    option.value = s;
    return option;
  }));
  const names = document.getElementById("sample-names");
  // built once: refreshing the page's data must not wipe what the scientist is typing
  if (names.childElementCount > 0) return;
  const people = [[order.patient, "proband"], ...order.family.map((m) => [m.nhsNumber, m.relationship.toLowerCase()])];
  for (const [nhs, relationship] of people) {
    const id = `sample-${nhs}`;
    const lab = gms.el("label", `VCF sample of ${nhs} (${relationship})`);
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
  showOrder();
  await showRuns(runs);
}

async function showRuns(runs) {
  document.getElementById("runs-section").hidden = runs.length === 0;
  const body = document.querySelector("#runs tbody");
  body.replaceChildren(...runs.map((run) => {
    let result = run.message || "";
    if (run.state === "SUCCEEDED" && run.kind === "RARE_DISEASE") {
      const link = gms.el("a", "candidates (HTML)");
      link.href = `/api/analyses/${run.id}/result`;
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

async function showCandidates(runId) {
  const review = document.getElementById("review");
  review.dataset.run = String(runId);
  const result = await gms.getJson(`/api/analyses/${runId}/result`);
  showFunnel(result);
  const body = document.querySelector("#candidates tbody");
  body.replaceChildren(...result.candidates.map((candidate) => {
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
    const tr = row([tick, String(candidate.rank), candidate.tier.replace("TIER_", "Tier ").replace("UNTIERED", "untiered"),
      candidate.gene, `${variant.hgvsc || ""} ${variant.hgvsp || ""}`, variant.acmg.class, finalClass, comment]);
    tr.dataset.gene = candidate.gene.toUpperCase();
    tr.dataset.tier = candidate.tier;
    tr.dataset.acmg = variant.acmg.class;
    return tr;
  }));
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

/** Shows the candidates that match the filters; ticked ones stay visible whatever the filters. */
function applyFilters() {
  const gene = document.getElementById("filter-gene").value.trim().toUpperCase();
  const tier = document.getElementById("filter-tier").value;
  const acmg = document.getElementById("filter-class").value;
  const rows = [...document.querySelectorAll("#candidates tbody tr")];
  let shown = 0;
  for (const tr of rows) {
    const ticked = tr.querySelector(".report-tick").checked;
    const match = (gene === "" || tr.dataset.gene.includes(gene))
      && (tier === "" || tr.dataset.tier === tier)
      && (acmg === "" || tr.dataset.acmg === acmg);
    tr.hidden = !(match || ticked);
    shown += tr.hidden ? 0 : 1;
  }
  document.getElementById("filter-count").textContent = `${shown} of ${rows.length} candidates shown.`;
}

let isScientist = false;

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
  const me = await gms.me();
  if (!me) {
    location.href = "/login";
    return;
  }
  isScientist = me.roles.includes("LABORATORY_SCIENTIST");
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
    } catch (e) { status(e.message, true); }
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
    } catch (e) { status(e.message, true); }
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
    } catch (e) { status(e.message, true); }
  });
  document.getElementById("preview-button").addEventListener("click", async () => {
    const response = await fetch(`/api/analyses/${document.getElementById("review").dataset.run}/report/preview`, {
      method: "POST",
      headers: { Accept: "text/html", "Content-Type": "application/json", "X-XSRF-TOKEN": gms.csrfToken() },
      body: JSON.stringify({ conclusion: document.getElementById("conclusion").value.trim(), variants: chosenVariants() }),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      status(problem.detail || `The server answered ${response.status}`, true);
      return;
    }
    const frame = document.getElementById("preview");
    frame.srcdoc = await response.text();
    frame.hidden = false;
  });
  document.getElementById("authorise").addEventListener("submit", async (event) => {
    event.preventDefault();
    const variants = chosenVariants();
    try {
      await gms.send("POST", `/api/analyses/${document.getElementById("review").dataset.run}/report`, {
        conclusion: document.getElementById("conclusion").value.trim(),
        variants,
      });
      status("Report authorised and sent to the requesting clinician.");
      await refresh();
    } catch (e) { status(e.message, true); }
  });
});
