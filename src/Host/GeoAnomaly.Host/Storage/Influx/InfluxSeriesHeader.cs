namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>The head of one series in a query result: statement, measurement, tags and columns.</summary>
/// <param name="StatementId">0-based statement index within the query.</param>
/// <param name="Name">Measurement name (or the pseudo-name of a SHOW statement).</param>
/// <param name="Tags">Tags of a GROUP BY series (empty otherwise).</param>
/// <param name="Columns">Column names; <c>time</c> first for SELECT.</param>
internal sealed record InfluxSeriesHeader(
    int StatementId,
    string Name,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<string> Columns)
{
    /// <summary>Index of column <paramref name="name"/>, or -1.</summary>
    /// <param name="name">Column name.</param>
    public int ColumnIndex(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
