using System.Globalization;
using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.IntegrationTests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.IntegrationTests;

/// <summary>The demo's preprocessing chains, judged the way an analyst would: fewer false alarms at the same detections.</summary>
public sealed class PreprocessingScenarios : IDisposable
{
    private static readonly double[] s_recalls = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    private static readonly string[] s_detectors = ["spectral-residual", "spectral-residual-entire", "ssa-changepoint", "isolation-forest"];
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-chains-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Preprocessing: on the default synthetic network (seed 42, 6 stations, 14 days) the demo's chains raise the
    /// precision at the same recall on every channel kind. Both runs form events at the calibrated threshold 0.99 (so the
    /// curves reach high recall); per channel kind, each detector's events are taken from the highest score down and
    /// the precision read at recall 0.1, 0.2, …, 0.8 (0 where not reached), averaged over those recalls and over the
    /// four built-in detectors. Only labels and events from the time every chained channel has a cleaned value count
    /// (the trailing daily-variation fit has no output before its first 3-day span), so both runs are judged on the same
    /// stretch (from 2024-01-02 17:05, day 2.7). Measured 2026-11-26 [raw -> chained]: deformation (earth tides)
    /// 0.526 -> 0.572, electromagnetic (3-day daily variation) 0.365 -> 0.400, fluid (earth tides, then the trailing
    /// day's trend) 0.524 -> 0.531 (SSA and isolation forest gain, the spectral residuals lose a little). Bars: chained at
    /// least raw + 0.03, + 0.02 and + 0.003.
    [Fact]
    public async Task The_demo_chains_raise_precision_at_the_same_recall_on_every_channel_kind()
    {
        // Given
        string raw = Path.Combine(_folder, "raw");
        string chained = Path.Combine(_folder, "chained");
        string[] common = ["demo", "--plugins", PluginFixtures.BuiltInPluginsRoot, "--threshold", "0.99", "--no-forecast"];

        // When
        var rawRun = await GeoanomalyProcess.RunAsync([.. common, "--out", raw]);
        var chainedRun = await GeoanomalyProcess.RunAsync([.. common, "--out", chained, "--preprocess"]);

        // Then
        Assert.True(rawRun.ExitCode == 0, rawRun.ToString());
        Assert.True(chainedRun.ExitCode == 0, chainedRun.ToString());
        Assert.Contains("earth-tides-entire", chainedRun.Output, StringComparison.Ordinal);
        var from = CleanedFrom(Path.Combine(chained, "clean"));
        var labels = LabelCsv.Read(Path.Combine(raw, "network", "labels.csv")).Where(l => l.Start >= from).ToList();
        var rawScores = MeanPrecisionByKind(Path.Combine(raw, "events.csv"), labels, from);
        var chainedScores = MeanPrecisionByKind(Path.Combine(chained, "events.csv"), labels, from);
        var log = TestContext.Current.TestOutputHelper;
        foreach (var kind in rawScores.Keys)
        {
            log?.WriteLine($"{kind}: from {from:O}, mean precision at recall 0.1..0.8: raw {rawScores[kind]:F3}, chained {chainedScores[kind]:F3}");
        }

        AtLeast(ChannelKind.Deformation, rawScores, chainedScores, 0.03);
        AtLeast(ChannelKind.Electromagnetic, rawScores, chainedScores, 0.02);
        AtLeast(ChannelKind.Fluid, rawScores, chainedScores, 0.003);
    }

    private static void AtLeast(ChannelKind kind, Dictionary<ChannelKind, double> raw, Dictionary<ChannelKind, double> chained, double gain) =>
        Assert.True(chained[kind] >= raw[kind] + gain,
            $"{kind}: mean precision at the same recall {chained[kind]:F3} after the chain, {raw[kind]:F3} raw; the bar is raw + {gain}");

    private static Dictionary<ChannelKind, double> MeanPrecisionByKind(string eventsFile, IReadOnlyList<AnomalyLabel> labels, DateTimeOffset from)
    {
        var rows = EventCsvReader.Read(eventsFile).Where(r => r.Event.Start >= from).ToList();
        var kinds = new Dictionary<ChannelKind, double>();
        foreach (var kind in new[] { ChannelKind.Deformation, ChannelKind.Electromagnetic, ChannelKind.Fluid })
        {
            var channels = rows.Where(r => r.ChannelKind == kind).Select(r => r.Event.Channel).ToHashSet();
            var kindLabels = labels.Where(l => channels.Contains(l.Channel)).ToList();
            Assert.NotEmpty(kindLabels);
            kinds[kind] = s_detectors.Average(detector => PrecisionAtRecall.Mean(
                [.. rows.Where(r => r.ChannelKind == kind && r.Event.Detector == detector).Select(r => r.Event)], kindLabels, s_recalls, TimeSpan.FromMinutes(30)));
        }

        return kinds;
    }

    /// <summary>The first time at which every cleaned series in <paramref name="folder"/> has a value.</summary>
    private static DateTimeOffset CleanedFrom(string folder)
    {
        var files = Directory.GetFiles(folder, "*.csv");
        Assert.NotEmpty(files);
        var latest = DateTimeOffset.MinValue;
        foreach (string file in files)
        {
            var first = File.ReadLines(file).Skip(1).Select(line => line.Split(',', 3)).First(cells => cells[1].Length > 0);
            var time = DateTimeOffset.Parse(first[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            latest = time > latest ? time : latest;
        }

        return latest;
    }
}
