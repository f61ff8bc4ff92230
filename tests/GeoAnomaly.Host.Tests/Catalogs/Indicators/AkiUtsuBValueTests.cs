using GeoAnomaly.Host.Catalogs.Indicators;

namespace GeoAnomaly.Host.Tests.Catalogs.Indicators;

public sealed class AkiUtsuBValueTests
{
    [Fact]
    public void Utsu_correction_lowers_Mc_by_half_a_bin()
    {
        // Given magnitudes 3.0, 3.0, 3.2, 3.4 (mean 3.15) with ΔM = 0.1 and Mc = 3.0: b = log10(e) / (3.15 - 2.95)
        double[] m = [3.0, 3.0, 3.2, 3.4];

        // When
        double b = AkiUtsuBValue.Estimate(m, 0.1, null, out string? reason);

        // Then
        Assert.Equal(1 / Math.Log(10) / 0.2, b, 1e-12);
        Assert.Null(reason);
    }

    [Fact]
    public void A_given_Mc_replaces_the_sample_minimum()
    {
        // Given the same magnitudes with Mc = 2.5 and no binning: b = log10(e) / (3.15 - 2.5)
        double[] m = [3.0, 3.0, 3.2, 3.4];

        // When
        double b = AkiUtsuBValue.Estimate(m, 0, 2.5, out _);

        // Then
        Assert.Equal(1 / Math.Log(10) / 0.65, b, 1e-12);
    }

    [Fact]
    public void Seeded_exponential_magnitudes_give_back_their_b()
    {
        // Given 20,000 continuous Gutenberg-Richter magnitudes with b = 1 above 2.0 (inverse-CDF sampling)
        var random = new Random(11);
        double[] m = [.. Enumerable.Range(0, 20_000).Select(_ => 2.0 - (Math.Log(1 - random.NextDouble()) / Math.Log(10)))];

        // When (no binning, Mc known)
        double b = AkiUtsuBValue.Estimate(m, 0, 2.0, out _);

        // Then within 3 standard errors (b / sqrt(n) = 0.007)
        Assert.InRange(b, 0.98, 1.02);
    }

    [Fact]
    public void One_magnitude_is_not_enough()
    {
        // Given / When
        double b = AkiUtsuBValue.Estimate([4.0], 0.1, null, out string? reason);

        // Then
        Assert.True(double.IsNaN(b));
        Assert.Contains("at least 2", reason, StringComparison.Ordinal);
    }
}
