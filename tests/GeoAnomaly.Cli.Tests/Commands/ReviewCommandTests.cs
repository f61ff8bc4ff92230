using GeoAnomaly.Cli.Tests.Support;

namespace GeoAnomaly.Cli.Tests.Commands;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-review-").FullName;
    private readonly CommandTester _tester = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Import_writes_the_same_reviews_as_review_record()
    {
        // Given
        string events = ReviewInputs.WriteEvents(_folder);
        string imported = Path.Combine(_folder, "imported.csv");
        string recorded = Path.Combine(_folder, "recorded.csv");

        // When
        var import = await _tester.RunAsync("review", "import", "--file", ReviewInputs.WriteAnnotations(_folder), "--reviews", imported, "--events", events);
        foreach (string[] args in ReviewInputs.SameAsRecord)
        {
            Assert.Equal(0, (await _tester.RunAsync(["review", "record", .. args, "--reviews", recorded, "--events", events])).ExitCode);
        }

        // Then: 501 and 502 written, 503 skipped, 504 named (exit 1)
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("imported 2 verdict(s) of 4 annotation(s)", import.Output, StringComparison.Ordinal);
        Assert.Contains("1 without a verdict tag skipped", import.Output, StringComparison.Ordinal);
        Assert.Contains("annotation 504: no event of SY.SAB.wl detector spectral-residual contains its time", import.Error, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(recorded, TestContext.Current.CancellationToken), await File.ReadAllTextAsync(imported, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Review_then_evaluate_with_reviewed_labels_counts_the_verdicts()
    {
        // Given: SAA.H spectral-residual first unknown, then re-reviewed as possible precursor; ssa-changepoint interference;
        // SAB.wl spectral-residual possible precursor
        string events = ReviewInputs.WriteEvents(_folder);
        string reviews = Path.Combine(_folder, "reviews.csv");
        string[][] records =
        [
            ["--station", "SAA", "--channel", "H", "--detector", "spectral-residual", "--start", "2024-01-02T03:00:00Z", "--verdict", "unknown", "--at", "2024-02-01T00:00:00Z"],
            ["--station", "SAA", "--channel", "H", "--detector", "spectral-residual", "--start", "2024-01-02T03:00:00Z", "--verdict", "possible-precursor", "--at", "2024-02-02T00:00:00Z"],
            ["--station", "SAA", "--channel", "H", "--detector", "ssa-changepoint", "--start", "2024-01-02T03:40:00Z", "--verdict", "interference", "--cause", "power", "--at", "2024-02-01T00:00:00Z"],
            ["--station", "SAB", "--channel", "wl", "--detector", "spectral-residual", "--start", "2024-01-03T16:00:00Z", "--verdict", "possible-precursor", "--at", "2024-02-01T00:00:00Z"],
        ];
        foreach (string[] args in records)
        {
            Assert.Equal(0, (await _tester.RunAsync(["review", "record", "--network", "SY", "--analyst", "akiko", .. args, "--reviews", reviews, "--events", events])).ExitCode);
        }

        // When
        var result = await _tester.RunAsync("evaluate", "--reviews", reviews, "--events", events, "--tolerance-minutes", "0", "--out", _folder);

        // Then: 2 windows (the two precursors); spectral-residual: 2 events, both precursors, precision 1, finds both;
        // ssa-changepoint: 1 interference, precision 0, overlaps the SAA.H window
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 reviewed event(s)", result.Output, StringComparison.Ordinal);
        string[] csv = await File.ReadAllLinesAsync(Path.Combine(_folder, "reviewed_metrics.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("detector,events,reviewed,possible_precursor,interference,unknown,precision,windows,found,recall", csv[0]);
        Assert.Equal("spectral-residual,2,2,2,0,0,1,2,2,1", csv[1]);
        Assert.Equal("ssa-changepoint,1,1,0,1,0,0,2,1,0.5", csv[2]);
    }

    [Fact]
    public async Task Review_list_shows_the_latest_verdict_of_each_event()
    {
        // Given
        string reviews = Path.Combine(_folder, "reviews.csv");
        string[] common = ["review", "record", "--network", "SY", "--station", "SAA", "--channel", "H", "--detector", "sr", "--start", "2024-01-02T03:00:00Z", "--analyst", "akiko", "--reviews", reviews];
        await _tester.RunAsync([.. common, "--verdict", "unknown", "--at", "2024-02-01T00:00:00Z"]);
        await _tester.RunAsync([.. common, "--verdict", "interference", "--cause", "rain", "--at", "2024-02-03T00:00:00Z"]);

        // When
        var result = await _tester.RunAsync("review", "list", "--reviews", reviews);

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 reviewed event(s), 2 review(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains("interference", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maybe", null, "error: --verdict: verdict 'maybe' is not one of possible-precursor, interference, unknown")]
    [InlineData("interference", null, "error: --cause: a verdict of interference needs a cause, one of rain, pumping, maintenance, power, storm, other")]
    [InlineData("interference", "lightning", "error: --cause: cause 'lightning' is not one of rain, pumping, maintenance, power, storm, other")]
    public async Task A_bad_verdict_or_cause_is_a_usage_error_naming_the_option(string verdict, string? cause, string expected)
    {
        // When
        var result = await _tester.RunAsync(["review", "record", "--network", "SY", "--station", "SAA", "--channel", "H", "--detector", "sr",
            "--start", "2024-01-02T03:00:00Z", "--verdict", verdict, .. cause is null ? Array.Empty<string>() : ["--cause", cause], "--analyst", "a", "--reviews", Path.Combine(_folder, "r.csv")]);

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "r.csv")));
    }

    [Fact]
    public async Task A_review_of_an_unknown_event_is_a_data_error_naming_the_event()
    {
        // Given
        string events = ReviewInputs.WriteEvents(_folder);

        // When
        var result = await _tester.RunAsync("review", "record", "--network", "SY", "--station", "SAA", "--channel", "H", "--detector", "spectral-residual",
            "--start", "2024-01-02T03:01:00Z", "--verdict", "unknown", "--analyst", "a", "--reviews", Path.Combine(_folder, "r.csv"), "--events", events);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {events}: no event SY.SAA.H spectral-residual 2024-01-02T03:01:00Z", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "r.csv")));
    }

    [Fact]
    public async Task A_malformed_annotation_export_is_a_data_error_naming_the_file_and_line()
    {
        // Given
        string bad = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(bad, "[\n  { \"id\": 1, \"time\": 5 \n", TestContext.Current.CancellationToken);

        // When
        var result = await _tester.RunAsync("review", "import", "--file", bad, "--reviews", Path.Combine(_folder, "r.csv"), "--events", ReviewInputs.WriteEvents(_folder));

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {bad}:3: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_without_events_to_match_is_a_usage_error()
    {
        // When
        var result = await _tester.RunAsync("review", "import", "--file", ReviewInputs.WriteAnnotations(_folder), "--reviews", Path.Combine(_folder, "r.csv"));

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --events: give the events CSV", result.Error, StringComparison.Ordinal);
    }
}
