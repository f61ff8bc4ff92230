using GeoAnomaly.Plugins.Cleaning.Steps;
using GeoAnomaly.Plugins.Tests.Support.Cleaning;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Steps;

public sealed class StepStatisticTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 30)]
    [InlineData(3, 120)]
    public void The_scan_equals_a_direct_least_squares_fit_at_every_boundary(int degree, int window)
    {
        // Given: a tidal record with gaps of 1, 7, 40 and 500 samples (the last longer than maxGap), so the scan uses
        // both the fixed filter and the running sums, across rebases
        double[] x = CleaningSignals.Tidal(6000, seed: 31);
        CleaningSignals.Step(x, 2500, 9);
        CleaningSignals.Gap(x, 700, 1);
        CleaningSignals.Gap(x, 1500, 7);
        CleaningSignals.Gap(x, 3000, 40);
        CleaningSignals.Gap(x, 4000, 500);
        var options = new StepRemovalOptions { Degree = degree, Window = window, MaxGap = 100 };
        var statistic = new StepStatistic(options, robust: false);
        var direct = new StepStatistic(options, robust: false);
        double[] h = new double[x.Length];

        // When
        statistic.Compute(x, h, [], TestContext.Current.CancellationToken);

        // Then: the same h (to 1e-9 of the record's scale) wherever both sides hold half a window and the gap is short
        int tested = 0;
        int before = -1;
        for (int j = 0; j < x.Length; j++)
        {
            if (double.IsNaN(x[j]))
            {
                continue;
            }

            if (before >= 0 && !double.IsNaN(h[j]))
            {
                Assert.True(direct.TryFit(x, before, j, out double expected));
                Assert.True(Math.Abs(h[j] - expected) <= 1e-9 * 100, $"boundary at {j}: scan {h[j]}, direct fit {expected}");
                tested++;
            }

            before = j;
        }

        Assert.True(tested > 4000, $"only {tested} boundaries tested");
        Assert.True(double.IsNaN(h[4500]), "the boundary across a gap longer than maxGap was tested");
    }

    [Fact]
    public void The_gap_kernel_reproduces_the_direct_fit_across_that_gap()
    {
        // Given: a window of 60 samples, 25 missing, 60 samples
        double[] x = CleaningSignals.Tidal(145, seed: 32);
        CleaningSignals.Gap(x, 60, 25);
        var statistic = new StepStatistic(new StepRemovalOptions { Window = 60 }, robust: false);

        // When
        double[] kernel = statistic.Kernel(25);
        double viaKernel = StepStatistic.Dot(kernel.AsSpan(0, 60), x.AsSpan(0, 60), x[59]) + StepStatistic.Dot(kernel.AsSpan(60), x.AsSpan(85, 60), x[59]);

        // Then
        Assert.True(statistic.TryFit(x, 59, 85, out double direct));
        Assert.Equal(direct, viaKernel, 9);
    }
}
