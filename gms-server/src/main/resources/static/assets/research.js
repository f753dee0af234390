// The researcher's page: counts by HPO term, Beacon v2 questions and the pseudonymised view.
"use strict";

async function termId(text) {
  const id = text.match(/HP:\d{7}/);
  if (id) return id[0];
  const found = await gms.getJson(`/api/hpo/terms?q=${encodeURIComponent(text)}&limit=1`);
  return found.length ? found[0].id : null;
}

async function count(event) {
  event.preventDefault();
  const input = document.getElementById("count-term");
  const answer = document.getElementById("count-answer");
  try {
    const id = await termId(input.value.trim());
    if (!id) {
      gms.fieldError(input, `No HPO term matches "${input.value.trim()}".`);
      return;
    }
    gms.fieldError(input, "");
    const [named] = await gms.hpoNames([id]);
    const result = await gms.getJson(`/api/research/counts?hpo=${encodeURIComponent(id)}`);
    answer.textContent = result.suppressed
      ? `${gms.hpoLabel(named)}: fewer than ${result.smallestCountGiven} individuals (not shown).`
      : `${gms.hpoLabel(named)}: ${result.count} individual(s), with the term or a more specific one.`;
  } catch (e) {
    gms.fieldError(input, e.message);
  }
}

async function beacon(event) {
  event.preventDefault();
  const input = document.getElementById("beacon-gene");
  const answer = document.getElementById("beacon-answer");
  const gene = input.value.trim().toUpperCase();
  if (!gene) {
    gms.fieldError(input, "Give a gene symbol, for example FBXO11.");
    return;
  }
  gms.fieldError(input, "");
  try {
    const result = await gms.getJson(`/beacon/v2/g_variants?geneId=${encodeURIComponent(gene)}&requestedGranularity=count`);
    const summary = result.responseSummary || {};
    answer.textContent = summary.exists
      ? `${gene}: variants found` + (summary.numTotalResults !== undefined ? ` (${summary.numTotalResults} record(s)).` : ".")
      : `${gene}: no variant in the consented cohort.`;
  } catch (e) {
    gms.fieldError(input, e.message);
  }
}

let countTimer = null;

function suggest() {
  const input = document.getElementById("count-term");
  clearTimeout(countTimer);
  countTimer = setTimeout(async () => {
    if (input.value.trim().length < 3 || /HP:\d{7}/.test(input.value)) return;
    const terms = await gms.getJson(`/api/hpo/terms?q=${encodeURIComponent(input.value)}&limit=10`);
    document.getElementById("count-suggestions").replaceChildren(...terms.map((t) => {
      const option = document.createElement("option");
      option.value = `${t.id} ${t.name}`;
      return option;
    }));
  }, 250);
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.signedIn();
  if (!me) return;
  if (!gms.hasRole(me, "RESEARCHER", "The research view is for researchers; clinical pages are in the menu above.")) return;
  document.getElementById("count-form").addEventListener("submit", count);
  document.getElementById("count-term").addEventListener("input", suggest);
  document.getElementById("beacon-form").addEventListener("submit", beacon);
  try {
    const individuals = await gms.getJson("/api/research/individuals");
    const ids = [...new Set(individuals.flatMap((i) => i.phenotypes))];
    const names = new Map((await gms.hpoNames(ids.slice(0, 200))).map((t) => [t.id, t]));
    document.getElementById("individual-count").textContent = `${individuals.length} individual(s) agreed to research.`;
    document.querySelector("#individuals tbody").replaceChildren(...individuals.map((i) => gms.row([
      i.id, String(i.yearOfBirth), i.sex.toLowerCase(),
      i.phenotypes.map((p) => gms.hpoLabel(names.get(p) || { id: p, name: "" })).join("; ")])));
  } catch (e) {
    gms.status(e.message, true);
  }
});
