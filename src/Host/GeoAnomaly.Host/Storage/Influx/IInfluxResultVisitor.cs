using System.Text.Json;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Receives a query result as it is parsed, so rows go straight into the caller's arrays.</summary>
internal interface IInfluxResultVisitor
{
    /// <summary>A series (or the next chunk of one) starts; its rows follow.</summary>
    /// <param name="header">Statement, name, tags, columns.</param>
    void BeginSeries(InfluxSeriesHeader header);

    /// <summary>One row: <paramref name="reader"/> is on the row's <c>StartArray</c> and must be left on its <c>EndArray</c>.</summary>
    /// <param name="reader">Reader over the chunk.</param>
    void Row(ref Utf8JsonReader reader);
}
