// The published figures: suppressed counts only, from /api/public/insights (no login).
"use strict";

function count(value) {
  return value === null || value === undefined ? "[c]" : insights.number(value);
}

function cell(text) {
  const td = document.createElement("td");
  td.className = text === "[c]" ? "num suppressed" : "num";
  td.textContent = text;
  return td;
}

async function showYear() {
  const year = document.getElementById("year").value;
  const by = document.getElementById("by").value;
  document.getElementById("csv").href = `/api/public/insights/${year}/csv?by=${encodeURIComponent(by)}`;
  gms.status("Loading…");
  try {
    const y = await gms.getJson(`/api/public/insights/${year}?by=${encodeURIComponent(by)}`);
    gms.status(y.total === 0 ? `No requests recorded in ${year}.` : "");
    const banner = document.getElementById("generated");
    banner.hidden = !y.generatedIncluded;
    banner.textContent = "These figures include generated activity for demonstration: they are not real.";
    insights.chart("months-chart", {
      color: insights.colours,
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: y.monthTotals.map((_, i) => `${year}-${String(i + 1).padStart(2, "0")}`) },
      yAxis: { type: "value" },
      series: [{ name: "requests", type: "bar", data: y.monthTotals }],
    });
    const note = document.getElementById("rates-note");
    note.hidden = !y.ratesNote;
    note.textContent = y.ratesNote || "";
    const rated = y.values.map((v, i) => ({ v, r: y.rates[i] })).filter((x) => x.r);
    insights.byValue("rates-chart", rated.map((x) => x.v), {}, [
      { name: "rate", type: "bar", data: rated.map((x) => Math.round(x.r.per100k * 10) / 10) },
      ...insights.bounds(rated.map((x) => x.r.lower), rated.map((x) => x.r.upper)),
    ], false);
    const body = document.querySelector("#totals tbody");
    body.replaceChildren();
    y.values.forEach((v, i) => {
      const r = y.rates[i];
      const tr = document.createElement("tr");
      tr.append(gms.el("td", v), cell(count(y.yearTotals[i])),
        cell(r ? insights.interval(r.per100k, r.lower, r.upper, 1) : ""),
        cell(r && r.ratio !== null ? insights.interval(r.ratio, r.ratioLower, r.ratioUpper, 2) : ""));
      body.append(tr);
    });
    const total = document.createElement("tr");
    total.append(gms.el("td", "England (all)"), cell(count(y.total)), cell(""), cell(""));
    body.append(total);
    // turnaround by the chosen equity group, else by test method and urgency
    const groups = { ETHNIC_GROUP: ["Ethnic group", y.turnaroundByEthnicGroup], IMD_DECILE: ["Deprivation decile", y.turnaroundByImdDecile] };
    const [heading, rows] = groups[y.dimension] || ["Test method and urgency", y.turnaround];
    document.getElementById("turnaround-group").textContent = heading;
    document.querySelector("#turnaround tbody").replaceChildren(...rows.map((t) => {
      const tr = document.createElement("tr");
      tr.append(gms.el("td", t.group), cell(count(t.reported)), cell(count(t.withinTarget)),
        cell(count(t.late)), cell(t.median === null ? "" : insights.number(t.median, 1)),
        cell(t.p90 === null ? "" : insights.number(t.p90, 1)));
      return tr;
    }));
    document.querySelector("#yield tbody").replaceChildren(...y.diagnosticYield.map((r) => {
      const tr = document.createElement("tr");
      tr.append(gms.el("td", r.indication === "All" ? "England (all)" : r.indication),
        cell(count(r.reported)), cell(count(r.pathogenic)),
        cell(r.share === null ? "" : `${insights.percent(r.share)} (${insights.percent(r.shareLower)}–${insights.percent(r.shareUpper)})`));
      return tr;
    }));
    await showOutcomes(year);
  } catch (e) {
    gms.status(e.message, true);
  }
}

function withShare(n, share) {
  const text = count(n);
  return share && text !== "[c]"
    ? `${text} (${insights.percent(share.value)}; ${insights.percent(share.lower)}–${insights.percent(share.upper)})`
    : text;
}

async function showOutcomes(year) {
  document.getElementById("cancer-csv").href = `/api/public/insights/${year}/outcomes/csv?table=cancer`;
  document.getElementById("pgx-csv").href = `/api/public/insights/${year}/outcomes/csv?table=pgx`;
  const o = await gms.getJson(`/api/public/insights/${year}/outcomes`);
  const label = (v) => (v === "All" ? "England (all)" : v);
  document.querySelector("#cancer tbody").replaceChildren(...o.cancer.map((r) => {
    const tr = document.createElement("tr");
    tr.append(gms.el("td", label(r.tumourType)), cell(count(r.reported)),
      cell(withShare(r.actionable, r.actionableShare)), cell(withShare(r.withTherapy, r.therapyShare)));
    return tr;
  }));
  document.querySelector("#pgx tbody").replaceChildren(...o.pgx.map((r) => {
    const tr = document.createElement("tr");
    tr.append(gms.el("td", label(r.drug)), cell(count(r.checks)),
      cell(withShare(r.withCards, r.shareWithCards)), cell(count(r.cards)));
    return tr;
  }));
}

document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("year");
  const now = new Date().getFullYear();
  for (let y = now; y >= now - 9; y--) {
    const option = gms.el("option", y);
    option.value = y;
    select.append(option);
  }
  document.getElementById("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    showYear();
  });
  showYear();
});
