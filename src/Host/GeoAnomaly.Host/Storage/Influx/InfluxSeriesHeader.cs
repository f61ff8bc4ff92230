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

    /// <summary>The value of tag <paramref name="name"/> of a GROUP BY series.</summary>
    /// <param name="name">Tag key.</param>
    /// <param name="source">The measurement (or server and measurement) for the message.</param>
    /// <exception cref="DataException">The series lacks the tag, or its value is empty.</exception>
    public string RequiredTag(string name, string source) =>
        Tags.TryGetValue(name, out string? value) && value.Length > 0
            ? value
            : throw new DataException(source, null, $"a series without its '{name}' tag ({string.Join(", ", Tags.Select(p => $"{p.Key}={p.Value}"))})");
}
