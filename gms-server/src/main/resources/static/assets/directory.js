// Directory search page: searches as the user submits, keeps the query in the address bar.
"use strict";

async function search(query) {
  const status = document.getElementById("search-status");
  const table = document.getElementById("results");
  const body = table.querySelector("tbody");
  status.textContent = "Searching…";
  try {
    const answer = await gms.getJson(`/api/directory/indications?q=${encodeURIComponent(query)}&limit=200`);
    if (!answer.version && (await fetch("/actuator/health/readiness")).status !== 200) {
      // first start: the bundled directory is still being imported
      table.hidden = true;
      status.textContent = "Importing the test directory… (first start; this page updates when it is done)";
      setTimeout(() => search(query), 3000);
      return;
    }
    body.replaceChildren(
      ...answer.results.map((hit) => {
        const row = document.createElement("tr");
        const code = document.createElement("td");
        const link = gms.el("a", hit.code);
        link.href = `/indication.html?code=${encodeURIComponent(hit.code)}`;
        code.append(link);
        row.append(
          code,
          gms.el("td", hit.name),
          gms.el("td", hit.specialistTestGroup),
          gms.el("td", hit.testMethods.join("; ")),
          gms.el("td", hit.matchedBy.join("; "))
        );
        return row;
      })
    );
    table.hidden = answer.results.length === 0;
    const version = answer.version ? ` in directory version ${answer.version}` : "";
    status.textContent = query
      ? `${answer.count} clinical indication(s) match "${query}"${version}.`
      : `${answer.count} clinical indications${version}.`;
  } catch (error) {
    table.hidden = true;
    status.textContent = error.message;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    history.replaceState(null, "", query ? `/?q=${encodeURIComponent(query)}` : "/");
    search(query);
  });
  search(initial);
});
