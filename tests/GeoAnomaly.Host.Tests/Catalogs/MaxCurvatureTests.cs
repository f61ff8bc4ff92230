using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class MaxCurvatureTests
{
    [Fact]
    public void Mc_is_the_modal_bin_plus_the_stated_correction()
    {
        // Given: 2 events at 1.0, 5 at 1.1, 3 at 1.2: the mode is 1.1
        double[] m = [1.0, 1.0, 1.1, 1.1, 1.1, 1.1, 1.1, 1.2, 1.2, 1.2];

        // When
        double corrected = MaxCurvature.Estimate(m, 0.1);
        double plain = MaxCurvature.Estimate(m, 0.1, correction: 0);

        // Then
        Assert.Equal(1.3, corrected, 9);
        Assert.Equal(1.1, plain, 9);
    }

    [Fact]
    public void Ties_go_to_the_lowest_bin()
    {
        // Given
        double[] m = [2.0, 2.0, 2.5, 2.5];

        // When
        double mc = MaxCurvature.Estimate(m, 0.1, correction: 0);

        // Then
        Assert.Equal(2.0, mc, 9);
    }

    [Fact]
    public void Catalogs_with_a_known_completeness_ramp_give_Mc_within_0_1()
    {
        // Given: 10 seeded catalogs, b = 1, 20,000 events above Mc before thinning, detection Φ((M − 1.7) / 0.15)
        // (Ogata & Katsura 1993); the true Mc is taken as μ + 2σ = 2.0, where 97.7 % of events are detected.
        var random = new Random(7);
        for (int r = 0; r < 10; r++)
        {
            double[] m = GutenbergRichter.WithRamp(random, 20000, 2.0, 1.0, 0.1, lowest: 1.1, GutenbergRichter.NormalRamp(1.7, 0.15));

            // When
            double mc = MaxCurvature.Estimate(m, 0.1);

            // Then
            TestContext.Current.TestOutputHelper?.WriteLine($"catalog {r}: {m.Length} events, MAXC+0.2 = {mc:F1}");
            Assert.InRange(mc, 1.9 - 1e-9, 2.1 + 1e-9);
        }
    }
}
