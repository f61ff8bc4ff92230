using System.Globalization;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>The provisioned alert rules' InfluxQL, run against a real InfluxDB holding points written in the schema
/// GeoAnomaly writes, with <c>$timeFilter</c> set to the rule's relative time range before a chosen evaluation time,
/// and the rule's own expressions (reduce, math, threshold, read from the file) applied to the series returned.</summary>
public sealed class ProvisioningAlertScenarios(InfluxServer server)
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// High-score event: per channel the highest calibrated score of the events starting in the rule's window; only
    /// channels with an event at or above the rule's threshold fire, whichever network; an event before the window is
    /// ignored; an event below the threshold on a channel whose other detector is above does not hide it.
    [Fact]
    public async Task The_high_score_event_rule_fires_only_on_the_channels_with_an_event_at_or_above_its_threshold()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        var rule = Rule("geoanomaly-event-score");
        double threshold = AlertExpressions.ConditionConstant(rule);
        double above = threshold + ((1 - threshold) / 2);
        double below = threshold - 0.001;
        var now = new DateTimeOffset(2026, 1, 10, 12, 4, 30, TimeSpan.Zero);
        using var client = await server.NewDatabaseAsync("alertev");
        await client.WriteAsync(
        [
            Event("XX", "ST1", "LT N", "robust-zscore", now.AddMinutes(-30), above),
            Event("XX", "ST1", "LT N", "ssa-changepoint", now.AddMinutes(-25), below),
            Event("XX", "ST2", "LT N", "robust-zscore", now.AddMinutes(-20), below),
            Event("XX", "ST4", "LT E", "robust-zscore", now.AddMinutes(-10), threshold),
            Event("XX", "ST3", "WL", "robust-zscore", now.AddSeconds(-rule.Query.From - 600), above),
            Event("YY", "ST1", "BZ", "spectral-residual", now.AddMinutes(-5), above),
        ], ct);

        // When
        var series = await AlertQueries.RunAsync(client, rule, now, ct);
        var values = AlertExpressions.Evaluate(rule, series);

        // Then
        Assert.Equal(Sorted(Name("XX", "ST1", "LT N"), Name("XX", "ST2", "LT N"), Name("XX", "ST4", "LT E"), Name("YY", "ST1", "BZ")), series.Keys.Order(StringComparer.Ordinal));
        var firing = values[rule.Condition].Where(p => AlertExpressions.Fires(p.Value)).Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(Sorted(Name("XX", "ST1", "LT N"), Name("XX", "ST4", "LT E"), Name("YY", "ST1", "BZ")), firing);
    }

    /// Silent channel: a channel that stopped two hours before reads 0 and fires; one that keeps delivering (samples at
    /// 45 s past each minute, so the current, partly over bucket may hold none) reads more than 0 and does not, at
    /// several evaluation times within a bucket; one that stopped 5 minutes before a bucket boundary is not reported
    /// while the previous bucket still holds its samples; one silent for longer than the look-back is out of scope.
    [Theory]
    [InlineData(30)]
    [InlineData(270)]
    [InlineData(590)]
    public async Task The_silent_channel_rule_fires_on_the_channel_that_stopped_and_not_on_the_one_that_delivers(int secondsIntoBucket)
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        var rule = Rule("geoanomaly-silent-channel");
        var boundary = new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);
        var now = boundary.AddSeconds(secondsIntoBucket);
        using var client = await server.NewDatabaseAsync("alertraw");
        await client.WriteAsync(
        [
            .. Samples("XX", "ST1", "LT N", boundary.AddHours(-3).AddSeconds(45), boundary.AddMinutes(15)),
            .. Samples("XX", "ST2", "LT N", boundary.AddHours(-3), boundary.AddHours(-2)),
            .. Samples("XX", "ST4", "LT E", boundary.AddHours(-3), boundary.AddMinutes(-5)),
            .. Samples("XX", "ST3", "BZ", boundary.AddSeconds(-rule.Query.From).AddHours(-2), boundary.AddSeconds(-rule.Query.From).AddHours(-1)),
        ], ct);

        // When
        var series = await AlertQueries.RunAsync(client, rule, now, ct);
        var values = AlertExpressions.Evaluate(rule, series);

        // Then
        Assert.Equal(Sorted(Name("XX", "ST1", "LT N"), Name("XX", "ST2", "LT N"), Name("XX", "ST4", "LT E")), series.Keys.Order(StringComparer.Ordinal));
        var latest = values[rule.Data.Single(d => d.Type == "reduce").RefId];
        Assert.Equal(0, latest[Name("XX", "ST2", "LT N")]);
        Assert.True(latest[Name("XX", "ST1", "LT N")] >= 10, $"the delivering channel read {latest[Name("XX", "ST1", "LT N")]}");
        Assert.True(latest[Name("XX", "ST4", "LT E")] > 0, $"the channel silent for less than a bucket read {latest[Name("XX", "ST4", "LT E")]}");
        var firing = values[rule.Condition].Where(p => AlertExpressions.Fires(p.Value)).Select(p => p.Key);
        Assert.Equal([Name("XX", "ST2", "LT N")], firing);
    }

    private static AlertRule Rule(string uid) => ProvisioningFiles.AlertRules().Single(r => r.Uid == uid);

    private static IEnumerable<string> Sorted(params string[] names) => names.Order(StringComparer.Ordinal);

    private static string Name(string network, string station, string channel) =>
        AlertExpressions.SeriesName(new Dictionary<string, string> { ["network"] = network, ["station"] = station, ["channel"] = channel });

    private static string Event(string network, string station, string channel, string detector, DateTimeOffset start, double score) =>
        string.Create(s_inv, $"ga_anomaly,network={network},station={station},channel={Escape(channel)},kind=deformation,detector={detector} score={score:R},raw_score=6.5,end={start.ToUnixTimeSeconds() + 300}i,duration_s=300,type=\"spike\" {start.ToUnixTimeMilliseconds() * 1_000_000}");

    /// <summary>One ga_raw sample a minute from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    private static IEnumerable<string> Samples(string network, string station, string channel, DateTimeOffset from, DateTimeOffset to)
    {
        for (var t = from; t < to; t = t.AddMinutes(1))
        {
            yield return string.Create(s_inv, $"ga_raw,network={network},station={station},channel={Escape(channel)},kind=deformation,units=nrad value={t.Minute * 0.1:R} {t.ToUnixTimeMilliseconds() * 1_000_000}");
        }
    }

    private static string Escape(string tag) => tag.Replace(" ", "\\ ", StringComparison.Ordinal);
}
