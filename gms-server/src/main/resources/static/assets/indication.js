// Indication page: the indication, its tests, and the genes of its panels with their confidence.
"use strict";

const CONFIDENCE = {
  3: ["green", "Green: diagnostic grade"],
  2: ["amber", "Amber: moderate evidence"],
  1: ["red", "Red: low evidence"],
  0: ["red", "Red: low evidence"],
};

function confidenceBadge(level) {
  const [colour, words] = CONFIDENCE[Number(level)] || ["red", `Level ${level}`];
  return gms.el("span", words, `badge confidence-${colour}`);
}

async function panelSection(link) {
  const section = document.createElement("section");
  section.className = "card";
  const heading = gms.el("h2", `${link.name || link.nameInDirectory} (PanelApp ${link.id})`);
  section.append(heading);
  if (!link.available) {
    section.append(gms.el("p", "This panel's genes are not in the database.", "note"));
    return section;
  }
  const panel = await gms.getJson(`/api/panels/${link.id}`);
  section.append(
    gms.el("p", `Version ${panel.version}: ${link.greenGenes} green of ${link.genes} genes.`, "note")
  );
  const filterId = `gene-filter-${link.id}`;
  const filterLabel = gms.el("label", "Find a gene in this panel");
  filterLabel.htmlFor = filterId;
  const filter = document.createElement("input");
  filter.id = filterId;
  filter.className = "gene-filter";
  filter.autocomplete = "off";
  filter.placeholder = "e.g. SCN1A";
  const shown = gms.el("p", "", "note");
  shown.setAttribute("aria-live", "polite");
  section.append(filterLabel, filter, shown);
  const table = document.createElement("table");
  const head = document.createElement("thead");
  head.innerHTML =
    '<tr><th scope="col">Gene</th><th scope="col">Confidence</th><th scope="col">Mode of inheritance</th></tr>';
  const body = document.createElement("tbody");
  const genes = [...panel.genes].sort(
    (a, b) => Number(b.confidence_level) - Number(a.confidence_level) ||
      a.gene_data.gene_symbol.localeCompare(b.gene_data.gene_symbol)
  );
  for (const gene of genes) {
    const row = document.createElement("tr");
    const confidence = document.createElement("td");
    confidence.append(confidenceBadge(gene.confidence_level));
    row.append(gms.el("td", gene.gene_data.gene_symbol), confidence, gms.el("td", gene.mode_of_inheritance));
    body.append(row);
  }
  table.append(head, body);
  section.append(table);
  const rows = [...body.rows];
  const applyFilter = () => {
    const wanted = filter.value.trim().toUpperCase();
    let count = 0;
    for (const row of rows) {
      row.hidden = wanted !== "" && !row.cells[0].textContent.toUpperCase().includes(wanted);
      count += row.hidden ? 0 : 1;
    }
    shown.textContent = wanted === "" ? `${rows.length} genes.` : `${count} of ${rows.length} genes match "${filter.value.trim()}".`;
  };
  filter.addEventListener("input", applyFilter);
  applyFilter();
  return section;
}

async function show(code) {
  const status = document.getElementById("status");
  try {
    const indication = await gms.getJson(`/api/directory/indications/${encodeURIComponent(code)}`);
    document.title = `${indication.code} ${indication.name} - GMS`;
    document.getElementById("title").textContent = `${indication.code} ${indication.name}`;
    document.getElementById("group").textContent = indication.specialistTestGroup;
    document.getElementById("commissioning").textContent = indication.commissioningCategories.join("; ");
    document.getElementById("who").textContent = indication.whoMayOrder
      ? `${indication.whoMayOrder.requesters} (${indication.whoMayOrder.basis})`
      : "Not stated";
    const eligibility = document.getElementById("eligibility");
    if (indication.eligibility) {
      eligibility.textContent = indication.eligibility;
    } else {
      // the directory spreadsheet and codes carry no criteria: NHS England publishes them apart
      eligibility.replaceChildren(
        "This directory release gives no eligibility criteria for this indication; they are published in ",
        gms.link("NHS England's eligibility criteria for the national genomic test directories",
          gms.ELIGIBILITY_CRITERIA),
        ".");
    }
    document.getElementById("version").textContent = indication.directoryVersion;
    document.querySelector("#tests tbody").replaceChildren(
      ...indication.tests.map((test) => {
        const row = document.createElement("tr");
        const order = document.createElement("td");
        const page = indication.code.startsWith("M") ? "/cancer-order.html" : "/orders.html";
        const link = gms.link(`Order ${test.code}`, `${page}?indication=${encodeURIComponent(indication.code)}&test=${encodeURIComponent(test.code)}`);
        link.className = "order-test";
        order.append(link);
        row.append(
          gms.el("td", test.code),
          gms.el("td", test.target),
          gms.el("td", test.methods && test.methods.length
            ? `${test.testMethod} (${test.methods.map((m) => m.toLowerCase().replaceAll("_", " ")).join(", ")})`
            : test.testMethod),
          gms.el("td", test.changeNote),
          order
        );
        return row;
      })
    );
    document.getElementById("details").hidden = false;
    document.getElementById("tests-section").hidden = false;
    status.textContent = "";
    const panels = document.getElementById("panels");
    for (const link of indication.panels) {
      panels.append(await panelSection(link));
    }
  } catch (error) {
    status.textContent = error.message;
    status.className = "error";
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const code = new URLSearchParams(location.search).get("code");
  if (code) {
    show(code);
  } else {
    document.getElementById("status").textContent = "No indication given: choose one from the search.";
  }
});
