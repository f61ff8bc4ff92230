using GeoAnomaly.Host.Catalogs.Indicators;

namespace GeoAnomaly.Host.Tests.Catalogs.Indicators;

public sealed class IndicatorOptionsTests
{
    [Fact]
    public void Defaults_are_the_papers_values_and_valid()
    {
        // Given / When
        var options = new IndicatorOptions();

        // Then
        Assert.Empty(options.Validate());
        Assert.Equal(50, options.EventCount);
        Assert.Equal(50, options.BValueEventCount);
        Assert.Equal(4, options.BValueStep);
        Assert.Equal(TimeSpan.FromDays(7), options.MaximumMagnitudeWindow);
        Assert.Equal(3.0, options.X7MagnitudeDifference);
        Assert.Null(options.TimeWindow);
    }

    [Fact]
    public void Validate_returns_every_problem_each_naming_its_option()
    {
        // Given
        var options = new IndicatorOptions
        {
            EventCount = 0,
            TimeWindow = TimeSpan.FromDays(-1),
            MinimumMagnitude = double.NaN,
            CharacteristicMinimum = 7.5,
            CharacteristicMaximum = 7.0,
            BValueEventCount = 1,
            BValueStep = 0,
            MagnitudeBinWidth = -0.1,
            CompletenessMagnitude = double.PositiveInfinity,
            MaximumMagnitudeWindow = TimeSpan.Zero,
            X7MagnitudeDifference = 0,
        };

        // When
        IReadOnlyList<string> problems = options.Validate();

        // Then
        string[] named =
        [
            "event-count", "time-window", "minimum-magnitude", "characteristic-minimum", "b-value-event-count",
            "b-value-step", "magnitude-bin-width", "completeness-magnitude", "maximum-magnitude-window",
            "x7-magnitude-difference",
        ];
        Assert.Equal(named.Length, problems.Count);
        Assert.All(named, option => Assert.Contains(problems, p => p.StartsWith(option, StringComparison.Ordinal)));
    }
}
