using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class GoodnessOfFitTests
{
    [Fact]
    public void Catalogs_with_a_known_completeness_ramp_give_Mc_within_0_1()
    {
        // Given: the ramp of MaxCurvatureTests (true Mc = μ + 2σ = 2.0)
        var random = new Random(7);
        for (int r = 0; r < 10; r++)
        {
            double[] m = GutenbergRichter.WithRamp(random, 20000, 2.0, 1.0, 0.1, lowest: 1.1, GutenbergRichter.NormalRamp(1.7, 0.15));

            // When
            var result = GoodnessOfFit.Estimate(m, 0.1);

            // Then
            TestContext.Current.TestOutputHelper?.WriteLine($"catalog {r}: Mc {result.Mc:F1} ({result.Level}), Mc95 {result.Mc95:F1}, Mc90 {result.Mc90:F1}");
            Assert.InRange(result.Mc, 1.9 - 1e-9, 2.1 + 1e-9);
            Assert.NotEqual(GoodnessOfFitLevel.MaxCurvatureFallback, result.Level);
        }
    }

    [Fact]
    public void A_complete_catalog_fits_from_its_lowest_bin()
    {
        // Given: 20,000 events of a pure Gutenberg-Richter law from 1.0
        double[] m = GutenbergRichter.Complete(new Random(3), 20000, mc: 1.0, b: 1.0, binWidth: 0.1);

        // When
        var result = GoodnessOfFit.Estimate(m, 0.1);

        // Then
        Assert.Equal(GoodnessOfFitLevel.Percent95, result.Level);
        Assert.Equal(1.0, result.Mc, 9);
        Assert.True(result.Residuals[0].R >= 95);
    }

    [Fact]
    public void A_distribution_that_is_never_Gutenberg_Richter_falls_back_to_maximum_curvature()
    {
        // Given: 20 events in every 0.1 bin from 1.0 to 3.0 (flat, no exponential fall-off anywhere)
        double[] m = [.. Enumerable.Range(10, 21).SelectMany(k => Enumerable.Repeat(k / 10.0, 20))];

        // When
        var result = GoodnessOfFit.Estimate(m, 0.1);

        // Then: no trial reaches 90 %, so Mc is maximum curvature (the lowest of the tied bins, 1.0) + 0.2
        Assert.Equal(GoodnessOfFitLevel.MaxCurvatureFallback, result.Level);
        Assert.True(double.IsNaN(result.Mc90) && double.IsNaN(result.Mc95));
        Assert.All(result.Residuals, r => Assert.True(r.R < 90));
        Assert.Equal(1.2, result.Mc, 9);
    }

    [Fact]
    public void Residual_of_a_trial_is_the_hand_computed_percentage()
    {
        // Given: 30 events at 1.0 and 10 at 1.1 (40 events, trial Mc = 1.0 only; 10 < 25 stops the search at 1.1)
        double[] m = [.. Enumerable.Repeat(1.0, 30), .. Enumerable.Repeat(1.1, 10)];

        // When
        var result = GoodnessOfFit.Estimate(m, 0.1);

        // Then: M̄ = 1.025, b = log10(e) / (1.025 − 0.95) = 5.790593, a = log10(40) + b;
        // S(1.0) = 40 (1 − 10^(−0.1 b)) = 40 (1 − 0.263597) = 29.45612, S(1.1) = 40 (0.263597 − 0.069483) = 7.76456;
        // R = 100 − 100 (|30 − 29.45612| + |10 − 7.76456|) / 40 = 100 − 100 · 2.77932 / 40 = 93.0517
        double b = Math.Log10(Math.E) / 0.075;
        double s0 = 40 * (1 - Math.Pow(10, -0.1 * b));
        double s1 = 40 * (Math.Pow(10, -0.1 * b) - Math.Pow(10, -0.2 * b));
        double expected = 100 - (100 * (Math.Abs(30 - s0) + Math.Abs(10 - s1)) / 40);
        Assert.Single(result.Residuals);
        Assert.Equal(expected, result.Residuals[0].R, 9);
        Assert.InRange(result.Residuals[0].R, 93.051, 93.052);
        Assert.Equal(GoodnessOfFitLevel.Percent90, result.Level);
        Assert.Equal(1.0, result.Mc, 9);
    }
}
