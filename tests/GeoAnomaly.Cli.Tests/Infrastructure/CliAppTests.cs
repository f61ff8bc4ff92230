using GeoAnomaly.Cli.Tests.Support;

namespace GeoAnomaly.Cli.Tests.Infrastructure;

public sealed class CliAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-cli-").FullName;
    private readonly CommandTester _tester = new(new EchoCommand());

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Unknown_option_is_a_usage_error_naming_it()
    {
        // When
        var result = await _tester.RunAsync("echo", "--colour", "red");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_value_is_a_usage_error_naming_the_option()
    {
        // When
        var result = await _tester.RunAsync("echo", "--count", "0");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--count: must be at least 1, got 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_error_exits_with_one_and_prints_the_reason()
    {
        // When
        var result = await _tester.RunAsync("echo", "--fail");

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("samples.csv:12: not a number in column 'wl'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_file_supplies_options_and_the_command_line_wins()
    {
        // Given
        string config = Path.Combine(_folder, "echo.json");
        await File.WriteAllTextAsync(config, """{ "count": 3, "name": ["a", "b"] }""", TestContext.Current.CancellationToken);

        // When
        var fromFile = await _tester.RunAsync("echo", "--config", config);
        var overridden = await _tester.RunAsync("echo", "--config", config, "--count", "7");

        // Then
        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal("count=3 names=a|b", fromFile.Output.Trim());
        Assert.Equal("count=7 names=a|b", overridden.Output.Trim());
    }

    [Fact]
    public async Task Unknown_key_in_config_file_is_a_usage_error_naming_file_and_key()
    {
        // Given
        string config = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(config, """{ "count": 3, "colour": "red" }""", TestContext.Current.CancellationToken);

        // When
        var result = await _tester.RunAsync("echo", "--config", config);

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}: unknown option 'colour'", result.Error, StringComparison.Ordinal);
        Assert.Contains("count", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_config_file_is_a_usage_error_naming_the_line()
    {
        // Given
        string config = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(config, "{\n \"count\": 3,\n \"name\" [\n}", TestContext.Current.CancellationToken);

        // When
        var result = await _tester.RunAsync("echo", "--config", config);

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}:3:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_with_zero_and_lists_the_options()
    {
        // When
        var result = await _tester.RunAsync("echo", "--help");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--count", result.Output, StringComparison.Ordinal);
        Assert.Contains("--config", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_json_writes_one_compact_JSON_event_per_line_to_standard_error_and_keeps_standard_output_clean()
    {
        // When
        var result = await _tester.RunAsync("echo", "--count", "4", "--log-json");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("count=4 names=", result.Output.Trim());
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal("Echoing {Count} for {Names}", json.RootElement.GetProperty("@mt").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("Count").GetInt32());
    }

    [Fact]
    public async Task Log_file_receives_the_events_too()
    {
        // Given
        string file = Path.Combine(_folder, "run.log");

        // When
        var result = await _tester.RunAsync("echo", "--log-file", file, "--quiet");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("Echoing {Count} for {Names}", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
