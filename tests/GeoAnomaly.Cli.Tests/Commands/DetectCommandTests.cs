using GeoAnomaly.Cli.Tests.Support;

namespace GeoAnomaly.Cli.Tests.Commands;

public sealed class DetectCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-detect-").FullName;
    private readonly CommandTester _tester = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_unknown_detector_is_a_usage_error_listing_the_detectors_that_exist()
    {
        // When
        var result = await DetectAsync("--detectors", """[{ "name": "robust-zscor" }]""");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --detectors: *.detectors[0]: unknown detector 'robust-zscor'; detectors are: ", result.Error, StringComparison.Ordinal);
        Assert.Matches("detectors are: .*ensemble.*robust-zscore", result.Error);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_naming_the_detector_and_the_option_and_listing_its_options()
    {
        // When
        var result = await DetectAsync("--detectors", """[{ "name": "robust-zscore", "options": { "windowSiz": 120 } }]""");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --detectors: *.detectors[0].options: detector robust-zscore: no option 'windowSiz'; options are: minValid, windowSize", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_value_is_a_usage_error_naming_the_file_and_the_option()
    {
        // Given
        string config = Path.Combine(_folder, "detectors.json");
        await File.WriteAllTextAsync(config, """{ "deformation": { "detectors": [{ "name": "robust-zscore", "options": { "windowSize": 2, "minValid": 2 } }] } }""", TestContext.Current.CancellationToken);

        // When
        var result = await DetectAsync("--detectors", config);

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {config}: deformation.detectors[0].options: detector robust-zscore: windowSize: must be at least 3, got 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_event_option_is_a_usage_error_naming_it()
    {
        // When
        var result = await DetectAsync("--detectors", """{ "*": { "detectors": ["robust-zscore"], "events": { "mergeGap": -2 } } }""");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --detectors: *.events: mergeGap: must not be negative", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spike_in_a_plain_CSV_becomes_one_spike_event_in_events_csv()
    {
        // Given
        string out_ = Path.Combine(_folder, "out");

        // When
        var result = await DetectAsync("--out", out_, "--detectors", """{ "*": { "detectors": [{ "name": "robust-zscore", "options": { "windowSize": 120 } }], "events": { "threshold": 0.99999 } } }""");

        // Then
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(result.Output.Contains("robust-zscore: 1 event(s) (1 spike)", StringComparison.Ordinal), result.Output + File.ReadAllText(Path.Combine(out_, "events.csv")));
        string[] events = await File.ReadAllLinesAsync(Path.Combine(out_, "events.csv"), TestContext.Current.CancellationToken);
        Assert.Equal(2, events.Length);
        Assert.StartsWith("XX,STA1,tilt,deformation,robust-zscore,2024-03-02T09:20:00Z,2024-03-02T09:21:00Z,60,", events[1], StringComparison.Ordinal);
        Assert.Contains(",spike,", events[1], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(out_, "scores", "XX.STA1.tilt.robust-zscore.csv")));
        Assert.True(File.Exists(Path.Combine(out_, "calibration.csv")));
    }

    [Fact]
    public async Task The_detectors_key_of_a_config_file_configures_the_run()
    {
        // Given
        string config = Path.Combine(_folder, "job.json");
        string out_ = Path.Combine(_folder, "from-config");
        await File.WriteAllTextAsync(config, $$"""
            {
              "out": "{{out_.Replace("\\", "\\\\", StringComparison.Ordinal)}}",
              "detectors": { "*": { "detectors": [{ "name": "robust-zscore", "options": { "windowSize": 90 } }], "events": { "threshold": 0.99999 } } }
            }
            """, TestContext.Current.CancellationToken);

        // When
        var result = await _tester.RunAsync("detect", SamplePlugin.WriteSpikeCsv(_folder), "--plugins", SamplePlugin.Root, "--file-kind", "deformation", "--config", config);

        // Then
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(out_, "events.csv")));
        Assert.Contains("robust-zscore: 1 event(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_output_the_command_asks_for_out_or_influx()
    {
        // When
        var result = await _tester.RunAsync("detect", SamplePlugin.WriteSpikeCsv(_folder), "--plugins", SamplePlugin.Root);

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --out: give an output folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_from_InfluxDB_needs_a_time_range()
    {
        // When
        var result = await _tester.RunAsync("detect", "--influx", "http://127.0.0.1:1", "--to", "2024-03-01");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --from: required when channels are read from InfluxDB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_that_is_not_ISO_8601_names_the_option()
    {
        // When
        var result = await DetectAsync("--out", _folder, "--from", "yesterday");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --from: 'yesterday' is not an ISO 8601 time", result.Error, StringComparison.Ordinal);
    }

    private Task<CommandResult> DetectAsync(params string[] args) =>
        _tester.RunAsync(["detect", SamplePlugin.WriteSpikeCsv(_folder), "--plugins", SamplePlugin.Root, "--file-kind", "deformation", .. args, .. args.Contains("--out") ? Array.Empty<string>() : ["--out", Path.Combine(_folder, "out")]]);
}
