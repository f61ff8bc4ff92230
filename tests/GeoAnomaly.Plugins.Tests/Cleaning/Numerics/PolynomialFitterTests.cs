using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Numerics;

public sealed class PolynomialFitterTests
{
    [Fact]
    public void A_least_squares_step_fit_recovers_a_polynomial_plus_a_step_exactly()
    {
        // Given: 2 + 3t - t² on 100 samples, +5 from sample 60, t = (j - 50) / 50, with a missing sample
        double[] x = Enumerable.Range(0, 100).Select(j =>
        {
            double t = (j - 50) / 50.0;
            return 2 + (3 * t) - (t * t) + (j >= 60 ? 5 : 0);
        }).ToArray();
        x[10] = double.NaN;
        var fitter = new PolynomialFitter(2, robust: false, withStep: true);
        double[] coefficients = new double[4];

        // When
        bool fitted = fitter.Fit(x, 50, 50, coefficients, stepAt: 60);

        // Then
        Assert.True(fitted);
        Assert.Equal([2.0, 3.0, -1.0, 5.0], coefficients.Select(c => Math.Round(c, 9)));
        Assert.Equal(0, fitter.SumOfSquares(x, 50, 50, coefficients, 60), 1e-15);
    }

    [Fact]
    public void Too_few_distinct_samples_for_the_degree_is_a_failure_not_noise()
    {
        // Given: two valid samples for a parabola
        double[] x = [double.NaN, 1, double.NaN, 4, double.NaN];
        var fitter = new PolynomialFitter(2, robust: false);

        // When
        bool fitted = fitter.Fit(x, 2, 2, new double[3]);

        // Then
        Assert.False(fitted);
    }

    [Fact]
    public void The_coefficient_variance_factor_is_that_of_a_mean()
    {
        // Given: a constant fitted to 40 samples (the variance of a mean is σ²/n)
        double[] x = Enumerable.Range(0, 40).Select(j => j % 2 == 0 ? 1.0 : -1.0).ToArray();
        var fitter = new PolynomialFitter(0, robust: false);

        // When
        fitter.Fit(x, 0, 1, new double[1]);

        // Then
        Assert.Equal(1.0 / 40, fitter.CoefficientVariance(0), 1e-15);
    }
}
