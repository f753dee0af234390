// A JSON or FHIR document of the API, indented for people to read (the API sends it compact).
"use strict";

document.addEventListener("DOMContentLoaded", async () => {
  const url = new URLSearchParams(location.search).get("url") || "";
  if (!url.startsWith("/api/")) {
    gms.status("Nothing to show: this page shows documents of this service's API only.", true);
    return;
  }
  document.getElementById("raw").href = url;
  document.getElementById("title").textContent = url.includes("fhir") ? `FHIR document: ${url}` : `Document: ${url}`;
  document.title = `${url} - GMS`;
  try {
    const response = await fetch(url, { headers: { Accept: "application/fhir+json, application/json" } });
    const text = await response.text();
    if (!response.ok) {
      let detail = "";
      try { detail = JSON.parse(text).detail || ""; } catch (e) { /* not JSON */ }
      gms.status(detail || `The server answered ${response.status} for ${url}.`, true);
      return;
    }
    document.getElementById("document").textContent = JSON.stringify(JSON.parse(text), null, 2);
    gms.status("");
  } catch (e) {
    gms.status(e.message, true);
  }
});
