// The management dashboard: filters, key figures, charts (ECharts) and drill-down to orders.
"use strict";

function monthValue(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

function tile(label, value) {
  const node = gms.el("div", undefined, "tile");
  node.append(gms.el("span", value, "value"), gms.el("span", label, "label"));
  return node;
}

function numberCell(text) {
  const td = document.createElement("td");
  td.className = "num";
  td.textContent = text;
  return td;
}

async function show() {
  const from = document.getElementById("from").value;
  const to = document.getElementById("to").value;
  const by = document.getElementById("by").value;
  const query = `from=${from}&to=${to}`;
  gms.status("Loading…");
  try {
    const days = weekPeriod(from, to);
    const [figures, trend, backlog, yields, weekly, outcomes] = await Promise.all([
      gms.getJson(`/api/insights/figures?${query}&by=${encodeURIComponent(by)}`),
      gms.getJson(`/api/insights/trend?${query}`),
      gms.getJson("/api/insights/backlog"),
      gms.getJson(`/api/insights/yield?${query}&by=indication`),
      gms.getJson(`/api/insights/weekly?from=${days.from}&to=${days.to}`),
      gms.getJson(`/api/insights/outcomes?${query}`),
    ]);
    gms.status("");
    const banner = document.getElementById("generated");
    banner.hidden = figures.generatedOrders === 0;
    banner.textContent = `Generated activity: ${insights.number(figures.generatedOrders)} of the `
      + `${insights.number(figures.total.requested)} orders requested in this period were generated `
      + "for demonstration and are not real.";
    tiles(figures.total, backlog);
    charts(figures, trend, by);
    table(figures, from, to, by);
    diagnosticYield(yields, from, to);
    weeklyChart(weekly);
    outcomeTables(outcomes);
  } catch (e) {
    gms.status(e.message, true);
  }
}

function tiles(total, backlog) {
  document.getElementById("tiles").replaceChildren(
    tile("requested", insights.number(total.requested)),
    tile("reported", insights.number(total.reported)),
    tile("median days, request to report", insights.number(total.requestToReport.median, 1)),
    tile("90th centile days", insights.number(total.requestToReport.p90, 1)),
    tile("reported within target",
      total.shareWithinTarget ? insights.percent(total.shareWithinTarget.value) : ""),
    tile("open orders now", insights.number(backlog.open)),
    tile("overdue now", insights.number(backlog.overdue)));
}

function charts(figures, trend, by) {
  const months = trend.map((p) => p.month.substring(0, 7));
  insights.chart("trend-chart", {
    color: insights.colours,
    tooltip: { trigger: "axis" },
    legend: {},
    xAxis: { type: "category", data: months },
    yAxis: [{ type: "value", name: "orders" }, { type: "value", name: "days" }],
    series: [
      { name: "requested", type: "bar", data: trend.map((p) => p.requested) },
      { name: "reported", type: "bar", data: trend.map((p) => p.reported) },
      { name: "median days", type: "line", yAxisIndex: 1, data: trend.map((p) => p.medianRequestToReport) },
    ],
  });
  const rows = figures.rows.slice(0, 25);
  const names = rows.map((r) => r.value);
  document.getElementById("activity-caption").textContent =
    `Requested, reported and cancelled by ${by.replace("-", " ")} (largest 25)`;
  insights.byValue("activity-chart", names, {}, [
    { name: "requested", type: "bar", data: rows.map((r) => r.requested) },
    { name: "reported", type: "bar", data: rows.map((r) => r.reported) },
    { name: "cancelled", type: "bar", data: rows.map((r) => r.cancelled) },
  ]);
  insights.byValue("turnaround-chart", names, { name: "days" }, [
    { name: "median", type: "bar", data: rows.map((r) => r.requestToReport.median) },
    { name: "90th centile", type: "bar", data: rows.map((r) => r.requestToReport.p90) },
    { name: "within target %", type: "scatter", data: rows.map((r) =>
      r.shareWithinTarget ? Math.round(r.shareWithinTarget.value * 1000) / 10 : null) },
  ]);
  const rated = figures.rows.filter((r) => r.rate);
  const national = figures.total.rate ? figures.total.rate.per100k : null;
  const note = document.getElementById("rates-note");
  note.hidden = !figures.ratesNote;
  note.textContent = figures.ratesNote || "";
  insights.byValue("rate-chart", rated.map((r) => r.value), { name: "per 100,000 per year" }, [
    { name: "rate", type: "bar", data: rated.map((r) => Math.round(r.rate.per100k * 10) / 10),
      markLine: national === null ? undefined : { data: [{ xAxis: national, name: "England" }] } },
    ...insights.bounds(rated.map((r) => r.rate.lower), rated.map((r) => r.rate.upper)),
  ], false);
}

function table(figures, from, to, by) {
  const body = document.querySelector("#figures tbody");
  body.replaceChildren();
  for (const r of [...figures.rows, figures.total]) {
    const tr = document.createElement("tr");
    tr.append(gms.el("td", r.value));
    for (const n of [r.requested, r.received, r.reported, r.cancelled, r.failed]) {
      tr.append(numberCell(insights.number(n)));
    }
    tr.append(numberCell(insights.number(r.requestToReport.median, 1)));
    tr.append(numberCell(insights.number(r.requestToReport.p90, 1)));
    tr.append(numberCell(r.shareWithinTarget ? insights.percent(r.shareWithinTarget.value) : ""));
    tr.append(numberCell(r.rate ? insights.interval(r.rate.per100k, r.rate.lower, r.rate.upper, 1) : ""));
    tr.append(numberCell(r.rate && r.rate.ratio !== null
      ? insights.interval(r.rate.ratio, r.rate.ratioLower, r.rate.ratioUpper, 2) : ""));
    tr.className = "pick";
    tr.tabIndex = 0;
    const open = () => drill(from, to, r === figures.total ? "all" : by, r.value);
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    body.append(tr);
  }
}

/** The days of the months from..to, at most the last 262 weeks of them. */
function weekPeriod(from, to) {
  const [ty, tm] = to.split("-").map(Number);
  const last = new Date(Date.UTC(ty, tm, 0));
  const earliest = new Date(last.getTime() - 261 * 7 * 86400000);
  const [fy, fm] = from.split("-").map(Number);
  const first = new Date(Math.max(Date.UTC(fy, fm - 1, 1), earliest.getTime()));
  const day = (d) => d.toISOString().substring(0, 10);
  return { from: day(first), to: day(last) };
}

function weeklyChart(weekly) {
  const weeks = weekly.weeks;
  insights.chart("weekly-chart", {
    color: insights.colours,
    tooltip: { trigger: "axis" },
    legend: {},
    xAxis: { type: "category", data: weeks.map((w) => w.week) },
    yAxis: { type: "value", name: "orders" },
    dataZoom: [{ type: "inside" }, { type: "slider" }],
    series: ["requested", "received", "reported", "cancelled"].map((name) => ({
      name, type: "line", showSymbol: false, data: weeks.map((w) => w.total[name]) })),
  });
}

function diagnosticYield(yields, from, to) {
  const rows = yields.rows.slice(0, 25);
  const percent = (v) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);
  insights.byValue("yield-chart", rows.map((r) => r.value), { name: "%", max: 100 }, [
    { name: "diagnostic yield %", type: "bar", data: rows.map((r) => percent(r.share && r.share.value)),
      markLine: yields.total.share
        ? { data: [{ xAxis: percent(yields.total.share.value), name: "service" }] } : undefined },
    ...insights.bounds(rows.map((r) => percent(r.share && r.share.lower)),
      rows.map((r) => percent(r.share && r.share.upper))),
  ]);
  const body = document.querySelector("#yield tbody");
  body.replaceChildren();
  for (const r of [...yields.rows, yields.total]) {
    const tr = document.createElement("tr");
    tr.append(gms.el("td", r.value), numberCell(insights.number(r.reported)),
      numberCell(insights.number(r.pathogenic)),
      numberCell(r.share ? `${insights.percent(r.share.value)} (${insights.percent(r.share.lower)}–${insights.percent(r.share.upper)})` : ""));
    tr.className = "pick";
    tr.tabIndex = 0;
    const open = () => drill(from, to, r === yields.total ? "all" : "indication", r.value);
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    body.append(tr);
  }
}

/** A count with its share and 95% interval, e.g. "12 (40.0%, 23.0–59.0%)". */
function countShare(n, share) {
  return share
    ? `${insights.number(n)} (${insights.percent(share.value)}, ${insights.percent(share.lower)}–${insights.percent(share.upper)})`
    : insights.number(n);
}

function outcomeTables(outcomes) {
  document.querySelector("#cancer-outcomes tbody").replaceChildren(
    ...[...outcomes.cancer, outcomes.cancerTotal].map((r) => {
      const tr = document.createElement("tr");
      tr.append(gms.el("td", r.tumourType), numberCell(insights.number(r.reported)),
        numberCell(countShare(r.actionable, r.actionableShare)),
        numberCell(countShare(r.withTherapy, r.therapyShare)));
      return tr;
    }));
  document.querySelector("#pgx-outcomes tbody").replaceChildren(
    ...[...outcomes.pgx, outcomes.pgxTotal].map((r) => {
      const tr = document.createElement("tr");
      tr.append(gms.el("td", r.drug), numberCell(insights.number(r.checks)),
        numberCell(countShare(r.withCards, r.shareWithCards)), numberCell(insights.number(r.cards)));
      return tr;
    }));
}

async function drill(from, to, by, value) {
  const section = document.getElementById("drill");
  try {
    const orders = await gms.getJson(`/api/insights/orders?from=${from}&to=${to}`
      + `&by=${encodeURIComponent(by)}&value=${encodeURIComponent(value)}&limit=100`);
    document.getElementById("drill-title").textContent =
      `Orders requested ${from} to ${to}: ${value} (newest 100)`;
    const body = document.querySelector("#orders tbody");
    body.replaceChildren(...orders.map((o) => gms.row([
      o.generated ? gms.el("span", "generated") : gms.link(`#${o.orderId}`, `/order.html?id=${o.orderId}`),
      o.requested, o.received, o.reported, o.ended,
      o.overdue ? `${o.expectedBy} (overdue)` : o.expectedBy,
      o.values.indication, o.values.test, o.values.laboratory])));
    section.hidden = false;
    section.scrollIntoView();
  } catch (e) {
    gms.status(e.message, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const now = new Date();
  const start = new Date(now.getFullYear(), now.getMonth() - 11, 1);
  document.getElementById("from").value = monthValue(start);
  document.getElementById("to").value = monthValue(now);
  document.getElementById("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    show();
  });
  show();
});
