using System.Text.Json;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Analysts' verdicts in a real InfluxDB: <c>ga_review</c>, and <c>verdict</c>/<c>cause</c>/<c>text</c> on the event's own <c>ga_anomaly</c> point.</summary>
public sealed class ReviewScenarios(InfluxServer server) : IDisposable
{
    private static readonly ChannelInfo s_channel = new(new ChannelId("SY", "O'Brien", "H"), ChannelKind.Electromagnetic);
    private static readonly DateTimeOffset s_t0 = new(2024, 1, 2, 3, 0, 0, TimeSpan.Zero);
    private static readonly AnomalyEvent[] s_events =
    [
        new(s_channel.Id, "spectral-residual", s_t0, s_t0.AddHours(1), 0.9999, 5, AnomalyKind.Spike),
        new(s_channel.Id, "spectral-residual", s_t0.AddDays(1), s_t0.AddDays(1).AddHours(1), 0.9998, 4, AnomalyKind.LevelShift),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("ga-review-it-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Review: a verdict goes to ga_review and onto the event's ga_anomaly point, the latest review wins there, and
    /// re-running detect (rewriting the same events) keeps it; a review of an event ga_anomaly lacks is an error naming it.
    [Fact]
    public async Task A_verdict_lands_in_ga_review_and_on_the_event_and_survives_a_detect_rerun()
    {
        // Given: two events of a station named O'Brien in ga_anomaly
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("review");
        var schema = new GaSchema();
        var writer = new BatchingWriter(client);
        await writer.WriteAsync(schema.Events(s_channel, s_events), ct: ct);
        string[] influx = ["--influx", server.Require(), "--database", client.Connection.Database];
        string[] first = ["review", "record", "--network", "SY", "--station", "O'Brien", "--channel", "H", "--detector", "spectral-residual", "--start", "2024-01-02T03:00:00Z", "--analyst", "akiko"];

        // When: reviewed as interference, later as a possible precursor, then an older (earlier-dated) review arrives last
        var storm = await GeoanomalyProcess.RunAsync([.. first, "--verdict", "interference", "--cause", "storm", "--at", "2024-02-01T00:00:00Z", .. influx]);
        var precursor = await GeoanomalyProcess.RunAsync([.. first, "--verdict", "possible-precursor", "--note", "offset \"persists\"", "--at", "2024-02-03T00:00:00Z", .. influx]);
        var older = await GeoanomalyProcess.RunAsync([.. first, "--verdict", "unknown", "--at", "2024-02-02T00:00:00Z", .. influx]);
        var missing = await GeoanomalyProcess.RunAsync(["review", "record", "--network", "SY", "--station", "O'Brien", "--channel", "H", "--detector", "spectral-residual",
            "--start", "2024-01-05T00:00:00Z", "--verdict", "unknown", "--analyst", "akiko", .. influx]);
        var reviews = await ReviewReader.ReadAsync(client, schema, ct);
        var verdictsBefore = await VerdictsAsync(client);
        await writer.WriteAsync(schema.Events(s_channel, s_events), ct: ct); // what detect writes again on a re-run
        var verdictsAfter = await VerdictsAsync(client);

        // Then
        Assert.True(storm.ExitCode == 0 && precursor.ExitCode == 0 && older.ExitCode == 0, $"{storm}\n{precursor}\n{older}");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no event SY.O'Brien.H spectral-residual 2024-01-05T00:00:00Z", missing.Error, StringComparison.Ordinal);
        Assert.Equal([Verdict.Interference, Verdict.Unknown, Verdict.PossiblePrecursor], reviews.Select(r => r.Verdict));
        Assert.All(reviews, r => Assert.Equal(EventKey.Of(s_events[0]), r.Event));
        Assert.Equal("offset \"persists\"", reviews[2].Note);
        Assert.Equal((InterferenceCause?)InterferenceCause.Storm, reviews[0].Cause);
        var expected = new Dictionary<DateTimeOffset, (string, string, string)>
        {
            [s_t0] = ("possible-precursor", "", "possible-precursor: spectral-residual, electromagnetic channel, spike, score 0.9999; akiko: offset \"persists\""),
        };
        Assert.Equal(expected, verdictsBefore);
        Assert.Equal(expected, verdictsAfter);
    }

    /// Review: verdicts made as Grafana annotations are imported into ga_review, matched to the ga_anomaly event their
    /// time lies in; evaluate then scores the detector against them from InfluxDB.
    [Fact]
    public async Task Grafana_annotations_are_imported_onto_the_events_they_lie_in()
    {
        // Given: an export with one interference verdict inside the second event and a plain annotation
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("review-import");
        var schema = new GaSchema();
        await new BatchingWriter(client).WriteAsync(schema.Events(s_channel, s_events), ct: ct);
        long inside = s_t0.AddDays(1).AddMinutes(30).ToUnixTimeMilliseconds();
        string export = Path.Combine(_folder, "annotations.json");
        await File.WriteAllTextAsync(export, $$"""
            [ { "id": 7, "time": {{inside}}, "timeEnd": {{inside}}, "text": "pumping at the well field", "login": "ben", "updated": 1706745600000,
                "tags": ["verdict:interference", "cause:pumping", "network:SY", "station:O'Brien", "channel:H", "detector:spectral-residual"] },
              { "id": 8, "time": {{inside}}, "text": "shift change", "login": "ben", "tags": ["note"] } ]
            """, ct);

        // When
        var result = await GeoanomalyProcess.RunAsync("review", "import", "--file", export, "--influx", server.Require(), "--database", client.Connection.Database);
        var evaluate = await GeoanomalyProcess.RunAsync("evaluate", "--reviews", "influx", "--influx", server.Require(), "--database", client.Connection.Database, "--out", _folder);

        // Then
        Assert.True(result.ExitCode == 0, result.ToString());
        var review = Assert.Single(await ReviewReader.ReadAsync(client, schema, ct));
        Assert.Equal(EventKey.Of(s_events[1]), review.Event);
        Assert.Equal(("ben", "pumping at the well field", DateTimeOffset.FromUnixTimeMilliseconds(1706745600000)), (review.Analyst, review.Note, review.ReviewedAt));
        var onEvent = new Dictionary<DateTimeOffset, (string, string, string)>
        {
            [s_events[1].Start] = ("interference", "pumping", "interference (pumping): spectral-residual, electromagnetic channel, level-shift, score 0.9998; ben: pumping at the well field"),
        };
        Assert.Equal(onEvent, await VerdictsAsync(client));
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        string[] metrics = await File.ReadAllLinesAsync(Path.Combine(_folder, "reviewed_metrics.csv"), ct);
        Assert.Equal("spectral-residual,2,1,0,1,0,0,0,0,", metrics[1]); // 2 events, 1 reviewed (interference), no windows
    }

    private static async Task<Dictionary<DateTimeOffset, (string Verdict, string Cause, string Text)>> VerdictsAsync(InfluxClient client)
    {
        var verdicts = new Dictionary<DateTimeOffset, (string, string, string)>();
        await foreach (var series in client.QueryAsync("SELECT \"verdict\", \"cause\", \"text\", \"score\" FROM \"ga_anomaly\"", ct: TestContext.Current.CancellationToken))
        {
            int time = series.Header.ColumnIndex("time");
            int verdict = series.Header.ColumnIndex("verdict");
            int cause = series.Header.ColumnIndex("cause");
            int text = series.Header.ColumnIndex("text");
            foreach (var row in series.Rows.Where(r => r[verdict].ValueKind == JsonValueKind.String))
            {
                verdicts[LineProtocol.FromUnixNanoseconds(row[time].GetInt64())] = (row[verdict].GetString()!, row[cause].GetString()!, row[text].GetString()!);
            }
        }

        return verdicts;
    }
}
