// The InfluxDB (InfluxQL) query of Grafana's built-in influxdb data source, as far as the dashboards use it.
//
// Why this file exists: @grafana/schema's `Dashboard` types an annotation's `target` as the bare `DataQuery`
// (refId, hide, queryType, datasource; no index signature), while a panel's `targets` are `Record<string, unknown>`.
// An InfluxDB annotation keeps its InfluxQL and column mapping inside `target` (Grafana's current form), so in a
// fresh object literal typed as `Dashboard` those fields would be excess properties. Grafana's own veneer type is
// generic for exactly this case: `AnnotationQuery<TQuery extends DataQuery>`, so `InfluxDashboard` is Grafana's
// `Dashboard` with annotations of type `AnnotationQuery<InfluxQuery>`, every other property as Grafana declares it.
//
// Second, the schema declares some properties as TypeScript string enums (FieldColorModeId, ThresholdsMode,
// MappingType, SpecialValueMatch...). A JSON file holds their values ("thresholds", "absolute"), and no string literal
// is assignable to a string enum, so a dashboard using a color mode could never type-check as `Dashboard`, however
// correct. `AsJson<T>` walks a type and replaces each string enum by the union of its values (`${Enum}`), leaving
// everything else (required properties, excess-property checks, literal unions, numeric enums) untouched. Each
// generated module types its dashboard literal as `DashboardJson` = `AsJson<InfluxDashboard>` (the fresh literal, so
// every misspelt or unknown property is an error) and then assigns it to a constant of type `AsJson<Dashboard>`, so the
// whole dashboard, annotations included, is also checked against Grafana's own `Dashboard` read as JSON.
import type { AnnotationQuery, Dashboard, DataQuery } from '@grafana/schema';

/** Mirrors the fields of Grafana's influxdb plugin query model (public/app/plugins/datasource/influxdb/types.ts). */
export interface InfluxQuery extends DataQuery {
  /** The InfluxQL text, used as written when rawQuery is true. */
  query?: string;
  rawQuery?: boolean;
  resultFormat?: 'time_series' | 'table' | 'logs';
  alias?: string;
  policy?: string;
  measurement?: string;
  limit?: string | number;
  slimit?: string | number;
  tz?: string;
  fill?: string;
  orderByTime?: string;
  /** Set on annotation queries: the backend turns rows into annotation events with the column mapping below. */
  fromAnnotations?: boolean;
  textColumn?: string;
  tagsColumn?: string;
  titleColumn?: string;
  /** Column holding each event's end, in epoch milliseconds (region annotations). */
  timeEndColumn?: string;
  name?: string;
  textEditor?: boolean;
}

/** Grafana's `Dashboard`, with annotation targets typed as InfluxDB queries. */
export type InfluxDashboard = Omit<Dashboard, 'annotations'> & {
  annotations?: { list?: Array<AnnotationQuery<InfluxQuery>> };
};

/** `T` as its JSON form: string enums become the union of their values; all else is kept. */
export type AsJson<T> = T extends string
  ? `${T}`
  : T extends number | boolean | null | undefined
    ? T
    : T extends Array<infer U>
      ? Array<AsJson<U>>
      : T extends object
        ? { [K in keyof T]: AsJson<T[K]> }
        : T;

/** What a dashboard JSON file is checked against. */
export type DashboardJson = AsJson<InfluxDashboard>;
