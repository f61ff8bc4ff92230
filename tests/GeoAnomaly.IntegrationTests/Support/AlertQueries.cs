using System.Text.Json;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>Runs a provisioned alert rule's InfluxQL the way Grafana would at a chosen evaluation time.</summary>
internal static class AlertQueries
{
    /// <summary>Runs the rule's query with <c>$timeFilter</c> set to its relative time range before <paramref name="now"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<double>>> RunAsync(InfluxClient client, AlertRule rule, DateTimeOffset now, CancellationToken ct)
    {
        var query = rule.Query;
        string text = GrafanaQueries.Substitute(query.Model.Text("query"), now.AddSeconds(-query.From), now.AddSeconds(-query.To), "1m", [], new Dictionary<string, IReadOnlyList<string>>());
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        var series = new Dictionary<string, List<double>>();
        await foreach (var piece in client.QueryAsync(text, ct: ct))
        {
            string name = AlertExpressions.SeriesName(piece.Header.Tags);
            if (!series.TryGetValue(name, out var values))
            {
                series[name] = values = [];
            }

            values.AddRange(piece.Rows.Select(r => r[1].ValueKind == JsonValueKind.Number ? r[1].GetDouble() : double.NaN));
        }

        Assert.True(series.Count > 0 && series.Values.All(v => v.Count > 0), $"{rule}: no rows from {text}");
        return series.ToDictionary(p => p.Key, p => (IReadOnlyList<double>)p.Value);
    }
}
