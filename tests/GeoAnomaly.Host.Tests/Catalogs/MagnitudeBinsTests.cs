using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class MagnitudeBinsTests
{
    [Fact]
    public void Counts_fall_in_bins_centred_on_multiples_of_the_width_with_empty_bins_kept()
    {
        // Given: 1.04 and 0.96 round to 1.0; 1.06 to 1.1; nothing in 1.2; 1.3
        double[] m = [1.04, 0.96, 1.06, 1.3];

        // When
        var bins = MagnitudeBins.Of(m, 0.1);

        // Then
        Assert.Equal(4, bins.Count);
        Assert.Equal([1.0, 1.1, 1.2, 1.3], Enumerable.Range(0, 4).Select(i => Math.Round(bins.Centre(i), 9)));
        Assert.Equal([2, 1, 0, 1], Enumerable.Range(0, 4).Select(bins.CountAt));
        Assert.Equal(2, bins.CountAtOrAbove(1));
        Assert.Equal(4, bins.Total);
        Assert.Equal(3, bins.PositionOf(1.3));
        Assert.Equal(-1, bins.PositionOf(2.0));
    }

    [Fact]
    public void Negative_magnitudes_and_exact_halves_round_away_from_zero()
    {
        // Given / When / Then
        Assert.Equal(-0.5, MagnitudeBins.Round(-0.45, 0.1), 9);
        Assert.Equal(2.5, MagnitudeBins.Round(2.45, 0.1), 9);
        Assert.Equal(0.0, MagnitudeBins.Round(0.04, 0.1), 9);
    }

    [Fact]
    public void NaN_or_no_magnitudes_are_rejected()
    {
        // Given / When / Then
        Assert.Throws<ArgumentException>(() => MagnitudeBins.Of([1.0, double.NaN], 0.1));
        Assert.Throws<ArgumentException>(() => MagnitudeBins.Of([], 0.1));
    }
}
