using GeoAnomaly.Sdk.Testing;
using GeoAnomaly.Sdk.Tests.Support;

namespace GeoAnomaly.Sdk.Tests.Testing;

public sealed class DetectorConformanceTests
{
    private static readonly ConformanceSettings s_small = new()
    {
        HugeLength = 200_000,
        InvalidOptions = [(new TrailingMeanDetector.Options { Window = 1 }, "window")],
    };

    [Fact]
    public void A_correct_causal_detector_passes_every_check_including_ten_million_samples()
    {
        // Given
        var settings = s_small with { HugeLength = 10_000_000 };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new TrailingMeanDetector(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Chunk_dependent_scores_fail_streaming_equals_batch()
    {
        // When
        var error = Assert.Throws<ConformanceFailedException>(() => DetectorConformance.RunAll(() => new ChunkDependentDetector(), s_small with { InvalidOptions = [] }));

        // Then
        Assert.Equal(nameof(ComponentConformance.StreamingEqualsBatch), error.Check);
        Assert.Equal("chunk-dependent", error.Component);
    }

    [Fact]
    public void Division_by_zero_variance_fails_the_constant_series_check()
    {
        // When
        var error = Assert.Throws<ConformanceFailedException>(() => ComponentConformance.HandlesConstantSeries(() => new ZeroVarianceDetector(), s_small));

        // Then
        Assert.Equal(nameof(ComponentConformance.HandlesConstantSeries), error.Check);
        Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_detector_that_throws_on_NaN_fails_the_gap_check_with_its_message()
    {
        // When
        var error = Assert.Throws<ConformanceFailedException>(() => ComponentConformance.HandlesGaps(() => new NaNIntolerantDetector(), s_small));

        // Then
        Assert.Equal(nameof(ComponentConformance.HandlesGaps), error.Check);
        Assert.Contains("NaN in input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_option_that_is_not_reported_fails_with_the_option_name()
    {
        // Given: window 5 is valid, so claiming it is invalid must fail the check
        var settings = s_small with { InvalidOptions = [(new TrailingMeanDetector.Options { Window = 5 }, "window")] };

        // When
        var error = Assert.Throws<ConformanceFailedException>(() => ComponentConformance.InvalidOptionsNameTheOption(() => new TrailingMeanDetector(), settings));

        // Then
        Assert.Contains("window", error.Message, StringComparison.Ordinal);
    }
}
