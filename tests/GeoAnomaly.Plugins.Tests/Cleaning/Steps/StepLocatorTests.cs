using GeoAnomaly.Plugins.Cleaning.Numerics;
using GeoAnomaly.Plugins.Cleaning.Steps;
using GeoAnomaly.Plugins.Tests.Support.Cleaning;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Steps;

public sealed class StepLocatorTests
{
    [Theory]
    [InlineData(41, 1000, 0)]
    [InlineData(42, 1000, 6)]
    [InlineData(43, 1030, 12)]
    public void Picks_the_position_a_brute_force_residual_search_picks(int seed, int detectedAfter, int gapBeforeStep)
    {
        // Given: a step of 6 at sample 1020 (after a gap of gapBeforeStep samples), detected at a nearby boundary
        double[] x = CleaningSignals.Tidal(2500, seed);
        CleaningSignals.Step(x, 1020, 6);
        CleaningSignals.Gap(x, 1020 - gapBeforeStep, gapBeforeStep);
        var options = new StepRemovalOptions();
        int detectedBefore = detectedAfter - 1;
        while (double.IsNaN(x[detectedBefore]))
        {
            detectedBefore--;
        }

        // When
        var (_, after) = new StepLocator(options).Locate(x, detectedBefore, detectedAfter);

        // Then: the brute-force minimum of the polynomial-plus-step residual over the same region, and the true step
        Assert.Equal(BruteForce(x, detectedBefore, detectedAfter, options), after);
        Assert.Equal(1020, after);
    }

    private static int BruteForce(double[] x, int before, int after, StepRemovalOptions options)
    {
        int w = options.Window;
        int from = before - w + 1;
        var region = x.AsSpan(from, after + w - from);
        var fitter = new PolynomialFitter(options.Degree, robust: false, withStep: true);
        double[] coefficients = new double[fitter.Columns];
        double origin = (0.5 * (before + after)) - from;
        double scale = (0.5 * (after - before)) + w;
        int total = 0;
        foreach (double v in region)
        {
            total += double.IsNaN(v) ? 0 : 1;
        }

        int best = -1;
        double bestSum = double.PositiveInfinity;
        int seen = 0;
        for (int j = 0; j < region.Length; j++)
        {
            if (double.IsNaN(region[j]))
            {
                continue;
            }

            if (seen >= w / 4 && total - seen >= w / 4 && fitter.Fit(region, origin, scale, coefficients, j))
            {
                double sum = fitter.SumOfSquares(region, origin, scale, coefficients, j);
                if (sum < bestSum - (1e-9 * Math.Abs(sum)))
                {
                    bestSum = sum;
                    best = j + from;
                }
            }

            seen++;
        }

        return best;
    }
}
