using GeoAnomaly.Synthetic.Tests.Support;

namespace GeoAnomaly.Synthetic.Tests;

public sealed class NetworkSpecTests
{
    public static TheoryData<string, string> BadOptions => new()
    {
        { "network", "network" },
        { "stationCount", "stationCount" },
        { "step", "step" },
        { "duration-not-whole-steps", "duration" },
        { "region", "region.maxLatitude" },
        { "region-range", "region.minLongitude" },
        { "channelTypes", "channelTypes" },
        { "gapFraction", "gapFraction" },
        { "gapMaxLength", "gapMaxLength" },
        { "anomalyRates", "anomalyRates.spike" },
        { "noise", "noise.fluid" },
        { "stormRate", "stormRate" },
        { "anomalyMargin", "anomalyMargin" },
    };

    [Fact]
    public void Defaults_are_valid_and_describe_a_small_demo()
    {
        // Given
        var spec = new NetworkSpec();

        // When
        var errors = spec.Validate();

        // Then
        Assert.Empty(errors);
        Assert.Equal(6, spec.StationCount);
        Assert.Equal(TimeSpan.FromDays(14), spec.Duration);
        Assert.Equal(TimeSpan.FromMinutes(1), spec.Step);
        Assert.Equal(20160, spec.SampleCount);
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_option_is_reported_under_its_configuration_name(string change, string option)
    {
        // Given
        var spec = Bad(change);

        // When
        var errors = spec.Validate();

        // Then
        var error = Assert.Single(errors);
        Assert.Equal(option, error.Option);
        Assert.StartsWith($"{option}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        // Given
        var spec = Specs.Small() with { StationCount = -1, Network = "", StormRate = -1, DriftScale = double.NaN };

        // When
        var errors = spec.Validate();

        // Then
        Assert.Equal(["network", "stationCount", "stormRate", "driftScale"], errors.Select(e => e.Option));
    }

    private static NetworkSpec Bad(string change)
    {
        var spec = new NetworkSpec();
        return change switch
        {
            "network" => spec with { Network = "A,B" },
            "stationCount" => spec with { StationCount = 5001 },
            "step" => spec with { Step = TimeSpan.FromMilliseconds(500) },
            "duration-not-whole-steps" => spec with { Duration = TimeSpan.FromMinutes(90.5) },
            "region" => spec with { Region = new GeoBox(40, 30, 100, 110) },
            "region-range" => spec with { Region = new GeoBox(30, 40, -200, 110) },
            "channelTypes" => spec with { ChannelTypes = [] },
            "gapFraction" => spec with { GapFraction = 0.9 },
            "gapMaxLength" => spec with { GapMaxLength = TimeSpan.FromMinutes(1) },
            "anomalyRates" => spec with { AnomalyRates = AnomalyRates.Default with { Spike = -1 } },
            "noise" => spec with { Noise = NoiseLevels.Default with { Fluid = double.PositiveInfinity } },
            "stormRate" => spec with { StormRate = 3 },
            "anomalyMargin" => spec with { AnomalyMargin = TimeSpan.FromDays(-1) },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
    }
}
