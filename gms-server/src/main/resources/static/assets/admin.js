// The administrator's page: batch re-analysis, knowledge versions, directory imports.
"use strict";

async function showJobs() {
  const jobs = await gms.getJson("/api/reanalysis/jobs");
  const who = await gms.displayNames(jobs.map((j) => j.startedBy));
  document.querySelector("#jobs tbody").replaceChildren(...jobs.map((j) => gms.row([
    `#${j.id}`, gms.date(j.startedAt, true), who(j.startedBy), j.state.toLowerCase(),
    `${j.done} of ${j.total}`, String(j.alerts), j.trigger])));
  if (jobs.length === 0) {
    document.querySelector("#jobs tbody").append(gms.row(["No re-analysis job yet.", "", "", "", "", "", ""]));
  }
  return jobs;
}

async function showKnowledge() {
  const versions = await gms.getJson("/api/knowledge/versions");
  const who = await gms.displayNames(versions.map((v) => v.importedBy));
  document.querySelector("#knowledge-versions tbody").replaceChildren(...versions.map((v) => gms.row([
    v.source, v.label, gms.date(v.importedAt, true), who(v.importedBy), v.summary])));
  if (versions.length === 0) {
    document.querySelector("#knowledge-versions tbody").append(
      gms.row(["No knowledge release imported yet.", "", "", "", ""]));
  }
}

async function showImports() {
  const imports = await gms.getJson("/api/directory/imports");
  document.querySelector("#imports tbody").replaceChildren(...imports.map((i) => gms.row([
    `#${i.id}`, i.kind.toLowerCase(), i.label, gms.date(i.importedAt, true),
    String(i.indications), String(i.tests), String(i.panels), String(i.genes)])));
}

async function startJob() {
  const button = document.getElementById("start-job");
  button.disabled = true;
  try {
    const job = await gms.send("POST", "/api/reanalysis/jobs", {});
    gms.status(`Re-analysis job #${job.id} started.`);
    await showJobs();
  } catch (e) {
    gms.status(e.message, true);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await gms.signedIn();
  if (!me) return;
  if (!gms.hasRole(me, "ADMINISTRATOR", "Administration is for the service's administrators; your pages are in the menu above.")) return;
  document.getElementById("start-job").addEventListener("click", startJob);
  try {
    await Promise.all([showJobs(), showKnowledge(), showImports()]);
  } catch (e) {
    gms.status(e.message, true);
  }
});
