using System.Text.Json;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>One series of a query result chunk, with its rows as JSON arrays (self-contained copies).</summary>
/// <remarks>With chunked results one series may arrive in several pieces, each a separate <see cref="InfluxSeries"/>.</remarks>
/// <param name="Header">Statement, name, tags, columns.</param>
/// <param name="Rows">Each row as a JSON array, in column order.</param>
internal sealed record InfluxSeries(InfluxSeriesHeader Header, IReadOnlyList<JsonElement> Rows);
