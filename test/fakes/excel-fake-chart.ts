/**
 * Charts: the collection on a worksheet, the chart with its title, legend, axes and series.
 * Series keep the ranges they are bound to (values, x values) so the snapshot can show them;
 * simple settings (marker style, colours, data labels, axis bounds) are recorded as written.
 */
import { formatRect } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { ChartModel, RangeRef, SeriesModel, SheetModel } from "./excel-fake-model";
import { resolveRangeArg } from "./excel-fake-range";
import { FakeWorksheet, normaliseColor } from "./excel-fake-worksheet";
import { FakeDef, NavSpec, defineFake, nav, queued, recordedIn } from "./excel-fake-define";

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

/** A settings object inside a chart (title, legend, an axis, a series' data labels, …). */
type Node = Record<string, unknown>;

const recorded = recordedIn((node: Node) => node);
const color = () => recorded<string>((value) => normaliseColor(value, false));

/** A settings object kept under the member's name inside its parent's settings. */
function subNode<V>(def: () => FakeDef<Node, V>): NavSpec<Node, V> {
  return nav(def, (node: Node, t) => (node[t.member] ??= {}) as Node);
}

export const FakeChartTitle: FakeDef<Node, Excel.ChartTitle> = defineFake("ChartTitle", {
  text: recorded(),
  visible: recorded(),
});

export const FakeChartAxisTitle: FakeDef<Node, Excel.ChartAxisTitle> = defineFake(
  "ChartAxisTitle",
  { text: recorded(), visible: recorded() }
);

export const FakeChartLegend: FakeDef<Node, Excel.ChartLegend> = defineFake("ChartLegend", {
  visible: recorded(),
  position: recorded(),
});

export const FakeChartAxis: FakeDef<Node, Excel.ChartAxis> = defineFake("ChartAxis", {
  minimum: recorded(),
  maximum: recorded(),
  majorUnit: recorded(),
  minorUnit: recorded(),
  visible: recorded(),
  numberFormat: recorded(),
  type: { get: (node) => node.type ?? null },
  axisGroup: { get: (node) => node.axisGroup ?? null },
  title: subNode(() => FakeChartAxisTitle),
});

function axisNode(chart: ChartModel, type: string, group: string): Node {
  if (!["Category", "Value", "Series"].includes(type))
    fail("InvalidArgument", `Invalid axis type '${type}'.`);
  return (chart.axes[`${type}/${group}`] ??= { type, axisGroup: group, visible: true });
}

export const FakeChartAxes: FakeDef<ChartRef, Excel.ChartAxes> = defineFake("ChartAxes", {
  getItem: (t, type, group) =>
    t.derive(FakeChartAxis, "GetItem", [type, group ?? "Primary"], (r) =>
      axisNode(r.chart, type, group ?? "Primary")
    ),
  categoryAxis: nav(
    () => FakeChartAxis,
    (r: ChartRef) => axisNode(r.chart, "Category", "Primary")
  ),
  valueAxis: nav(
    () => FakeChartAxis,
    (r: ChartRef) => axisNode(r.chart, "Value", "Primary")
  ),
});

export const FakeChartDataLabels: FakeDef<Node, Excel.ChartDataLabels> = defineFake(
  "ChartDataLabels",
  {
    showSeriesName: recorded(),
    showValue: recorded(),
    showCategoryName: recorded(),
    showLegendKey: recorded(),
    position: recorded(),
  }
);

export const FakeChartFill: FakeDef<Node, Excel.ChartFill> = defineFake(
  "ChartFill",
  {
    setSolidColor: queued(
      (node: Node, value) => void (node.solidColor = normaliseColor(value, false))
    ),
    clear: queued((node: Node) => void delete node.solidColor),
  },
  { loadable: false }
);

export const FakeChartLineFormat: FakeDef<Node, Excel.ChartLineFormat> = defineFake(
  "ChartLineFormat",
  { color: color(), lineStyle: recorded(), weight: recorded() }
);

export const FakeChartSeriesFormat: FakeDef<Node, Excel.ChartSeriesFormat> = defineFake(
  "ChartSeriesFormat",
  { fill: subNode(() => FakeChartFill), line: subNode(() => FakeChartLineFormat) }
);

interface SeriesRef {
  chart: ChartModel;
  sheet: SheetModel;
  series: SeriesModel;
}

export const FakeChartDataLabel: FakeDef<Node, Excel.ChartDataLabel> = defineFake(
  "ChartDataLabel",
  {
    showSeriesName: recorded(),
    showValue: recorded(),
    showCategoryName: recorded(),
    position: recorded(),
  }
);

export const FakeChartPointFormat: FakeDef<Node, Excel.ChartPointFormat> = defineFake(
  "ChartPointFormat",
  { fill: subNode(() => FakeChartFill) }
);

interface PointRef {
  series: SeriesModel;
  index: number;
  node: Node;
}

function pointCount(series: SeriesModel): number {
  const rect = series.values?.rect;
  return rect ? rect.rows * rect.cols : 0;
}

function pointValue(p: PointRef): unknown {
  const ref = p.series.values;
  if (!ref) return null;
  const { rect } = ref;
  const row = rect.cols === 1 ? rect.row + p.index : rect.row;
  const col = rect.cols === 1 ? rect.col : rect.col + p.index;
  return ref.sheet.value(row, col);
}

const pointSetting = recordedIn((p: PointRef) => p.node);
/** A settings object of one point, kept in the point's settings under the member's name. */
const pointNode = <V>(def: () => FakeDef<Node, V>): NavSpec<PointRef, V> =>
  nav(def, (p: PointRef, t) => (p.node[t.member] ??= {}) as Node);

export const FakeChartPoint: FakeDef<PointRef, Excel.ChartPoint> = defineFake("ChartPoint", {
  hasDataLabel: pointSetting(undefined, false),
  markerStyle: pointSetting(),
  markerSize: pointSetting(),
  markerBackgroundColor: pointSetting<string>((value) => normaliseColor(value, false)),
  markerForegroundColor: pointSetting<string>((value) => normaliseColor(value, false)),
  value: { get: pointValue },
  format: pointNode(() => FakeChartPointFormat),
  dataLabel: pointNode(() => FakeChartDataLabel),
});

/** Settings of point i live in the series' props under points["i"]. */
function pointRef(series: SeriesModel, index: number): PointRef {
  if (!Number.isInteger(index) || index < 0 || index >= pointCount(series)) {
    fail("ItemNotFound", `The series '${series.name}' has no point ${index}.`);
  }
  const points = (series.props.points ??= {}) as Record<string, Node>;
  return { series, index, node: (points[String(index)] ??= {}) };
}

export const FakeChartPointsCollection: FakeDef<SeriesRef, Excel.ChartPointsCollection> =
  defineFake(
    "ChartPointsCollection",
    {
      count: { get: (r) => pointCount(r.series) },
      getItemAt: (t, index) =>
        t.derive(FakeChartPoint, "GetItemAt", [index], (r) => pointRef(r.series, index)),
      getCount: (t) => t.result("GetCount", [], (r) => pointCount(r.series)),
    },
    {
      collection: {
        items: (r: SeriesRef) =>
          Array.from({ length: pointCount(r.series) }, (_, i) => pointRef(r.series, i)),
        item: (t, item: PointRef) =>
          t.derive(FakeChartPoint, "GetItemAt", [item.index], () => item),
      },
    }
  );

const seriesSetting = recordedIn((r: SeriesRef) => r.series.props);
const seriesColor = () => seriesSetting<string>((value) => normaliseColor(value, false));
/** A settings object of the series, kept in its props under the member's name. */
const seriesNode = <V>(def: () => FakeDef<Node, V>): NavSpec<SeriesRef, V> =>
  nav(def, (r: SeriesRef, t) => (r.series.props[t.member] ??= {}) as Node);

export const FakeChartSeries: FakeDef<SeriesRef, Excel.ChartSeries> = defineFake("ChartSeries", {
  name: { get: (r) => r.series.name, set: (r, value) => void (r.series.name = String(value)) },
  chartType: { ...seriesSetting(), get: (r) => r.series.props.chartType ?? r.chart.type },
  markerStyle: seriesSetting(),
  markerSize: seriesSetting<number>((value) => {
    if (!(value >= 2 && value <= 72)) fail("InvalidArgument", `Invalid marker size ${value}.`);
  }),
  markerBackgroundColor: seriesColor(),
  markerForegroundColor: seriesColor(),
  invertIfNegative: seriesSetting(),
  invertColor: seriesColor(),
  hasDataLabels: seriesSetting(),
  gapWidth: seriesSetting(),
  points: nav(
    () => FakeChartPointsCollection,
    (r: SeriesRef) => r
  ),
  dataLabels: seriesNode(() => FakeChartDataLabels),
  format: seriesNode(() => FakeChartSeriesFormat),
  setValues: queued((r: SeriesRef, sourceData) => {
    r.series.values = resolveRangeArg(sourceData, r.sheet);
  }),
  setXAxisValues: queued((r: SeriesRef, sourceData) => {
    r.series.xValues = resolveRangeArg(sourceData, r.sheet);
  }),
  delete: queued((r: SeriesRef) => {
    r.chart.series = r.chart.series.filter((s) => s !== r.series);
  }),
});

function addSeries(r: ChartRef, name: string | undefined, index: number | undefined): SeriesRef {
  const series: SeriesModel = {
    name: name ?? `Series${r.chart.series.length + 1}`,
    values: null,
    xValues: null,
    props: {},
  };
  const at = index ?? r.chart.series.length;
  if (at < 0 || at > r.chart.series.length) fail("InvalidArgument", `Invalid series index ${at}.`);
  r.chart.series.splice(at, 0, series);
  return { ...r, series };
}

export const FakeChartSeriesCollection: FakeDef<ChartRef, Excel.ChartSeriesCollection> = defineFake(
  "ChartSeriesCollection",
  {
    count: { get: (r) => r.chart.series.length },
    add: (t, name, index) =>
      t.add(
        FakeChartSeries,
        "Add",
        [name ?? null, index ?? null],
        (r) => addSeries(r, name, index),
        "The series",
        [name ?? null]
      ),
    getItemAt: (t, index) =>
      t.derive(FakeChartSeries, "GetItemAt", [index], (r) => {
        const series = r.chart.series[index];
        if (!series) fail("ItemNotFound", `There is no series at index ${index}.`);
        return { ...r, series };
      }),
    getCount: (t) => t.result("GetCount", [], (r) => r.chart.series.length),
  },
  {
    collection: {
      items: (r: ChartRef) => r.chart.series.map((series) => ({ ...r, series })),
      item: (t, item: SeriesRef) =>
        t.derive(
          FakeChartSeries,
          "GetItemAt",
          [item.chart.series.indexOf(item.series)],
          () => item
        ),
    },
  }
);

const ROW_POINTS = 15;
const COLUMN_POINTS = 48;

/** A side of the chart's box; setting it forgets a cell-anchored position. */
const boxSide = (side: "top" | "left" | "width" | "height") => ({
  get: (r: ChartRef) => r.chart.box[side],
  set: (r: ChartRef, value: number) => {
    r.chart.box[side] = value;
    r.chart.position = {};
  },
});

function setPosition(
  r: ChartRef,
  startCell: Excel.Range | string,
  endCell?: Excel.Range | string
): void {
  const start = resolveRangeArg(startCell, r.sheet).rect;
  const end = endCell === undefined ? null : resolveRangeArg(endCell, r.sheet).rect;
  r.chart.position = {
    start: formatRect({ ...start, rows: 1, cols: 1 }),
    end: end ? formatRect({ ...end, rows: 1, cols: 1 }) : undefined,
  };
  r.chart.box.top = start.row * ROW_POINTS;
  r.chart.box.left = start.col * COLUMN_POINTS;
  if (end) {
    r.chart.box.height = (end.row + 1 - start.row) * ROW_POINTS;
    r.chart.box.width = (end.col + 1 - start.col) * COLUMN_POINTS;
  }
}

export const FakeChart: FakeDef<ChartRef, Excel.Chart> = defineFake("Chart", {
  id: { get: (r) => r.chart.id },
  name: {
    get: (r) => r.chart.name,
    set: (r, value) => {
      if (typeof value !== "string" || value.trim() === "")
        fail("InvalidArgument", "A chart name cannot be blank.");
      r.chart.name = value;
    },
  },
  chartType: { get: (r) => r.chart.type, set: (r, value) => void (r.chart.type = value) },
  top: boxSide("top"),
  left: boxSide("left"),
  width: boxSide("width"),
  height: boxSide("height"),
  title: nav(
    () => FakeChartTitle,
    (r: ChartRef) => r.chart.title as unknown as Node
  ),
  legend: nav(
    () => FakeChartLegend,
    (r: ChartRef) => r.chart.legend as unknown as Node
  ),
  axes: nav(
    () => FakeChartAxes,
    (r: ChartRef) => r
  ),
  series: nav(
    () => FakeChartSeriesCollection,
    (r: ChartRef) => r
  ),
  worksheet: nav(
    () => FakeWorksheet,
    (r: ChartRef) => r.sheet
  ),
  setPosition: queued(setPosition, (startCell, endCell) => [startCell, endCell ?? null]),
  delete: queued((r: ChartRef) => {
    r.sheet.charts = r.sheet.charts.filter((c) => c !== r.chart);
    if (r.sheet.owner.selectedChart === r.chart) r.sheet.owner.selectedChart = null;
  }),
});

const isText = (v: unknown): boolean => typeof v === "string" && v !== "";

/** Excel's guess at series from a block: a text header row names series, a text first column gives categories. */
function seriesFromSource(source: RangeRef, type: string, seriesBy: string): SeriesModel[] {
  const { sheet, rect } = source;
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rect.rows >= rect.cols);
  const lines = byColumns ? rect.cols : rect.rows;
  const length = byColumns ? rect.rows : rect.cols;
  const at = (line: number, pos: number): unknown =>
    byColumns
      ? sheet.value(rect.row + pos, rect.col + line)
      : sheet.value(rect.row + line, rect.col + pos);
  const lineRef = (line: number, from: number): RangeRef =>
    byColumns
      ? {
          sheet,
          rect: { row: rect.row + from, col: rect.col + line, rows: length - from, cols: 1 },
        }
      : {
          sheet,
          rect: { row: rect.row + line, col: rect.col + from, rows: 1, cols: length - from },
        };
  let hasNames = false;
  for (let l = 1; l < lines; l++) if (isText(at(l, 0))) hasNames = true;
  if (lines === 1 && length > 1 && isText(at(0, 0))) hasNames = true;
  const start = hasNames && length > 1 ? 1 : 0;
  let hasCategories = false;
  for (let p = start; p < length && lines > 1; p++) if (isText(at(0, p))) hasCategories = true;
  const xFromFirst = lines > 1 && (hasCategories || type.startsWith("XYScatter"));
  const first = xFromFirst ? 1 : 0;
  const series: SeriesModel[] = [];
  for (let l = first; l < lines; l++) {
    series.push({
      name: start === 1 ? String(at(l, 0)) : `Series${series.length + 1}`,
      values: lineRef(l, start),
      xValues: xFromFirst ? lineRef(0, start) : null,
      props: {},
    });
  }
  return series;
}

function addChart(
  sheet: SheetModel,
  type: string,
  sourceData: Excel.Range,
  seriesBy: string
): ChartRef {
  const source = resolveRangeArg(sourceData, sheet);
  const all = sheet.owner.sheets.flatMap((s) => s.charts);
  let n = all.length + 1;
  while (all.some((c) => c.name === `Chart ${n}`)) n++;
  const chart: ChartModel = {
    id: sheet.owner.newId(),
    name: `Chart ${n}`,
    type,
    series: seriesFromSource(source, type, seriesBy),
    title: { text: "", visible: false },
    legend: { visible: true, position: "Right" },
    axes: {},
    position: {},
    box: { top: 0, left: 0, width: 360, height: 216 },
    props: {},
  };
  sheet.charts.push(chart);
  return { sheet, chart };
}

function findChart(sheet: SheetModel, name: string, orNull: boolean): ChartRef | null {
  const chart = sheet.charts.find((c) => c.name === name || c.id === name);
  if (!chart && !orNull) fail("ItemNotFound", `The chart '${name}' doesn't exist.`);
  return chart ? { sheet, chart } : null;
}

export const FakeChartCollection: FakeDef<SheetModel, Excel.ChartCollection> = defineFake(
  "ChartCollection",
  {
    count: { get: (s) => s.charts.length },
    add: (t, type, sourceData, seriesBy) =>
      t.add(
        FakeChart,
        "Add",
        [type, sourceData, seriesBy ?? "Auto"],
        (sheet) => addChart(sheet, type, sourceData, seriesBy ?? "Auto"),
        "The chart",
        [type]
      ),
    getItem: (t, name) =>
      t.derive(FakeChart, "GetItem", [name], (sheet) => findChart(sheet, name, false)),
    getItemOrNullObject: (t, name) =>
      t.derive(
        FakeChart,
        "GetItemOrNullObject",
        [name],
        (sheet) => findChart(sheet, name, true),
        true
      ),
    getItemAt: (t, index) =>
      t.derive(FakeChart, "GetItemAt", [index], (sheet) => {
        const chart = sheet.charts[index];
        if (!chart) fail("ItemNotFound", `There is no chart at index ${index}.`);
        return { sheet, chart };
      }),
    getCount: (t) => t.result("GetCount", [], (sheet) => sheet.charts.length),
  },
  {
    collection: {
      items: (sheet: SheetModel) => sheet.charts.map((chart) => ({ sheet, chart })),
      item: (t, item: ChartRef) => t.derive(FakeChart, "GetItem", [item.chart.id], () => item),
    },
  }
);
