using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class AkiUtsuBValueTests
{
    [Fact]
    public void Small_catalog_gives_the_hand_computed_b_sigma_and_a()
    {
        // Given: magnitudes 1.0, 1.0, 1.1, 1.3 and 0.8 (below Mc), Mc = 1.0, ΔM = 0.1
        double[] m = [1.0, 1.0, 1.1, 1.3, 0.8];

        // When
        var e = AkiUtsuBValue.Estimate(m, mc: 1.0, binWidth: 0.1)!;

        // Then: mean = 4.4 / 4 = 1.1; b = log10(e) / (1.1 − 0.95) = 0.4342945 / 0.15 = 2.895297
        Assert.Equal(4, e.Count);
        Assert.Equal(1.1, e.MeanMagnitude, 12);
        Assert.Equal(Math.Log10(Math.E) / 0.15, e.B, 9);
        // Σ(M − M̄)² = 0.01 + 0.01 + 0 + 0.04 = 0.06; σ = 2.30 b² sqrt(0.06 / (4 · 3)) = 2.30 · 8.382742 · 0.0707107 = 1.363324
        Assert.Equal(2.30 * e.B * e.B * Math.Sqrt(0.06 / 12), e.ShiBoltSigma, 9);
        Assert.Equal(1.363324, e.ShiBoltSigma, 5);
        // a = log10(4) + b · 1.0
        Assert.Equal(Math.Log10(4) + e.B, e.A, 9);
    }

    [Fact]
    public void Zero_bin_width_is_Aki_formula_for_continuous_magnitudes()
    {
        // Given
        double[] m = [2.05, 2.3, 2.71, 3.4];

        // When
        var e = AkiUtsuBValue.Estimate(m, mc: 2.0, binWidth: 0)!;

        // Then: b = log10(e) / (M̄ − Mc), M̄ = 10.46 / 4 = 2.615
        Assert.Equal(Math.Log10(Math.E) / 0.615, e.B, 9);
    }

    [Fact]
    public void Too_few_or_identical_magnitudes_give_no_estimate()
    {
        // Given / When / Then
        Assert.Null(AkiUtsuBValue.Estimate([3.0], 2.0, 0.1));
        Assert.Null(AkiUtsuBValue.Estimate([1.0, 1.5], 2.0, 0.1));
        Assert.Null(AkiUtsuBValue.Estimate([2.0, 2.0], 2.0, 0));
    }

    [Fact]
    public void Seeded_b1_catalogs_recover_b_and_the_Shi_Bolt_interval_covers_it_90_to_98_percent()
    {
        // Given: 500 seeded catalogs, 2,000 events at or above Mc = 2.0 in 0.1 bins, b = 1
        const int Repetitions = 500;
        var random = new Random(20261126);
        double sum = 0;
        int covered = 0;

        // When
        for (int r = 0; r < Repetitions; r++)
        {
            double[] m = GutenbergRichter.Complete(random, 2000, mc: 2.0, b: 1.0, binWidth: 0.1);
            var e = AkiUtsuBValue.Estimate(m, 2.0, 0.1)!;
            sum += e.B;
            var (low, high) = e.Interval(1.96);
            if (low <= 1.0 && 1.0 <= high)
            {
                covered++;
            }
        }

        // Then
        double mean = sum / Repetitions;
        double coverage = covered / (double)Repetitions;
        TestContext.Current.TestOutputHelper?.WriteLine($"mean b {mean:F4}, 95 % Shi-Bolt coverage {coverage:P1}");
        Assert.InRange(mean, 0.95, 1.05);
        Assert.InRange(coverage, 0.90, 0.98);
    }
}
