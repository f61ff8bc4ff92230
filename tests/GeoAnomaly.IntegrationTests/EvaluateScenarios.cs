using System.Globalization;
using System.Text.RegularExpressions;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary><c>geoanomaly evaluate</c> on the NAB corpus beside the repository, run as a process.</summary>
public sealed partial class EvaluateScenarios : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-evaluate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Evaluation: the spectral residual is scored with NAB's rules in all three profiles, beside the published board,
    /// and scores better than NAB's null detector (0) and below a perfect one (100).
    [Fact]
    public async Task Evaluate_scores_a_detector_on_NAB_in_three_profiles_beside_the_published_board()
    {
        // Given
        const string config = """{ "*": { "detectors": [ "spectral-residual" ], "calibration": { "referenceFraction": 0.15 } } }""";

        // When
        var result = await GeoanomalyProcess.RunAsync("evaluate", "--nab", SharedData.Path("nab"), "--plugins", PluginFixtures.BuiltInPluginsRoot,
            "--detectors", config, "--out", _folder);

        // Then
        Assert.True(result.ExitCode == 0, result.ToString());
        var row = ScoreRow().Match(result.Output);
        Assert.True(row.Success, result.Output);
        double[] scores = [.. Enumerable.Range(1, 3).Select(g => double.Parse(row.Groups[g].Value, CultureInfo.InvariantCulture))];
        Assert.All(scores, s => Assert.InRange(s, 1, 99));
        Assert.Contains("numenta", result.Output, StringComparison.Ordinal);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(_folder, "summary.csv")).Length);
        Assert.True(File.Exists(Path.Combine(_folder, "spectral-residual_standard_scores.csv")));
    }

    [GeneratedRegex(@"spectral-residual\s+(-?\d+\.\d\d)\s+(-?\d+\.\d\d)\s+(-?\d+\.\d\d)")]
    private static partial Regex ScoreRow();
}
