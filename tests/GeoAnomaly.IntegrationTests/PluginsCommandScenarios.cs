using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Analysts see what plugins they have with <c>geoanomaly plugins</c>, run as a process.</summary>
public sealed class PluginsCommandScenarios : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-plugins-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Plugins: the sample plugin's detector is listed with every option, its default and its description.
    [Fact]
    public async Task The_sample_detector_is_listed_with_its_options_defaults_and_descriptions()
    {
        // When
        var result = await GeoanomalyProcess.RunAsync("plugins", "--plugins", PluginFixtures.SamplePluginRoot);

        // Then
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("plugin MyDetector", result.Output, StringComparison.Ordinal);
        Assert.Contains("detector robust-zscore (causal, streaming)", result.Output, StringComparison.Ordinal);
        var windowLine = Assert.Single(result.Output.Split('\n'), l => l.TrimStart().StartsWith("windowSize ", StringComparison.Ordinal));
        Assert.Contains("default 60", windowLine, StringComparison.Ordinal);
        Assert.Contains("trailing window", windowLine, StringComparison.Ordinal);
    }

    /// Plugins: a plugin with a broken component is reported by name (exit 1) and its good component is still listed.
    [Fact]
    public async Task A_broken_component_is_reported_by_name_and_the_good_one_still_listed()
    {
        // Given
        PluginFixtures.CopyInto(PluginFixtures.BadComponent, _folder);

        // When
        var result = await GeoanomalyProcess.RunAsync("plugins", "--plugins", _folder);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(PluginFixtures.BadComponent, result.Error, StringComparison.Ordinal);
        Assert.Contains("detector good", result.Output, StringComparison.Ordinal);
    }
}
