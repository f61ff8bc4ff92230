using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Synthetic.Tests.Seismicity;

public sealed class BranchingRatioTests
{
    [Theory]
    [InlineData(0.1, 0.8, 1.0, 5.0)]
    [InlineData(0.3, 1.0, 1.0, 4.0)]
    [InlineData(0.05, 1.2, 1.0, 3.0)]
    [InlineData(0.2, 0.5, 1.3, 2.0)]
    [InlineData(0.02, 0.999999999999, 1.0, 4.0)]
    public void Equals_the_mean_productivity_integrated_numerically_over_the_truncated_Gutenberg_Richter_law(double k, double alpha, double b, double range)
    {
        // Given: E[K·10^(α x)] with x = M − Mmin of density β e^(−βx)/(1 − e^(−βR)) on [0, R], by Simpson's rule.
        double beta = b * Math.Log(10);
        const int Intervals = 20_000;
        double h = range / Intervals;
        double sum = 0;
        for (int i = 0; i <= Intervals; i++)
        {
            double x = i * h;
            double weight = i == 0 || i == Intervals ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += weight * k * Math.Pow(10, alpha * x) * beta * Math.Exp(-beta * x) / (1 - Math.Exp(-beta * range));
        }

        double numeric = sum * h / 3;

        // When
        double n = BranchingRatio.Of(k, alpha, b, range);

        // Then
        Assert.Equal(numeric, n, numeric * 1e-9);
    }

    [Fact]
    public void Is_continuous_where_alpha_equals_b()
    {
        // Given
        double atLimit = BranchingRatio.Of(0.1, 1, 1, 4);

        // When
        double justBelow = BranchingRatio.Of(0.1, 1 - 1e-6, 1, 4);
        double justAbove = BranchingRatio.Of(0.1, 1 + 1e-6, 1, 4);

        // Then: n = K·βR/(1 − e^(−βR)) at α = b.
        double beta = Math.Log(10);
        Assert.Equal(0.1 * beta * 4 / (1 - Math.Exp(-beta * 4)), atLimit, 1e-12);
        Assert.Equal(atLimit, justBelow, 1e-5);
        Assert.Equal(atLimit, justAbove, 1e-5);
    }

    [Fact]
    public void Mean_number_of_direct_aftershocks_per_event_in_a_simulated_catalog_is_the_branching_ratio()
    {
        // Given: a catalog with the kernel far smaller than the region, and aftershock counts including those the
        // simulator dropped after the end of the catalog or outside the region.
        var spec = Support.EtasSpecs.Acceptance(7);
        var catalog = EtasSimulator.Simulate(spec);

        // When
        double children = catalog.Events.Count(e => e.IsTriggered) + catalog.DroppedAfterEnd + catalog.DroppedOutsideRegion;
        double perEvent = children / catalog.Events.Count;

        // Then: the standard error of this mean is about 0.02 here (heavy-tailed offspring counts of rare large events).
        TestContext.Current.TestOutputHelper?.WriteLine($"{perEvent:0.000} direct aftershocks per event; n = {spec.BranchingRatio:0.000}");
        Assert.InRange(perEvent, spec.BranchingRatio - 0.05, spec.BranchingRatio + 0.05);
    }
}
