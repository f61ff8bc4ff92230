using GeoAnomaly.Cli.Tests.Support;

namespace GeoAnomaly.Cli.Tests.Commands;

public sealed class CatalogSummaryCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-catalog-").FullName;
    private readonly CommandTester _tester = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, params string[] lines)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static readonly string[] s_zmap =
    [
        "7.28 46.29 1990 10 19 1.2 3.0 19 4",
        "7.46 46.40 1990 10 22 2.5 1.0 1 26",
        "7.38 45.92 1991 1 23 0.7 8.5 9 29",
    ];

    [Fact]
    public async Task A_ZMAP_file_is_detected_and_summarised()
    {
        // Given
        string file = Write("junk.dat", s_zmap);

        // When
        var result = await _tester.RunAsync("catalog", "summary", file);

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"catalog: {file} (Zmap)", result.Output, StringComparison.Ordinal);
        Assert.Contains("events: 3 (read 3, 0 removed by filters, 0 malformed row(s) skipped)", result.Output, StringComparison.Ordinal);
        Assert.Contains("time span: 1990-10-19T19:04:00Z .. 1991-01-23T09:29:00Z", result.Output, StringComparison.Ordinal);
        Assert.Contains("magnitude: 0.7 .. 2.5", result.Output, StringComparison.Ordinal);
        Assert.Contains("depth: 1.0 .. 8.5 km (0 unknown)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_remove_events_and_say_how_many()
    {
        // Given
        string file = Write("junk.dat", s_zmap);

        // When
        var result = await _tester.RunAsync("catalog", "summary", file, "--min-magnitude", "1", "--to", "1990-12-31");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("events: 2 (read 3, 1 removed by filters", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_row_exits_one_naming_file_line_and_column()
    {
        // Given
        string file = Write("junk.dat", [.. s_zmap[..2], "7.38 45.92 1991 1 23 x 8.5 9 29"]);

        // When
        var result = await _tester.RunAsync("catalog", "summary", file);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:3: column #6: 'x' is not a number", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_skip_bad_rows_a_malformed_row_is_counted_and_reported()
    {
        // Given
        string file = Write("junk.dat", [.. s_zmap[..2], "7.38 45.92 1991 1 23 x 8.5 9 29"]);

        // When
        var result = await _tester.RunAsync("catalog", "summary", file, "--skip-bad-rows");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("events: 2 (read 2, 0 removed by filters, 1 malformed row(s) skipped)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"skipped: {file}:3: column #6", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_mapping_reads_a_pyCSEP_style_csv()
    {
        // Given
        string file = Write("cat.csv", "id,year,lat,lon,depth,mag", "1,2014,19.04,-66.81,20,6.3", "2,2015,-40.66,175.81,28,6.2");

        // When
        var result = await _tester.RunAsync("catalog", "summary", file, "--mapping", """{ "year": "year", "latitude": "lat", "longitude": "lon", "depth": "depth", "magnitude": "mag", "magnitudeTypeValue": "Mw" }""");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(Mapped)", result.Output, StringComparison.Ordinal);
        Assert.Contains("time span: 2014-01-01T00:00:00Z .. 2015-01-01T00:00:00Z", result.Output, StringComparison.Ordinal);
        Assert.Contains("magnitude types: Mw 2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mapping_with_an_unknown_property_is_a_usage_error()
    {
        // Given
        string file = Write("cat.csv", "id,year,lat,lon,depth,mag", "1,2014,19.04,-66.81,20,6.3");

        // When
        var result = await _tester.RunAsync("catalog", "summary", file, "--mapping", """{ "yaer": "year" }""");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--mapping:", result.Error, StringComparison.Ordinal);
        Assert.Contains("yaer", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_filter_values_are_usage_errors_naming_each_option()
    {
        // Given
        string file = Write("junk.dat", s_zmap);

        // When
        var result = await _tester.RunAsync("catalog", "summary", file, "--bbox", "1,2,3", "--from", "yesterday", "--min-magnitude", "5", "--max-magnitude", "4");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bbox:", result.Error, StringComparison.Ordinal);
        Assert.Contains("--from:", result.Error, StringComparison.Ordinal);
        Assert.Contains("--max-magnitude:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalog_group_without_a_subcommand_is_a_usage_error()
    {
        // When
        var result = await _tester.RunAsync("catalog");

        // Then
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Ingest_without_influx_is_a_usage_error()
    {
        // Given
        string file = Write("junk.dat", s_zmap);

        // When
        var result = await _tester.RunAsync("catalog", "ingest", file);

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--influx: required", result.Error, StringComparison.Ordinal);
    }
}
