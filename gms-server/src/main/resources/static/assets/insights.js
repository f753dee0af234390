// Shared by the dashboard and the published figures: number formats and ECharts set-up.
"use strict";

const insights = {
  number(value, digits = 0) {
    if (value === null || value === undefined) return "";
    return Number(value).toLocaleString("en-GB", {
      minimumFractionDigits: digits, maximumFractionDigits: digits });
  },

  percent(value) {
    return value === null || value === undefined ? "" : `${(value * 100).toFixed(1)}%`;
  },

  interval(value, lower, upper, digits) {
    if (value === null || value === undefined) return "";
    return `${insights.number(value, digits)} (${insights.number(lower, digits)}–${insights.number(upper, digits)})`;
  },

  /** Draws (or redraws) an ECharts chart in the element and marks it as drawn. */
  chart(id, option) {
    const node = document.getElementById(id);
    const chart = echarts.getInstanceByDom(node) || echarts.init(node, null, { renderer: "canvas" });
    chart.setOption(option, true);
    node.dataset.rendered = "true";
    window.addEventListener("resize", () => chart.resize());
    return chart;
  },

  /**
   * Draws a chart with a bar (or mark) per value of a dimension down its side, at most one
   * legend: the dashboard's and the published figures' charts by a dimension.
   */
  byValue(id, values, xAxis, series, legend = true) {
    return insights.chart(id, {
      color: insights.colours,
      tooltip: { trigger: "axis" },
      ...(legend ? { legend: {} } : {}),
      grid: { left: 160 },
      yAxis: { type: "category", data: values, inverse: true },
      xAxis: { type: "value", ...xAxis },
      series,
    });
  },

  /** The series marking a 95% interval's bounds on each bar. */
  bounds(lower, upper) {
    return [
      { name: "95% lower", type: "scatter", symbol: "line", data: lower },
      { name: "95% upper", type: "scatter", symbol: "line", data: upper },
    ];
  },

  colours: ["#005eb8", "#00703c", "#8a4b00", "#a4161a", "#4c5661", "#6b3fa0", "#007f8c"],
};
