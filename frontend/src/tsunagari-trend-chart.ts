// <tsunagari-trend-chart>: the gap trend as lines over time (ECharts, canvas), with council sessions marked as
// vertical lines so a council sees what changed after it met. The server (jp.tsunagari.trends.TrendChart) sets JSON
// properties; a count suppressed for this viewer (「10未満」) comes as null and leaves a gap in its line.
import { LitElement, css, html } from "lit";
import * as echarts from "echarts/core";
import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export interface TrendSeries {
  name: string;
  /** [ISO day, count or null when suppressed] */
  points: Array<[string, number | null]>;
}

export interface SessionMarker {
  date: string;
  label: string;
}

export class TsunagariTrendChart extends LitElement {
  static properties = {
    series: { attribute: false },
    markers: { attribute: false },
    chartTitle: { attribute: false },
    axisName: { attribute: false },
  };

  static styles = css`
    :host { display: block; position: relative; min-height: 320px; height: 100%; }
    #chart { position: absolute; inset: 0; }
  `;

  declare series: TrendSeries[];
  declare markers: SessionMarker[];
  declare chartTitle: string;
  declare axisName: string;

  private chart: echarts.ECharts | null = null;
  private resize: ResizeObserver | null = null;

  constructor() {
    super();
    this.series = [];
    this.markers = [];
    this.chartTitle = "";
    this.axisName = "";
  }

  render() {
    return html`<div id="chart"></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector("#chart") as HTMLElement;
    this.chart = echarts.init(container, undefined, { renderer: "canvas" });
    this.resize = new ResizeObserver(() => this.chart?.resize());
    this.resize.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  updated() {
    if (!this.chart) {
      return;
    }
    const markLine = {
      symbol: "none",
      silent: false,
      lineStyle: { type: "dashed" as const, color: "#6a1b9a" },
      label: { formatter: "{b}", position: "insideEndTop" as const, color: "#6a1b9a" },
      data: this.markers.map((m) => ({ xAxis: m.date, name: m.label })),
    };
    this.chart.setOption(
      {
        title: { text: this.chartTitle, left: 8, top: 4, textStyle: { fontSize: 14 } },
        tooltip: { trigger: "axis" },
        legend: { type: "scroll", top: 28 },
        grid: { left: 48, right: 24, top: 72, bottom: 36 },
        xAxis: { type: "time" },
        yAxis: { type: "value", name: this.axisName, minInterval: 1 },
        series: this.series.map((s, i) => ({
          name: s.name,
          type: "line",
          showSymbol: true,
          connectNulls: false,
          data: s.points,
          markLine: i === 0 ? markLine : undefined,
        })),
      },
      { notMerge: true },
    );
    this.setAttribute("data-ready", "");
    this.dispatchEvent(new CustomEvent("chart-rendered", {
      detail: { series: this.series.length, markers: this.markers.length },
    }));
  }

  /** The chart as drawn, as a PNG data: URL (white background, twice the screen resolution). */
  exportPng(): string {
    return this.chart?.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }) ?? "";
  }

  /** Saves the chart as a PNG file in the browser. */
  downloadPng(filename: string) {
    const a = document.createElement("a");
    a.href = this.exportPng();
    a.download = filename;
    a.click();
  }

  /** What is drawn: series names, points per series, marker dates (tests). */
  summary() {
    const option = this.chart?.getOption() as { series?: Array<{ name: string; data: unknown[]; markLine?: { data?: Array<{ xAxis: string }> } }> } | undefined;
    return {
      series: (option?.series ?? []).map((s) => ({ name: s.name, points: s.data.length })),
      markers: (option?.series?.[0]?.markLine?.data ?? []).map((d) => d.xAxis),
    };
  }
}

customElements.define("tsunagari-trend-chart", TsunagariTrendChart);
