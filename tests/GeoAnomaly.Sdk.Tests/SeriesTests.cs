using GeoAnomaly.Sdk;

namespace GeoAnomaly.Sdk.Tests;

public sealed class SeriesTests
{
    [Fact]
    public void Time_of_a_sample_is_start_plus_index_steps()
    {
        // Given
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(9));
        var series = new Series(start, TimeSpan.FromMinutes(1), [1, double.NaN, 3]);

        // When
        var third = series.TimeAt(2);

        // Then
        Assert.Equal(TimeSpan.Zero, series.Start.Offset);
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 15, 2, 0, TimeSpan.Zero), third);
        Assert.Equal(1, series.MissingCount());
        Assert.Equal(2, series.IndexAtOrBefore(third.AddSeconds(59)));
    }

    [Fact]
    public void Infinite_value_is_rejected_with_its_index()
    {
        // When
        var error = Assert.Throws<ArgumentException>(() => new Series(DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1), [0, double.PositiveInfinity]));

        // Then
        Assert.Contains("value 1", error.Message, StringComparison.Ordinal);
    }
}
