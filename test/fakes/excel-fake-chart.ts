/**
 * Charts: the collection on a worksheet, the chart with its title, legend, axes and series.
 * Series keep the ranges they are bound to (values, x values) so the snapshot can show them;
 * simple settings (marker style, colours, data labels, axis bounds) are recorded as written.
 */
import { formatRect } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { ChartModel, RangeRef, SeriesModel, SheetModel } from "./excel-fake-model";
import { FakeClientResult, FakeCollection, FakeObject, TypeSpec } from "./excel-fake-proxy";
import { resolveRangeArg } from "./excel-fake-range";
import { FakeWorksheet, WORKSHEET_SPEC, normaliseColor } from "./excel-fake-worksheet";
import { assertRealMembers, asReal } from "./excel-fake-typing";

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

/** A settings object inside a chart (title, legend, an axis, a series' data labels, …). */
type Node = Record<string, unknown>;

function nodeSpec(typeName: string, props: string[], navigations: string[] = []): TypeSpec<Node> {
  return {
    typeName,
    scalars: Object.fromEntries(props.map((p) => [p, (n: Node) => n[p] ?? null])),
    navigations,
  };
}

abstract class NodeObject extends FakeObject<Node> {
  protected setProp(name: string, value: unknown, check?: () => unknown): void {
    this.write(name, value, (node) => {
      const normalised = check?.();
      node[name] = normalised ?? value;
    });
  }

  protected subNode<T extends FakeObject<Node>>(
    name: string,
    Class: new (core: never) => T,
    spec: TypeSpec<Node>
  ): T {
    return this.child(name, Class as never, spec, (node: Node) => (node[name] ??= {}) as Node);
  }
}

const TITLE_SPEC = nodeSpec("ChartTitle", ["text", "visible"]);

export class FakeChartTitle
  extends NodeObject
  implements Pick<Excel.ChartTitle, "text" | "visible" | "load" | "context" | "isNullObject">
{
  get text(): string {
    return this.read("text");
  }

  set text(value: string) {
    this.setProp("text", value);
  }

  get visible(): boolean {
    return this.read("visible");
  }

  set visible(value: boolean) {
    this.setProp("visible", value);
  }

  load(option?: unknown): Excel.ChartTitle {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartTitle, Excel.ChartTitle>(true);

const AXIS_TITLE_SPEC = nodeSpec("ChartAxisTitle", ["text", "visible"]);

export class FakeChartAxisTitle
  extends NodeObject
  implements Pick<Excel.ChartAxisTitle, "text" | "visible" | "load" | "context" | "isNullObject">
{
  get text(): string {
    return this.read("text");
  }

  set text(value: string) {
    this.setProp("text", value);
  }

  get visible(): boolean {
    return this.read("visible");
  }

  set visible(value: boolean) {
    this.setProp("visible", value);
  }

  load(option?: unknown): Excel.ChartAxisTitle {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartAxisTitle, Excel.ChartAxisTitle>(true);

const LEGEND_SPEC = nodeSpec("ChartLegend", ["visible", "position"]);

export class FakeChartLegend
  extends NodeObject
  implements Pick<Excel.ChartLegend, "visible" | "position" | "load" | "context" | "isNullObject">
{
  get visible(): boolean {
    return this.read("visible");
  }

  set visible(value: boolean) {
    this.setProp("visible", value);
  }

  get position(): Excel.ChartLegend["position"] {
    return this.read("position");
  }

  set position(value: Excel.ChartLegend["position"]) {
    this.setProp("position", value);
  }

  load(option?: unknown): Excel.ChartLegend {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartLegend, Excel.ChartLegend>(true);

const AXIS_SPEC = nodeSpec(
  "ChartAxis",
  ["minimum", "maximum", "majorUnit", "minorUnit", "visible", "numberFormat", "type", "axisGroup"],
  ["title"]
);

export class FakeChartAxis
  extends NodeObject
  implements
    Pick<
      Excel.ChartAxis,
      | "minimum"
      | "maximum"
      | "majorUnit"
      | "minorUnit"
      | "visible"
      | "numberFormat"
      | "type"
      | "axisGroup"
      | "title"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get minimum(): Excel.ChartAxis["minimum"] {
    return this.read("minimum");
  }

  set minimum(value: Excel.ChartAxis["minimum"]) {
    this.setProp("minimum", value);
  }

  get maximum(): Excel.ChartAxis["maximum"] {
    return this.read("maximum");
  }

  set maximum(value: Excel.ChartAxis["maximum"]) {
    this.setProp("maximum", value);
  }

  get majorUnit(): Excel.ChartAxis["majorUnit"] {
    return this.read("majorUnit");
  }

  set majorUnit(value: Excel.ChartAxis["majorUnit"]) {
    this.setProp("majorUnit", value);
  }

  get minorUnit(): Excel.ChartAxis["minorUnit"] {
    return this.read("minorUnit");
  }

  set minorUnit(value: Excel.ChartAxis["minorUnit"]) {
    this.setProp("minorUnit", value);
  }

  get visible(): boolean {
    return this.read("visible");
  }

  set visible(value: boolean) {
    this.setProp("visible", value);
  }

  get numberFormat(): string {
    return this.read("numberFormat");
  }

  set numberFormat(value: string) {
    this.setProp("numberFormat", value);
  }

  get type(): Excel.ChartAxis["type"] {
    return this.read("type");
  }

  get axisGroup(): Excel.ChartAxis["axisGroup"] {
    return this.read("axisGroup");
  }

  get title(): Excel.ChartAxisTitle {
    return asReal(this.subNode("title", FakeChartAxisTitle, AXIS_TITLE_SPEC));
  }

  load(option?: unknown): Excel.ChartAxis {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartAxis, Excel.ChartAxis>(true);

const AXES_SPEC: TypeSpec<ChartRef> = {
  typeName: "ChartAxes",
  scalars: {},
  navigations: ["categoryAxis", "valueAxis"],
};

function axisNode(chart: ChartModel, type: string, group: string): Node {
  if (!["Category", "Value", "Series"].includes(type))
    fail("InvalidArgument", `Invalid axis type '${type}'.`);
  return (chart.axes[`${type}/${group}`] ??= { type, axisGroup: group, visible: true });
}

export class FakeChartAxes
  extends FakeObject<ChartRef>
  implements
    Pick<
      Excel.ChartAxes,
      "getItem" | "categoryAxis" | "valueAxis" | "load" | "context" | "isNullObject"
    >
{
  getItem(
    type: Excel.ChartAxisType | string,
    group?: Excel.ChartAxisGroup | string
  ): Excel.ChartAxis {
    return asReal(
      this.derive(FakeChartAxis, AXIS_SPEC, "GetItem", [type, group ?? "Primary"], (r) =>
        axisNode(r.chart, type, group ?? "Primary")
      )
    );
  }

  get categoryAxis(): Excel.ChartAxis {
    return asReal(
      this.child("categoryAxis", FakeChartAxis, AXIS_SPEC, (r) =>
        axisNode(r.chart, "Category", "Primary")
      )
    );
  }

  get valueAxis(): Excel.ChartAxis {
    return asReal(
      this.child("valueAxis", FakeChartAxis, AXIS_SPEC, (r) =>
        axisNode(r.chart, "Value", "Primary")
      )
    );
  }

  load(option?: unknown): Excel.ChartAxes {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartAxes, Excel.ChartAxes>(true);

const DATA_LABELS_SPEC = nodeSpec("ChartDataLabels", [
  "showSeriesName",
  "showValue",
  "showCategoryName",
  "showLegendKey",
  "position",
]);

export class FakeChartDataLabels
  extends NodeObject
  implements
    Pick<
      Excel.ChartDataLabels,
      | "showSeriesName"
      | "showValue"
      | "showCategoryName"
      | "showLegendKey"
      | "position"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get showSeriesName(): boolean {
    return this.read("showSeriesName");
  }

  set showSeriesName(value: boolean) {
    this.setProp("showSeriesName", value);
  }

  get showValue(): boolean {
    return this.read("showValue");
  }

  set showValue(value: boolean) {
    this.setProp("showValue", value);
  }

  get showCategoryName(): boolean {
    return this.read("showCategoryName");
  }

  set showCategoryName(value: boolean) {
    this.setProp("showCategoryName", value);
  }

  get showLegendKey(): boolean {
    return this.read("showLegendKey");
  }

  set showLegendKey(value: boolean) {
    this.setProp("showLegendKey", value);
  }

  get position(): Excel.ChartDataLabels["position"] {
    return this.read("position");
  }

  set position(value: Excel.ChartDataLabels["position"]) {
    this.setProp("position", value);
  }

  load(option?: unknown): Excel.ChartDataLabels {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartDataLabels, Excel.ChartDataLabels>(true);

const FILL_SPEC = nodeSpec("ChartFill", []);

export class FakeChartFill
  extends NodeObject
  implements Pick<Excel.ChartFill, "setSolidColor" | "clear" | "context" | "isNullObject">
{
  setSolidColor(color: string): void {
    this.call("SetSolidColor", [color], (node) => {
      node.solidColor = normaliseColor(color, false);
    });
  }

  clear(): void {
    this.call("Clear", [], (node) => {
      delete node.solidColor;
    });
  }
}
assertRealMembers<FakeChartFill, Excel.ChartFill>(true);

const LINE_SPEC = nodeSpec("ChartLineFormat", ["color", "lineStyle", "weight"]);

export class FakeChartLineFormat
  extends NodeObject
  implements
    Pick<
      Excel.ChartLineFormat,
      "color" | "lineStyle" | "weight" | "load" | "context" | "isNullObject"
    >
{
  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.setProp("color", value, () => normaliseColor(value, false));
  }

  get lineStyle(): Excel.ChartLineFormat["lineStyle"] {
    return this.read("lineStyle");
  }

  set lineStyle(value: Excel.ChartLineFormat["lineStyle"]) {
    this.setProp("lineStyle", value);
  }

  get weight(): number {
    return this.read("weight");
  }

  set weight(value: number) {
    this.setProp("weight", value);
  }

  load(option?: unknown): Excel.ChartLineFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartLineFormat, Excel.ChartLineFormat>(true);

const SERIES_FORMAT_SPEC = nodeSpec("ChartSeriesFormat", [], ["line"]);

export class FakeChartSeriesFormat
  extends NodeObject
  implements Pick<Excel.ChartSeriesFormat, "fill" | "line" | "load" | "context" | "isNullObject">
{
  get fill(): Excel.ChartFill {
    return asReal(this.subNode("fill", FakeChartFill, FILL_SPEC));
  }

  get line(): Excel.ChartLineFormat {
    return asReal(this.subNode("line", FakeChartLineFormat, LINE_SPEC));
  }

  load(option?: unknown): Excel.ChartSeriesFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartSeriesFormat, Excel.ChartSeriesFormat>(true);

interface SeriesRef {
  chart: ChartModel;
  sheet: SheetModel;
  series: SeriesModel;
}

const seriesProp = (name: string) => (r: SeriesRef) => r.series.props[name] ?? null;

const DATA_LABEL_SPEC = nodeSpec("ChartDataLabel", [
  "showSeriesName",
  "showValue",
  "showCategoryName",
  "position",
]);

export class FakeChartDataLabel
  extends NodeObject
  implements
    Pick<
      Excel.ChartDataLabel,
      | "showSeriesName"
      | "showValue"
      | "showCategoryName"
      | "position"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get showSeriesName(): boolean {
    return this.read("showSeriesName");
  }

  set showSeriesName(value: boolean) {
    this.setProp("showSeriesName", value);
  }

  get showValue(): boolean {
    return this.read("showValue");
  }

  set showValue(value: boolean) {
    this.setProp("showValue", value);
  }

  get showCategoryName(): boolean {
    return this.read("showCategoryName");
  }

  set showCategoryName(value: boolean) {
    this.setProp("showCategoryName", value);
  }

  get position(): Excel.ChartDataLabel["position"] {
    return this.read("position");
  }

  set position(value: Excel.ChartDataLabel["position"]) {
    this.setProp("position", value);
  }

  load(option?: unknown): Excel.ChartDataLabel {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartDataLabel, Excel.ChartDataLabel>(true);

const POINT_FORMAT_SPEC = nodeSpec("ChartPointFormat", []);

export class FakeChartPointFormat
  extends NodeObject
  implements Pick<Excel.ChartPointFormat, "fill" | "load" | "context" | "isNullObject">
{
  get fill(): Excel.ChartFill {
    return asReal(this.subNode("fill", FakeChartFill, FILL_SPEC));
  }

  load(option?: unknown): Excel.ChartPointFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartPointFormat, Excel.ChartPointFormat>(true);

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

const POINT_SPEC: TypeSpec<PointRef> = {
  typeName: "ChartPoint",
  scalars: {
    hasDataLabel: (p) => p.node.hasDataLabel ?? false,
    markerStyle: (p) => p.node.markerStyle ?? null,
    markerSize: (p) => p.node.markerSize ?? null,
    markerBackgroundColor: (p) => p.node.markerBackgroundColor ?? null,
    markerForegroundColor: (p) => p.node.markerForegroundColor ?? null,
    value: pointValue,
  },
  navigations: ["format", "dataLabel"],
};

export class FakeChartPoint
  extends FakeObject<PointRef>
  implements
    Pick<
      Excel.ChartPoint,
      | "hasDataLabel"
      | "markerStyle"
      | "markerSize"
      | "markerBackgroundColor"
      | "markerForegroundColor"
      | "value"
      | "format"
      | "dataLabel"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  private setProp(name: string, value: unknown, check?: () => unknown): void {
    this.write(name, value, (p) => {
      p.node[name] = check?.() ?? value;
    });
  }

  get hasDataLabel(): boolean {
    return this.read("hasDataLabel");
  }

  set hasDataLabel(value: boolean) {
    this.setProp("hasDataLabel", value);
  }

  get markerStyle(): Excel.ChartPoint["markerStyle"] {
    return this.read("markerStyle");
  }

  set markerStyle(value: Excel.ChartPoint["markerStyle"]) {
    this.setProp("markerStyle", value);
  }

  get markerSize(): number {
    return this.read("markerSize");
  }

  set markerSize(value: number) {
    this.setProp("markerSize", value);
  }

  get markerBackgroundColor(): string {
    return this.read("markerBackgroundColor");
  }

  set markerBackgroundColor(value: string) {
    this.setProp("markerBackgroundColor", value, () => normaliseColor(value, false));
  }

  get markerForegroundColor(): string {
    return this.read("markerForegroundColor");
  }

  set markerForegroundColor(value: string) {
    this.setProp("markerForegroundColor", value, () => normaliseColor(value, false));
  }

  get value(): unknown {
    return this.read("value");
  }

  get format(): Excel.ChartPointFormat {
    return asReal(
      this.child(
        "format",
        FakeChartPointFormat,
        POINT_FORMAT_SPEC,
        (p) => (p.node.format ??= {}) as Node
      )
    );
  }

  get dataLabel(): Excel.ChartDataLabel {
    return asReal(
      this.child(
        "dataLabel",
        FakeChartDataLabel,
        DATA_LABEL_SPEC,
        (p) => (p.node.dataLabel ??= {}) as Node
      )
    );
  }

  load(option?: unknown): Excel.ChartPoint {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartPoint, Excel.ChartPoint>(true);

/** Settings of point i live in the series' props under points["i"]. */
function pointRef(series: SeriesModel, index: number): PointRef {
  if (!Number.isInteger(index) || index < 0 || index >= pointCount(series)) {
    fail("ItemNotFound", `The series '${series.name}' has no point ${index}.`);
  }
  const points = (series.props.points ??= {}) as Record<string, Node>;
  return { series, index, node: (points[String(index)] ??= {}) };
}

const POINTS_SPEC: TypeSpec<SeriesRef> = {
  typeName: "ChartPointsCollection",
  scalars: { count: (r) => pointCount(r.series) },
};

export class FakeChartPointsCollection
  extends FakeCollection<SeriesRef, PointRef>
  implements
    Pick<
      Excel.ChartPointsCollection,
      "items" | "count" | "getItemAt" | "getCount" | "load" | "context" | "isNullObject"
    >
{
  protected itemsOf(r: SeriesRef): PointRef[] {
    return Array.from({ length: pointCount(r.series) }, (_, i) => pointRef(r.series, i));
  }

  protected makeItem(item: PointRef): FakeObject<PointRef> {
    return this.derive(FakeChartPoint, POINT_SPEC, "GetItemAt", [item.index], () => item);
  }

  get items(): Excel.ChartPoint[] {
    return this.loadedItems<Excel.ChartPoint>();
  }

  get count(): number {
    return this.read("count");
  }

  getItemAt(index: number): Excel.ChartPoint {
    return asReal(
      this.derive(FakeChartPoint, POINT_SPEC, "GetItemAt", [index], (r) =>
        pointRef(r.series, index)
      )
    );
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call("GetCount", [], (r) => result.fill(pointCount(r.series)));
    return asReal(result);
  }

  load(option?: unknown): Excel.ChartPointsCollection {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartPointsCollection, Excel.ChartPointsCollection>(true);

const SERIES_SPEC: TypeSpec<SeriesRef> = {
  typeName: "ChartSeries",
  scalars: {
    name: (r) => r.series.name,
    chartType: (r) => r.series.props.chartType ?? r.chart.type,
    markerStyle: seriesProp("markerStyle"),
    markerSize: seriesProp("markerSize"),
    markerBackgroundColor: seriesProp("markerBackgroundColor"),
    markerForegroundColor: seriesProp("markerForegroundColor"),
    invertIfNegative: seriesProp("invertIfNegative"),
    invertColor: seriesProp("invertColor"),
    hasDataLabels: seriesProp("hasDataLabels"),
    gapWidth: seriesProp("gapWidth"),
  },
  navigations: ["dataLabels", "format", "points"],
};

export class FakeChartSeries
  extends FakeObject<SeriesRef>
  implements
    Pick<
      Excel.ChartSeries,
      | "name"
      | "chartType"
      | "markerStyle"
      | "markerSize"
      | "markerBackgroundColor"
      | "markerForegroundColor"
      | "invertIfNegative"
      | "invertColor"
      | "hasDataLabels"
      | "gapWidth"
      | "dataLabels"
      | "format"
      | "setValues"
      | "setXAxisValues"
      | "delete"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  private setProp(name: string, value: unknown, check?: () => unknown): void {
    this.write(name, value, (r) => {
      const normalised = check?.();
      r.series.props[name] = normalised ?? value;
    });
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("name", value, (r) => {
      r.series.name = String(value);
    });
  }

  get chartType(): Excel.ChartSeries["chartType"] {
    return this.read("chartType");
  }

  set chartType(value: Excel.ChartSeries["chartType"]) {
    this.setProp("chartType", value);
  }

  get markerStyle(): Excel.ChartSeries["markerStyle"] {
    return this.read("markerStyle");
  }

  set markerStyle(value: Excel.ChartSeries["markerStyle"]) {
    this.setProp("markerStyle", value);
  }

  get markerSize(): number {
    return this.read("markerSize");
  }

  set markerSize(value: number) {
    this.setProp("markerSize", value, () => {
      if (!(value >= 2 && value <= 72)) fail("InvalidArgument", `Invalid marker size ${value}.`);
    });
  }

  get markerBackgroundColor(): string {
    return this.read("markerBackgroundColor");
  }

  set markerBackgroundColor(value: string) {
    this.setProp("markerBackgroundColor", value, () => normaliseColor(value, false));
  }

  get markerForegroundColor(): string {
    return this.read("markerForegroundColor");
  }

  set markerForegroundColor(value: string) {
    this.setProp("markerForegroundColor", value, () => normaliseColor(value, false));
  }

  get invertIfNegative(): boolean {
    return this.read("invertIfNegative");
  }

  set invertIfNegative(value: boolean) {
    this.setProp("invertIfNegative", value);
  }

  get invertColor(): string {
    return this.read("invertColor");
  }

  set invertColor(value: string) {
    this.setProp("invertColor", value, () => normaliseColor(value, false));
  }

  get points(): Excel.ChartPointsCollection {
    return asReal(this.child("points", FakeChartPointsCollection, POINTS_SPEC, (r) => r));
  }

  get hasDataLabels(): boolean {
    return this.read("hasDataLabels");
  }

  set hasDataLabels(value: boolean) {
    this.setProp("hasDataLabels", value);
  }

  get gapWidth(): number {
    return this.read("gapWidth");
  }

  set gapWidth(value: number) {
    this.setProp("gapWidth", value);
  }

  get dataLabels(): Excel.ChartDataLabels {
    return asReal(
      this.child(
        "dataLabels",
        FakeChartDataLabels,
        DATA_LABELS_SPEC,
        (r) => (r.series.props.dataLabels ??= {}) as Node
      )
    );
  }

  get format(): Excel.ChartSeriesFormat {
    return asReal(
      this.child(
        "format",
        FakeChartSeriesFormat,
        SERIES_FORMAT_SPEC,
        (r) => (r.series.props.format ??= {}) as Node
      )
    );
  }

  setValues(sourceData: Excel.Range): void {
    this.call("SetValues", [sourceData], (r) => {
      r.series.values = resolveRangeArg(sourceData, r.sheet);
    });
  }

  setXAxisValues(sourceData: Excel.Range): void {
    this.call("SetXAxisValues", [sourceData], (r) => {
      r.series.xValues = resolveRangeArg(sourceData, r.sheet);
    });
  }

  delete(): void {
    this.call("Delete", [], (r) => {
      r.chart.series = r.chart.series.filter((s) => s !== r.series);
    });
  }

  load(option?: unknown): Excel.ChartSeries {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartSeries, Excel.ChartSeries>(true);

const SERIES_COLLECTION_SPEC: TypeSpec<ChartRef> = {
  typeName: "ChartSeriesCollection",
  scalars: { count: (r) => r.chart.series.length },
};

export class FakeChartSeriesCollection
  extends FakeCollection<ChartRef, SeriesRef>
  implements
    Pick<
      Excel.ChartSeriesCollection,
      "items" | "count" | "add" | "getItemAt" | "getCount" | "load" | "context" | "isNullObject"
    >
{
  protected itemsOf(r: ChartRef): SeriesRef[] {
    return r.chart.series.map((series) => ({ ...r, series }));
  }

  protected makeItem(item: SeriesRef): FakeObject<SeriesRef> {
    return this.derive(
      FakeChartSeries,
      SERIES_SPEC,
      "GetItemAt",
      [item.chart.series.indexOf(item.series)],
      () => item
    );
  }

  get items(): Excel.ChartSeries[] {
    return this.loadedItems<Excel.ChartSeries>();
  }

  get count(): number {
    return this.read("count");
  }

  add(name?: string, index?: number): Excel.ChartSeries {
    let added: SeriesModel | null = null;
    this.call("Add", [name ?? null, index ?? null], (r) => {
      const series: SeriesModel = {
        name: name ?? `Series${r.chart.series.length + 1}`,
        values: null,
        xValues: null,
        props: {},
      };
      const at = index ?? r.chart.series.length;
      if (at < 0 || at > r.chart.series.length)
        fail("InvalidArgument", `Invalid series index ${at}.`);
      r.chart.series.splice(at, 0, series);
      added = series;
    });
    return asReal(
      this.derive(FakeChartSeries, SERIES_SPEC, "Add", [name ?? null], (r) => {
        if (!added) fail("ItemNotFound", "The series was not added.");
        return { ...r, series: added };
      })
    );
  }

  getItemAt(index: number): Excel.ChartSeries {
    return asReal(
      this.derive(FakeChartSeries, SERIES_SPEC, "GetItemAt", [index], (r) => {
        const series = r.chart.series[index];
        if (!series) fail("ItemNotFound", `There is no series at index ${index}.`);
        return { ...r, series };
      })
    );
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call("GetCount", [], (r) => result.fill(r.chart.series.length));
    return asReal(result);
  }

  load(option?: unknown): Excel.ChartSeriesCollection {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartSeriesCollection, Excel.ChartSeriesCollection>(true);

const CHART_SPEC: TypeSpec<ChartRef> = {
  typeName: "Chart",
  scalars: {
    id: (r) => r.chart.id,
    name: (r) => r.chart.name,
    chartType: (r) => r.chart.type,
    top: (r) => r.chart.box.top,
    left: (r) => r.chart.box.left,
    width: (r) => r.chart.box.width,
    height: (r) => r.chart.box.height,
  },
  navigations: ["title", "legend", "axes", "series", "worksheet"],
};

const ROW_POINTS = 15;
const COLUMN_POINTS = 48;

export class FakeChart
  extends FakeObject<ChartRef>
  implements
    Pick<
      Excel.Chart,
      | "id"
      | "name"
      | "chartType"
      | "top"
      | "left"
      | "width"
      | "height"
      | "title"
      | "legend"
      | "axes"
      | "series"
      | "worksheet"
      | "setPosition"
      | "delete"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("name", value, (r) => {
      if (typeof value !== "string" || value.trim() === "")
        fail("InvalidArgument", "A chart name cannot be blank.");
      r.chart.name = value;
    });
  }

  get chartType(): Excel.Chart["chartType"] {
    return this.read("chartType");
  }

  set chartType(value: Excel.Chart["chartType"]) {
    this.write("chartType", value, (r) => {
      r.chart.type = value;
    });
  }

  private box(name: "top" | "left" | "width" | "height", value: number): void {
    this.write(name, value, (r) => {
      r.chart.box[name] = value;
      r.chart.position = {};
    });
  }

  get top(): number {
    return this.read("top");
  }

  set top(value: number) {
    this.box("top", value);
  }

  get left(): number {
    return this.read("left");
  }

  set left(value: number) {
    this.box("left", value);
  }

  get width(): number {
    return this.read("width");
  }

  set width(value: number) {
    this.box("width", value);
  }

  get height(): number {
    return this.read("height");
  }

  set height(value: number) {
    this.box("height", value);
  }

  get title(): Excel.ChartTitle {
    return asReal(
      this.child("title", FakeChartTitle, TITLE_SPEC, (r) => r.chart.title as unknown as Node)
    );
  }

  get legend(): Excel.ChartLegend {
    return asReal(
      this.child("legend", FakeChartLegend, LEGEND_SPEC, (r) => r.chart.legend as unknown as Node)
    );
  }

  get axes(): Excel.ChartAxes {
    return asReal(this.child("axes", FakeChartAxes, AXES_SPEC, (r) => r));
  }

  get series(): Excel.ChartSeriesCollection {
    return asReal(
      this.child("series", FakeChartSeriesCollection, SERIES_COLLECTION_SPEC, (r) => r)
    );
  }

  get worksheet(): Excel.Worksheet {
    return asReal(this.child("worksheet", FakeWorksheet, WORKSHEET_SPEC, (r) => r.sheet));
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.call("SetPosition", [startCell, endCell ?? null], (r) => {
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
    });
  }

  delete(): void {
    this.call("Delete", [], (r) => {
      r.sheet.charts = r.sheet.charts.filter((c) => c !== r.chart);
      if (r.sheet.owner.selectedChart === r.chart) r.sheet.owner.selectedChart = null;
    });
  }

  load(option?: unknown): Excel.Chart {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChart, Excel.Chart>(true);

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

export const CHARTS_SPEC: TypeSpec<SheetModel> = {
  typeName: "ChartCollection",
  scalars: { count: (s) => s.charts.length },
};

export class FakeChartCollection
  extends FakeCollection<SheetModel, ChartRef>
  implements
    Pick<
      Excel.ChartCollection,
      | "items"
      | "count"
      | "add"
      | "getItem"
      | "getItemOrNullObject"
      | "getItemAt"
      | "getCount"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  protected itemsOf(sheet: SheetModel): ChartRef[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected makeItem(item: ChartRef): FakeObject<ChartRef> {
    return this.derive(FakeChart, CHART_SPEC, "GetItem", [item.chart.id], () => item);
  }

  get items(): Excel.Chart[] {
    return this.loadedItems<Excel.Chart>();
  }

  get count(): number {
    return this.read("count");
  }

  add(
    type: Excel.ChartType | string,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | string
  ): Excel.Chart {
    let added: ChartModel | null = null;
    this.call("Add", [type, sourceData, seriesBy ?? "Auto"], (sheet) => {
      const source = resolveRangeArg(sourceData, sheet);
      const all = sheet.owner.sheets.flatMap((s) => s.charts);
      let n = all.length + 1;
      while (all.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartModel = {
        id: sheet.owner.newId(),
        name: `Chart ${n}`,
        type,
        series: seriesFromSource(source, type, seriesBy ?? "Auto"),
        title: { text: "", visible: false },
        legend: { visible: true, position: "Right" },
        axes: {},
        position: {},
        box: { top: 0, left: 0, width: 360, height: 216 },
        props: {},
      };
      sheet.charts.push(chart);
      added = chart;
    });
    return asReal(
      this.derive(FakeChart, CHART_SPEC, "Add", [type], (sheet) => {
        if (!added) fail("ItemNotFound", "The chart was not added.");
        return { sheet, chart: added };
      })
    );
  }

  private find(name: string, orNull: boolean, method: string): Excel.Chart {
    return asReal(
      this.derive(
        FakeChart,
        CHART_SPEC,
        method,
        [name],
        (sheet) => {
          const chart = sheet.charts.find((c) => c.name === name || c.id === name);
          if (!chart && !orNull) fail("ItemNotFound", `The chart '${name}' doesn't exist.`);
          return chart ? { sheet, chart } : null;
        },
        orNull
      )
    );
  }

  getItem(name: string): Excel.Chart {
    return this.find(name, false, "GetItem");
  }

  getItemOrNullObject(name: string): Excel.Chart {
    return this.find(name, true, "GetItemOrNullObject");
  }

  getItemAt(index: number): Excel.Chart {
    return asReal(
      this.derive(FakeChart, CHART_SPEC, "GetItemAt", [index], (sheet) => {
        const chart = sheet.charts[index];
        if (!chart) fail("ItemNotFound", `There is no chart at index ${index}.`);
        return { sheet, chart };
      })
    );
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call("GetCount", [], (sheet) => result.fill(sheet.charts.length));
    return asReal(result);
  }

  load(option?: unknown): Excel.ChartCollection {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeChartCollection, Excel.ChartCollection>(true);
