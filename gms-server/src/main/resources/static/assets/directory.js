// Directory search page: searches as the user submits, keeps the query and page in the address bar.
"use strict";

const PAGE = 50;

function pageLink(text, query, offset) {
  const button = gms.el("button", text, "secondary");
  button.type = "button";
  button.addEventListener("click", () => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (offset) params.set("offset", String(offset));
    history.replaceState(null, "", `/${params.toString() ? `?${params}` : ""}`);
    search(query, offset);
  });
  return button;
}

async function search(query, offset = 0) {
  const status = document.getElementById("search-status");
  const table = document.getElementById("results");
  const body = table.querySelector("tbody");
  const pages = document.getElementById("pages");
  status.textContent = "Searching…";
  pages.replaceChildren();
  try {
    const answer = await gms.getJson(`/api/directory/indications?q=${encodeURIComponent(query)}&limit=${PAGE}&offset=${offset}`);
    if (!answer.version && (await fetch("/actuator/health/readiness")).status !== 200) {
      // first start: the bundled directory is still being imported
      table.hidden = true;
      status.textContent = "Importing the test directory… (first start; this page updates when it is done)";
      setTimeout(() => search(query, offset), 3000);
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
    const shown = answer.count > answer.results.length
      ? ` Showing ${offset + 1}-${offset + answer.results.length}.`
      : "";
    status.replaceChildren(query
      ? `${answer.count} clinical indication(s) match "${query}"${version}.${shown}`
      : `${answer.count} clinical indications${version}.${shown}`);
    if (answer.count === 0 && (answer.suggestions || []).length > 0) {
      status.append(" Did you mean ");
      answer.suggestions.forEach((suggestion, i) => {
        if (i > 0) status.append(", ");
        const a = gms.link(suggestion, `/?q=${encodeURIComponent(suggestion)}`);
        a.className = "suggestion";
        status.append(a);
      });
      status.append("?");
    } else if (answer.count === 0) {
      status.append(" Try a feature (seizures), a condition (Dravet), a gene symbol (SCN1A) or an R-code.");
    }
    if (offset > 0) pages.append(pageLink("Previous page", query, Math.max(0, offset - PAGE)));
    if (offset + PAGE < answer.count) pages.append(pageLink("Next page", query, offset + PAGE));
  } catch (error) {
    table.hidden = true;
    status.textContent = error.message;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const params = new URLSearchParams(location.search);
  const initial = params.get("q") || "";
  input.value = initial;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    history.replaceState(null, "", query ? `/?q=${encodeURIComponent(query)}` : "/");
    search(query);
  });
  search(initial, Number(params.get("offset")) || 0);
});
