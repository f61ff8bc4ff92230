using GeoAnomaly.Plugins.IsolationForest.Forest;
using GeoAnomaly.Plugins.Tests.Support.IsolationForest;

namespace GeoAnomaly.Plugins.Tests.IsolationForest.Forest;

public sealed class AveragePathLengthTests
{
    [Fact]
    public void Closed_form_with_exact_harmonic_numbers_equals_the_recursion_over_random_cuts()
    {
        // Given
        double[] recursion = ExactPathLength.ByRecursion(200);

        // When / Then: 2 H(n-1) - 2 (n-1)/n is the expected isolation depth for every n
        for (int n = 1; n <= 200; n++)
        {
            Assert.Equal(recursion[n], ExactPathLength.ClosedForm(n), 1e-11);
        }

        Assert.Equal(5.0 / 3.0, recursion[3], 1e-15);
    }

    [Fact]
    public void Logarithmic_approximation_is_exact_for_two_points_and_within_one_over_n_minus_one_above()
    {
        // Given
        double[] exact = ExactPathLength.ByRecursion(5000);

        // When / Then: c(1) = 0, c(2) = 1 exactly; for n ≥ 3, H(i) - ln i - γ lies in (1/(2i+1), 1/(2i)), so ln + γ
        // understates 2H(n-1) by less than 1/(n-1)
        Assert.Equal(0.0, AveragePathLength.Of(1));
        Assert.Equal(0.0, AveragePathLength.Of(0));
        Assert.Equal(1.0, AveragePathLength.Of(2));
        foreach (int n in new[] { 3, 4, 5, 10, 16, 100, 256, 1000, 5000 })
        {
            double error = exact[n] - AveragePathLength.Of(n);
            Assert.InRange(error, 1.0 / (n - 0.5) * 0.999, 1.0 / (n - 1));
        }
    }

    [Fact]
    public void Value_for_256_points_matches_the_formula_written_out()
    {
        // Given: 2 (ln 255 + γ) - 2 · 255 / 256
        double expected = (2 * (Math.Log(255) + 0.5772156649015329)) - (2.0 * 255 / 256);

        // When
        double c = AveragePathLength.Of(256);

        // Then: about 10.24, the normaliser of the default forest
        Assert.Equal(expected, c, 1e-14);
        Assert.InRange(c, 10.2, 10.3);
    }
}
