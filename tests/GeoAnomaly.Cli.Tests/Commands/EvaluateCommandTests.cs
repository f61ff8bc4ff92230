using GeoAnomaly.Cli.Tests.Support;

namespace GeoAnomaly.Cli.Tests.Commands;

public sealed class EvaluateCommandTests : IDisposable
{
    private const string Header = "network,station,channel,start,end,kind";

    private readonly string _folder = Directory.CreateTempSubdirectory("ga-evaluate-").FullName;
    private readonly CommandTester _tester = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Nab_and_labels_together_are_a_usage_error_naming_both()
    {
        // Given
        string labels = WriteLabels("XX,STA1,tilt,2024-03-02T09:20:00Z,2024-03-02T09:21:00Z,spike");

        // When
        var result = await _tester.RunAsync("evaluate", "--nab", _folder, "--labels", labels, SamplePlugin.WriteSpikeCsv(_folder));

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --nab, --labels, --reviews: give one of them", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_nab_nor_labels_is_a_usage_error()
    {
        // When
        var result = await _tester.RunAsync("evaluate");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --nab, --labels or --reviews:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_on_a_channel_not_screened_is_a_data_error_naming_the_file_and_line()
    {
        // Given: line 3 names station STA9, which no file holds
        string labels = WriteLabels("XX,STA1,tilt,2024-03-02T09:20:00Z,2024-03-02T09:21:00Z,spike", "XX,STA9,tilt,2024-03-02T09:20:00Z,2024-03-02T09:21:00Z,");

        // When
        var result = await _tester.RunAsync("evaluate", "--labels", labels, SamplePlugin.WriteSpikeCsv(_folder), "--plugins", SamplePlugin.Root);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {labels}:3: column channel: XX.STA9.tilt is not among", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_label_row_is_a_data_error_naming_the_file_and_line()
    {
        // Given
        string labels = WriteLabels("XX,STA1,tilt,2024-03-02T09:20:00Z,not-a-time,spike");

        // When
        var result = await _tester.RunAsync("evaluate", "--labels", labels, SamplePlugin.WriteSpikeCsv(_folder), "--plugins", SamplePlugin.Root);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {labels}:2: column end", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_on_a_channel_no_detector_screens_is_reported_not_dropped_silently()
    {
        // Given: detectors only for deformation channels; the file's channel is of kind other
        string labels = WriteLabels("XX,STA1,tilt,2024-03-02T09:20:00Z,2024-03-02T09:21:00Z,spike");

        // When
        var result = await _tester.RunAsync("evaluate", "--labels", labels, SamplePlugin.WriteSpikeCsv(_folder), "--plugins", SamplePlugin.Root,
            "--detectors", """{ "deformation": { "detectors": ["robust-zscore"] } }""");

        // Then
        Assert.Contains($"warning: {labels}:2: XX.STA1.tilt has no detectors configured for its kind; this label is not scored", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_score_the_detect_run_and_write_the_event_table_and_timelines()
    {
        // Given: the sample file's spike is at minute 2000 (2024-03-02T09:20Z), labelled
        string labels = WriteLabels("XX,STA1,tilt,2024-03-02T09:20:00Z,2024-03-02T09:21:00Z,spike");
        string output = Path.Combine(_folder, "out");

        // When
        var result = await _tester.RunAsync("evaluate", "--labels", labels, SamplePlugin.WriteSpikeCsv(_folder), "--plugins", SamplePlugin.Root,
            "--detectors", """{ "*": { "detectors": ["robust-zscore"] } }""", "--out", output, "--timelines", "1");

        // Then
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("event-level:", result.Output, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(output, "event_metrics.csv"));
        Assert.Equal(2, csv.Length);
        string[] row = csv[1].Split(',');
        Assert.Equal(("robust-zscore", "1", "1", "1"), (row[0], row[1], row[2], row[3])); // detector, series, windows, found
        Assert.Single(Directory.GetFiles(Path.Combine(output, "timelines"), "*.png"));
    }

    private string WriteLabels(params string[] rows)
    {
        string path = Path.Combine(_folder, "labels.csv");
        File.WriteAllLines(path, [Header, .. rows]);
        return path;
    }
}
