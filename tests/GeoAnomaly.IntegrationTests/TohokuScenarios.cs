using System.Globalization;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>
/// Real deformation data through the whole product: <c>geoanomaly detect</c> on the B084 borehole strain record of the
/// 2011 Mw 9 Tohoku earthquake (1 Hz, <c>../shared/data/series/strain-tohoku-2011/</c>), with calibrated scores and events.
/// </summary>
public sealed class TohokuScenarios : IDisposable
{
    /// <summary>
    /// Window sizes for 1 Hz data: the wave train has periods of 10-20 s, so ML.NET's 24-sample spectral-residual window
    /// sees barely two cycles; two minutes of window and judgement hold enough quiet background. SSA's p-values need a
    /// change history as long (120 samples) to stay calm in the preseismic noise. The calibration reference is the
    /// first quarter after each detector's warm-up (all preseismic); events need 0.9999 (1 in 10,000 quiet samples).
    /// </summary>
    private const string Detectors = """
        {
          "*": {
            "detectors": [
              { "name": "spectral-residual", "options": { "windowSize": 120, "judgementWindowSize": 120 } },
              { "name": "ssa-changepoint", "options": { "changeHistoryLength": 120 } }
            ],
            "events": { "threshold": 0.9999 }
          }
        }
        """;

    /// <summary>The arrival must be flagged within this long after the predicted P arrival.</summary>
    private static readonly TimeSpan s_arrivalSpan = TimeSpan.FromSeconds(120);

    private readonly string _folder = Directory.CreateTempSubdirectory("ga-tohoku-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Real data: SR and SSA flag the seismic-wave arrival within 120 s of the predicted P arrival and raise no event
    /// in the 1 h 53 min of preseismic strain after their warm-up.
    [Fact]
    public async Task Spectral_residual_and_SSA_flag_the_wave_arrival_and_nothing_before_it()
    {
        // Given: the file and its own label, the first 'seismic' row (the predicted P arrival)
        string file = SharedData.Path("series", "strain-tohoku-2011", "tohoku_strain_1hz.csv");
        var arrival = PredictedPArrival(file);

        // When
        var result = await GeoanomalyProcess.RunAsync("detect", file, "--channel", "areal", "--file-kind", "deformation",
            "--plugins", PluginFixtures.BuiltInPluginsRoot, "--detectors", Detectors, "--out", _folder);

        // Then
        Assert.True(result.ExitCode == 0, result.ToString());
        var events = EventCsvReader.Read(Path.Combine(_folder, "events.csv")).Select(r => r.Event).ToList();
        var log = TestContext.Current.TestOutputHelper;
        log?.WriteLine($"predicted P arrival {arrival:O}");
        foreach (var e in events.Where(e => e.Start < arrival + s_arrivalSpan))
        {
            log?.WriteLine($"{e.Detector,-20} {e.Start:O} .. {e.End:O} score {e.Score:R}");
        }

        foreach (string detector in new[] { "spectral-residual", "ssa-changepoint" })
        {
            var own = events.Where(e => e.Detector == detector).ToList();
            Assert.DoesNotContain(own, e => e.Start < arrival);
            Assert.Contains(own, e => e.Start >= arrival && e.Start <= arrival + s_arrivalSpan);
        }
    }

    private static DateTimeOffset PredictedPArrival(string file)
    {
        foreach (string line in File.ReadLines(file).Skip(1))
        {
            string[] cells = line.Split(',');
            if (cells[^1] == "seismic")
            {
                return DateTimeOffset.Parse(cells[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            }
        }

        throw new InvalidDataException($"{file}: no row with epoch 'seismic'");
    }
}
