using System.Globalization;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary><c>geoanomaly forecast train</c> and <c>forecast run --influx</c>, run as processes against a real InfluxDB.</summary>
public sealed class ForecastScenarios(InfluxServer server) : IDisposable
{
    private static readonly DateTimeOffset s_start = new(2000, 1, 3, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-forecast-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Forecasts: a trained model's forecasts for every issue time go to ga_forecast, one point per cell and time, with
    /// observed (1/0) only where the horizon has passed; issuing again overwrites instead of adding.
    [Fact]
    public async Task Forecasts_are_written_to_ga_forecast_with_observed_where_the_horizon_has_passed()
    {
        // Given: 3 cells x 120 weekly rows, 30-day horizon; "now" is 10 days after the last issue time
        using var client = await server.NewDatabaseAsync("forecast");
        string dataset = WriteDataset();
        string model = Path.Combine(_folder, "lr.zip");
        string asOf = s_start.AddDays((7 * 119) + 10).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        string[] run = ["forecast", "run", model, dataset, "--issue", "all", "--as-of", asOf, "--name", "lr-test", "--plugins", PluginFixtures.BuiltInPluginsRoot, "--influx", server.Require(), "--database", client.Connection.Database];

        // When
        var train = await GeoanomalyProcess.RunAsync("forecast", "train", dataset, "--model", "logistic-regression", "--out", model, "--plugins", PluginFixtures.BuiltInPluginsRoot);
        var first = await GeoanomalyProcess.RunAsync(run);
        var second = await GeoanomalyProcess.RunAsync(run);

        // Then
        Assert.True(train.ExitCode == 0, train.ToString());
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(3 * 120, await CountAsync(client, "probability", "WHERE \"model\" = 'lr-test'"));
        Assert.Equal(3 * 117, await CountAsync(client, "observed", "")); // week k closed when 7k + 30 <= 7 * 119 + 10, i.e. k <= 116
        Assert.Equal(3, await CountAsync(client, "probability", $"WHERE time = '{s_start.AddDays(7 * 119).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}'"));
    }

    private string WriteDataset()
    {
        var random = new Random(3);
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string> { "cell,cell_lat_deg,cell_lon_deg,issue_time_utc,pa_b [1],label_30d,first_target_30d_utc" };
        for (int c = 0; c < 3; c++)
        {
            for (int k = 0; k < 120; k++)
            {
                double x = random.NextDouble();
                bool label = random.NextDouble() < 0.05 + (0.4 * x);
                var t = s_start.AddDays(7 * k);
                lines.Add(string.Create(inv, $"c{c},{35 + c},{140 + c},{t.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},{x:R},{(label ? 1 : 0)},{(label ? t.AddDays(3).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", inv) : "")}"));
            }
        }

        string path = Path.Combine(_folder, "dataset.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static async Task<long> CountAsync(InfluxClient client, string field, string where)
    {
        long total = 0;
        await foreach (var series in client.QueryAsync($"SELECT COUNT(\"{field}\") FROM \"ga_forecast\" {where}", ct: TestContext.Current.CancellationToken))
        {
            foreach (var row in series.Rows)
            {
                total += row[1].GetInt64();
            }
        }

        return total;
    }
}
